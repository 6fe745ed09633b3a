/**
 * A reader's saved progress on a quiz, as stored text: versioned JSON, read defensively because
 * storage may hold anything (another version's data, a half-written value, a hand edit).
 *
 * Pure data code: no Lit, no DOM.
 */
import { ownValue } from "./own-value.js";
import type { Question, Quiz } from "./story-format.js";

/** Version of the saved shape; data with another version is ignored. */
export const QUIZ_PROGRESS_VERSION = 1;

export interface QuizProgress {
  /** The question shown, from 0; the number of questions means the results. */
  index: number;
  /** Checked answers by question id. */
  answers: Record<string, string[]>;
}

export function serializeQuizProgress(progress: QuizProgress): string {
  return JSON.stringify({ version: QUIZ_PROGRESS_VERSION, ...progress });
}

/** Ids a question's answer may hold: its choices, "true" and "false", or its events. */
const allowedIds = (question: Question): string[] =>
  question.type === "true-false"
    ? ["true", "false"]
    : question.type === "order"
      ? question.events
      : question.choices.map((choice) => choice.id);

/** Whether a reader could have given this saved answer: known ids, each once, enough of them. */
function fitsQuestion(chosen: unknown[], question: Question): boolean {
  const allowed = allowedIds(question);
  const count = question.type === "order" ? allowed.length : question.type === "multiple" ? 0 : 1;
  return (
    chosen.length > 0 &&
    (!count || chosen.length === count) &&
    new Set(chosen).size === chosen.length &&
    chosen.every((id) => allowed.includes(id as string))
  );
}

/**
 * Reads saved progress for this quiz, or `undefined` when there is none usable. Answers to
 * questions the quiz does not have, and answers no reader could have given, are dropped; the
 * reader never lands past the first unanswered question.
 */
export function parseQuizProgress(text: string, quiz: Quiz): QuizProgress | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== "object" || data === null) return undefined;
  const { version, index, answers } = data as Record<string, unknown>;
  if (version !== QUIZ_PROGRESS_VERSION || typeof answers !== "object" || answers === null) {
    return undefined;
  }
  const kept: Record<string, string[]> = {};
  for (const question of quiz.questions) {
    const chosen = ownValue(answers as Record<string, unknown>, question.id);
    if (Array.isArray(chosen) && fitsQuestion(chosen, question)) {
      // Defined, not assigned: an id "__proto__" must become a key, not the object's prototype.
      Object.defineProperty(kept, question.id, { value: chosen, enumerable: true, writable: true });
    }
  }
  const firstOpen = quiz.questions.findIndex((question) => !ownValue(kept, question.id));
  const furthest = firstOpen < 0 ? quiz.questions.length : firstOpen;
  const wanted = Number.isInteger(index) ? (index as number) : 0;
  return { index: Math.max(0, Math.min(wanted, furthest)), answers: kept };
}
