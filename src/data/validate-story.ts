/**
 * The one validator, shared by the components and the command line. It returns typed data or every
 * error found, each with a JSON pointer and a message a newsroom editor understands. It checks
 * what a story needs to be shown right; `editorial-checks.ts` adds what the command line checks
 * before a story is published.
 *
 * Pure data code: no Lit, no DOM.
 */
import { dateEndKey, dateSortKey, parseStoryDate } from "./edtf-date.js";
import { describe, type PathKey, quoteValue, type SchemaIssue } from "./schema.js";
import type { StoryError } from "./story-error.js";
import { type Story, StorySchema, SUPPORTED_VERSIONS } from "./story-format.js";

export { formatStoryError, type StoryError } from "./story-error.js";
export type { PathKey };
export { quoteValue };

export type ValidationResult = { ok: true; story: Story } | { ok: false; errors: StoryError[] };

export function toPointer(keys: readonly PathKey[]): string {
  return keys.map((key) => `/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

export function toReadablePath(keys: readonly PathKey[]): string {
  let out = "";
  for (const key of keys) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${quoteValue(key)}]`;
  }
  return out || "(the whole file)";
}

export function makeError(keys: readonly PathKey[], message: string): StoryError {
  return { pointer: toPointer(keys), path: toReadablePath(keys), message };
}

// The cross-checks below read the raw input defensively, so that they report alongside shape
// errors instead of waiting for the shape to be right.
type Raw = Record<string, unknown>;
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asObject = (value: unknown): Raw =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Raw) : {};
const asText = (value: unknown): string | undefined =>
  typeof value === "string" ? value : undefined;

function checkUniqueIds(list: unknown[], keys: PathKey[], errors: StoryError[]): Set<string> {
  const seen = new Map<string, number>();
  list.forEach((item, index) => {
    const itemId = asText(asObject(item).id);
    if (itemId === undefined) return;
    const first = seen.get(itemId);
    if (first === undefined) seen.set(itemId, index);
    else
      errors.push(
        makeError(
          [...keys, index, "id"],
          `${quoteValue(itemId)} is already the id of ${toReadablePath([...keys, first])}. Every id must be unique.`,
        ),
      );
  });
  return new Set(seen.keys());
}

/** A list of ids that names one twice: a question no reader could answer right. */
function listedTwice(list: unknown, keys: PathKey[], what: string, errors: StoryError[]): void {
  asList(list).forEach((item, index, all) => {
    if (all.indexOf(item) < index) {
      errors.push(
        makeError([...keys, index], `${quoteValue(item)} is listed twice. List each ${what} once.`),
      );
    }
  });
}

/**
 * Edit distance (Levenshtein) between two ids. The command line's other suggestions use
 * fastest-levenshtein; in the bundle readers load, these few lines cost a fifth of its bytes.
 */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 0; i < a.length; i++) {
    const next = [i + 1];
    for (let j = 0; j < b.length; j++) {
      next.push(
        Math.min(
          (row[j + 1] ?? 0) + 1,
          (next[j] ?? 0) + 1,
          (row[j] ?? 0) + (a[i] === b[j] ? 0 : 1),
        ),
      );
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/** Up to three ids, nearest to the one not found first ("serapium" → "serapeum"). */
function examples(ids: Set<string>, wanted: string): string {
  const list = [...ids]
    // Ids are short; a 10 MB one must not make the message slow to write.
    .map((id) => ({ id, far: distance(id.slice(0, 64), wanted.slice(0, 64)) }))
    .sort((a, b) => a.far - b.far)
    .slice(0, 3)
    .map(({ id }) => quoteValue(id));
  return list.length ? ` such as ${list.join(", ")}` : "";
}

function crossCheck(input: Raw, errors: StoryError[]): void {
  const timeline = asObject(input.timeline);
  const events = asList(timeline.events);
  const eras = asList(timeline.eras);
  const eventIds = checkUniqueIds(events, ["timeline", "events"], errors);
  const eraIds = checkUniqueIds(eras, ["timeline", "eras"], errors);

  eras.forEach((era, index) => {
    const { start, end } = asObject(era);
    const startDate = parseStoryDate(asText(start) ?? "");
    const endDate = parseStoryDate(asText(end) ?? "");
    // An era may end in the year that holds its start ("2020-05" to "2020"), not before it.
    if (startDate && endDate && dateSortKey(startDate) >= dateEndKey(endDate)) {
      errors.push(
        makeError(
          ["timeline", "eras", index],
          `starts (${quoteValue(start)}) after it ends (${quoteValue(end)}). Swap "start" and "end".`,
        ),
      );
    }
  });

  events.forEach((event, index) => {
    const { era } = asObject(event);
    if (typeof era === "string" && !eraIds.has(era)) {
      errors.push(
        makeError(
          ["timeline", "events", index, "era"],
          `no era has the id ${quoteValue(era)}. Use an id from timeline.eras${examples(eraIds, era)}.`,
        ),
      );
    }
  });

  const quiz = asObject(input.quiz);
  const questions = asList(quiz.questions);
  checkUniqueIds(questions, ["quiz", "questions"], errors);
  questions.forEach((question, index) => {
    const keys = ["quiz", "questions", index];
    const q = asObject(question);
    if (typeof q.eventId === "string" && !eventIds.has(q.eventId)) {
      errors.push(
        makeError(
          [...keys, "eventId"],
          `no timeline event has the id ${quoteValue(q.eventId)}. Use an id from timeline.events${examples(eventIds, q.eventId)}.`,
        ),
      );
    }
    const choices = asList(q.choices);
    const choiceIds = checkUniqueIds(choices, [...keys, "choices"], errors);
    const known = [...choiceIds].map((choice) => quoteValue(choice).slice(1, -1)).join(", ");
    if (q.type === "single" && typeof q.answer === "string" && !choiceIds.has(q.answer)) {
      errors.push(
        makeError(
          [...keys, "answer"],
          `${quoteValue(q.answer)} is not one of this question's choices (${known}).`,
        ),
      );
    }
    if (q.type === "multiple") {
      listedTwice(q.answers, [...keys, "answers"], "right choice", errors);
      asList(q.answers).forEach((answer, answerIndex) => {
        if (typeof answer === "string" && !choiceIds.has(answer)) {
          errors.push(
            makeError(
              [...keys, "answers", answerIndex],
              `${quoteValue(answer)} is not one of this question's choices (${known}).`,
            ),
          );
        }
      });
    }
    if (q.type === "order") {
      listedTwice(q.events, [...keys, "events"], "event", errors);
      asList(q.events).forEach((eventId, eventIndex) => {
        if (typeof eventId === "string" && !eventIds.has(eventId)) {
          errors.push(
            makeError(
              [...keys, "events", eventIndex],
              `no timeline event has the id ${quoteValue(eventId)}. Use an id from timeline.events${examples(eventIds, eventId)}.`,
            ),
          );
        }
      });
    }
  });

  const results = asList(quiz.results);
  checkUniqueIds(results, ["quiz", "results"], errors);
  if (questions.length > 0 && results.length > 0) checkBands(results, questions.length, errors);
}

function checkBands(results: unknown[], total: number, errors: StoryError[]): void {
  const owner: (number | undefined)[] = Array.from({ length: total + 1 }, () => undefined);
  results.forEach((band, index) => {
    const { min, max } = asObject(band);
    if (!Number.isInteger(min) || !Number.isInteger(max)) return;
    const low = min as number;
    const high = max as number;
    if (low > high) {
      errors.push(
        makeError(
          ["quiz", "results", index],
          `"min" (${low}) is greater than "max" (${high}). Swap them.`,
        ),
      );
      return;
    }
    const overlaps = new Set<number>();
    for (let score = Math.max(low, 0); score <= Math.min(high, total); score++) {
      const other = owner[score];
      if (other !== undefined) overlaps.add(other);
      else owner[score] = index;
    }
    for (const other of overlaps) {
      errors.push(
        makeError(
          ["quiz", "results", index],
          `overlaps ${toReadablePath(["quiz", "results", other])}: a score may fall in only one band.`,
        ),
      );
    }
  });
  let score = 0;
  while (score <= total) {
    if (owner[score] !== undefined) {
      score++;
      continue;
    }
    const from = score;
    while (score <= total && owner[score] === undefined) score++;
    const to = score - 1;
    const range = from === to ? `a score of ${from}` : `scores ${from} to ${to}`;
    errors.push(
      makeError(
        ["quiz", "results"],
        `no band covers ${range}. The bands must cover every score from 0 to ${total} exactly once.`,
      ),
    );
  }
}

/** Validates a parsed story file. Never throws. */
export function validateStory(input: unknown): ValidationResult {
  const root = asObject(input);
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return {
      ok: false,
      errors: [makeError([], `must be an object in curly braces { }, but is ${describe(input)}.`)],
    };
  }
  const versions = SUPPORTED_VERSIONS.join(", ");
  if (
    root.version !== undefined &&
    !(SUPPORTED_VERSIONS as readonly unknown[]).includes(root.version)
  ) {
    return {
      ok: false,
      errors: [
        makeError(
          ["version"],
          `${quoteValue(root.version)} is not a format version this build reads. It reads version ${versions}; update Backstory or set "version": 1.`,
        ),
      ],
    };
  }
  const errors: StoryError[] = [];
  const issues: SchemaIssue[] = [];
  StorySchema.check(input, [], issues);
  for (const issue of issues) errors.push(makeError(issue.keys, issue.message));
  crossCheck(root, errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, story: input as Story };
}
