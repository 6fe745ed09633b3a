/**
 * Draft items: what `backstory draft` and `backstory import` proposed and an editor has not yet
 * reviewed, marked `"draft": true`. A story that still has one is not published: `check` and
 * `build` list them, each with what to do.
 *
 * Reads the story file as it is, before validation, because an unfinished question template is
 * not yet a valid question. Runs in Node and in the browser.
 */
import { normalizeForMatching } from "../data/citations.js";
import type { PathKey } from "../data/validate-story.js";

export interface DraftItem {
  /** Where the item is in the story file. */
  keys: PathKey[];
  kind: "article" | "event" | "quiz" | "question";
  /** What is left to do, in an editor's words. */
  message: string;
}

type Raw = Record<string, unknown>;
const asObject = (value: unknown): Raw =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Raw) : {};
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asText = (value: unknown): string => (typeof value === "string" ? value.trim() : "");

const QUESTION_KINDS: Record<string, string> = {
  single: "single-choice ",
  multiple: "multiple-choice ",
  "true-false": "true-or-false ",
  order: "ordering ",
};

// Editors who never open the file meet these words in the studio too: both ways are named.
const UNDRAFT =
  'then mark it as reviewed (in the studio, its "Mark this … as reviewed" button; in the file, delete "draft": true)';

function quoted(text: string): string {
  const words = text.replace(/^[“"‘']+/, "").split(/\s+/);
  return `“${words.length > 8 ? `${words.slice(0, 8).join(" ")}…` : words.join(" ")}”`;
}

/** Every item marked `"draft": true`, in the order of the file. */
export function findDraftItems(story: unknown): DraftItem[] {
  const root = asObject(story);
  const items: DraftItem[] = [];
  const article = asObject(root.article);
  if (article.draft === true) {
    items.push({
      keys: ["article"],
      kind: "article",
      message: `the article block is a draft: write the headline and the source as the article gives them, check the language, ${UNDRAFT}.`,
    });
  }
  asList(asObject(root.timeline).events).forEach((value, index) => {
    const event = asObject(value);
    if (event.draft !== true) return;
    const title = asText(event.title);
    const name = `event ${index + 1}${title ? ` (${quoted(title)})` : ""}`;
    const cited = asText(asObject(event.citation).quote);
    const missing = [
      cited ? "" : "citation",
      title ? "" : "title",
      asText(event.summary) ? "" : "summary",
    ].filter(Boolean);
    const what = missing.join(" or ");
    const steps = [
      cited ? "" : `paste the passage of the article it comes from into its citation's "quote"`,
      missing.length > (cited ? 0 : 1)
        ? `write its ${missing.filter((m) => m !== "citation").join(" and ")} from that passage`
        : "",
    ].filter(Boolean);
    items.push({
      keys: ["timeline", "events", index],
      kind: "event",
      message:
        missing.length === 0
          ? `${name} is a proposal: check its date, title and summary against the sentence it cites, ${UNDRAFT}; or delete the event.`
          : `${name} has no ${what} yet: ${steps.join(", ")}, check the event against it, ${UNDRAFT}; or delete the event.`,
    });
  });
  const quiz = asObject(root.quiz);
  if (quiz.draft === true) {
    items.push({
      keys: ["quiz"],
      kind: "quiz",
      message: `the quiz is a draft: give it a title, write the text of each result band, ${UNDRAFT}.`,
    });
  }
  asList(quiz.questions).forEach((value, index) => {
    const question = asObject(value);
    if (question.draft !== true) return;
    const prompt = asText(question.prompt);
    const type = QUESTION_KINDS[asText(question.type)] ?? "";
    items.push({
      keys: ["quiz", "questions", index],
      kind: "question",
      message: prompt
        ? `question ${index + 1} (${quoted(prompt)}) is a proposal: check it against the article, ${UNDRAFT}; or delete the question.`
        : `question ${index + 1} is an unfinished ${type}question: write its ${question.type === "true-false" ? "statement, whether it is true" : "prompt, choices, the right answer"}, explanation and citation from the article, ${UNDRAFT}; or delete the question.`,
    });
  });
  return items;
}

/** "3 draft items (2 events, 1 question)". */
export function countDraftItems(items: readonly DraftItem[]): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, count]) => {
    const noun = kind === "article" ? "article block" : kind;
    return `${count} ${noun}${count === 1 ? "" : "s"}`;
  });
  const total = items.length;
  return `${total} draft ${total === 1 ? "item" : "items"} (${parts.join(", ")})`;
}

export interface ArticleSentence {
  /** Paragraph number, from 1. */
  paragraph: number;
  text: string;
}

const STOP_WORDS = new Set(
  "the and that this with from have has had were was for are but not its his her their they them than then into over also been which who what when where will would could should about after before".split(
    " ",
  ),
);

function contentWords(text: string): Set<string> {
  return new Set(
    normalizeForMatching(text)
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 2 && !STOP_WORDS.has(word)),
  );
}

/**
 * The sentence of the article that shares the most words with an event that has no citation, to
 * show an editor where to look; `undefined` when none shares at least three.
 */
export function likelySentence(
  event: unknown,
  sentences: readonly ArticleSentence[],
): ArticleSentence | undefined {
  const { title, summary } = asObject(event);
  const wanted = contentWords(`${asText(title)} ${asText(summary)}`);
  let best: ArticleSentence | undefined;
  let bestShared = 2;
  for (const sentence of sentences) {
    let shared = 0;
    for (const word of contentWords(sentence.text)) if (wanted.has(word)) shared++;
    if (shared > bestShared) {
      best = sentence;
      bestShared = shared;
    }
  }
  return best;
}
