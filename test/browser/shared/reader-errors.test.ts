/**
 * One broken part never takes the other down, and readers never see an editor's errors: each
 * element validates the story for its own section, a reader on a published page sees the story's
 * fallback content and one calm line, the console has the full list, and the error box appears
 * only with the `editor` attribute.
 */
import { within } from "shadow-dom-testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import "../../../src/define.js";
import type { Story } from "../../../src/data/story-format.js";
import { fixtureStory } from "../../fixtures/stories.js";

const CALM = "The interactive version of this story is not available right now.";

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  localStorage.clear();
});

type Backstory = HTMLElement & { story?: unknown; src?: string; storyId?: string };

/** An element as `backstory embed` prints it: with the story's fallback content inside. */
function embed(tag: string, story: unknown, attributes: Record<string, string> = {}): Backstory {
  const element = document.createElement(tag) as Backstory;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.innerHTML = `<div class="backstory-fallback"><h2>Fallback heading</h2><p>The story as plain HTML.</p></div>`;
  element.story = story;
  document.body.append(element);
  return element;
}

/** A story whose quiz has an answer that is not one of its choices. */
function brokenQuiz(): Story {
  const story = fixtureStory() as unknown as Story;
  const question = story.quiz?.questions[0] as { answer: string };
  question.answer = "no-such-choice";
  return story;
}

/** A story whose timeline has an event without a readable date. */
function brokenTimeline(): Story {
  const story = fixtureStory() as unknown as Story;
  (story.timeline.events[2] as { date: string }).date = "someday";
  return story;
}

const ready = (element: HTMLElement) =>
  new Promise((resolve) => element.addEventListener("backstory-ready", resolve, { once: true }));

describe("validation by section", () => {
  it("a timeline with a valid timeline renders though the quiz is broken; the quiz says so", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const timeline = embed("backstory-timeline", brokenQuiz());
    const quiz = embed("backstory-quiz", brokenQuiz());
    await ready(timeline);
    expect(timeline.storyId).toBe("fixture-story");
    expect(within(timeline).getByShadowRole("region", { name: "A headline" })).toBeTruthy();
    expect(await within(quiz).findByShadowText(CALM)).toBeTruthy();
    // Each element logged every error, pointer and all.
    const logged = log.mock.calls.map((call) => String(call[0]));
    expect(logged.filter((line) => line.includes("quiz.questions[0].answer"))).toHaveLength(2);
    expect(logged.some((line) => line.includes("so the timeline is shown without it"))).toBe(true);
  });

  it("a quiz with a valid quiz renders though the timeline is broken; the timeline says so", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const timeline = embed("backstory-timeline", brokenTimeline());
    const quiz = embed("backstory-quiz", brokenTimeline());
    await ready(quiz);
    const region = within(quiz).getByShadowRole("region", { name: "Fixture quiz" });
    expect(within(region).getByShadowRole("radio", { name: "The right one" })).toBeTruthy();
    expect(await within(timeline).findByShadowText(CALM)).toBeTruthy();
    // The quiz still answers by keyboard.
    within(region).getByShadowRole("radio", { name: "The right one" }).focus();
    await userEvent.keyboard(" ");
    await userEvent.tab();
    await userEvent.keyboard("{Enter}");
    expect(await within(quiz).findByShadowRole("heading", { name: "Correct" })).toBeTruthy();
  });

  it("a mistake both need (the article's language) stops both", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const story = fixtureStory();
    story.article.language = "not a language";
    const timeline = embed("backstory-timeline", story);
    const quiz = embed("backstory-quiz", story);
    expect(await within(timeline).findByShadowText(CALM)).toBeTruthy();
    expect(await within(quiz).findByShadowText(CALM)).toBeTruthy();
  });
});

for (const tag of ["backstory-timeline", "backstory-quiz"]) {
  describe(`<${tag}> for readers`, () => {
    it("shows the story's fallback content and one calm line, not the editor's list", async () => {
      const log = vi.spyOn(console, "error").mockImplementation(() => {});
      const story = fixtureStory();
      story.id = "Not An Id";
      const element = embed(tag, story);
      const line = await within(element).findByShadowText(CALM);
      expect(line.checkVisibility()).toBe(true);
      const fallback = element.querySelector(".backstory-fallback") as HTMLElement;
      expect(fallback.checkVisibility()).toBe(true);
      expect(within(element).queryByShadowRole("alert")).toBeNull();
      expect(element.shadowRoot?.textContent).not.toContain("id:");
      expect(log.mock.calls.some((call) => String(call[0]).includes('id: "Not An Id"'))).toBe(true);
    });

    it("offers Retry when the file could not be fetched, and logs why", async () => {
      const log = vi.spyOn(console, "error").mockImplementation(() => {});
      const element = embed(tag, undefined);
      element.story = undefined;
      element.src = "/no-such-story.json";
      expect(await within(element).findByShadowText(CALM)).toBeTruthy();
      expect(within(element).getByShadowRole("button", { name: "Retry" })).toBeTruthy();
      expect(element.shadowRoot?.textContent).not.toContain("404");
      await expect
        .poll(() => log.mock.calls.some((call) => String(call[0]).includes("not found (404)")))
        .toBe(true);
    });

    it("shows the editor's error box only with the editor attribute", async () => {
      vi.spyOn(console, "error").mockImplementation(() => {});
      const story = fixtureStory();
      story.id = "Not An Id";
      const element = embed(tag, story, { editor: "" });
      const box = await within(element).findByShadowRole("alert");
      expect(box.textContent).toContain("This story cannot be shown");
      expect(box.textContent).toContain("id:");
      expect(element.querySelector(".backstory-fallback")?.checkVisibility()).toBe(false);
      element.removeAttribute("editor");
      expect(await within(element).findByShadowText(CALM)).toBeTruthy();
      expect(within(element).queryByShadowRole("alert")).toBeNull();
    });
  });
}

it("a quiz without a quiz section tells readers calmly, and editors what to add", async () => {
  const story: Partial<ReturnType<typeof fixtureStory>> = fixtureStory();
  delete story.quiz;
  const reader = embed("backstory-quiz", story);
  expect(await within(reader).findByShadowText(CALM)).toBeTruthy();
  const editor = embed("backstory-quiz", story, { editor: "" });
  expect(await within(editor).findByShadowText(/This story has no quiz\./)).toBeTruthy();
});
