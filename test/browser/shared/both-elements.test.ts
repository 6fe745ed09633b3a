/**
 * What both elements share, run once for each: where the story comes from (src, inline script,
 * property), the loading line, the error box and Retry, the live region, the heading level,
 * replaced texts and the colour scheme. Behaviour of one element alone lives in its own folder.
 */
import { within } from "shadow-dom-testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import "../../../src/define.js";
import type { Story } from "../../../src/data/story-format.js";
import { minimalStory } from "../../fixtures/stories.js";
import { collectUncaughtErrors } from "../uncaught-errors.js";

type Backstory = HTMLElement & {
  src?: string;
  story?: unknown;
  strings: Record<string, string>;
  theme: string;
  headingLevel: number;
  storyId?: string;
  updateComplete: Promise<boolean>;
};

const FILE = "/test/browser/timeline/fixtures/three-events.json";

const json = (value: unknown) =>
  `data:application/json,${encodeURIComponent(JSON.stringify(value))}`;

const uncaught = collectUncaughtErrors();

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  localStorage.clear();
  // Nothing a story did may reach the host page's error handlers.
  expect(uncaught).toEqual([]);
});

/** Each element, with a story change that breaks only what that element shows. */
const ELEMENTS = [
  {
    tag: "backstory-timeline",
    breakStory: (story: Story) => {
      for (const event of story.timeline.events) event.date = "someday";
    },
    brokenAt: "timeline.events[1].date",
  },
  {
    tag: "backstory-quiz",
    breakStory: (story: Story) => {
      for (const question of story.quiz?.questions ?? []) question.explanation = "";
    },
    brokenAt: "quiz.questions[1].explanation",
  },
] as const;

for (const { tag, breakStory, brokenAt } of ELEMENTS) {
  describe(`<${tag}>`, () => {
    function create(setUp: (element: Backstory) => void = () => {}): Backstory {
      const element = document.createElement(tag) as Backstory;
      setUp(element);
      document.body.append(element);
      return element;
    }

    const whenReady = (element: HTMLElement) =>
      new Promise<Event>((resolve) =>
        element.addEventListener("backstory-ready", resolve, { once: true }),
      );

    /** The editor's view of a failure: the error box, which the `editor` attribute turns on. */
    const errorBox = (element: HTMLElement) => {
      element.setAttribute("editor", "");
      return within(element).findByShadowRole("alert");
    };

    it("loads a story file from src, showing a loading line first, then says it is ready", async () => {
      const element = create((el) => {
        el.src = FILE;
      });
      const ready = whenReady(element);
      expect(await within(element).findByShadowText("Loading…")).toBeTruthy();
      expect(((await ready) as CustomEvent).detail).toEqual({ storyId: "from-file" });
      expect(element.storyId).toBe("from-file");
      expect(within(element).queryByShadowText("Loading…")).toBeNull();
    });

    it("reads a story given inline as JSON, and a story property over both", async () => {
      const inline = document.createElement(tag) as Backstory;
      const script = document.createElement("script");
      script.type = "application/json";
      script.textContent = JSON.stringify(minimalStory());
      inline.append(script);
      const ready = whenReady(inline);
      document.body.append(inline);
      await ready;
      expect(inline.storyId).toBe("test-story");

      const story = { ...minimalStory(), id: "given-as-property" };
      const property = create((el) => {
        el.src = FILE;
        el.story = story;
      });
      await whenReady(property);
      expect(property.storyId).toBe("given-as-property");
    });

    it("says a missing file was not found (404), with Retry", async () => {
      const element = create((el) => {
        el.src = "/no-such-story.json";
      });
      const box = await errorBox(element);
      expect(box.textContent).toContain("This story cannot be shown");
      expect(box.textContent).toMatch(/was not found \(404\)/);
      expect(within(element).getByShadowRole("button", { name: "Retry" })).toBeTruthy();
    });

    it("says so when the answer is not JSON", async () => {
      const element = create((el) => {
        el.src = "data:text/plain,this is not json";
      });
      expect((await errorBox(element)).textContent).toContain("is not a JSON story file");
    });

    it("says so when the server cannot be reached, and Retry tries again", async () => {
      const element = create((el) => {
        // One address per element: a load that succeeded is shared by later elements.
        el.src = `http://127.0.0.1:9/${tag}.json`;
      });
      expect((await errorBox(element)).textContent).toContain("could not be reached");
      vi.spyOn(window, "fetch").mockResolvedValue(
        new Response(JSON.stringify(minimalStory()), { status: 200 }),
      );
      const ready = whenReady(element);
      await userEvent.click(within(element).getByShadowRole("button", { name: "Retry" }));
      await ready;
      expect(element.storyId).toBe("test-story");
      expect(within(element).queryByShadowRole("alert")).toBeNull();
    });

    it("lists the problems of an invalid story where they are, and logs them", async () => {
      const log = vi.spyOn(console, "error").mockImplementation(() => {});
      const story = minimalStory();
      breakStory(story);
      const element = create((el) => {
        el.src = json(story);
      });
      const box = await errorBox(element);
      expect(box.textContent).toContain("This story cannot be shown");
      expect(box.textContent).toContain(brokenAt);
      expect(within(element).queryByShadowRole("button", { name: "Retry" })).toBeNull();
      expect(log).toHaveBeenCalled();
    });

    it("tells the editor what to do when it has no story at all", async () => {
      const element = create();
      expect((await errorBox(element)).textContent).toContain(
        'give the element a src="…" attribute',
      );
    });

    it("has its live region, empty, from the first render, even while loading", async () => {
      const element = create((el) => {
        el.src = "/never-answers.json";
      });
      await element.updateComplete;
      const region = element.shadowRoot?.querySelector('[role="status"]');
      expect(region).toBeTruthy();
      expect(region?.textContent?.trim()).toBe("");
    });

    it("uses the heading level it is given, and levels below it inside", async () => {
      const element = create((el) => {
        el.setAttribute("heading-level", "4");
        el.story = minimalStory();
      });
      await whenReady(element);
      const levels = within(element)
        .getAllByShadowRole("heading")
        .map((heading) => Number(heading.getAttribute("aria-level") ?? heading.tagName.slice(1)));
      expect(levels.length).toBeGreaterThan(0);
      expect(Math.min(...levels)).toBe(4);
    });

    it("shows replaced texts, from the strings property", async () => {
      const element = create((el) => {
        el.strings = { loading: "Chargement…", retry: "Réessayer" };
        el.src = "/no-such-story.json";
      });
      expect(await within(element).findByShadowText("Chargement…")).toBeTruthy();
      expect(await within(element).findByShadowRole("button", { name: "Réessayer" })).toBeTruthy();
    });

    it("follows the theme it is given, over the reader's setting", async () => {
      const light = create((el) => {
        el.theme = "light";
        el.story = minimalStory();
      });
      const dark = create((el) => {
        el.theme = "dark";
        el.story = minimalStory();
      });
      await Promise.all([light.updateComplete, dark.updateComplete]);
      expect(dark.getAttribute("theme")).toBe("dark");
      expect(getComputedStyle(light).colorScheme).toBe("light");
      expect(getComputedStyle(dark).colorScheme).toBe("dark");
      expect(getComputedStyle(light).color).not.toBe(getComputedStyle(dark).color);
    });
  });
}
