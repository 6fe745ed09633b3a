/**
 * A story as `backstory build` writes it (sealed with `checked`) is shown without the checker;
 * the same story edited after the build is checked in full, as any other; and the addresses of a
 * sealed story are still checked where they are used, so a forged fingerprint cannot put a
 * `javascript:` link in the page.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { sealStory } from "../../../src/data/story-seal.js";
import "../../../src/elements/quiz/define.js";
import "../../../src/elements/timeline/define.js";
import { realisticStory } from "../../fixtures/stories.js";

afterEach(() => {
  for (const element of document.querySelectorAll("backstory-timeline")) element.remove();
  vi.restoreAllMocks();
});

async function show(story: unknown): Promise<HTMLElement> {
  const element = document.createElement("backstory-timeline");
  element.setAttribute("editor", "");
  (element as unknown as { story: unknown }).story = story;
  document.body.append(element);
  await vi.waitFor(() => {
    const root = element.shadowRoot;
    if (!root?.querySelector('[role="heading"], [role="alert"]')) throw new Error("not yet");
  });
  return element;
}

describe("a built story", () => {
  it("is shown as it is; edited after the build, it is checked in full", async () => {
    const sealed = JSON.parse(JSON.stringify(sealStory(realisticStory())));
    const shown = await show(sealed);
    expect(shown.shadowRoot?.querySelector('[role="alert"]')).toBeNull();

    // The same fingerprint over a story an editor broke after building it: the checker finds it.
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const edited = structuredClone(sealed);
    edited.timeline.events[0].date = "the nineties";
    const checked = await show(edited);
    expect(checked.shadowRoot?.querySelector('[role="alert"]')?.textContent).toContain(
      "timeline.events[0].date",
    );
    expect(errors).toHaveBeenCalled();
  });

  it("never links to or shows an address that is not http(s) or relative, sealed or not", async () => {
    const story = realisticStory();
    const [event] = story.timeline.events;
    if (!event) throw new Error("the fixture has events");
    event.link = { url: "javascript:alert(document.domain)", label: "More" };
    event.image = { src: " JaVaScRiPt:alert(1)", alt: "A picture" };
    story.article.url = "javascript:alert(2)";
    // A fingerprint that matches, as a forger would write it.
    const element = await show(JSON.parse(JSON.stringify(sealStory(story))));
    const root = element.shadowRoot as ShadowRoot;
    const addresses = [...root.querySelectorAll("[href], [src]")].map(
      (node) => node.getAttribute("href") ?? node.getAttribute("src") ?? "",
    );
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(address).not.toMatch(/^\s*javascript:/i);
    // The event is shown without the link and the image; its citation links to this page.
    expect(root.querySelector("img")).toBeNull();
    expect(root.textContent).toContain(event.title);
  });
});
