/**
 * Translations declared in the page, without a script (so they work under a strict CSP): a
 * `<script type="application/json" data-backstory-strings>` block once on the page, or inside an
 * element, for both elements.
 */
import { screen } from "shadow-dom-testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import "../../../src/define.js";
import { fixtureStory } from "../quiz/helpers.js";
import { cleanUp, realisticStory, whenReady } from "../timeline/fixtures.js";

function block(strings: unknown, parent: Element = document.body): HTMLScriptElement {
  const script = document.createElement("script");
  script.type = "application/json";
  script.dataset.backstoryStrings = "";
  script.textContent = typeof strings === "string" ? strings : JSON.stringify(strings);
  parent.append(script);
  return script;
}

async function place(tag: "backstory-timeline" | "backstory-quiz", story: unknown, own?: unknown) {
  const element = document.createElement(tag);
  if (own !== undefined) block(own, element);
  element.story = story;
  const ready = whenReady(element);
  document.body.append(element);
  await ready;
  return element;
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const script of document.querySelectorAll("script[data-backstory-strings]")) script.remove();
  cleanUp();
});

describe("data-backstory-strings", () => {
  it("translates both elements from one block on the page", async () => {
    block({ next: "Suivant", previous: "Précédent", check: "Vérifier" });
    await place("backstory-timeline", realisticStory());
    await place("backstory-quiz", fixtureStory());
    expect(await screen.findByShadowRole("button", { name: "Précédent" })).toBeTruthy();
    expect(screen.getByShadowRole("button", { name: "Suivant" })).toBeTruthy();
    expect(await screen.findByShadowRole("button", { name: "Vérifier" })).toBeTruthy();
  });

  it("gives each element its own section, so that both can have a Next button", async () => {
    block({
      previous: "Précédent",
      timeline: { next: "Événement suivant" },
      quiz: { next: "Question suivante", check: "Vérifier" },
    });
    await place("backstory-timeline", realisticStory());
    await place("backstory-quiz", fixtureStory());
    expect(await screen.findByShadowRole("button", { name: "Événement suivant" })).toBeTruthy();
    expect(screen.getByShadowRole("button", { name: "Précédent" })).toBeTruthy();
    expect(await screen.findByShadowRole("button", { name: "Vérifier" })).toBeTruthy();
    expect(screen.queryByShadowRole("button", { name: "Question suivante" })).toBeNull();
  });

  it("lets a block inside the element win over the page's, and the strings property over both", async () => {
    block({ check: "Vérifier", back: "Retour" });
    const quiz = await place("backstory-quiz", fixtureStory(), { check: "Comprobar" });
    expect(await screen.findByShadowRole("button", { name: "Comprobar" })).toBeTruthy();
    expect(quiz.shadowRoot?.textContent).not.toContain("Vérifier");
    quiz.strings = { check: "Prüfen" };
    expect(await screen.findByShadowRole("button", { name: "Prüfen" })).toBeTruthy();
  });

  it("does not take an element's own block for another element's, nor for the story", async () => {
    const timeline = await place("backstory-timeline", realisticStory(), { check: "Vérifier" });
    await place("backstory-quiz", fixtureStory());
    expect(timeline.storyId).toBe("realistic");
    expect(await screen.findByShadowRole("button", { name: "Check answer" })).toBeTruthy();
  });

  it("reads an inline story next to a strings block", async () => {
    const element = document.createElement("backstory-timeline");
    block({ previous: "Précédent" }, element);
    const story = document.createElement("script");
    story.type = "application/json";
    story.textContent = JSON.stringify(realisticStory());
    element.append(story);
    const ready = whenReady(element);
    document.body.append(element);
    await ready;
    expect(element.storyId).toBe("realistic");
    expect(screen.getByShadowRole("button", { name: "Précédent" })).toBeTruthy();
  });

  it("keeps English where a block is broken or a value is not text, and says why in the console", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    block("{ check: Vérifier }");
    const quiz = await place("backstory-quiz", fixtureStory(), { check: 5, next: null });
    expect(await screen.findByShadowRole("button", { name: "Check answer" })).toBeTruthy();
    expect(quiz.storyId).toBe(fixtureStory().id);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/data-backstory-strings block is not JSON/);
  });
});
