/**
 * The no-JavaScript fallback: a story as plain light-DOM HTML, for readers that run no script
 * (RSS readers, Apple News, syndication partners, search engines) and for everyone before the
 * script loads. It goes inside the element; the upgraded element renders its shadow root and no
 * slot, so the fallback is then no longer shown.
 *
 * Every text from the story is escaped: story text is always text, never markup.
 *
 * Pure data code: no Lit, no DOM.
 */
import { textFragment } from "./citations.js";
import { compareStoryDates, htmlDatetime, parseStoryDate } from "./edtf-date.js";
import { SHARED_ENGLISH } from "./english-words.js";
import { fillTemplate } from "./fill-template.js";
import { eventDateText } from "./story-dates.js";
import type { Citation, Question, Story, TimelineEvent } from "./story-format.js";
import { eraSpans, orderEvents } from "./timeline-order.js";

export const FALLBACK_WIDGETS = ["timeline", "quiz"] as const;
export type FallbackWidget = (typeof FALLBACK_WIDGETS)[number];

/**
 * The fallback's own words; English by default, shared with the quiz element where both say the
 * same thing. `{…}` placeholders are filled in.
 */
export interface FallbackWords {
  /** Heading of a timeline that has no title. */
  timeline: string;
  /** The `<summary>` of each answer. */
  showAnswer: string;
  /** The right answer of a single-choice or true/false question: `{answer}`. */
  answer: string;
  /** Label above the list of right answers of a multiple-select question. */
  answers: string;
  /** Label above the right order of an ordering question. */
  correctOrder: string;
  true: string;
  false: string;
  /** After the prompt of a multiple-select question that says how many to pick: `{count}`. */
  chooseCount: string;
  /** Where a quote sits in the article; `{paragraph}` is its number. */
  paragraph: string;
  /** The link from a quote to its place in the article. */
  readInArticle: string;
}

export const ENGLISH_FALLBACK_WORDS: FallbackWords = {
  timeline: "Timeline",
  showAnswer: "Show the answer",
  answer: SHARED_ENGLISH.correctAnswer,
  answers: "The answers:",
  correctOrder: SHARED_ENGLISH.correctOrder,
  true: SHARED_ENGLISH.true,
  false: SHARED_ENGLISH.false,
  chooseCount: SHARED_ENGLISH.pickCount,
  paragraph: SHARED_ENGLISH.paragraph,
  readInArticle: SHARED_ENGLISH.readInArticle,
};

export interface FallbackOptions {
  /** Level of the fallback's heading, 1–6, to fit the host page's outline. Default 2. */
  headingLevel?: number;
  words?: Partial<FallbackWords>;
  /** Extra attributes on the fallback's wrapper, e.g. a reserved height; values are escaped. */
  attributes?: Readonly<Record<string, string>>;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

function wrapper(
  widget: FallbackWidget,
  story: Story,
  options: FallbackOptions,
  content: string[],
): string {
  const attributes: Record<string, string> = {
    class: "backstory-fallback",
    "data-backstory-fallback": widget,
    lang: story.article.language,
    ...options.attributes,
  };
  const text = Object.entries(attributes)
    .map(([name, value]) => {
      if (!ATTRIBUTE_NAME.test(name)) throw new Error(`"${name}" is not an attribute name.`);
      return ` ${name}="${escapeHtml(value)}"`;
    })
    .join("");
  return [`<div${text}>`, ...content.map((line) => `  ${line}`), "</div>"].join("\n");
}

function heading(level: number, text: string): string {
  const clamped = Math.min(6, Math.max(1, Math.round(level)));
  return `<h${clamped}>${escapeHtml(text)}</h${clamped}>`;
}

/** An event's date as readers see it, in the same markup as the element's. */
function eventDate(story: Story, event: TimelineEvent): string {
  const date = parseStoryDate(event.date);
  const label = eventDateText(story, event);
  const datetime = date && htmlDatetime(date);
  // <time> without a machine-readable value would need its text to be one; BCE years have none.
  return datetime
    ? `<time datetime="${escapeHtml(datetime)}">${escapeHtml(label)}</time>`
    : `<span>${escapeHtml(label)}</span>`;
}

/**
 * A citation: the verified quote as a `<q>` (it flows in the text, unindented, on the narrowest
 * phone), and under it the paragraph it was found in, and a link to the passage in the article: a text
 * fragment, relative when the story has no `article.url`, so that it points into the page the
 * fallback is on.
 */
function citationHtml(story: Story, citation: Citation, words: FallbackWords): string {
  const { quote, paragraph, before, after } = citation;
  const { url, language } = story.article;
  const href = escapeHtml((url ?? "") + textFragment(quote, before, after));
  const cite = url ? ` cite="${href}"` : "";
  const where = paragraph
    ? `${escapeHtml(fillTemplate(words.paragraph, { paragraph }, language))} `
    : "";
  // The source on a line of its own, as under the element's quote.
  return `<p><q${cite}>${escapeHtml(quote)}</q><br>${where}<a href="${href}">${escapeHtml(words.readInArticle)}</a></p>`;
}

/** The events in date order (stable: events with equal dates keep the file's order). */
export function eventsInDateOrder(story: Story): TimelineEvent[] {
  const keyed = story.timeline.events.map((event, index) => ({
    event,
    index,
    date: parseStoryDate(event.date),
  }));
  keyed.sort((a, b) =>
    a.date && b.date ? compareStoryDates(a.date, b.date) || a.index - b.index : a.index - b.index,
  );
  return keyed.map(({ event }) => event);
}

function eventHtml(story: Story, event: TimelineEvent, words: FallbackWords): string {
  const note = event.dateNote ? `<p>${escapeHtml(event.dateNote)}</p>` : "";
  return `  <li><p>${eventDate(story, event)}: <strong>${escapeHtml(event.title)}</strong></p>${note}<p>${escapeHtml(event.summary)}</p>${citationHtml(story, event.citation, words)}</li>`;
}

/**
 * The timeline as an ordered list of events, each with its date, title, date note, summary and
 * citation; where the story has eras, each era is a heading over its events (the same events the
 * element shows under it), and the numbering runs on across them.
 */
export function timelineFallbackHtml(story: Story, options: FallbackOptions = {}): string {
  const words = { ...ENGLISH_FALLBACK_WORDS, ...options.words };
  const level = options.headingLevel ?? 2;
  const placed = orderEvents(story.timeline.events);
  const spans = eraSpans(story.timeline.eras ?? [], placed);
  const lines = [heading(level, story.timeline.title ?? words.timeline)];
  let era: string | undefined;
  placed.forEach(({ event }, index) => {
    const span = spans.find(({ from, to }) => from <= index && index <= to);
    if (index === 0 || span?.era.id !== era) {
      if (index > 0) lines.push("</ol>");
      if (span) lines.push(heading(level + 1, span.era.label));
      lines.push(index === 0 ? "<ol>" : `<ol start="${index + 1}">`);
      era = span?.era.id;
    }
    lines.push(eventHtml(story, event, words));
  });
  if (placed.length > 0) lines.push("</ol>");
  return wrapper("timeline", story, options, lines);
}

function list(tag: "ul" | "ol", texts: readonly string[]): string {
  return `<${tag}>${texts.map((text) => `<li>${escapeHtml(text)}</li>`).join("")}</${tag}>`;
}

function questionHtml(
  story: Story,
  question: Question,
  words: FallbackWords,
  locale: string,
): string {
  const eventTitle = (id: string) =>
    story.timeline.events.find((event) => event.id === id)?.title ?? id;
  const choiceText = (choices: readonly { id: string; text: string }[], id: string) =>
    choices.find((choice) => choice.id === id)?.text ?? id;
  let prompt = escapeHtml(question.prompt);
  let choices: string;
  let answer: string;
  switch (question.type) {
    case "single":
      choices = list(
        "ul",
        question.choices.map((choice) => choice.text),
      );
      answer = `<p>${escapeHtml(fillTemplate(words.answer, { answer: choiceText(question.choices, question.answer) }, locale))}</p>`;
      break;
    case "multiple":
      if (question.showCount) {
        prompt += ` ${escapeHtml(fillTemplate(words.chooseCount, { count: question.answers.length }, locale))}`;
      }
      choices = list(
        "ul",
        question.choices.map((choice) => choice.text),
      );
      answer = `<p>${escapeHtml(words.answers)}</p>${list(
        "ul",
        question.answers.map((id) => choiceText(question.choices, id)),
      )}`;
      break;
    case "true-false":
      choices = list("ul", [words.true, words.false]);
      answer = `<p>${escapeHtml(fillTemplate(words.answer, { answer: question.answer ? words.true : words.false }, locale))}</p>`;
      break;
    case "order": {
      // Listed alphabetically, so that the question does not give its own answer away.
      const titles = question.events.map(eventTitle);
      const shown = [...titles].sort((a, b) => a.localeCompare(b, story.article.language));
      choices = list("ul", shown);
      answer = `<p>${escapeHtml(words.correctOrder)}</p>${list("ol", titles)}`;
      break;
    }
  }
  const details = `<details><summary>${escapeHtml(words.showAnswer)}</summary>${answer}<p>${escapeHtml(question.explanation)}</p>${citationHtml(story, question.citation, words)}</details>`;
  return `  <li><p>${prompt}</p>${choices}${details}</li>`;
}

/**
 * The quiz as an ordered list of questions with their choices; each answer and its explanation
 * inside a `<details>`. An empty string for a story without a quiz.
 */
export function quizFallbackHtml(story: Story, options: FallbackOptions = {}): string {
  const quiz = story.quiz;
  if (!quiz) return "";
  const words = { ...ENGLISH_FALLBACK_WORDS, ...options.words };
  return wrapper("quiz", story, options, [
    heading(options.headingLevel ?? 2, quiz.title),
    ...(quiz.intro ? [`<p>${escapeHtml(quiz.intro)}</p>`] : []),
    "<ol>",
    ...quiz.questions.map((question) =>
      questionHtml(story, question, words, story.article.language),
    ),
    "</ol>",
  ]);
}

/** The fallback of one widget. */
export function fallbackHtml(
  story: Story,
  widget: FallbackWidget,
  options: FallbackOptions = {},
): string {
  return widget === "timeline"
    ? timelineFallbackHtml(story, options)
    : quizFallbackHtml(story, options);
}
