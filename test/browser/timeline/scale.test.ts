import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import {
  cleanUp,
  countNodes,
  focused,
  inside,
  makeStory,
  mount,
  nextFrame,
  renderedMarkers,
} from "./fixtures.js";

const counts: Record<string, number> = {};

beforeEach(() => page.viewport(1280, 800));
afterEach(cleanUp);
afterAll(() => {
  // The node counts the issue asks for, in the test output.
  console.info(`backstory-timeline shadow DOM nodes: ${JSON.stringify(counts)}`);
});

describe("backstory-timeline: many events", () => {
  for (const size of [100, 1_000, 10_000]) {
    it(`keeps the shadow DOM under 3,000 nodes at ${size} events, wide and narrow`, async () => {
      const element = await mount(makeStory(size));
      const wide = countNodes(element);
      expect(wide).toBeLessThan(3_000);
      await page.viewport(320, 700);
      await nextFrame();
      await element.updateComplete;
      const narrow = countNodes(element);
      expect(narrow).toBeLessThan(3_000);
      counts[`${size} wide`] = wide;
      counts[`${size} narrow`] = narrow;
      // The list still tells assistive technology how many events there are.
      const first = inside(element).getAllByShadowRole("listitem")[0];
      expect(first?.getAttribute("aria-setsize")).toBe(String(size));
    });
  }

  it("reaches the last of 10,000 events with End, and shows its neighbours clustered", async () => {
    const element = await mount(makeStory(10_000));
    renderedMarkers(element)[0]?.focus();
    await userEvent.keyboard("{End}");
    expect(focused(element)?.textContent).toContain("Event number 10000");
    expect(focused(element)?.closest("li")?.getAttribute("aria-posinset")).toBe("10000");
    await userEvent.keyboard("{Enter}");
    expect(element.selectedId).toBe("event-10000");
    // The days before it are there too, gathered in clusters that say how many they hold.
    const counts = () =>
      renderedMarkers(element).reduce((sum, marker) => sum + Number(marker.dataset.count ?? 0), 0);
    await expect.poll(counts).toBeGreaterThan(100);
    await userEvent.keyboard("{ArrowLeft}");
    expect(focused(element)?.textContent).toContain("Event number 9999");
    expect(countNodes(element)).toBeLessThan(3_000);
  });

  it("brings each event out of its cluster as ArrowRight reaches it", async () => {
    const element = await mount(makeStory(10_000));
    renderedMarkers(element)[0]?.focus();
    const presses = 60;
    for (let press = 0; press < presses; press++) await userEvent.keyboard("{ArrowRight}");
    expect(focused(element)?.textContent).toContain(`Event number ${presses + 1}`);
    expect(focused(element)?.getAttribute("tabindex")).toBe("0");
    expect(countNodes(element)).toBeLessThan(3_000);
  });

  it("keeps focus on its own event while the track scrolls far away", async () => {
    const element = await mount(makeStory(10_000));
    const first = renderedMarkers(element)[0] as HTMLButtonElement;
    first.focus();
    await userEvent.keyboard("+");
    await userEvent.keyboard("+");
    const track = element.shadowRoot?.querySelector('[part="track"]') as HTMLElement;
    await nextFrame();
    track.scrollLeft = track.scrollWidth / 2;
    // The middle of the story is rendered as the track scrolls to it…
    await expect
      .poll(() =>
        renderedMarkers(element).some((marker) => /\b2014\b/.test(marker.textContent ?? "")),
      )
      .toBe(true);
    // …and the tab stop stays rendered, focused and first in date order, far from the window.
    expect(focused(element)).toBe(first);
    expect(first.textContent).toContain("Event number 1");
    expect(renderedMarkers(element)[0]).toBe(first);
    await userEvent.keyboard("{ArrowRight}");
    expect(focused(element)?.textContent).toMatch(/Event number 2$/);
  });

  it("reaches the last event by pressing ArrowRight only", async () => {
    const element = await mount(makeStory(100));
    renderedMarkers(element)[0]?.focus();
    for (let press = 0; press < 105; press++) await userEvent.keyboard("{ArrowRight}");
    expect(focused(element)?.textContent).toContain("Event number 100");
    expect(focused(element)?.closest("li")?.getAttribute("aria-posinset")).toBe("100");
  });
});

describe("backstory-timeline: keeping the selection in view", () => {
  it("shows the event named by selected-id deep in a long story, and programmatic changes never scroll the page", async () => {
    const spacer = document.createElement("div");
    spacer.style.blockSize = "3000px";
    document.body.append(spacer);
    const element = await mount(makeStory(10_000), { "selected-id": "event-7000" });
    const inTrack = (id: string) => {
      const marker = [...renderedMarkers(element)].find((button) =>
        button.textContent?.endsWith(`Event number ${id}`),
      );
      const track = element.shadowRoot?.querySelector('[part="track"]')?.getBoundingClientRect();
      const box = marker?.getBoundingClientRect();
      return !!box && !!track && box.left >= track.left && box.right <= track.right;
    };
    await expect.poll(() => inTrack("7000")).toBe(true);
    expect(window.scrollY).toBe(0);
    element.select("event-2");
    await expect.poll(() => inTrack("2")).toBe(true);
    element.next();
    await expect.poll(() => inTrack("3")).toBe(true);
    expect(window.scrollY).toBe(0);
  });
});
