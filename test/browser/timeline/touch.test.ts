import { afterEach, describe, expect, it } from "vitest";
import { cdp } from "vitest/browser";
import { cleanUp, inside, mount, realisticStory } from "./fixtures.js";

afterEach(cleanUp);

/** Taps the middle of an element with an emulated finger, through the Chrome DevTools Protocol. */
async function tap(target: Element): Promise<void> {
  // A finger can only tap what is on screen: scroll it there first, as a reader would.
  target.scrollIntoView({ block: "center" });
  // The test page runs in an iframe: touch points are in the top page's coordinates.
  const frame = window.frameElement?.getBoundingClientRect() ?? new DOMRect();
  const scale = window.frameElement ? frame.width / window.innerWidth : 1;
  const box = target.getBoundingClientRect();
  const point = {
    x: frame.left + (box.left + box.width / 2) * scale,
    y: frame.top + (box.top + box.height / 2) * scale,
  };
  await cdp().send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [point] });
  await cdp().send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

describe("backstory-timeline: touch", () => {
  it("selects an event and uses the buttons when tapped", async () => {
    await cdp().send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: 1 });
    try {
      const element = await mount(realisticStory());
      const causes: string[] = [];
      element.addEventListener("backstory-select", (event) => causes.push(event.detail.cause));
      const view = inside(element);
      await tap(view.getByShadowRole("button", { name: /Starlink reaches/ }));
      await expect.poll(() => element.selectedId).toBe("starlink-ukraine");
      await tap(view.getByShadowRole("button", { name: "Next event" }));
      await expect.poll(() => element.selectedId).toBe("rally");
      expect(causes).toEqual(["click", "button"]);
    } finally {
      await cdp().send("Emulation.setTouchEmulationEnabled", { enabled: false });
    }
  });
});
