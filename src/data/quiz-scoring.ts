/**
 * Quiz rules: what a question's right answer is, whether a reader's answer matches it, the score,
 * the result band, and the starting order of an ordering question.
 *
 * Pure data code: no Lit, no DOM. An answer is always a list of ids: choice ids for single and
 * multiple choice, "true" or "false" for true/false, event ids in the reader's order for ordering.
 */
import { ownValue } from "./own-value.js";
import type { Question, Quiz, ResultBand } from "./story-format.js";

/** The ids that make up a question's right answer. */
export function correctAnswer(question: Question): string[] {
  switch (question.type) {
    case "single":
      return [question.answer];
    case "multiple":
      return question.answers;
    case "true-false":
      return [String(question.answer)];
    case "order":
      return question.events;
  }
}

/** Whether the chosen ids answer the question: every right choice and nothing else, or the exact order. */
export function isAnswerCorrect(question: Question, chosen: readonly string[]): boolean {
  const right = correctAnswer(question);
  if (question.type === "order") {
    return chosen.length === right.length && right.every((id, index) => chosen[index] === id);
  }
  const picked = new Set(chosen);
  return picked.size === right.length && right.every((id) => picked.has(id));
}

/** How many questions the answers get right; questions without an answer count as wrong. */
export function scoreQuiz(
  quiz: Quiz,
  answers: Readonly<Record<string, readonly string[]>>,
): number {
  return quiz.questions.filter((question) => {
    const chosen = ownValue(answers, question.id);
    return chosen !== undefined && isAnswerCorrect(question, chosen);
  }).length;
}

/**
 * The band a score falls in. A valid story's bands cover every score exactly once; should they not,
 * the highest band starting at or below the score is used, then the first band.
 */
export function findResultBand(
  bands: readonly ResultBand[],
  score: number,
): ResultBand | undefined {
  return (
    bands.find((band) => band.min <= score && score <= band.max) ??
    bands.filter((band) => band.min <= score).sort((a, b) => b.min - a.min)[0] ??
    bands[0]
  );
}

/**
 * The order an ordering question starts in: a shuffle seeded by `seed` (the question id), so every
 * reader and every reload sees the same start, and never the correct order when the ids are
 * distinct (a shuffle that lands on it is rotated by one).
 */
export function startingOrder(ids: readonly string[], seed: string): string[] {
  const order = shuffled(ids, seed);
  if (order.length > 1 && order.every((id, index) => id === ids[index])) {
    order.push(order.shift() as string);
  }
  return order;
}

/** The ids in an order that looks random and is the same for the same `seed`. */
export function shuffled(ids: readonly string[], seed: string): string[] {
  const order = [...ids];
  let state = hashNumber(seed);
  for (let i = order.length - 1; i > 0; i--) {
    // xorshift32: small, deterministic and good enough to look shuffled.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const j = (state >>> 0) % (i + 1);
    const swapped = order[i] as string;
    order[i] = order[j] as string;
    order[j] = swapped;
  }
  return order;
}

/** FNV-1a over the UTF-16 code units: a stable 32-bit number for a text, never 0. */
function hashNumber(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0 || 1;
}

/** A short, stable fingerprint of a text. */
export function hashText(text: string): string {
  return hashNumber(text).toString(36);
}

/**
 * Where a reader's progress on a quiz is saved: the story id and a fingerprint of the quiz content,
 * so that an edited quiz never restores answers given to its earlier version.
 */
export function quizProgressKey(storyId: string, quiz: Quiz): string {
  return `backstory-quiz:${storyId}:${hashText(JSON.stringify(quiz))}`;
}
