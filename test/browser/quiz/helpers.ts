/** Shared fixtures and helpers for the quiz's browser tests. */
import axe from "axe-core";
import { screen } from "shadow-dom-testing-library";
import { expect } from "vitest";
import { userEvent } from "vitest/browser";
import "../../../src/elements/quiz/define.js";
import type { BackstoryQuiz } from "../../../src/elements/quiz/backstory-quiz.js";

const event = (id: string, date: string, title: string) => ({
  id,
  date,
  title,
  summary: `${title}, in a sentence.`,
  citation: { quote: `${title} happened.` },
});

export const XSS_TEXT = "<img src=x onerror=alert(1)>";

/** A small story with one question of each type. */
export function fixtureStory() {
  return {
    version: 1,
    id: "fixture-story",
    article: { headline: "A headline", source: "A source", language: "en" },
    timeline: {
      events: [
        event("first", "2001", "First event"),
        event("second", "2002", "Second event"),
        event("third", "2003", "Third event"),
        event("fourth", "2004", "Fourth event"),
      ],
    },
    quiz: {
      title: "Fixture quiz",
      intro: "Four questions.",
      questions: [
        {
          id: "pick-one",
          type: "single",
          prompt: "Which one is right?",
          choices: [
            { id: "wrong", text: "The wrong one" },
            { id: "right", text: "The right one" },
            { id: "markup", text: XSS_TEXT },
          ],
          answer: "right",
          explanation: "The right one is right.",
          citation: { quote: "the right one is the one that is right", paragraph: 3 },
          eventId: "second",
        },
        {
          id: "pick-two",
          type: "multiple",
          prompt: "Which two are right?",
          choices: [
            { id: "a", text: "Choice A" },
            { id: "b", text: "Choice B" },
            { id: "c", text: "Choice C" },
          ],
          answers: ["a", "c"],
          showCount: true,
          explanation: "A and C.",
          citation: { quote: "A and C are right." },
        },
        {
          id: "true-or-false",
          type: "true-false",
          prompt: "Is this true?",
          answer: true,
          explanation: "It is true.",
          citation: { quote: "It is true." },
        },
        {
          id: "put-in-order",
          type: "order",
          prompt: "Put these events in order.",
          events: ["first", "second", "third", "fourth"],
          explanation: "They happened one after another.",
          citation: { quote: "One after another." },
        },
      ],
      results: [
        { id: "low", min: 0, max: 1, title: "Read it again", text: "Low score." },
        { id: "middle", min: 2, max: 3, title: "Nearly", text: "Middle score." },
        { id: "top", min: 4, max: 4, title: "All right", text: "Top score." },
      ],
    },
  };
}

export type FixtureStory = ReturnType<typeof fixtureStory>;

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
  await screen.findAllByShadowRole("heading");
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
