/** The timeline's own loading cases; what both elements share is in test/browser/shared/both-elements.test.ts. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { collectUncaughtErrors } from "../uncaught-errors.js";
import { cleanUp, inside, makeStory, whenReady } from "./fixtures.js";

const FILE = "/test/browser/timeline/fixtures/three-events.json";
const uncaught = collectUncaughtErrors();

afterEach(() => {
  vi.restoreAllMocks();
  cleanUp();
  // Nothing a story did may reach the host page's error handlers.
  expect(uncaught).toEqual([]);
});

function create(src?: string) {
  const element = document.createElement("backstory-timeline");
  if (src) element.src = src;
  document.body.append(element);
  return element;
}

/** The editor's view of a failure: the error box, which the `editor` attribute turns on. */
async function errorBox(element: HTMLElement): Promise<HTMLElement> {
  element.setAttribute("editor", "");
  return inside(element as never).findByShadowRole("alert");
}

const json = (value: unknown) =>
  `data:application/json,${encodeURIComponent(JSON.stringify(value))}`;

describe("backstory-timeline: loading", () => {
  it("shares one request among the elements that show the same story file", async () => {
    const fetches = vi.spyOn(window, "fetch");
    const url = `${FILE}?shared`;
    const first = create(url);
    const second = create(url);
    await Promise.all([whenReady(first), whenReady(second)]);
    expect(fetches.mock.calls.filter(([input]) => String(input).endsWith("?shared"))).toHaveLength(
      1,
    );
    expect(second.storyId).toBe("from-file");
  });

  it("shows the newest src when an older answer arrives late", async () => {
    const realFetch = window.fetch;
    let answerSlow: (value: Response) => void = () => {};
    vi.spyOn(window, "fetch").mockImplementation((input, init) => {
      if (String(input).includes("slow.json")) {
        return new Promise<Response>((resolve) => {
          answerSlow = resolve;
        });
      }
      return realFetch(input, init);
    });
    const element = create("/slow.json");
    await vi.waitFor(() => expect(window.fetch).toHaveBeenCalledTimes(1));
    const ready = whenReady(element);
    element.src = FILE;
    await ready;
    expect(element.storyId).toBe("from-file");
    answerSlow(new Response(JSON.stringify(makeStory(5)), { status: 200 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await element.updateComplete;
    expect(element.storyId).toBe("from-file");
    expect(
      inside(element)
        .getAllByShadowRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining("From the file 1"),
      expect.stringContaining("From the file 2"),
      expect.stringContaining("From the file 3"),
    ]);
    expect(inside(element).queryByShadowText(/Event number/)).toBeNull();
  });

  it("lists the first problems of an invalid story, how many more, and logs them all", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const story = makeStory(8) as unknown as { timeline: { events: { date: string }[] } };
    for (const event of story.timeline.events) event.date = "someday";
    const element = create(json(story));
    const box = await errorBox(element);
    expect(box.textContent).toContain("has 8 problems");
    const items = box.querySelectorAll("li");
    expect(items).toHaveLength(5);
    expect(items[0]?.textContent).toContain("timeline.events[0].date");
    expect(box.textContent).toContain("…and 3 more");
    expect(inside(element).queryByShadowRole("button", { name: "Retry" })).toBeNull();
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[0])).toContain("timeline.events[7].date");
  });
});
