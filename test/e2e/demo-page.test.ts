/**
 * The demo article page `npm start` serves: the article with the timeline and the quiz embedded
 * exactly as `backstory embed` prints them, measured for layout shift on a desktop and a phone.
 */
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../scripts/serve.mjs";
import type { Story } from "../../src/data/story-format.js";
import {
  builtStory,
  launchChromium,
  layoutShiftScore,
  layoutShifts,
  slowBuiltFiles,
  snippet,
  violations,
  waitForReady,
  watch,
} from "./helpers.js";

let story: Story;
let browser: Browser;
let server: { url: string; close: () => Promise<void> };
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  story = builtStory();
  server = await startServer();
  browser = await launchChromium();
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the demo article page", () => {
  it("embeds the timeline and the quiz exactly as the snippet prints them", async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body).toContain(snippet(story, { widget: "timeline" }));
    expect(body).toContain(snippet(story, { widget: "quiz" }));
    expect(body).toContain(story.article.headline);
    expect(body).toContain("<p>Just as Elon Musk has gone all in for Donald Trump");
  });

  it.each([
    ["desktop", { width: 1280, height: 720 }],
    ["phone", { width: 390, height: 844 }],
  ])("does not shift when the elements upgrade (%s)", async (name, viewport) => {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    const watched = await watch(context);
    await slowBuiltFiles(context);
    await watched.page.goto(`${server.url}/`);
    await waitForReady(watched.page, 2);
    const score = await layoutShiftScore(watched.page);
    console.info(
      `layout shift on the demo page, ${name} ${viewport.width}×${viewport.height}: ${score.toFixed(4)}`,
      JSON.stringify(await layoutShifts(watched.page)),
    );
    expect(score).toBeLessThan(0.01);
    expect(watched.outsideRequests).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
    expect(await violations(watched.page)).toEqual([]);
  });

  it("takes a reader from a citation to the passage in the article", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    contexts.push(context);
    const watched = await watch(context);
    await watched.page.goto(`${server.url}/`);
    await waitForReady(watched.page, 2);
    const link = watched.page
      .locator("backstory-timeline")
      .getByRole("link", { name: "Read it in the article" });
    const href = (await link.getAttribute("href")) ?? "";
    expect(new URL(href).pathname).toBe("/");
    expect(href).toContain("#:~:text=");
  });
});
