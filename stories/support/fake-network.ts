/**
 * A pretend web server for the stories: the story-file addresses they use are answered here, in
 * the page, so every network state (found, not found, failing once, never answering) shows the
 * same in Storybook, its static build and the story tests, with no server and no network.
 * Every other address goes to the real `fetch`.
 */
import { articleStory } from "./fixtures.js";

/** Addresses the pretend server knows. */
export const STORY_FILES = {
  /** The article's story file, as `backstory build` writes it. */
  article: "/stories/musk-spacex.json",
  /** An address with nothing behind it: 404. */
  missing: "/stories/no-such-story.json",
  /** Answers 503 the first time after `resetFlakyFile()`, then the article's story. */
  flaky: "/stories/musk-spacex-flaky.json",
  /** Never answers; the element gives up after its 15-second timeout. */
  never: "/stories/never-answers.json",
} as const;

let flakyCalls = 0;

/** Makes the flaky address fail once more. */
export function resetFlakyFile(): void {
  flakyCalls = 0;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });

function answer(path: string, signal?: AbortSignal | null): Promise<Response> | undefined {
  switch (path) {
    case STORY_FILES.article:
      return Promise.resolve(json(articleStory()));
    case STORY_FILES.missing:
      return Promise.resolve(new Response("Not found", { status: 404 }));
    case STORY_FILES.flaky:
      flakyCalls += 1;
      return Promise.resolve(
        flakyCalls === 1 ? new Response("Busy", { status: 503 }) : json(articleStory()),
      );
    case STORY_FILES.never:
      // Pending until the element aborts (a new source, or its own timeout), as a real fetch would.
      return new Promise((_, reject) => {
        signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
      });
    default:
      return undefined;
  }
}

let installed = false;

export function installFakeNetwork(): void {
  if (installed) return;
  installed = true;
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    if (url.origin === location.origin) {
      const response = answer(url.pathname, signal);
      if (response) return response;
    }
    return realFetch(input, init);
  };
}
