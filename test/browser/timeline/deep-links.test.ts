import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import type { BackstoryTimeline } from "../../../src/elements/timeline/backstory-timeline.js";
import { cleanUp, focused, inside, makeStory, mount, realisticStory } from "./fixtures.js";

afterEach(cleanUp);

async function twoTimelines(): Promise<[BackstoryTimeline, BackstoryTimeline]> {
  const first = await mount(realisticStory(), { "deep-link": "", id: "spacex" });
  const second = await mount(makeStory(300), { "deep-link": "big" });
  return [first, second];
}

describe("backstory-timeline: deep links", () => {
  it("keeps each timeline's selection in the hash under its own name", async () => {
    const [first, second] = await twoTimelines();
    await userEvent.click(inside(first).getByShadowRole("button", { name: /Starlink reaches/ }));
    expect(location.hash).toBe("#spacex:starlink-ukraine");
    // In a long story the second event sits in a cluster at first: the keys reach it.
    inside(second)
      .getByShadowRole("button", { name: /Event number 1\b/ })
      .focus();
    await userEvent.keyboard("{ArrowRight}{Enter}");
    expect(location.hash).toBe("#big:event-2");
    expect(first.selectedId).toBe("starlink-ukraine");
  });

  it("selects the event a changed hash names, in that timeline only, and scrolls it into view", async () => {
    const [first, second] = await twoTimelines();
    const causes: string[] = [];
    second.addEventListener("backstory-select", (event) => causes.push(event.detail.cause));
    location.hash = "#big:event-250";
    await expect.poll(() => second.selectedId).toBe("event-250");
    expect(causes).toEqual(["hash"]);
    expect(first.selectedId).toBe("teledesic");
    const marker = inside(second).getByShadowRole("button", { current: true });
    const track = marker.closest('[part="track"]') as HTMLElement;
    await expect
      .poll(() => marker.getBoundingClientRect().left >= track.getBoundingClientRect().left)
      .toBe(true);
    expect(marker.getBoundingClientRect().right).toBeLessThanOrEqual(
      track.getBoundingClientRect().right,
    );

    location.hash = "#spacex:rally";
    await expect.poll(() => first.selectedId).toBe("rally");
    expect(second.selectedId).toBe("event-250");
    location.hash = "#spacex:no-such-event";
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(first.selectedId).toBe("rally");
  });

  it("selects the event named in the URL when the page opens", async () => {
    history.replaceState(null, "", "#spacex:contract");
    const element = await mount(realisticStory(), { "deep-link": "spacex" });
    await expect.poll(() => element.selectedId).toBe("contract");
  });

  it("leaves the hash alone without the deep-link attribute", async () => {
    const element = await mount(realisticStory(), { id: "plain" });
    await userEvent.click(inside(element).getByShadowRole("button", { name: /Starlink reaches/ }));
    expect(location.hash).toBe("");
  });
});

describe("backstory-timeline: keys belong to the focused timeline only", () => {
  it("leaves both timelines alone when a key is typed in a host-page input", async () => {
    const [first, second] = await twoTimelines();
    const input = document.createElement("input");
    input.setAttribute("aria-label", "Search");
    document.body.append(input);
    const before = [first, second].map((element) => [
      element.selectedId,
      element.shadowRoot?.querySelector('[tabindex="0"]')?.textContent,
    ]);
    await userEvent.click(input);
    await userEvent.keyboard("{ArrowRight}{ArrowRight}{End}{Home}{Enter} x");
    expect(input.value).toBe(" x");
    expect(document.activeElement).toBe(input);
    expect(focused(first)).toBeNull();
    expect(focused(second)).toBeNull();
    const after = [first, second].map((element) => [
      element.selectedId,
      element.shadowRoot?.querySelector('[tabindex="0"]')?.textContent,
    ]);
    expect(after).toEqual(before);
  });

  it("moves only the timeline that has focus", async () => {
    const [first, second] = await twoTimelines();
    inside(second)
      .getByShadowRole("button", { name: /Event number 1\b/ })
      .focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(focused(second)?.textContent).toContain("Event number 2");
    expect(first.shadowRoot?.querySelector('[tabindex="0"]')?.textContent).toContain("Teledesic");
  });
});
