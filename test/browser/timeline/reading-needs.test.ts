/**
 * Readers' own settings: WCAG 1.4.12 text spacing (a reader's stylesheet or extension widening
 * lines, letters, words and paragraphs) loses no content, and with `prefers-reduced-motion`
 * nothing moves: no animation, no transition, no smooth scrolling, whatever the reader does.
 */
import { afterEach, describe, expect, it } from "vitest";
import { cdp, page, userEvent } from "vitest/browser";
import { cleanUp, inside, mount, realisticStory } from "./fixtures.js";

afterEach(async () => {
  cleanUp();
  await cdp().send("Emulation.setEmulatedMedia", { features: [] });
  await page.viewport(1280, 800);
});

/** The text-spacing overrides of WCAG 1.4.12, as a reader's stylesheet that reaches every text. */
const TEXT_SPACING = `* {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-block-end: 2em !important; }`;

/** Elements whose content overflows a box that hides it. */
function clipped(root: ShadowRoot): string[] {
  return [...root.querySelectorAll<HTMLElement>("*")]
    .filter((element) => {
      const style = getComputedStyle(element);
      const hides = style.overflowX !== "visible" || style.overflowY !== "visible";
      return (
        hides &&
        element.checkVisibility({ visibilityProperty: true }) &&
        // Tracks scroll on purpose and keep every marker within reach; screen-reader text is
        // clipped on purpose.
        !element.matches(".track, .plot, .visually-hidden") &&
        // Markers other than the selected one abbreviate their titles (the detail shows each
        // in full once it is selected).
        !element.matches('.marker:not([aria-current="true"]) .title') &&
        (element.scrollHeight > element.clientHeight + 1 ||
          element.scrollWidth > element.clientWidth + 1)
      );
    })
    .map(
      (element) =>
        `${element.localName}.${element.className}: ${element.textContent?.trim().slice(0, 40)}`,
    );
}

describe("backstory-timeline: readers' own settings", () => {
  for (const width of [1280, 320]) {
    it(`loses no content with WCAG 1.4.12 text spacing at ${width} px`, async () => {
      await page.viewport(width, 800);
      const story = realisticStory();
      for (const event of story.timeline.events)
        event.title = `${event.title}, with a title long enough to take four lines in its card`;
      const element = await mount(story);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(TEXT_SPACING);
      const root = element.shadowRoot as ShadowRoot;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      const next = inside(element).getByShadowRole("button", { name: "Next event" });
      for (;;) {
        await element.updateComplete;
        await new Promise((done) => requestAnimationFrame(done));
        // The selected event's card and the detail show every word.
        expect(root.querySelector('[aria-current="true"] .title')).toBeTruthy();
        expect(clipped(root)).toEqual([]);
        if (next.getAttribute("aria-disabled") === "true") break;
        await userEvent.click(next);
      }
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
    });
  }

  it("moves nothing when the reader asks for reduced motion", async () => {
    await cdp().send("Emulation.setEmulatedMedia", {
      features: [{ name: "prefers-reduced-motion", value: "reduce" }],
    });
    expect(matchMedia("(prefers-reduced-motion: reduce)").matches).toBe(true);
    const element = await mount(realisticStory());
    const view = inside(element);
    const root = element.shadowRoot as ShadowRoot;
    const still = () => {
      expect(root.getAnimations()).toEqual([]);
      for (const node of root.querySelectorAll("*")) {
        const style = getComputedStyle(node);
        expect(style.transitionDuration.split(",").every((time) => parseFloat(time) === 0)).toBe(
          true,
        );
        expect(style.animationName).toBe("none");
        expect(style.scrollBehavior).toBe("auto");
      }
    };
    still();
    await userEvent.click(view.getByShadowRole("button", { name: "Next event" }));
    await userEvent.click(view.getByShadowRole("button", { name: "Zoom in" }));
    const track = root.querySelector(".track") as HTMLElement;
    // A jump to the last event scrolls the track at once, in the same frame.
    element.select(realisticStory().timeline.events.at(-1)?.id ?? "");
    await element.updateComplete;
    await new Promise((done) => requestAnimationFrame(done));
    const at = track.scrollLeft;
    await new Promise((done) => setTimeout(done, 200));
    expect(track.scrollLeft).toBe(at);
    still();
  });
});
