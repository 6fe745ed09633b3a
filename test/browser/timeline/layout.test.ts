import { afterEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import {
  axeViolations,
  cleanUp,
  focused,
  inside,
  makeStory,
  mount,
  realisticStory,
  renderedMarkers,
} from "./fixtures.js";

afterEach(async () => {
  cleanUp();
  await page.viewport(1280, 800);
});

/** Whether markers run across (horizontal track) or down (vertical list). */
function direction(markers: HTMLElement[]): "across" | "down" {
  const [first, second] = markers.map((marker) => marker.getBoundingClientRect());
  if (!first || !second) throw new Error("needs two markers");
  return Math.abs(second.left - first.left) > Math.abs(second.top - first.top) ? "across" : "down";
}

describe("backstory-timeline: layout", () => {
  it("places events by date on a time axis, in a wide container and as dots in a narrow one", async () => {
    await page.viewport(1280, 800);
    const box = document.createElement("div");
    box.style.inlineSize = "1000px";
    document.body.append(box);
    const element = await mount(realisticStory(), {}, box);
    expect(direction(renderedMarkers(element))).toBe("across");
    const eras = element.shadowRoot?.querySelectorAll('[part="era"]') ?? [];
    expect([...eras].map((era) => era.textContent)).toEqual(["Early years", "The war years"]);
    const wideLabel = renderedMarkers(element)[1]?.getBoundingClientRect().width ?? 0;
    expect(wideLabel).toBeGreaterThan(100);

    // Same window, narrow container (a sidebar): a compact axis of dots above one card, with no
    // scrolling box inside the page.
    box.style.inlineSize = "300px";
    await expect
      .poll(() => renderedMarkers(element)[1]?.getBoundingClientRect().width ?? 0)
      .toBeLessThan(40);
    expect(direction(renderedMarkers(element))).toBe("across");
    const track = element.shadowRoot?.querySelector('[part="track"]') as HTMLElement;
    expect(track.getBoundingClientRect().height).toBeLessThan(220);
    // The dots keep their names, and keys still move along them.
    renderedMarkers(element)[0]?.focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(focused(element)?.textContent).toContain("A classified contract");
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  });

  it("keeps a long story small on a phone: clusters, and no more than a few dozen markers", async () => {
    await page.viewport(320, 700);
    const element = await mount(makeStory(1000));
    const markers = renderedMarkers(element);
    expect(markers.length).toBeLessThan(60);
    const clusters = markers.filter((marker) => marker.dataset.count);
    expect(clusters.length).toBeGreaterThan(0);
    const counted = clusters.reduce((sum, marker) => sum + Number(marker.dataset.count), 0);
    expect(counted + markers.length - clusters.length).toBe(1000);
  });

  for (const [width, height] of [
    [1280, 800],
    [320, 640],
  ] as const) {
    for (const theme of ["light", "dark"] as const) {
      it(`passes axe-core at ${width} px in the ${theme} theme`, async () => {
        await page.viewport(width, height);
        const element = await mount(realisticStory(), { theme });
        // A hidden selection notice, a pressed filter and a selected marker are all on screen.
        await userEvent.click(inside(element).getByShadowRole("button", { name: /^Campaign/ }));
        element.select("starlink-ukraine");
        await element.updateComplete;
        expect(await axeViolations(element)).toEqual([]);
        expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
      });
    }
  }

  it("follows the theme attribute, and the reader's setting with auto", async () => {
    const light = await mount(realisticStory(), { theme: "light" });
    const dark = await mount(realisticStory(), { theme: "dark" });
    const auto = await mount(realisticStory());
    const background = (element: HTMLElement) => getComputedStyle(element).backgroundColor;
    expect(background(light)).toBe("rgb(255, 255, 255)");
    expect(background(dark)).not.toBe(background(light));
    const prefersDark = matchMedia("(prefers-color-scheme: dark)").matches;
    expect(background(auto)).toBe(background(prefersDark ? dark : light));
    expect(auto.getAttribute("theme")).toBe("auto");
  });

  it("keeps every target at least 24 by 24 CSS pixels", async () => {
    await page.viewport(320, 640);
    const element = await mount(realisticStory());
    const targets = [...(element.shadowRoot?.querySelectorAll("button, a") ?? [])];
    expect(targets.length).toBeGreaterThan(5);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      if (target.tagName === "A") continue; // links inside sentences are exempt (WCAG 2.5.8)
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
  });
});
