/**
 * Checks the command line runs on a valid story before it is published, beyond what the elements
 * need to show it (`validate-story.ts`): an ordering question's events must be listed in the
 * order of their dates, no result band may reach past the highest possible score, and every quote
 * must be at least `MIN_QUOTE_WORDS` words long. `checkEditorialWarnings` finds what is allowed
 * but probably a mistake: a date its own quote contradicts, an ordering question over events with
 * the same date. They are kept out of the bundle readers load, which validates every story it
 * shows and counts every byte.
 *
 * Pure data code: no Lit, no DOM.
 */

import { storyCitations } from "./citations.js";
import {
  compareStoryDates,
  dateEndKey,
  dateSortKey,
  type EraStyle,
  isBeforeCommonEra,
  parseStoryDate,
} from "./edtf-date.js";
import { storyDateText } from "./story-dates.js";
import type { Story } from "./story-format.js";
import { makeError, quoteValue, type StoryError } from "./validate-story.js";

/**
 * The fewest words a quote may have. The shortest quote in the first article's story has six; one
 * to three words ("e", "Musk said") are found in almost any article and prove nothing.
 */
export const MIN_QUOTE_WORDS = 4;

function wordCount(text: string, language: string): number {
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(language, { granularity: "word" });
  } catch {
    segmenter = new Intl.Segmenter("en", { granularity: "word" });
  }
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

export function checkEditorialRules(story: Story): StoryError[] {
  const errors: StoryError[] = [];
  for (const { keys, citation } of storyCitations(story)) {
    const words = wordCount(citation.quote, story.article.language);
    if (words < MIN_QUOTE_WORDS) {
      errors.push(
        makeError(
          [...keys, "quote"],
          `${quoteValue(citation.quote)} is ${words === 1 ? "one word" : `${words} words`}; a quote needs at least ${MIN_QUOTE_WORDS} words from the article, enough to show where the fact comes from. Quote the whole phrase.`,
        ),
      );
    }
  }
  const dates = new Map(story.timeline.events.map((event) => [event.id, event.date]));
  const questions = story.quiz?.questions ?? [];
  questions.forEach((question, index) => {
    if (question.type !== "order") return;
    question.events.forEach((id, at) => {
      const previous = question.events[at - 1];
      if (previous === undefined) return;
      const [before, after] = [dates.get(previous) ?? "", dates.get(id) ?? ""];
      const [beforeDate, afterDate] = [parseStoryDate(before), parseStoryDate(after)];
      if (beforeDate && afterDate && compareStoryDates(beforeDate, afterDate) > 0) {
        errors.push(
          makeError(
            ["quiz", "questions", index, "events", at],
            `${quoteValue(id)} (${storyDateText(story, after)}) is listed after ${quoteValue(previous)} (${storyDateText(story, before)}), but happened before it. List the events in the order they happened.`,
          ),
        );
      }
    });
  });
  const total = questions.length;
  story.quiz?.results.forEach((band, index) => {
    if (band.max > total) {
      errors.push(
        makeError(
          ["quiz", "results", index, "max"],
          `is ${band.max}, but the quiz has only ${total} questions, so no one can score more than ${total}.`,
        ),
      );
    }
  });
  return errors;
}

/** A year a quote names, as astronomical years `from` (inclusive) to `to` (exclusive). */
interface NamedYear {
  /** As the quote writes it: "283 BCE", "2024", "the 1990s". */
  text: string;
  from: number;
  to: number;
  /** The story-file date for it, e.g. "-0282". */
  date: string;
}

const BEFORE = /^B\.?C\.?(E\.?)?$/i;
const LABELLED =
  /\b(\d{1,4})\s?(BCE|B\.C\.E\.|BC|B\.C\.|CE|C\.E\.|AD|A\.D\.)(?![\w.])|\b(?:AD|A\.D\.)\s?(\d{1,4})\b/g;
// Four digits alone, 1000 to 2099, as a year and not a number ("1,500", "$1500", "2024.5").
const BARE = /(?<![\d,.$£€-])\b(1\d{3}|20\d{2})(s?)\b(?![,.]\d|\s?%)/g;

const pad = (year: number) => (year < 0 ? "-" : "") + String(Math.abs(year)).padStart(4, "0");

/** The years a quote names: with an era ("283 BCE", "AD 79") or as four digits ("2024", "1990s"). */
export function yearsNamedIn(quote: string): NamedYear[] {
  const found: NamedYear[] = [];
  const rest = quote.replace(LABELLED, (text, number, era, adNumber) => {
    const count = Number(number ?? adNumber);
    const year = era && BEFORE.test(era) ? 1 - count : count;
    if (count > 0) found.push({ text, from: year, to: year + 1, date: pad(year) });
    return " ";
  });
  for (const [text, digits = "", decade] of rest.matchAll(BARE)) {
    const year = Number(digits);
    if (decade && year % 10 !== 0) continue;
    const span = decade ? 10 : 1;
    found.push({
      text,
      from: year,
      to: year + span,
      date: decade ? `${digits.slice(0, 3)}X` : digits,
    });
  }
  return found;
}

/**
 * What is worth a second look before publishing, though the story can be shown as it is: an
 * event dated otherwise than its own citation says ("-0283" beside "who ruled from 283 BCE", the
 * classic off-by-one of years BCE, or "2023" beside "in 2024"). `backstory check` and `build` print
 * them as warnings; with `--strict` they are errors.
 */
export function checkEditorialWarnings(story: Story): StoryError[] {
  const warnings: StoryError[] = [];
  story.timeline.events.forEach((event, index) => {
    const date = parseStoryDate(event.date);
    const named = yearsNamedIn(event.citation.quote);
    if (!date || named.length === 0) return;
    const [from, to] = [date.start ? dateSortKey(date) : -Infinity, dateEndKey(date)];
    if (named.some((year) => year.from < to && year.to > Math.floor(from))) return;
    const names = named.map((year) => JSON.stringify(year.text)).join(" and ");
    const seen = storyDateText(story, event.date);
    const only = named.length === 1 ? named[0] : undefined;
    let advice = "Check the date against the quote.";
    if (only) {
      advice = `If the event happened in ${only.text.replace(/^(AD|A\.D\.)\s?(\d+)$/, "$2 $1")}, write ${JSON.stringify(only.date)}`;
      advice +=
        only.from < 1 || isBeforeCommonEra(date)
          ? ": story-file years count 1 BCE as 0000, so N BCE is written -(N - 1)."
          : ".";
    }
    warnings.push(
      makeError(
        ["timeline", "events", index, "date"],
        `is ${JSON.stringify(event.date)}, which readers see as ${seen}, but the event's citation says ${names}. ${advice}`,
      ),
    );
  });
  warnings.push(...sameDateOrdering(story));
  return warnings;
}

/** An ordering question over two events with the same date has no answer a reader can know. */
function sameDateOrdering(story: Story): StoryError[] {
  const warnings: StoryError[] = [];
  const dates = new Map(story.timeline.events.map((event) => [event.id, event.date]));
  story.quiz?.questions.forEach((question, index) => {
    if (question.type !== "order") return;
    question.events.forEach((id, at) => {
      const date = dates.get(id) ?? "";
      const parsed = parseStoryDate(date);
      const earlier = question.events.slice(0, at).find((other) => {
        const otherDate = parseStoryDate(dates.get(other) ?? "");
        return parsed && otherDate && compareStoryDates(parsed, otherDate) === 0;
      });
      if (earlier === undefined) return;
      warnings.push(
        makeError(
          ["quiz", "questions", index, "events", at],
          `${quoteValue(id)} and ${quoteValue(earlier)} have the same date (${storyDateText(story, date)}), so a reader cannot know which came first. Use events with different dates, or give these more precise ones.`,
        ),
      );
    });
  });
  return warnings;
}

/**
 * How an article writes years before 1 CE: "bc" when it writes "BC" or "AD" more often than "BCE"
 * or "CE", "bce" when the other way round, `undefined` when it writes neither.
 */
export function articleEraStyle(text: string): EraStyle | undefined {
  const count = (pattern: RegExp) => (text.match(pattern) ?? []).length;
  // "290 BC." ends a sentence; "290 B.C.E." is not "B.C." and "E.".
  const bce = count(/\b\d+\s?(?:BCE|B\.C\.E\.|CE|C\.E\.)(?!\w|\.\w)/g);
  const bc = count(/\b\d+\s?(?:BC|B\.C\.)(?!\w|\.\w|\s?E\.)|\b(?:AD|A\.D\.)\s?\d/g);
  if (bce === bc) return undefined;
  return bce > bc ? "bce" : "bc";
}

/** A warning when the timeline shows years BCE in another style than the article writes them. */
export function checkEraStyleAgainstArticle(story: Story, article: string): StoryError[] {
  const wanted = articleEraStyle(article);
  const shown = story.timeline.eraStyle ?? "bce";
  const dates = [...story.timeline.events.map((event) => event.date)];
  const hasBce = dates.some((text) => {
    const date = parseStoryDate(text);
    return !!date && isBeforeCommonEra(date);
  });
  if (!wanted || wanted === shown || !hasBce) return [];
  const [article_, timeline] = wanted === "bc" ? ["BC", "BCE"] : ["BCE", "BC"];
  return [
    makeError(
      ["timeline", "eraStyle"],
      `the article writes years as "${article_}", but the timeline shows "${timeline}". Add "eraStyle": ${JSON.stringify(wanted)} to "timeline" so that they match.`,
    ),
  ];
}
