/**
 * Names every object inherits ("constructor", "toString", …) are ordinary ids and keys to an
 * editor: a valid story using them, or strings and saved progress holding them, must work.
 */
import { screen } from "shadow-dom-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import type { Story } from "../../../src/data/story-format.js";
import { validateStory } from "../../../src/data/validate-story.js";
import "../../../src/elements/quiz/define.js";
import "../../../src/elements/timeline/define.js";
import { minimalStory } from "../../fixtures/stories.js";
import { collectUncaughtErrors } from "../uncaught-errors.js";

const uncaught = collectUncaughtErrors();

afterEach(() => {
  for (const element of document.querySelectorAll("backstory-quiz, backstory-timeline")) {
    element.remove();
  }
  localStorage.clear();
  expect(uncaught).toEqual([]);
});

/** The minimal story with "constructor" as an event id and a question id (ids are lower-case). */
function storyWithInheritedIds(): Story {
  const story = minimalStory();
  const [first, second] = story.timeline.events as [
    Story["timeline"]["events"][0],
    Story["timeline"]["events"][0],
  ];
  first.id = "constructor";
  first.tags = ["constructor", "toString", "__proto__", "hasOwnProperty"];
  const quiz = story.quiz as NonNullable<Story["quiz"]>;
  const [single, order] = quiz.questions as [
    Extract<NonNullable<Story["quiz"]>["questions"][0], { type: "single" }>,
    Extract<NonNullable<Story["quiz"]>["questions"][0], { type: "order" }>,
  ];
  single.id = "constructor";
  single.eventId = "constructor";
  single.choices = [
    { id: "constructor", text: "Constructor" },
    { id: "b", text: "B" },
  ];
  single.answer = "constructor";
  order.events = ["constructor", second.id];
  return story;
}

async function mount(tag: "backstory-quiz" | "backstory-timeline", story: unknown) {
  const element = document.createElement(tag);
  element.story = story;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

describe("inherited names as ids", () => {
  it("the story is valid for `backstory check`", () => {
    expect(validateStory(storyWithInheritedIds())).toMatchObject({ ok: true });
  });

  it("the quiz shows, checks and scores a question whose id is “constructor”", async () => {
    const quiz = await mount("backstory-quiz", storyWithInheritedIds());
    await screen.findByShadowRole("group", { name: "Which?" });
    await userEvent.click(screen.getByShadowRole("radio", { name: "Constructor" }));
    await userEvent.click(screen.getByShadowRole("button", { name: "Check answer" }));
    expect(await screen.findAllByShadowText("Correct")).not.toHaveLength(0);
    await userEvent.click(screen.getByShadowRole("button", { name: "Next question" }));
    await screen.findByShadowRole("group", { name: "Order them." });
    await userEvent.click(screen.getByShadowRole("button", { name: "Check answer" }));
    await userEvent.click(screen.getByShadowRole("button", { name: "See your result" }));
    expect(
      await screen.findByShadowRole("heading", { name: /You got \d of 2 right/ }),
    ).toBeTruthy();
    expect(quiz.shadowRoot?.textContent).not.toContain("Loading");
  });

  it("the quiz restores saved progress under those names", async () => {
    const first = await mount("backstory-quiz", storyWithInheritedIds());
    await screen.findByShadowRole("group", { name: "Which?" });
    await userEvent.click(screen.getByShadowRole("radio", { name: "Constructor" }));
    await userEvent.click(screen.getByShadowRole("button", { name: "Check answer" }));
    first.remove();
    await mount("backstory-quiz", storyWithInheritedIds());
    await screen.findByShadowRole("group", { name: "Which?" });
    expect(screen.getByShadowRole("radio", { name: "Constructor" })).toHaveProperty(
      "checked",
      true,
    );
    expect(screen.getByShadowText("Correct")).toBeTruthy();
  });

  it("the timeline shows and selects an event whose id is “constructor”", async () => {
    const timeline = await mount("backstory-timeline", storyWithInheritedIds());
    await screen.findByShadowRole("button", { name: /First/ });
    await userEvent.click(screen.getByShadowRole("button", { name: /^toString/ }));
    await userEvent.click(screen.getByShadowRole("button", { name: /^__proto__/ }));
    await userEvent.click(screen.getAllByShadowRole("button", { name: /First/ })[0] as HTMLElement);
    expect(timeline.shadowRoot?.textContent).toContain("The first event.");
  });
});

describe("strings that are not text", () => {
  it("keep the English texts, and a placeholder naming an inherited key stays as written", async () => {
    const strings = {
      moreErrors: 5,
      next: { text: "Suivant" },
      selected: "{constructor}: {title}",
    };
    const timeline = await mount("backstory-timeline", storyWithInheritedIds());
    timeline.strings = strings as never;
    await screen.findByShadowRole("button", { name: "Next event" });
    await userEvent.click(screen.getByShadowRole("button", { name: "Next event" }));
    const live = timeline.shadowRoot?.querySelector('[role="status"]')?.textContent ?? "";
    expect(live).toContain("{constructor}: Second");
    expect(live).not.toContain("function");

    const quiz = await mount("backstory-quiz", storyWithInheritedIds());
    quiz.strings = { check: 5, back: null, progress: "{toString} {n}" } as never;
    await screen.findByShadowRole("button", { name: "Check answer" });
    expect(quiz.shadowRoot?.textContent).toContain("{toString} 1");
  });
});
