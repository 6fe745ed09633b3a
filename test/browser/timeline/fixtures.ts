/**
 * Shared fixtures for the timeline's browser tests: deterministic stories of any size, mounting,
 * and small helpers to look inside the element.
 */
import axe from "axe-core";
import { within } from "shadow-dom-testing-library";
import type { Story } from "../../../src/data/story-format.js";
import "../../../src/elements/timeline/define.js";
import type { BackstoryTimeline } from "../../../src/elements/timeline/backstory-timeline.js";

export { makeStory, realisticStory } from "../../fixtures/stories.js";

/** Adds a timeline to the page and waits until its story has rendered. */
export async function mount(
  story: Story | null,
  attributes: Record<string, string> = {},
  parent: HTMLElement = document.body,
): Promise<BackstoryTimeline> {
  const element = document.createElement("backstory-timeline");
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const ready = new Promise((resolve) => element.addEventListener("backstory-ready", resolve));
  if (story) element.story = story;
  parent.append(element);
  if (story) await ready;
  return element;
}

/** Waits until the element's story has rendered. */
export function whenReady(element: HTMLElement): Promise<Event> {
  return new Promise((resolve) =>
    element.addEventListener("backstory-ready", resolve, { once: true }),
  );
}

/** Queries inside the element's shadow root. */
export function inside(element: BackstoryTimeline) {
  return within(element);
}

/** The focused element inside the timeline's shadow root. */
export function focused(element: BackstoryTimeline): Element | null {
  return element.shadowRoot?.activeElement ?? null;
}

/** Every node in the element's shadow root, as a count. */
export function countNodes(element: BackstoryTimeline): number {
  const root = element.shadowRoot;
  if (!root) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let count = 0;
  while (walker.nextNode()) count++;
  return count;
}

/** The event markers currently rendered, in DOM order. */
export function renderedMarkers(element: BackstoryTimeline): HTMLButtonElement[] {
  return [...(element.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part="marker"]') ?? [])];
}

/** Runs axe-core on the element (it walks the open shadow root) with the WCAG 2.2 AA rules. */
export async function axeViolations(element: HTMLElement) {
  const result = await axe.run(element, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
  });
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join("; ")})`,
  );
}

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Removes every element a test added to the page. */
export function cleanUp(): void {
  document.body.replaceChildren();
  history.replaceState(null, "", location.pathname + location.search);
}
