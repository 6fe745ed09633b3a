/**
 * Shared fixtures for the timeline's browser tests: deterministic stories of any size, mounting,
 * and small helpers to look inside the element.
 */
import axe from "axe-core";
import { within } from "shadow-dom-testing-library";
import type { Story, TimelineEvent } from "../../../src/data/story-format.js";
import "../../../src/elements/timeline/define.js";
import type { BackstoryTimeline } from "../../../src/elements/timeline/backstory-timeline.js";

const TAGS = ["Starlink", "NASA", "Pentagon", "Campaign"];

/** A story of `count` events, one a day from 2001-01-01, tagged in turn; eras of 10 events each. */
export function makeStory(count: number, overrides: Partial<Story> = {}): Story {
  const events: TimelineEvent[] = [];
  for (let index = 0; index < count; index++) {
    const day = new Date(Date.UTC(2001, 0, 1 + index)).toISOString().slice(0, 10);
    events.push({
      id: `event-${index + 1}`,
      date: day,
      title: `Event number ${index + 1}`,
      summary: `What happened on day ${index + 1}.`,
      tags: [TAGS[index % TAGS.length] as string],
      era: count <= 100 ? `era-${Math.floor(index / 10) + 1}` : undefined,
      citation: { quote: `Quoted passage ${index + 1}`, paragraph: index + 1 },
    });
  }
  const eras =
    count <= 100
      ? Array.from({ length: Math.ceil(count / 10) }, (_, era) => ({
          id: `era-${era + 1}`,
          label: `Era ${era + 1}`,
          start: "2001",
          end: "2030",
        }))
      : undefined;
  return {
    version: 1,
    id: `story-${count}`,
    article: { headline: `A story of ${count} events`, source: "Test fixture", language: "en" },
    timeline: { title: `Timeline of ${count} events`, eras, events },
    ...overrides,
  };
}

/** A small story shaped like a real one: mixed precisions, display dates, notes, an image, a link. */
export function realisticStory(): Story {
  return {
    version: 1,
    id: "realistic",
    article: {
      headline: "How the U.S. came to depend on SpaceX",
      source: "Test fixture",
      language: "en",
    },
    timeline: {
      title: "How the U.S. came to depend on SpaceX",
      eras: [
        { id: "early", label: "Early years", start: "1990", end: "2017" },
        { id: "war", label: "The war years", start: "2021", end: "2023" },
      ],
      events: [
        {
          id: "rally",
          date: "2024-10-27",
          title: "Musk appears at a Trump rally",
          summary: "Musk speaks at Madison Square Garden.",
          tags: ["Campaign"],
          image: {
            src: "data:image/gif;base64,R0lGODlhAQABAAAAACw=",
            alt: "A stage",
            credit: "Photo: Someone",
          },
          link: { url: "https://example.com/rally", label: "Rally coverage" },
          citation: { quote: "the Trump rally at Madison Square Garden", paragraph: 2 },
        },
        {
          id: "teledesic",
          date: "199X",
          displayDate: "The nineties",
          title: "Teledesic goes out of business",
          summary: "A network like Starlink fails.",
          tags: ["Starlink"],
          era: "early",
          citation: { quote: "A similar network called Teledesic" },
        },
        {
          id: "starlink-ukraine",
          date: "2022-02",
          dateNote: "The article gives the month only.",
          title: "Starlink reaches Ukraine",
          summary: "Terminals arrive after the invasion.",
          tags: ["Starlink", "War"],
          era: "war",
          citation: { quote: "Starlink terminals arrived in Ukraine", paragraph: 14 },
        },
        {
          id: "contract",
          date: "2021~",
          title: "A classified contract",
          summary: "SpaceX wins a spy-satellite contract.",
          tags: ["Pentagon"],
          era: "war",
          citation: { quote: "a classified contract" },
        },
      ],
    },
  };
}

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
