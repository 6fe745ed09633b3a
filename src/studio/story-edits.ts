/**
 * What Backstory Studio does to a story as the editor works: immutable edits at a path, new items
 * with ids made from their text, result bands that cover every score, and the checks the command
 * line runs, on a story that is still being written.
 *
 * No Lit, no DOM: tested in Node.
 */
import { findDraftItems } from "../authoring/draft-items.js";
import { type DraftResult, draftStory } from "../authoring/draft-story.js";
import { checkCitations } from "../data/citation-check.js";
import { findCitation } from "../data/citations.js";
import {
  checkEditorialRules,
  checkEditorialWarnings,
  checkEraStyleAgainstArticle,
} from "../data/editorial-checks.js";
import { compareStoryDates, parseStoryDate } from "../data/edtf-date.js";
import type {
  Choice,
  Question,
  QuestionType,
  ResultBand,
  Story,
  TimelineEvent,
} from "../data/story-format.js";
import { makeError, type PathKey, type StoryError, validateStory } from "../data/validate-story.js";

/** A story as it is being written: any field may still be missing or empty. */
export type DraftStory = Story;

export function emptyStory(id = "new-story"): DraftStory {
  return {
    version: 1,
    id,
    article: { headline: "", source: "", language: "en" },
    timeline: { events: [] },
  };
}

/** Reads a story file's text; anything that is not a JSON object starts an empty story. */
export function storyFromText(text: string | null, fallbackId: string): DraftStory {
  if (text === null) return emptyStory(fallbackId);
  const value = JSON.parse(text) as unknown;
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new Error("the story file does not hold a JSON object in curly braces { }.");
  }
  return value as DraftStory;
}

export function storyToText(story: DraftStory): string {
  return `${JSON.stringify(story, null, 2)}\n`;
}

type Container = Record<string, unknown> | unknown[];

/**
 * A copy of `value` with the value at `keys` replaced; `undefined` removes the field (or the list
 * item). Only the containers along the path are copied.
 */
export function setAt<T>(value: T, keys: readonly PathKey[], next: unknown): T {
  if (keys.length === 0) return next as T;
  const [key, ...rest] = keys as [PathKey, ...PathKey[]];
  const container: Container = Array.isArray(value)
    ? [...value]
    : { ...((value as Record<string, unknown>) ?? {}) };
  const child = (container as Record<string, unknown>)[key as string];
  const replaced =
    rest.length === 0 ? next : setAt(child ?? (typeof rest[0] === "number" ? [] : {}), rest, next);
  if (replaced === undefined && rest.length === 0) {
    if (Array.isArray(container)) container.splice(key as number, 1);
    else delete (container as Record<string, unknown>)[key as string];
  } else {
    (container as Record<string, unknown>)[key as string] = replaced;
  }
  return container as T;
}

export function getAt(value: unknown, keys: readonly PathKey[]): unknown {
  let current = value;
  for (const key of keys) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key as string];
  }
  return current;
}

/** Moves a list item by `offset` places; the list unchanged when it would leave the list. */
export function moveItem<T>(list: readonly T[], from: number, offset: number): T[] {
  const to = from + offset;
  if (to < 0 || to >= list.length || from < 0 || from >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

/** An id made from text: lower-case letters, digits and hyphens, at most six words. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .slice(0, 6)
    .join("-");
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueId(base: string, taken: Iterable<string>, fallback = "item"): string {
  const used = new Set(taken);
  const start = slugify(base) || fallback;
  if (!used.has(start)) return start;
  for (let n = 2; ; n++) if (!used.has(`${start}-${n}`)) return `${start}-${n}`;
}

const idsOf = (list: readonly { id?: string }[] | undefined) =>
  (list ?? []).map((item) => item.id ?? "");

/**
 * The events `backstory draft` proposes for dates that count from the article's date ("in
 * February", "for now", "the next twelve months") in sentences no event cites yet: what a draft
 * made without `--dateline` left out, proposed (`"draft": true`) once the editor gives the date.
 */
export function eventsCountedFrom(
  story: DraftStory,
  paragraphs: readonly string[],
  dateline: string,
): { event: TimelineEvent; words: string }[] {
  const text = paragraphs.join("\n");
  const language = story.article?.language || "en";
  const place = ({ paragraph, sentence, date }: DraftResult["found"][number]) =>
    `${paragraph} ${date.index} ${sentence}`;
  const undated = new Set(draftStory(text, { language }).found.map(place));
  const drafted = draftStory(text, { dateline, language });
  const cited = new Set((story.timeline?.events ?? []).map((event) => event.citation?.quote));
  const taken = idsOf(story.timeline?.events);
  return drafted.story.timeline.events.flatMap((event) => {
    const found = drafted.found.find(
      (candidate) =>
        candidate.sentence === event.citation.quote && candidate.date.date === event.date,
    );
    if (!found || undated.has(place(found)) || cited.has(found.sentence)) return [];
    const id = uniqueId(event.id, taken, "event");
    taken.push(id);
    return [{ event: { ...event, id }, words: found.date.text }];
  });
}

/** A new event citing `quote`, with the fields the editor fills in next left empty. */
export function newEvent(story: DraftStory, quote: string): TimelineEvent {
  return {
    id: uniqueId("event", idsOf(story.timeline?.events), "event"),
    date: "",
    title: "",
    summary: "",
    citation: { quote },
  };
}

export function newChoice(choices: readonly Choice[] = []): Choice {
  return { id: uniqueId("choice", idsOf(choices), "choice"), text: "" };
}

/** A new question of `type` citing `quote`. */
export function newQuestion(story: DraftStory, quote: string, type: QuestionType): Question {
  const id = uniqueId("question", idsOf(story.quiz?.questions), "question");
  const base = { id, prompt: "", explanation: "", citation: { quote } };
  return convertQuestion(base as Question, type);
}

/** The question as another type, keeping what the types share and what carries over. */
export function convertQuestion(question: Question, type: QuestionType): Question {
  const { id, prompt, explanation, citation, eventId } = question;
  const shared = { id, prompt, explanation, citation, ...(eventId ? { eventId } : {}) };
  const old = question as Partial<Record<string, unknown>>;
  const choices = Array.isArray(old.choices) ? (old.choices as Choice[]) : [];
  const withTwo = choices.length >= 2 ? choices : [newChoice(), newChoice([newChoice()])];
  switch (type) {
    case "single": {
      const answers = Array.isArray(old.answers) ? (old.answers as string[]) : [];
      const answer = typeof old.answer === "string" ? old.answer : answers[0];
      return { ...shared, type, choices: withTwo, answer: answer ?? withTwo[0]?.id ?? "" };
    }
    case "multiple": {
      const answers =
        typeof old.answer === "string" ? [old.answer] : ((old.answers as string[]) ?? []);
      return {
        ...shared,
        type,
        choices: withTwo,
        answers: answers.length ? answers : [withTwo[0]?.id ?? ""],
      };
    }
    case "true-false":
      return { ...shared, type, answer: typeof old.answer === "boolean" ? old.answer : true };
    case "order":
      return { ...shared, type, events: Array.isArray(old.events) ? (old.events as string[]) : [] };
  }
}

/** Event ids in the order their dates come, undated ones last, keeping ties as they are. */
export function inDateOrder(story: DraftStory, ids: readonly string[]): string[] {
  const dates = new Map((story.timeline?.events ?? []).map((event) => [event.id, event.date]));
  return [...ids].sort((a, b) => {
    const [left, right] = [parseStoryDate(dates.get(a) ?? ""), parseStoryDate(dates.get(b) ?? "")];
    if (!left || !right) return left ? -1 : right ? 1 : 0;
    return compareStoryDates(left, right);
  });
}

/** Renames an event and every place that names it (ordering questions, questions about it). */
export function renameEvent(story: DraftStory, index: number, id: string): DraftStory {
  const old = story.timeline.events[index]?.id;
  let next = setAt(story, ["timeline", "events", index, "id"], id);
  if (!old || !next.quiz) return next;
  next.quiz.questions.forEach((question, at) => {
    if (question.eventId === old) next = setAt(next, ["quiz", "questions", at, "eventId"], id);
    if (question.type === "order") {
      const events = question.events.map((eventId) => (eventId === old ? id : eventId));
      next = setAt(next, ["quiz", "questions", at, "events"], events);
    }
  });
  return next;
}

/** Removes an event, and its id from every question that names it. */
export function removeEvent(story: DraftStory, index: number): DraftStory {
  const old = story.timeline.events[index]?.id;
  let next = setAt(story, ["timeline", "events", index], undefined);
  next.quiz?.questions.forEach((question, at) => {
    if (question.eventId === old)
      next = setAt(next, ["quiz", "questions", at, "eventId"], undefined);
    if (question.type === "order") {
      const events = question.events.filter((eventId) => eventId !== old);
      next = setAt(next, ["quiz", "questions", at, "events"], events);
    }
  });
  return next;
}

const BAND_WORDS: readonly (readonly [string, string])[] = [
  ["Worth another read", "The article has the whole story: read it again and try once more."],
  ["Well read", "You followed most of the story."],
  ["You know the story", "You caught every turn of it."],
];

/**
 * Result bands that cover every score from 0 to `total` exactly once: three (two for a one-
 * question quiz), as even as the scores allow. Titles and texts of `existing` bands are kept in
 * order; the score ranges are made anew.
 */
export function proposeResultBands(
  total: number,
  existing: readonly ResultBand[] = [],
): ResultBand[] {
  const count = Math.max(1, Math.min(total + 1, existing.length || 3));
  const bands: ResultBand[] = [];
  let min = 0;
  for (let index = 0; index < count; index++) {
    const max =
      index === count - 1 ? total : min + Math.floor((total + 1 - min) / (count - index)) - 1;
    const kept = existing[index];
    const [title, text] = BAND_WORDS[count === 1 ? 2 : Math.round((index * 2) / (count - 1))] ?? [
      "",
      "",
    ];
    bands.push({
      id: kept?.id ?? uniqueId(`result-${index + 1}`, []),
      min,
      max,
      title: kept?.title ?? title,
      text: kept?.text ?? text,
    });
    min = max + 1;
  }
  return bands;
}

/** Whether `bands` cover every score from 0 to `total` exactly once. */
export function bandsCover(bands: readonly ResultBand[], total: number): boolean {
  const owner = new Array<number>(total + 1).fill(0);
  for (const band of bands) {
    for (let score = band.min; score <= band.max; score++) {
      if (score > total || score < 0) return false;
      owner[score] = (owner[score] ?? 0) + 1;
    }
  }
  return owner.every((count) => count === 1);
}

/**
 * Every problem `backstory build` would report, for a story still being written: the validator's,
 * then the editorial checks and the citation check once the story's shape allows them. The
 * messages are the command line's, word for word.
 */
export function storyProblems(story: unknown, paragraphs: readonly string[]): StoryError[] {
  // Items proposed by `backstory draft` or `import` that the editor has not reviewed yet.
  const drafts = findDraftItems(story).map((item) => makeError(item.keys, item.message));
  const result = validateStory(story);
  if (result.ok) {
    return [
      ...drafts,
      ...checkEditorialRules(result.story),
      ...checkCitations(result.story, paragraphs).errors,
    ];
  }
  // Quotes are checked even while other fields are unfinished, so that the editor sees at once
  // whether a typed quote is in the article.
  const errors = [...drafts, ...result.errors];
  const raw = story as Partial<Story>;
  const places: [PathKey[], unknown][] = [
    ...(raw.timeline?.events ?? []).map(
      (event, index) =>
        [["timeline", "events", index, "citation"], event?.citation] as [PathKey[], unknown],
    ),
    ...(raw.quiz?.questions ?? []).map(
      (question, index) =>
        [["quiz", "questions", index, "citation"], question?.citation] as [PathKey[], unknown],
    ),
  ];
  for (const [keys, citation] of places) {
    const quote = (citation as { quote?: unknown } | undefined)?.quote;
    if (typeof quote !== "string" || !quote.trim() || findCitation(quote, paragraphs)) continue;
    const probe: Story = {
      ...emptyStory(),
      timeline: { events: [{ ...newEvent(emptyStory(), quote), citation: { quote } }] },
    };
    const [problem] = checkCitations(probe, paragraphs).errors;
    if (problem) errors.push(makeError([...keys, "quote"], problem.message));
  }
  return errors;
}

/**
 * What `backstory check` warns about, in its words: worth a second look, though the story builds
 * (with `--strict`, it does not). Only for a story the validator accepts.
 */
export function storyWarnings(story: unknown, paragraphs: readonly string[]): StoryError[] {
  const result = validateStory(story);
  if (!result.ok) return [];
  return [
    ...checkEditorialWarnings(result.story),
    ...checkEraStyleAgainstArticle(result.story, paragraphs.join("\n")),
  ];
}

const within = (problems: readonly StoryError[], prefix: string) =>
  problems.some(
    (problem) => problem.pointer === prefix || problem.pointer.startsWith(`${prefix}/`),
  );

/**
 * What the preview can show of a story still being written: the story without its unfinished
 * events, eras and questions (those with problems), or undefined when even that is not valid.
 */
export function previewStory(
  story: DraftStory,
  problems: readonly StoryError[],
): { story?: Story; leftOut: number } {
  if (validateStory(story).ok) return { story, leftOut: 0 };
  let next = story;
  let leftOut = 0;
  const events = story.timeline?.events ?? [];
  for (let index = events.length - 1; index >= 0; index--) {
    if (!within(problems, `/timeline/events/${index}`)) continue;
    next = removeEvent(next, index);
    leftOut++;
  }
  const eras = next.timeline?.eras ?? [];
  for (let index = eras.length - 1; index >= 0; index--) {
    if (!within(problems, `/timeline/eras/${index}`)) continue;
    const id = eras[index]?.id;
    next = setAt(next, ["timeline", "eras", index], undefined);
    next.timeline.events.forEach((event, at) => {
      if (event.era === id) next = setAt(next, ["timeline", "events", at, "era"], undefined);
    });
    leftOut++;
  }
  if (next.quiz) {
    const kept = next.quiz.questions.filter(
      (_, index) => !within(problems, `/quiz/questions/${index}`),
    );
    leftOut += next.quiz.questions.length - kept.length;
    next = setAt(next, ["quiz", "questions"], kept);
    if (kept.length && !bandsCover(next.quiz?.results ?? [], kept.length)) {
      next = setAt(next, ["quiz", "results"], proposeResultBands(kept.length, next.quiz?.results));
    }
    const result = validateStory(next);
    if (!result.ok && result.errors.some((error) => error.pointer.startsWith("/quiz"))) {
      next = setAt(next, ["quiz"], undefined);
    }
  }
  const result = validateStory(next);
  return result.ok ? { story: result.story, leftOut } : { leftOut };
}
