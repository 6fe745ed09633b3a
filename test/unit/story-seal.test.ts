import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isSealed, sealStory, storySeal } from "../../src/data/story-seal.js";
import { validateStory } from "../../src/data/validate-story.js";

const source = JSON.parse(readFileSync("data/musk-spacex/story.json", "utf8"));

describe("the fingerprint of a checked story", () => {
  it("matches after the file is written and read back, whatever its indentation", () => {
    const sealed = sealStory(source);
    expect(isSealed(JSON.parse(JSON.stringify(sealed, null, 2)))).toBe(true);
    expect(isSealed(JSON.parse(JSON.stringify(sealed)))).toBe(true);
    // The sealed story is still a valid story file.
    expect(validateStory(sealed).ok).toBe(true);
  });

  it("no longer matches after any edit: one letter, a reordered event, a removed field", () => {
    const sealed = JSON.parse(JSON.stringify(sealStory(source)));
    const letter = structuredClone(sealed);
    letter.timeline.events[0].title += "s";
    const order = structuredClone(sealed);
    order.timeline.events.reverse();
    const removed = structuredClone(sealed);
    delete removed.quiz;
    for (const edited of [letter, order, removed]) expect(isSealed(edited)).toBe(false);
  });

  it("is not taken from a story of a format version this build does not read", () => {
    const future = { ...source, version: 2 };
    expect(isSealed({ ...future, checked: storySeal(future) })).toBe(false);
  });

  it("is not found on anything that is not a sealed story", () => {
    for (const value of [null, 3, "text", [], {}, { checked: 1, version: 1 }, source])
      expect(isSealed(value)).toBe(false);
  });

  it("is written by backstory build (the built demo story)", () => {
    const built = JSON.parse(readFileSync("dist/stories/musk-spacex.json", "utf8"));
    expect(typeof built.checked).toBe("string");
    expect(isSealed(built)).toBe(true);
  });
});
