import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findDraftItems } from "../../src/authoring/draft-items.js";
import { draftStory } from "../../src/authoring/draft-story.js";
import { findCitation, splitParagraphs } from "../../src/data/citations.js";
import { parseStoryDate } from "../../src/data/edtf-date.js";
import { MARKED_TEXTS, MUSK_SPACEX_DATES, score } from "../fixtures/draft-texts.js";

const ARTICLE = readFileSync("data/musk-spacex/article.txt", "utf8");

const PRECISION = ["century", "decade", "year", "month", "day"];

/** How fine a date is: the finest of its ends. */
function fineness(date: string): number {
  const parsed = parseStoryDate(date);
  const ends = [parsed?.start, parsed?.end].filter((point) => point !== undefined);
  return Math.max(...ends.map((point) => PRECISION.indexOf(point.precision)));
}

describe("draftStory on the article in data/", () => {
  const { story, found } = draftStory(ARTICLE, { dateline: "2024-10-30" });
  const paragraphs = splitParagraphs(ARTICLE);

  it("proposes an event for each date the article gives, citing its sentence word for word", () => {
    const { events } = story.timeline;
    // Issue 11's bar: at least ten of the article's dated events.
    expect(events.length).toBeGreaterThanOrEqual(10);
    expect(events.length).toBeGreaterThanOrEqual(MUSK_SPACEX_DATES.length);
    for (const event of events) {
      const match = findCitation(event.citation.quote, paragraphs);
      expect(match, event.citation.quote).toBeDefined();
      expect(match?.articleText).toBe(event.citation.quote);
      expect(match?.paragraph).toBe(event.citation.paragraph);
      expect(event.summary).toBe(event.citation.quote);
      expect(event.draft).toBe(true);
      // The title is the sentence's own words.
      expect(event.citation.quote.replace(/^[“"]/, "")).toContain(
        event.title.replace(/…$/, "").replace(/^./, ""),
      );
    }
  });

  it("finds every hand-marked date, none more precise than the words", () => {
    const result = score(found, MUSK_SPACEX_DATES);
    expect(result.missed).toEqual([]);
    expect(result.wrong).toEqual([]);
    for (const { date } of found) {
      const mark = MUSK_SPACEX_DATES.find((candidate) => date.text.includes(candidate.words));
      expect(fineness(date.date)).toBeLessThanOrEqual(fineness(mark?.date ?? "0000"));
    }
  });

  it("orders proposed events in a question, and leaves the other questions as marked templates", () => {
    const [order, ...templates] = story.quiz.questions;
    expect(order).toMatchObject({ type: "order", draft: true });
    const ids = order?.events as string[];
    const dates = ids.map((id) => story.timeline.events.find((event) => event.id === id)?.date);
    expect(dates.length).toBeGreaterThanOrEqual(2);
    expect(dates).toEqual(
      [...dates].sort(
        (a, b) =>
          (parseStoryDate(a ?? "")?.start?.year ?? 0) - (parseStoryDate(b ?? "")?.start?.year ?? 0),
      ),
    );
    expect(templates.map((question) => [question.type, question.prompt, question.draft])).toEqual([
      ["single", "", true],
      ["multiple", "", true],
      ["true-false", "", true],
    ]);
    const drafts = findDraftItems(story);
    expect(drafts.filter((item) => item.kind === "question")).toHaveLength(4);
    expect(drafts.map((item) => item.message).join("\n")).toContain(
      "question 2 is an unfinished single-choice question",
    );
  });

  it("invents no headline or source, and keeps the article's date it counted from", () => {
    expect(story.article).toEqual({
      headline: "",
      source: "",
      language: "en",
      date: "2024-10-30",
      draft: true,
    });
    expect(draftStory(ARTICLE).story.article).not.toHaveProperty("date");
  });

  it("lists the dates it leaves out for want of the article's date", () => {
    expect(story.timeline.events.length).toBe(10);
    const { story: undated, waiting } = draftStory(ARTICLE);
    expect(waiting.map(({ text }) => text)).toEqual([
      "February",
      "February",
      "its most recent",
      "when Biden is president",
      // Only the article's date tells whether he is in office: on 2024-10-30 he is not.
      "when Trump is president",
      "For now",
      "in the next twelve months",
    ]);
    expect(undated.timeline.events.length + waiting.length - 1).toBe(story.timeline.events.length);
    expect(waiting.map(({ paragraph }) => paragraph)).toEqual([5, 5, 7, 15, 15, 16, 16]);
  });
});

describe("draft titles", () => {
  it("take the whole clause the date is in when the sentence is long, else its first words", () => {
    const text =
      "The old lighthouse dates from the late 18th century, and a Roman jetty from the 2nd century AD was found in 1974.\n" +
      "Work on the breakwater began in the 1880s and was finished around 1895 by a company from Leith.";
    const titles = draftStory(text).story.timeline.events.map((event) => event.title);
    // One event for each date: the 2nd century AD and 1974 share a clause, as the 1880s and 1895 do.
    expect(titles).toEqual([
      "The old lighthouse dates from the late 18th century",
      "A Roman jetty from the 2nd century AD was found in 1974",
      "A Roman jetty from the 2nd century AD was found in 1974",
      "Work on the breakwater began in the 1880s and was…",
      "Work on the breakwater began in the 1880s and was…",
    ]);
  });
});

describe.each(MARKED_TEXTS)("draftStory on $name", ({ text, dateline, dates }) => {
  const { story, found } = draftStory(text, { dateline });

  it("finds the marked dates and few others", () => {
    const result = score(found, dates);
    expect(result.recall, `missed ${JSON.stringify(result.missed)}`).toBeGreaterThanOrEqual(0.85);
    expect(result.precision, `wrong ${JSON.stringify(result.wrong)}`).toBeGreaterThanOrEqual(0.9);
  });

  it("never reads a count, a sum or a long number as a year", () => {
    const numbers = "120 379480 1.8 220 1500 2000 1200 300 4.5 1450 2100 450 40".split(" ");
    for (const { date } of found) {
      for (const number of numbers) {
        if (!new RegExp(`(^|\\D)${number.replace(".", "\\.")}(\\D|$)`).test(date.text)) continue;
        // Only as a length of time counted from the article's date: "in 300 days".
        expect(date.dateNote, `${date.text} → ${date.date}`).toMatch(
          /counted from the article’s date/,
        );
      }
    }
  });

  it("cites only sentences of the text", () => {
    const paragraphs = splitParagraphs(text);
    for (const event of story.timeline.events) {
      expect(findCitation(event.citation.quote, paragraphs)?.articleText).toBe(
        event.citation.quote,
      );
    }
  });
});

describe("draftStory: years BCE as the article writes them", () => {
  const ancient =
    "The Museum was founded in 290 BC.\nEratosthenes ran it from 245 BC, and in AD 272 the palace quarter burned.";

  it("sets eraStyle to bc for an article that writes BC and AD", () => {
    expect(draftStory(ancient, { dateline: "2024-10-30" }).story.timeline.eraStyle).toBe("bc");
  });

  it("leaves the default (bce) for an article that writes BCE, or no era at all", () => {
    const bce = ancient.replace(/\bBC\b/g, "BCE").replace("AD 272", "272 CE");
    expect(draftStory(bce, { dateline: "2024-10-30" }).story.timeline.eraStyle).toBeUndefined();
    expect(draftStory(ARTICLE, { dateline: "2024-10-30" }).story.timeline.eraStyle).toBeUndefined();
  });
});
