import { within } from "shadow-dom-testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanUp, inside, mount, realisticStory } from "./fixtures.js";

afterEach(() => {
  cleanUp();
  vi.restoreAllMocks();
});

describe("backstory-timeline: image addresses", () => {
  it.each(["javascript:alert(document.domain)", " JavaScript:alert(1)", "file:///etc/passwd"])(
    "shows no image from %j, and tells the editor why",
    async (src) => {
      const log = vi.spyOn(console, "error").mockImplementation(() => {});
      const story = realisticStory();
      const rally = story.timeline.events.find((event) => event.image);
      if (!rally?.image) throw new Error("the realistic story has an image");
      rally.image.src = src;
      const element = document.createElement("backstory-timeline");
      element.setAttribute("editor", "");
      element.story = story;
      document.body.append(element);
      const box = await within(element).findByShadowRole("alert");
      expect(box.textContent).toContain("This story cannot be shown");
      expect(within(element).queryAllByShadowRole("img")).toEqual([]);
      expect(element.shadowRoot?.querySelector("img")).toBeNull();
      expect(log.mock.calls.flat().join("\n")).toContain(
        `image.src: ${JSON.stringify(src)} is not an address images are shown from.`,
      );
    },
  );

  it("shows an image from an address relative to the page", async () => {
    const element = await mount(realisticStory(), { "selected-id": "rally" });
    const picture = await inside(element).findByShadowRole("img", { name: "A stage" });
    expect(picture.getAttribute("src")).toBe("/test/fixtures/stage.svg");
    await vi.waitFor(() => expect((picture as HTMLImageElement).naturalWidth).toBeGreaterThan(0));
  });
});
