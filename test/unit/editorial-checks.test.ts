import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  articleEraStyle,
  checkEditorialRules,
  checkEditorialWarnings,
  checkEraStyleAgainstArticle,
  MIN_QUOTE_WORDS,
} from "../../src/data/editorial-checks.js";
import type { TimelineEvent } from "../../src/data/story-format.js";
import { formatStoryError } from "../../src/data/validate-story.js";
import { ANCIENT_ARTICLE, ancientStory, minimalStory } from "../fixtures/stories.js";

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
      'quiz.questions[1].events[1]: "first" (1990s) is listed after "second" (2021), but happened before it. List the events in the order they happened.',
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

describe("checkEditorialWarnings: a date that disagrees with its own citation", () => {
  const warningsFor = (date: string, quote: string) => {
    const story = ancientStory();
    const event = story.timeline.events[1] as TimelineEvent;
    event.date = date;
    event.citation.quote = quote;
    return checkEditorialWarnings(story).map(formatStoryError);
  };

  it("finds nothing in a story whose dates agree with their quotes", () => {
    expect(checkEditorialWarnings(ancientStory())).toEqual([]);
    const article = JSON.parse(readFileSync("data/musk-spacex/story.json", "utf8"));
    expect(checkEditorialWarnings(article)).toEqual([]);
  });

  it("catches the off-by-one of years BCE, naming both and the date to write", () => {
    expect(warningsFor("-0283", "Ptolemy II, who ruled from 283 BCE, bought every book.")).toEqual([
      'timeline.events[1].date: is "-0283", which readers see as 284 BCE, but the event\'s citation says "283 BCE". If the event happened in 283 BCE, write "-0282": story-file years count 1 BCE as 0000, so N BCE is written -(N - 1).',
    ]);
  });

  it("catches a four-digit year one off", () => {
    expect(warningsFor("2023", "Launches rose again in 2024.")).toEqual([
      'timeline.events[1].date: is "2023", which readers see as 2023 CE, but the event\'s citation says "2024". If the event happened in 2024, write "2024".',
    ]);
  });

  it.each([
    ["-0282", "who ruled from 283 BCE"],
    ["-0282", "who ruled from 283 B.C."],
    ["-0239~", "in about 240 BC"],
    ["0079", "Vesuvius erupted in AD 79"],
    ["-0282/-0245", "who ruled from 283 BCE to 246 BCE"],
    ["199X", "in the 1990s"],
    ["2024-10-27", "a rally in 2024"],
    ["2021/..", "since 2021, and still in 2024"],
    ["2024", "1,500 satellites and $2000 each"],
    ["2024", "Musk said in 2002 that by 2024 he would fly"],
    ["-02XX", "the early third century BCE"],
  ])("accepts %s beside %j", (date, quote) => {
    expect(warningsFor(date, quote)).toEqual([]);
  });
});

describe("articleEraStyle and checkEraStyleAgainstArticle", () => {
  it("reads how the article writes years", () => {
    expect(articleEraStyle("from 283 BC to AD 14")).toBe("bc");
    expect(articleEraStyle("from 283 BCE to 14 CE, in 240 BCE")).toBe("bce");
    expect(articleEraStyle("In 2024, nothing old.")).toBeUndefined();
    // An era that ends a sentence counts; "B.C.E." is one BCE, not a BC.
    expect(articleEraStyle("It was founded in 290 BC. It burned in 48 BC.")).toBe("bc");
    expect(articleEraStyle("It was founded in 290 BCE.")).toBe("bce");
    expect(articleEraStyle("It was founded in 290 B.C.E. and burned in 48 B.C.E.")).toBe("bce");
    expect(articleEraStyle("It was founded in 290 B.C. and burned in 48 B.C.")).toBe("bc");
  });

  it("warns when the timeline would show another style than the article", () => {
    const story = ancientStory();
    expect(checkEraStyleAgainstArticle(story, ANCIENT_ARTICLE)).toEqual([]);
    const bc = ANCIENT_ARTICLE.replace(/BCE/g, "BC");
    expect(checkEraStyleAgainstArticle(story, bc).map(formatStoryError)).toEqual([
      'timeline.eraStyle: the article writes years as "BC", but the timeline shows "BCE". Add "eraStyle": "bc" to "timeline" so that they match.',
    ]);
    story.timeline.eraStyle = "bc";
    expect(checkEraStyleAgainstArticle(story, bc)).toEqual([]);
  });
});

describe("ordering questions", () => {
  it("show dates as readers see them", () => {
    const story = ancientStory();
    story.quiz = {
      title: "Quiz",
      questions: [
        {
          id: "q",
          type: "order",
          prompt: "Order them.",
          events: ["eratosthenes", "ptolemy-ii"],
          explanation: "Because.",
          citation: { quote: "the library was founded then" },
        },
      ],
      results: [{ id: "all", min: 0, max: 1, title: "T", text: "T" }],
    };
    expect(checkEditorialRules(story).map(formatStoryError)).toEqual([
      'quiz.questions[0].events[1]: "ptolemy-ii" (283 BCE) is listed after "eratosthenes" (c. 240 BCE), but happened before it. List the events in the order they happened.',
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
    expect(checkEditorialWarnings(story).map(formatStoryError)).toEqual([
      'quiz.questions[1].events[1]: "second" and "first" have the same date (1990s), so a reader cannot know which came first. Use events with different dates, or give these more precise ones.',
    ]);
    expect(checkEditorialWarnings(minimalStory())).toEqual([]);
  });
});
