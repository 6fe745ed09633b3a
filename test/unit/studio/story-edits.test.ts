import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { draftStory } from "../../../src/authoring/draft-story.js";
import { findCitation, splitParagraphs } from "../../../src/data/citations.js";
import type { OrderQuestion, Story } from "../../../src/data/story-format.js";
import { validateStory } from "../../../src/data/validate-story.js";
import { EditHistory } from "../../../src/studio/edit-history.js";
import {
  bandsCover,
  convertQuestion,
  emptyStory,
  eventsCountedFrom,
  inDateOrder,
  moveItem,
  newEvent,
  newQuestion,
  proposeResultBands,
  removeEvent,
  renameEvent,
  setAt,
  slugify,
  storyProblems,
  storyWarnings,
  uniqueId,
} from "../../../src/studio/story-edits.js";

const musk = JSON.parse(readFileSync("data/musk-spacex/story.json", "utf8")) as Story;
const paragraphs = splitParagraphs(readFileSync("data/musk-spacex/article.txt", "utf8"));

describe("studio edits", () => {
  it("sets and removes values at a path without touching the original", () => {
    const story = emptyStory();
    const titled = setAt(story, ["timeline", "title"], "Musk and SpaceX");
    expect(titled.timeline.title).toBe("Musk and SpaceX");
    expect(story.timeline.title).toBeUndefined();
    expect(titled.article).toBe(story.article);
    const withEvent = setAt(titled, ["timeline", "events", 0], newEvent(titled, "a quote"));
    expect(withEvent.timeline.events).toHaveLength(1);
    expect(setAt(withEvent, ["timeline", "events", 0], undefined).timeline.events).toEqual([]);
    expect(setAt(story, ["article", "url"], undefined).article).not.toHaveProperty("url");
  });

  it("moves list items and keeps them in the list", () => {
    expect(moveItem(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
  });

  it("makes ids from text that the validator accepts, unique", () => {
    expect(slugify("Starlink in Ukraine: Musk’s call")).toBe("starlink-in-ukraine-musks-call");
    expect(slugify("Égalité !")).toBe("egalite");
    expect(uniqueId("Teledesic", ["teledesic"])).toBe("teledesic-2");
    expect(uniqueId("!!!", [], "event")).toBe("event");
  });

  it("proposes result bands that cover every score exactly once", () => {
    for (const total of [1, 2, 3, 4, 7, 10]) {
      const bands = proposeResultBands(total);
      expect(bandsCover(bands, total), `total ${total}`).toBe(true);
      const story = setAt(musk, ["quiz", "results"], bands);
      const questions = musk.quiz?.questions ?? [];
      const trimmed = setAt(story, ["quiz", "questions"], questions.slice(0, total));
      if (questions.length >= total) expect(validateStory(trimmed).ok).toBe(true);
    }
    expect(proposeResultBands(1)).toHaveLength(2);
    const kept = proposeResultBands(6, [{ id: "low", min: 0, max: 1, title: "Mine", text: "Own" }]);
    expect(kept).toEqual([{ id: "low", min: 0, max: 6, title: "Mine", text: "Own" }]);
  });

  it("renames and removes events everywhere they are named", () => {
    const order = musk.quiz?.questions.find((q): q is OrderQuestion => q.type === "order");
    const named = order?.events[0] ?? "";
    expect(named).not.toBe("");
    const index = musk.timeline.events.findIndex((event) => event.id === named);
    const renamed = renameEvent(musk, index, "renamed-event");
    expect(JSON.stringify(renamed.quiz)).toContain('"renamed-event"');
    expect(JSON.stringify(renamed.quiz)).not.toContain(`"${named}"`);
    expect(validateStory(renamed).ok).toBe(true);
    const removed = removeEvent(musk, index);
    expect(removed.timeline.events.map((event) => event.id)).not.toContain(named);
    expect(JSON.stringify(removed.quiz)).not.toContain(`"${named}"`);
  });

  it("converts a question between types, keeping what carries over", () => {
    const single = newQuestion(emptyStory(), "quote", "single");
    expect(single.type === "single" && single.choices).toHaveLength(2);
    const multiple = convertQuestion(single, "multiple");
    expect(multiple.type === "multiple" && multiple.answers).toEqual([
      single.type === "single" ? single.answer : "",
    ]);
    expect(convertQuestion(multiple, "true-false")).toMatchObject({ answer: true, prompt: "" });
  });

  it("orders event ids by their dates", () => {
    const ids = musk.timeline.events.map((event) => event.id);
    const sorted = inDateOrder(musk, [...ids].reverse());
    expect(storyProblems(musk, paragraphs)).toEqual([]);
    expect(sorted[0]).toBe("teledesic");
  });

  it("reports what backstory build reports, and a quote not in the article at once", () => {
    const story = setAt(
      emptyStory(),
      ["timeline", "events", 0],
      newEvent(emptyStory(), "Musk flew to Mars"),
    );
    const problems = storyProblems(story, paragraphs);
    const pointers = problems.map((problem) => problem.pointer);
    expect(pointers).toContain("/timeline/events/0/date");
    expect(pointers).toContain("/timeline/events/0/citation/quote");
    expect(problems.find((p) => p.pointer.endsWith("/quote"))?.message).toMatch(
      /^this quote is not in the article word for word: "Musk flew to Mars"\./,
    );
  });
});

describe("dates that count from the article's date", () => {
  const article = readFileSync("data/musk-spacex/article.txt", "utf8");

  it("proposes what a draft without --dateline left out, once the date is given", () => {
    const undated = draftStory(article).story as unknown as Story;
    const counted = eventsCountedFrom(undated, paragraphs, "2024-10-30");
    expect(counted.map(({ words, event }) => [words, event.date])).toEqual([
      ["February", "2024-02~"],
      ["February", "2024-02~"],
      ["its most recent", "2024-10~"],
      ["when Biden is president", "2021/2025"],
      ["For now", "2024-10~"],
      ["in the next twelve months", "2024-10~/2025-10~"],
    ]);
    const ids = [...undated.timeline.events, ...counted.map(({ event }) => event)].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { event } of counted) {
      expect(event.draft).toBe(true);
      expect(findCitation(event.citation.quote, paragraphs)?.articleText).toBe(
        event.citation.quote,
      );
    }
    // Once proposed, they are not offered again.
    const both = setAt(
      undated,
      ["timeline", "events"],
      [...undated.timeline.events, ...counted.map(({ event }) => event)],
    );
    expect(eventsCountedFrom(both, paragraphs, "2024-10-30")).toEqual([]);
  });
});

describe("studio warnings", () => {
  it("warns as backstory check does, apart from the problems, once the story is valid", () => {
    expect(storyWarnings(musk, paragraphs)).toEqual([]);
    const index = musk.timeline.events.findIndex((event) => event.date === "2021");
    const late = setAt(musk, ["timeline", "events", index, "date"], "2022");
    expect(storyProblems(late, paragraphs)).toEqual([]);
    expect(storyWarnings(late, paragraphs)).toMatchObject([
      { pointer: `/timeline/events/${index}/date`, message: expect.stringContaining('"2021"') },
    ]);
    // An unfinished story gets its problems first.
    expect(storyWarnings(setAt(late, ["article", "headline"], ""), paragraphs)).toEqual([]);
  });

  it("warns when years BCE are labelled otherwise than the article writes them", () => {
    const ancient = ["The Museum was founded in 290 BC.", "It burned in 48 BC."];
    const story = setAt(musk, ["timeline", "events", 0, "date"], "-0289");
    const quoted = setAt(story, ["timeline", "events", 0, "citation", "quote"], ancient[0]);
    const [warning] = storyWarnings(quoted, ancient);
    expect(warning).toMatchObject({ pointer: "/timeline/eraStyle" });
    expect(storyWarnings(setAt(quoted, ["timeline", "eraStyle"], "bc"), ancient)).toEqual([]);
  });
});

describe("undo history", () => {
  it("undoes and redoes, one step per field burst", () => {
    const history = new EditHistory<string>();
    history.record("", "title", 0);
    history.record("M", "title", 100);
    history.record("Mu", "summary", 200);
    expect(history.undo("Mu-s")).toBe("Mu");
    expect(history.undo("Mu")).toBe("");
    expect(history.canUndo).toBe(false);
    expect(history.redo("")).toBe("Mu");
    history.record("Mu", "title", 5000);
    expect(history.canRedo).toBe(false);
  });
});
