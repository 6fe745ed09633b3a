import { describe, expect, it } from "vitest";
import {
  checkEditorialRules,
  editorialWarnings,
  MIN_QUOTE_WORDS,
} from "../../src/data/editorial-checks.js";
import { formatStoryError } from "../../src/data/validate-story.js";
import { minimalStory } from "../fixtures/stories.js";

function errorsAfter(edit: (story: any) => void): string[] {
  const story = minimalStory();
  edit(story);
  return checkEditorialRules(story).map(formatStoryError);
}

describe("checkEditorialRules", () => {
  it("finds nothing in a good story", () => {
    expect(errorsAfter(() => {})).toEqual([]);
  });

  it("reports an ordering question out of date order", () => {
    expect(
      errorsAfter((s) => {
        s.quiz.questions[1].events = ["second", "first"];
      }),
    ).toEqual([
      'quiz.questions[1].events[1]: "first" (199X) is listed after "second" (2021), but happened before it. List the events in the order they happened.',
    ]);
  });

  it("reports a result band that reaches past the highest score", () => {
    expect(
      errorsAfter((s) => {
        s.quiz.results[1].max = 5;
      }),
    ).toEqual([
      "quiz.results[1].max: is 5, but the quiz has only 2 questions, so no one can score more than 2.",
    ]);
  });
});

describe("checkEditorialRules: quotes", () => {
  it.each([
    ["e", "one word"],
    ["Musk said", "2 words"],
    ["the company’s satellites", "3 words"],
  ])("refuses the quote %j (%s)", (quote, words) => {
    expect(
      errorsAfter((s) => {
        s.timeline.events[1].citation.quote = quote;
      }),
    ).toEqual([
      `timeline.events[1].citation.quote: ${JSON.stringify(quote)} is ${words}; a quote needs at least ${MIN_QUOTE_WORDS} words from the article, enough to show where the fact comes from. Quote the whole phrase.`,
    ]);
  });

  it(`accepts ${MIN_QUOTE_WORDS} words, and counts words in a language written without spaces`, () => {
    expect(MIN_QUOTE_WORDS).toBe(4);
    expect(
      errorsAfter((s) => {
        s.timeline.events[1].citation.quote = "Musk said on Monday";
      }),
    ).toEqual([]);
    expect(
      errorsAfter((s) => {
        s.article.language = "ja";
        s.timeline.events[1].citation.quote = "東京";
      }),
    ).toHaveLength(1);
    expect(
      errorsAfter((s) => {
        s.article.language = "ja";
        s.timeline.events[1].citation.quote = "東京で新しい衛星を打ち上げた";
      }),
    ).toEqual([]);
  });

  it("warns, without an error, about an ordering question over two events with the same date", () => {
    const story: any = minimalStory();
    story.timeline.events[1].date = "199X";
    expect(checkEditorialRules(story)).toEqual([]);
    expect(editorialWarnings(story).map(formatStoryError)).toEqual([
      'quiz.questions[1].events[1]: "second" and "first" have the same date (199X), so a reader cannot know which came first. Use events with different dates, or give these more precise ones.',
    ]);
    expect(editorialWarnings(minimalStory())).toEqual([]);
  });
});
