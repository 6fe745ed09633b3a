/**
 * Years BCE as the article writes them: "283 BCE" by default, "283 BC" with `eraStyle: "bc"`;
 * common-era years labelled on a timeline that also has years BCE; and the same date markup as
 * the no-JavaScript fallback (no `<time>` for years HTML cannot write).
 */
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { ancientStory } from "../../fixtures/stories.js";
import { cleanUp, inside, mount } from "./fixtures.js";

afterEach(cleanUp);

/** Each event's marker as the reader meets it: selected in turn, it stands out of any cluster. */
async function markerTexts(element: HTMLElement) {
  const view = inside(element as never);
  const list = await view.findByShadowRole("list", { name: "Events" });
  const next = view.getByShadowRole("button", { name: "Next event" });
  const texts: (string | undefined)[] = [];
  for (;;) {
    const marker = list.querySelector('[aria-current="true"]');
    texts.push(marker?.textContent?.replace(/\s+/g, " ").trim());
    if (next.getAttribute("aria-disabled") === "true") return texts;
    await userEvent.click(next);
    await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
}

describe("backstory-timeline: eras", () => {
  it("labels years BCE and CE in the BCE style by default", async () => {
    const element = await mount(ancientStory());
    expect(await markerTexts(element)).toEqual([
      "300–201 BCE The Museum is founded",
      "283 BCE Ptolemy II takes the throne",
      "c. 240 BCE Eratosthenes runs the library",
      "272 CE The palace quarter burns",
      "Oct 16, 2002 CE The Bibliotheca Alexandrina opens",
    ]);
  });

  it("follows the story's eraStyle", async () => {
    const story = ancientStory();
    story.timeline.eraStyle = "bc";
    const element = await mount(story);
    const texts = await markerTexts(element);
    expect(texts[1]).toBe("283 BC Ptolemy II takes the throne");
    expect(texts[3]).toBe("272 AD The palace quarter burns");
  });

  it("labels no CE year on a timeline without years BCE", async () => {
    const story = ancientStory();
    story.timeline.events = story.timeline.events
      .filter((event) => !event.date.startsWith("-"))
      .map(({ era: _era, ...event }) => event);
    story.timeline.eras = [];
    const element = await mount(story);
    expect(await markerTexts(element)).toEqual([
      "272 The palace quarter burns",
      "Oct 16, 2002 The Bibliotheca Alexandrina opens",
    ]);
  });

  it("gives a year BCE no <time>, and a CE year one with a valid datetime", async () => {
    const element = await mount(ancientStory());
    const view = inside(element);
    // Reached by Next: on a narrow screen its marker shares a cluster until it is selected.
    await userEvent.click(view.getByShadowRole("button", { name: "Next event" }));
    const title = await view.findByShadowRole("heading", { name: "Ptolemy II takes the throne" });
    const panel = title.closest("article") as HTMLElement;
    expect(panel.querySelector(".date")?.textContent).toBe("283 BCE");
    expect(panel.querySelector("time")).toBeNull();
    await userEvent.click(view.getByShadowRole("button", { name: "Next event" }));
    await userEvent.click(view.getByShadowRole("button", { name: "Next event" }));
    const later = await view.findByShadowRole("heading", { name: "The palace quarter burns" });
    const time = (later.closest("article") as HTMLElement).querySelector("time");
    expect(time?.getAttribute("datetime")).toBe("0272");
    expect(time?.textContent).toBe("272 CE");
  });
});
