/**
 * A starting story proposed from an article's text, for an editor to review: one event for each
 * date the article gives, citing the sentence it is in word for word; an ordering question from
 * those events; empty templates for the other questions. Every proposal is marked `"draft": true`.
 *
 * Nothing is invented: a title is the start of the cited sentence, a summary is the sentence, and a
 * question text the article cannot give is left empty for the editor.
 */

import { articleEraStyle } from "../data/editorial-checks.js";
import { compareStoryDates, dateEndKey, dateSortKey, parseStoryDate } from "../data/edtf-date.js";
import {
  datesWaitingForDateline,
  type FoundDate,
  findDates,
  writesEraYears,
} from "./date-phrase.js";
import { articleSentences } from "./sentences.js";

export interface DraftOptions {
  /** The article's date, `YYYY-MM-DD`, that "in February" or "last year" count from. */
  dateline?: string;
  /** BCP 47 language of the article; "en" by default. */
  language?: string;
  /** The story's id; "draft" by default. */
  id?: string;
}

export interface DraftEvent {
  id: string;
  date: string;
  displayDate?: string;
  dateNote?: string;
  title: string;
  summary: string;
  citation: { quote: string; paragraph: number };
  draft: true;
}

export interface DraftStory {
  version: 1;
  id: string;
  /** `date` is the dateline the dates were counted from, when one was given. */
  article: { headline: string; source: string; language: string; date?: string; draft: true };
  /** `eraStyle` only when the article writes "BC" or "AD" (the format's default is "bce"). */
  timeline: { eraStyle?: "bc"; events: DraftEvent[] };
  quiz: {
    title: string;
    questions: Record<string, unknown>[];
    results: { id: string; min: number; max: number; title: string; text: string }[];
    draft: true;
  };
}

export interface DraftResult {
  story: DraftStory;
  /** Dates found, with the sentence each came from. */
  found: { date: FoundDate; sentence: string; paragraph: number }[];
  /** Without a dateline: the phrases left out because only the article's date can date them. */
  waiting: { text: string; sentence: string; paragraph: number }[];
}

const TITLE_WORDS = 12;

/** The cited sentence's own words, shortened, with a leading "In 2021," dropped. */
function titleFrom(sentence: string, date: FoundDate): string {
  let text = sentence.replace(/[.!?]["”’]?$/, "");
  const at = text.indexOf(date.text);
  const rest = text.slice(at + date.text.length);
  // "In 2021, SpaceX won…" is titled "SpaceX won…".
  if (
    at >= 0 &&
    /^(?:(?:in|on|by|since|during|for)\s+)?$/i.test(text.slice(0, at)) &&
    /^,\s/.test(rest)
  ) {
    const clause = rest.replace(/^,\s+/, "");
    if (clause.split(/\s+/).length >= 3) text = clause.charAt(0).toUpperCase() + clause.slice(1);
  }
  const words = text.split(/\s+/);
  let title = text;
  if (words.length > TITLE_WORDS) {
    title =
      clauseTitle(text, text.indexOf(date.text)) ?? `${words.slice(0, TITLE_WORDS - 2).join(" ")}…`;
  }
  // A quotation cut short loses its opening mark rather than stay open.
  if (/^[“"]/.test(title) && !/[”"]/.test(title.slice(1))) title = title.slice(1);
  return title;
}

const INTRODUCTION =
  /^(?:in|on|at|by|for|from|according|during|after|before|since|when|while|as|if|although|because|but|yet|so)\b/i;

/**
 * A whole clause of the sentence, which reads better than words cut off mid-phrase: the clause the
 * date is in, else the first; `undefined` when neither is a clause of 5 to 12 words that stands
 * alone.
 */
function clauseTitle(text: string, dateAt: number): string | undefined {
  const clauses: { start: number; text: string }[] = [];
  let start = 0;
  for (const boundary of text.matchAll(/,\s|;\s|\s[—–]\s/g)) {
    clauses.push({ start, text: text.slice(start, boundary.index) });
    start = boundary.index + boundary[0].length;
  }
  clauses.push({ start, text: text.slice(start) });
  const own = clauses.findLast((clause) => clause.start <= dateAt);
  for (const clause of [own, clauses[0]]) {
    if (!clause) continue;
    const words = clause.text.replace(/^(?:and|while)\s+/i, "");
    const length = words.split(/\s+/).length;
    if (length < 5 || length > TITLE_WORDS || INTRODUCTION.test(words)) continue;
    if (/[“"(]/.test(words.replace(/^[“"]/, ""))) continue;
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
  return undefined;
}

function slug(text: string): string {
  return (
    text
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9\s-]/g, "")
      .split(/[\s-]+/)
      .filter(Boolean)
      .slice(0, 5)
      .join("-") || "event"
  );
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** Events whose dates follow one another without overlapping, so their order is not in doubt. */
function orderable(events: DraftEvent[]): DraftEvent[] {
  const dated = events
    .map((event) => ({ event, date: parseStoryDate(event.date) }))
    .flatMap(({ event, date }) => (date?.start && date.end ? [{ event, date }] : []))
    .sort((a, b) => compareStoryDates(a.date, b.date));
  const chain: DraftEvent[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const { event, date } of dated) {
    if (dateSortKey(date) < end) continue;
    chain.push(event);
    end = dateEndKey(date);
  }
  if (chain.length <= 4) return chain;
  // Four spread over the whole timeline.
  return [0, 1, 2, 3].map((n) => chain[Math.round((n * (chain.length - 1)) / 3)] as DraftEvent);
}

const emptyCitation = () => ({ quote: "" });

/** Proposes a starting story from the article's text. */
export function draftStory(articleText: string, options: DraftOptions = {}): DraftResult {
  const language = options.language ?? "en";
  const used = new Set<string>();
  const events: DraftEvent[] = [];
  const found: DraftResult["found"] = [];
  const waiting: DraftResult["waiting"] = [];
  const eraYears = writesEraYears(articleText);
  for (const { paragraph, text: sentence } of articleSentences(articleText, language)) {
    if (!options.dateline) {
      for (const { text } of datesWaitingForDateline(sentence, { locale: language, eraYears }))
        waiting.push({ text, sentence, paragraph });
    }
    const seen = new Set<string>();
    for (const date of findDates(sentence, {
      dateline: options.dateline,
      locale: language,
      eraYears,
    })) {
      found.push({ date, sentence, paragraph });
      // The same date twice in one sentence is one event.
      if (seen.has(date.date)) continue;
      seen.add(date.date);
      const title = titleFrom(sentence, date);
      const event: DraftEvent = {
        id: uniqueId(slug(title), used),
        date: date.date,
        title,
        summary: sentence,
        citation: { quote: sentence, paragraph },
        draft: true,
      };
      if (date.displayDate) event.displayDate = date.displayDate;
      if (date.dateNote) event.dateNote = date.dateNote;
      events.push(event);
    }
  }
  const questions: Record<string, unknown>[] = [];
  const order = orderable(events);
  if (order.length >= 2) {
    const first = order[0] as DraftEvent;
    questions.push({
      id: "order-events",
      type: "order",
      prompt: "Put these events in the order they happened, earliest first.",
      explanation: `The article dates them in this order: ${order
        .map((event) => `${event.title} (${event.displayDate ?? event.date})`)
        .join("; ")}.`,
      citation: { quote: first.citation.quote },
      events: order.map((event) => event.id),
      draft: true,
    });
  }
  const template = { prompt: "", explanation: "", citation: emptyCitation(), draft: true };
  questions.push(
    {
      id: "single-choice",
      type: "single",
      ...template,
      choices: [
        { id: "a", text: "" },
        { id: "b", text: "" },
        { id: "c", text: "" },
      ],
      answer: "",
    },
    {
      id: "multiple-choice",
      type: "multiple",
      ...template,
      citation: emptyCitation(),
      choices: [
        { id: "a", text: "" },
        { id: "b", text: "" },
        { id: "c", text: "" },
      ],
      answers: [],
    },
    { id: "true-or-false", type: "true-false", ...template, citation: emptyCitation() },
  );
  const story: DraftStory = {
    version: 1,
    id: options.id ?? "draft",
    article: {
      headline: "",
      source: "",
      language,
      ...(options.dateline ? { date: options.dateline } : {}),
      draft: true,
    },
    // Years BCE labelled as the article writes them.
    timeline: articleEraStyle(articleText) === "bc" ? { eraStyle: "bc", events } : { events },
    quiz: {
      title: "",
      questions,
      results: [{ id: "every-score", min: 0, max: questions.length, title: "", text: "" }],
      draft: true,
    },
  };
  return { story, found, waiting };
}
