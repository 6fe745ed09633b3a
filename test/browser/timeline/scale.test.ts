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

  it("reaches the last of 10,000 events with End, and renders what is around it", async () => {
    const element = await mount(makeStory(10_000));
    renderedMarkers(element)[0]?.focus();
    await userEvent.keyboard("{End}");
    expect(focused(element)?.textContent).toContain("Event number 10000");
    expect(focused(element)?.closest("li")?.getAttribute("aria-posinset")).toBe("10000");
    await userEvent.keyboard("{Enter}");
    expect(element.selectedId).toBe("event-10000");
    await expect
      .poll(() =>
        renderedMarkers(element).some((marker) =>
          marker.textContent?.includes("Event number 9995"),
        ),
      )
      .toBe(true);
    expect(
      renderedMarkers(element).some((marker) => /Event number 50$/.test(marker.textContent ?? "")),
    ).toBe(false);
    await userEvent.keyboard("{ArrowLeft}");
    expect(focused(element)?.textContent).toContain("Event number 9999");
    expect(countNodes(element)).toBeLessThan(3_000);
  });

  it("scrolls the window as ArrowRight is pressed again and again", async () => {
    const element = await mount(makeStory(10_000));
    renderedMarkers(element)[0]?.focus();
    const presses = 60;
    for (let press = 0; press < presses; press++) await userEvent.keyboard("{ArrowRight}");
    expect(focused(element)?.textContent).toContain(`Event number ${presses + 1}`);
    // Events past the first window are rendered as the track scrolls to them.
    await expect
      .poll(() =>
        renderedMarkers(element).some((marker) =>
          marker.textContent?.includes(`Event number ${presses + 5}`),
        ),
      )
      .toBe(true);
    expect(countNodes(element)).toBeLessThan(3_000);
  });

  it("keeps focus and each marker on its own event while the track scrolls", async () => {
    const element = await mount(makeStory(10_000));
    const first = renderedMarkers(element)[0] as HTMLButtonElement;
    const twelfth = renderedMarkers(element)[11] as HTMLButtonElement;
    expect(twelfth.textContent).toMatch(/Event number 12$/);
    first.focus();
    const track = element.shadowRoot?.querySelector('[part="track"]') as HTMLElement;
    await nextFrame();
    // Fourteen slots: the twelfth event stays near view, the third leaves the window.
    track.scrollLeft = (twelfth.closest("li")?.getBoundingClientRect().width ?? 0) * 14;
    const rendered = (number: number) =>
      renderedMarkers(element).some((marker) =>
        new RegExp(`Event number ${number}$`).test(marker.textContent ?? ""),
      );
    await expect.poll(() => rendered(3)).toBe(false);
    expect(twelfth.isConnected).toBe(true);
    expect(twelfth.textContent).toMatch(/Event number 12$/);
    expect(focused(element)).toBe(first);
    track.scrollLeft = track.scrollWidth / 2;
    await expect
      .poll(() =>
        renderedMarkers(element).some((marker) =>
          /Event number 5000$/.test(marker.textContent ?? ""),
        ),
      )
      .toBe(true);
    // The tab stop stays rendered, focused and in date order, far from the window.
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
