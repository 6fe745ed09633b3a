/**
 * The end-to-end rig: the built files (dist/) served over loopback by scripts/serve.mjs, test pages
 * made from the same snippet `backstory embed` prints, and Chromium through playwright-core with
 * every page watched for requests that leave the origin, uncaught errors, CSP violations, layout
 * shifts and `backstory-ready` events.
 */
import { existsSync, readFileSync } from "node:fs";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../../scripts/chromium.mjs";
import type { ServedPage } from "../../scripts/serve.mjs";
import { type EmbedOptions, embedSnippet } from "../../src/cli/embed-snippet.js";
import type { Story } from "../../src/data/story-format.js";

export const STORY_URL = "/stories/musk-spacex.json";
export const SCRIPT_URL = "/cdn/backstory.js";

/** The built story, as the pages load it. */
export function builtStory(): Story {
  for (const file of [
    "dist/cdn/backstory.js",
    "dist/cdn/embed.html",
    "dist/stories/musk-spacex.json",
  ]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first.`);
  }
  return JSON.parse(readFileSync("dist/stories/musk-spacex.json", "utf8")) as Story;
}

export function snippet(story: Story, options: EmbedOptions = {}): string {
  return embedSnippet(story, { src: STORY_URL, script: SCRIPT_URL, ...options });
}

/** A page with the given body; stylesheets by address (inline <style> would break a strict CSP). */
export function page(body: string, stylesheets: string[] = []): string {
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Backstory test page</title>
${links}
</head>
<body>
<h1>A test article</h1>
<p>Text before the embed.</p>
${body}
<p id="after">Text after the embed.</p>
</body>
</html>`;
}

export function html(body: string): ServedPage {
  return { body };
}

export function css(body: string): ServedPage {
  return { body, type: "text/css; charset=utf-8" };
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium found: run node scripts/chromium.mjs.");
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export interface Watched {
  page: Page;
  /** Requests to anywhere but 127.0.0.1: each one is refused and recorded. */
  outsideRequests: string[];
  /** Uncaught errors on the page. */
  pageErrors: string[];
  /** Console errors, e.g. "already defined" or CSP reports. */
  consoleErrors: string[];
}

/** Watches a context's pages; call before opening any. */
export async function watch(context: BrowserContext): Promise<Watched> {
  const outsideRequests: string[] = [];
  await context.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => {
      outsideRequests.push(route.request().url());
      return route.abort("blockedbyclient");
    },
  );
  await context.addInitScript(() => {
    const record = window as unknown as Record<string, unknown[]>;
    record.__violations = [];
    record.__shifts = [];
    record.__ready = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      record.__violations?.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
    });
    document.addEventListener(
      "backstory-ready",
      (event) => {
        record.__ready?.push((event.target as Element).tagName.toLowerCase());
      },
      true,
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node }[];
      })[]) {
        record.__shifts?.push({
          value: entry.value,
          hadRecentInput: entry.hadRecentInput,
          nodes: (entry.sources ?? []).map((source) =>
            source.node instanceof Element
              ? `${source.node.tagName.toLowerCase()}${source.node.id ? `#${source.node.id}` : ""}`
              : String(source.node?.nodeName),
          ),
        });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  return { page, outsideRequests, pageErrors, consoleErrors };
}

/**
 * Holds back the bundle and the story files, as a slow network would, so that the page is first
 * painted with the fallback: the only way a layout shift on upgrade can be seen at all.
 */
export async function slowBuiltFiles(context: BrowserContext, milliseconds = 600): Promise<void> {
  await context.route(/\/(cdn\/backstory\.js|stories\/)/, async (route) => {
    await new Promise((done) => setTimeout(done, milliseconds));
    await route.fallback();
  });
}

/** Waits until every Backstory element on the page has fired `backstory-ready`. */
export async function waitForReady(page: Page, count?: number): Promise<void> {
  const expected = count ?? (await page.locator("backstory-timeline, backstory-quiz").count());
  const ready = () => page.evaluate(() => (window as unknown as { __ready: string[] }).__ready);
  try {
    await page.waitForFunction(
      (n) => ((window as unknown as { __ready?: string[] }).__ready?.length ?? 0) >= n,
      expected,
      { timeout: 15_000 },
    );
  } catch {
    throw new Error(
      `${expected} elements should have fired backstory-ready; only these did: ${JSON.stringify(await ready())}`,
    );
  }
  // Two frames, so that layout and any shift it causes are recorded.
  await page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );
}

export interface ShiftEntry {
  value: number;
  hadRecentInput: boolean;
  nodes: string[];
}

export async function layoutShifts(page: Page): Promise<ShiftEntry[]> {
  return page.evaluate(() => (window as unknown as { __shifts: ShiftEntry[] }).__shifts);
}

/** The cumulative layout shift not caused by input, as the browser reports it. */
export async function layoutShiftScore(page: Page): Promise<number> {
  const shifts = await layoutShifts(page);
  return shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, s) => sum + s.value, 0);
}

export async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

export interface Box {
  path: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The boxes of an element and of everything rendered in its shadow root, relative to the element,
 * in document order: what a reader sees, measured.
 */
export async function shadowBoxes(page: Page, selector: string, index = 0): Promise<Box[]> {
  return page
    .locator(selector)
    .nth(index)
    .evaluate((host) => {
      const origin = host.getBoundingClientRect();
      const boxes: Box[] = [];
      const visit = (root: ParentNode, prefix: string) => {
        for (const [position, element] of [...root.querySelectorAll("*")].entries()) {
          const rect = element.getBoundingClientRect();
          const path = `${prefix}/${position}:${element.tagName.toLowerCase()}`;
          // Not rendered (display: none, e.g. the print-only list): nothing to compare.
          if (rect.width === 0 && rect.height === 0) continue;
          boxes.push({
            path,
            x: rect.x - origin.x,
            y: rect.y - origin.y,
            width: rect.width,
            height: rect.height,
          });
          if (element.shadowRoot) visit(element.shadowRoot, path);
        }
      };
      boxes.push({ path: "host", x: 0, y: 0, width: origin.width, height: origin.height });
      if (host.shadowRoot) visit(host.shadowRoot, "");
      return boxes;
    });
}
