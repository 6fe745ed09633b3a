/**
 * Checks the command line runs on a valid story before it is published, beyond what the elements
 * need to show it (`validate-story.ts`): an ordering question's events must be listed in the
 * order of their dates, no result band may reach past the highest possible score, and every quote
 * must be at least `MIN_QUOTE_WORDS` words long. `editorialWarnings` finds what is allowed but
 * probably a mistake: an ordering question over events with the same date. They are
 * kept out of the bundle readers load, which validates every story it shows and counts every byte.
 *
 * Pure data code: no Lit, no DOM.
 */

import { storyCitations } from "./citations.js";
import { compareStoryDates, parseStoryDate } from "./edtf-date.js";
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
            `${quoteValue(id)} (${after}) is listed after ${quoteValue(previous)} (${before}), but happened before it. List the events in the order they happened.`,
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

/** What a valid story may have but is probably a mistake; the command line prints it and goes on. */
export function editorialWarnings(story: Story): StoryError[] {
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
          `${quoteValue(id)} and ${quoteValue(earlier)} have the same date (${date}), so a reader cannot know which came first. Use events with different dates, or give these more precise ones.`,
        ),
      );
    });
  });
  return warnings;
}
