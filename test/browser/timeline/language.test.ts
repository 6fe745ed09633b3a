import { screen } from "shadow-dom-testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Story } from "../../../src/data/story-format.js";
import { minimalStory } from "../../fixtures/stories.js";
import { collectUncaughtErrors } from "../uncaught-errors.js";
import { cleanUp } from "./fixtures.js";

const uncaught = collectUncaughtErrors();

afterEach(() => {
  vi.restoreAllMocks();
  cleanUp();
  expect(uncaught).toEqual([]);
});

/** A French story with one full date, which reads differently in English and in French. */
function frenchStory(): Story {
  const story = minimalStory();
  story.article.language = "fr";
  (story.timeline.events[1] as Story["timeline"]["events"][0]).date = "2021-03-04";
  return story;
}

async function mount(lang: string) {
  const element = document.createElement("backstory-timeline");
  element.setAttribute("lang", lang);
  element.story = frenchStory();
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const markerText = async () =>
  (await screen.findAllByShadowRole("button", { name: /Second/ })).map((b) => b.textContent);

describe("backstory-timeline: the lang attribute", () => {
  it("reads en_US as en-US", async () => {
    await mount("en_US");
    expect((await markerText()).join()).toMatch(/Mar\w* 4, 2021/);
  });

  it("falls back to the story's language for a junk value, with one warning, on load and when changed", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const element = await mount("!!");
    expect((await markerText()).join()).toMatch(/4 mars 2021/);
    element.setAttribute("lang", "en-US");
    await element.updateComplete;
    expect((await markerText()).join()).toMatch(/Mar\w* 4, 2021/);
    element.setAttribute("lang", "x".repeat(300));
    await element.updateComplete;
    expect((await markerText()).join()).toMatch(/4 mars 2021/);
    element.setAttribute("lang", "!!");
    await element.updateComplete;
    element.click();
    await element.updateComplete;
    const reports = warn.mock.calls.map((call) => String(call[0]));
    expect(reports.filter((text) => text.includes('lang="!!"'))).toHaveLength(1);
    expect(reports.filter((text) => text.includes("xxxx"))).toHaveLength(1);
    expect(reports[0]).toContain("Use a BCP 47 tag");
  });
});
