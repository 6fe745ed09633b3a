/** Shared fixtures and helpers for the quiz's browser tests. */
import axe from "axe-core";
import { within } from "shadow-dom-testing-library";
import { expect } from "vitest";
import { userEvent } from "vitest/browser";
import "../../../src/elements/quiz/define.js";
import type { BackstoryQuiz } from "../../../src/elements/quiz/backstory-quiz.js";

import { fixtureStory } from "../../fixtures/stories.js";

export { type FixtureStory, fixtureStory, XSS_TEXT } from "../../fixtures/stories.js";

/** Adds a quiz showing `story` to the page and waits for its first question. */
export async function mountQuiz(
  story: unknown = fixtureStory(),
  attributes: Record<string, string> = {},
): Promise<BackstoryQuiz> {
  const quiz = document.createElement("backstory-quiz");
  for (const [name, value] of Object.entries(attributes)) quiz.setAttribute(name, value);
  quiz.story = story;
  document.body.append(quiz);
  await quiz.updateComplete;
  // This quiz's own heading: a story not built is checked first, by the checker loaded for it
  // (the first time in a test file, the dev server compiles it: seconds on a busy machine).
  await within(quiz).findAllByShadowRole("heading", {}, { timeout: 10_000 });
  return quiz;
}

/** The element that has focus, looking inside shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The polite live region's text. */
export function liveText(quiz: BackstoryQuiz): string {
  const region = quiz.shadowRoot?.querySelector('[role="status"]');
  return region?.textContent?.replace(/\u00a0/g, "").trim() ?? "";
}

/** Presses Tab until `wanted` holds for the focused element. */
export async function tabUntil(
  wanted: (element: Element) => boolean,
  what: string,
): Promise<Element> {
  for (let presses = 0; presses < 40; presses++) {
    const element = focused();
    if (element && wanted(element)) return element;
    await userEvent.keyboard("{Tab}");
  }
  throw new Error(`Tab never reached ${what}; focus is on ${focused()?.outerHTML.slice(0, 80)}`);
}

/** An element's text as a screen reader gets it: without aria-hidden parts. */
export function spokenText(element: Element): string {
  let text = "";
  const walk = (node: Node) => {
    if (node instanceof Element && node.getAttribute("aria-hidden") === "true") return;
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    // Separate block-level pieces the way a screen reader pauses between them.
    const block =
      node instanceof Element && /^(p|li|div|legend|label|h\d|blockquote)$/.test(node.localName);
    if (block) text += " ";
    for (const child of node.childNodes) walk(child);
    if (block) text += " ";
  };
  walk(element);
  return text.replace(/\s+/g, " ").trim();
}

export const isButton = (name: string) => (element: Element) =>
  element.localName === "button" && spokenText(element) === name;

/** Runs axe-core on the element and its shadow content with the WCAG 2.2 AA rules. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const results = await axe.run(element, {
    runOnly: {
      type: "tag",
      values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
    },
  });
  const problems = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
  expect(problems).toEqual([]);
}
