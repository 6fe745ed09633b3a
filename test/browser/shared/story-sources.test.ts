/**
 * Where a story comes from, as pages really build them, run once for each element: an inline
 * story appended after the element is in the page (how frameworks and DOM-building code do it),
 * and story files fetched by src, shared while in use and freed when no element shows them.
 */
import { within } from "shadow-dom-testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import "../../../src/define.js";
import { minimalStory } from "../../fixtures/stories.js";
import { collectUncaughtErrors } from "../uncaught-errors.js";

type Backstory = HTMLElement & {
  src?: string;
  storyId?: string;
  updateComplete: Promise<boolean>;
};

const FILE = "/test/browser/timeline/fixtures/three-events.json";

/** A story file address no other test has asked for: each test starts with nothing shared. */
let fileCount = 0;
const freshFile = () => `${FILE}?copy=${Date.now()}-${++fileCount}`;

const uncaught = collectUncaughtErrors();

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  localStorage.clear();
  expect(uncaught).toEqual([]);
});

function storyScript(story: unknown, strings = false): HTMLScriptElement {
  const script = document.createElement("script");
  script.type = "application/json";
  if (strings) script.dataset.backstoryStrings = "";
  script.textContent = JSON.stringify(story);
  return script;
}

const whenReady = (element: HTMLElement) =>
  new Promise<CustomEvent>((resolve) =>
    element.addEventListener("backstory-ready", (event) => resolve(event as CustomEvent), {
      once: true,
    }),
  );

/** The requests made for one address, through the page's own fetch. */
function countRequests(): (url: string) => number {
  const spy = vi.spyOn(window, "fetch");
  return (url) => spy.mock.calls.filter(([input]) => String(input).endsWith(url)).length;
}

for (const tag of ["backstory-timeline", "backstory-quiz"] as const) {
  describe(`<${tag}>`, () => {
    const create = (src?: string): Backstory => {
      const element = document.createElement(tag) as Backstory;
      // As in Storybook and the studio: the editor's messages are shown in the page.
      element.setAttribute("editor", "");
      if (src) element.src = src;
      document.body.append(element);
      return element;
    };

    describe("an inline story added later", () => {
      it("is read when appended after the element is in the page", async () => {
        const element = create();
        // Nothing to show yet: the editor's message says what is missing.
        expect(await within(element).findByShadowText(/No story to show/)).toBeTruthy();
        const ready = whenReady(element);
        element.append(storyScript(minimalStory()));
        expect((await ready).detail).toEqual({ storyId: "test-story" });
        expect(within(element).queryByShadowText(/No story to show/)).toBeNull();
      });

      it("is read when its text is filled in after the script was appended", async () => {
        const element = create();
        const script = document.createElement("script");
        script.type = "application/json";
        element.append(script);
        await element.updateComplete;
        const ready = whenReady(element);
        script.textContent = JSON.stringify({ ...minimalStory(), id: "filled-in-later" });
        expect((await ready).detail).toEqual({ storyId: "filled-in-later" });
      });

      it("is not confused with a translations block added later", async () => {
        const element = create();
        element.append(storyScript({ loading: "Chargement…" }, true));
        await new Promise((done) => setTimeout(done, 50));
        await element.updateComplete;
        expect(within(element).getByShadowText(/No story to show/)).toBeTruthy();
        expect(element.storyId).toBeUndefined();
      });

      it("is read when the element is added back with a story put in while it was away", async () => {
        const element = create();
        expect(await within(element).findByShadowText(/No story to show/)).toBeTruthy();
        element.remove();
        element.append(storyScript({ ...minimalStory(), id: "while-away" }));
        const ready = whenReady(element);
        document.body.append(element);
        expect((await ready).detail).toEqual({ storyId: "while-away" });
      });

      it("is read when the element is added back with another story inside", async () => {
        const element = document.createElement(tag) as Backstory;
        element.append(storyScript(minimalStory()));
        let ready = whenReady(element);
        document.body.append(element);
        await ready;
        element.remove();
        element.replaceChildren(storyScript({ ...minimalStory(), id: "replaced" }));
        ready = whenReady(element);
        document.body.append(element);
        expect((await ready).detail).toEqual({ storyId: "replaced" });
      });
    });

    describe("story files by src", () => {
      it("share one request between elements showing the same file", async () => {
        const requests = countRequests();
        const file = freshFile();
        const first = create(file);
        const second = create(file);
        await Promise.all([whenReady(first), whenReady(second)]);
        expect(first.storyId).toBe("from-file");
        expect(second.storyId).toBe("from-file");
        expect(requests(file)).toBe(1);
      });

      it("keep a file while one element still shows it, and free it once none does", async () => {
        const requests = countRequests();
        const file = freshFile();
        const first = create(file);
        const second = create(file);
        await Promise.all([whenReady(first), whenReady(second)]);
        first.remove();
        const third = create(file);
        await whenReady(third);
        expect(requests(file)).toBe(1);

        second.remove();
        third.remove();
        await new Promise((done) => setTimeout(done, 20));
        // No element uses the file any more: it is not kept, so a new element asks again.
        const fourth = create(file);
        await whenReady(fourth);
        expect(fourth.storyId).toBe("from-file");
        expect(requests(file)).toBe(2);
      });

      it("stop a download when its only element leaves the page", async () => {
        const signals: AbortSignal[] = [];
        // A server that never answers: the download lasts until someone stops it.
        vi.spyOn(window, "fetch").mockImplementation((_input, init) => {
          const signal = init?.signal as AbortSignal;
          signals.push(signal);
          return new Promise((_resolve, reject) =>
            signal.addEventListener("abort", () => reject(signal.reason)),
          );
        });
        const element = create(freshFile());
        await vi.waitFor(() => expect(signals).toHaveLength(1));
        expect(signals[0]?.aborted).toBe(false);
        element.remove();
        await vi.waitFor(() => expect(signals[0]?.aborted).toBe(true));
      });

      it("keep a download going when its element is moved in the page while it loads", async () => {
        // A slow server: the answer comes only once the element has been moved.
        const pageFetch = window.fetch.bind(window);
        let answer = () => {};
        const answered = new Promise<void>((done) => {
          answer = done;
        });
        const spy = vi.spyOn(window, "fetch").mockImplementation(async (input, init) => {
          await answered;
          return pageFetch(input, init);
        });
        const element = create(freshFile());
        const ready = whenReady(element);
        await vi.waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
        const box = document.createElement("div");
        document.body.append(box);
        box.append(element);
        await new Promise((done) => setTimeout(done, 20));
        answer();
        expect((await ready).detail).toEqual({ storyId: "from-file" });
        expect(spy).toHaveBeenCalledTimes(1);
      });

      it("give up on a server that does not answer in 15 seconds, with Retry", async () => {
        const signals: AbortSignal[] = [];
        vi.spyOn(window, "fetch").mockImplementation((_input, init) => {
          const signal = init?.signal as AbortSignal;
          signals.push(signal);
          return new Promise((_resolve, reject) =>
            signal.addEventListener("abort", () =>
              reject(new DOMException("Aborted", "AbortError")),
            ),
          );
        });
        vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
        try {
          const file = freshFile();
          const element = create(file);
          await vi.waitFor(() => expect(signals).toHaveLength(1));
          vi.advanceTimersByTime(14_000);
          expect(signals[0]?.aborted).toBe(false);
          vi.advanceTimersByTime(1_000);
          expect(signals[0]?.aborted).toBe(true);
          const box = await within(element).findByShadowRole("alert");
          expect(box.textContent).toContain(`${file} did not answer within 15 seconds.`);
          expect(within(box).getByRole("button", { name: "Retry" })).toBeTruthy();
        } finally {
          vi.useRealTimers();
        }
      });

      it("free a file when its element is given another src", async () => {
        const requests = countRequests();
        const [file, other] = [freshFile(), freshFile()];
        const element = create(file);
        await whenReady(element);
        element.src = other;
        await vi.waitFor(() => expect(requests(other)).toBe(1));
        await element.updateComplete;
        await new Promise((done) => setTimeout(done, 20));
        const next = create(file);
        await whenReady(next);
        expect(requests(file)).toBe(2);
      });

      it("keep showing a loaded story when the element is moved in the page", async () => {
        const element = create(freshFile());
        await whenReady(element);
        const box = document.createElement("div");
        document.body.append(box);
        box.append(element);
        await element.updateComplete;
        expect(element.storyId).toBe("from-file");
        expect(within(element).queryByShadowText("Loading…")).toBeNull();
      });
    });
  });
}
