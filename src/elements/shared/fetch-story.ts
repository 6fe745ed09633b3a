/**
 * Loading a story file: the fetch itself, in a plain module, and the errors a newsroom editor
 * can act on. Every failure becomes a `StoryLoadError`; nothing escapes to the host page.
 */

import type { StoryError } from "../../data/story-error.js";
import type { Story } from "../../data/story-format.js";
import { isSealed } from "../../data/story-seal.js";

export type StoryLoadFailure =
  | "missing"
  | "invalid"
  | "not-found"
  | "http"
  | "network"
  | "not-json"
  | "timeout";

export class StoryLoadError extends Error {
  constructor(
    readonly failure: StoryLoadFailure,
    message: string,
    readonly errors: StoryError[] = [],
  ) {
    super(message);
    this.name = "StoryLoadError";
  }

  /** Whether trying again may help: a fetch that failed, not a story file that is wrong. */
  get retryable(): boolean {
    return this.failure !== "invalid" && this.failure !== "missing";
  }
}

/** How long a story file may take before the element gives up and offers Retry. */
export const FETCH_TIMEOUT_MS = 15_000;

/** A story file being fetched or fetched already, and how many elements use it. */
interface SharedRequest {
  json: Promise<unknown>;
  users: number;
  stop: AbortController;
}

/** Story files in use, by address: two widgets, one request; none kept for no widget. */
const requests = new Map<string, SharedRequest>();

/**
 * Fetches and parses a story file's JSON, sharing one request among the elements that show the
 * same file for as long as `signal` (one element's use of it) is not aborted. The last user
 * leaving frees the entry, so a page that removes its widgets does not keep their stories; a
 * failed request is forgotten at once, so Retry asks again. Throws `StoryLoadError`, or the
 * abort reason when `signal` is aborted first.
 */
export function fetchStoryJson(
  url: string,
  signal: AbortSignal,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<unknown> {
  let request = requests.get(url);
  if (!request) {
    const stop = new AbortController();
    const entry: SharedRequest = {
      json: requestStoryJson(url, timeoutMs, stop),
      users: 0,
      stop,
    };
    entry.json.catch(() => requests.get(url) === entry && requests.delete(url));
    requests.set(url, entry);
    request = entry;
  }
  const shared = request;
  shared.users++;
  return new Promise((resolve, reject) => {
    const leave = () => {
      reject(signal.reason);
      shared.users--;
      // A task later, so that an element moved in the page (out and straight back in) keeps it.
      setTimeout(() => {
        if (shared.users || requests.get(url) !== shared) return;
        requests.delete(url);
        // Nobody waits for this answer any more: stop downloading it.
        shared.stop.abort();
      });
    };
    if (signal.aborted) leave();
    else signal.addEventListener("abort", leave, { once: true });
    shared.json.then(resolve, reject);
  });
}

async function requestStoryJson(
  url: string,
  timeoutMs: number,
  stop: AbortController,
): Promise<unknown> {
  // One signal for both ends of the download: too slow, or no longer wanted.
  const timer = setTimeout(() => stop.abort("timeout"), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: stop.signal });
    } catch (error) {
      if (stop.signal.reason === "timeout") {
        throw new StoryLoadError(
          "timeout",
          `${url} did not answer within ${timeoutMs / 1000} seconds.`,
        );
      }
      throw new StoryLoadError(
        "network",
        `${url} could not be reached (${(error as Error).message || "network error"}).`,
      );
    }
    if (response.status === 404) {
      throw new StoryLoadError(
        "not-found",
        `${url} was not found (404). Check the address in src.`,
      );
    }
    if (!response.ok) {
      throw new StoryLoadError("http", `${url} answered with an error (${response.status}).`);
    }
    return parseStoryJson(await response.text(), url);
  } finally {
    clearTimeout(timer);
  }
}

/** Parses story JSON, naming the source in the error. */
export function parseStoryJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new StoryLoadError(
      "not-json",
      `${source} is not a JSON story file (${(error as Error).message}). Check it with "backstory check".`,
    );
  }
}

/**
 * The story an element shows, from what was loaded: a story built by `backstory build` and not
 * changed since (its `checked` fingerprint matches) as it is; anything else only after the
 * checker, which is loaded for it alone (`check-story.ts`): readers of built stories never
 * download it. Throws `StoryLoadError`.
 */
export async function acceptStory(value: unknown, source: string, section: string): Promise<Story> {
  if (isSealed(value)) return value as Story;
  let checker: typeof import("./check-story.js");
  try {
    checker = await import("./check-story.js");
  } catch (error) {
    throw new StoryLoadError(
      "network",
      `${source} is not a built story, and backstory-check.js, which checks it, did not load (${(error as Error).message}). Serve it beside backstory.js, or publish the story with "backstory build".`,
    );
  }
  const { story, errors } = checker.checkStory(value, source, section);
  if (story) return story;
  throw new StoryLoadError(
    "invalid",
    `${source} has ${errors.length} ${errors.length === 1 ? "problem" : "problems"}.`,
    errors,
  );
}
