/**
 * The WordPress plugin and oEmbed, in a real WordPress (Debian's packages, started by
 * global-setup.ts): posts published by an Author, read in Chromium as readers see them.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser, BrowserContext, Frame, Locator } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { RESERVED_HEIGHT } from "../../src/cli/embed-snippet.js";
import { OEMBED_HEIGHT } from "../../src/cli/oembed.js";
import { fallbackHtml } from "../../src/data/fallback-html.js";
import type { Story } from "../../src/data/story-format.js";
import { launchChromium, type Watched, waitForReady, watch } from "../e2e/helpers.js";
import type { ProvidedWordPress } from "./global-setup.js";

const provided = inject("wordpress");
/** The running site: read only inside the suite, which is skipped when there is none. */
const site = provided as Exclude<ProvidedWordPress, { skip: string }>;
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser: Browser;
let story: Story;
const contexts: BrowserContext[] = [];

async function open(url: string, options: Parameters<Browser["newContext"]>[0] = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  contexts.push(context);
  const watched = await watch(context);
  await watched.page.goto(url);
  return watched;
}

/** WCAG 2.2 A and AA violations axe finds in the page or a frame, as "rule: target" lines. */
async function axeViolations(target: Watched["page"] | Frame, include?: string): Promise<string[]> {
  await target.evaluate(AXE);
  return target.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const result = await axe.run(selector ? { include: [selector] } : document, {
      runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
    });
    return result.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")}`),
    );
  }, include);
}

function expectClean(watched: Watched) {
  expect(watched.pageErrors).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.outsideRequests).toEqual([]);
}

describe.skipIf(provided.skip !== undefined)("the WordPress plugin, in a real WordPress", () => {
  beforeAll(async () => {
    browser = await launchChromium();
    const response = await fetch(site.story);
    story = (await response.json()) as Story;
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("keeps the Author's shortcode and block as written (the Author has no unfiltered_html)", () => {
    const post = site.posts.widgets;
    expect(post.author).toBe(site.author);
    expect(post.content).toContain(`[backstory src="${site.story}" widget="timeline"]`);
    expect(post.content).toContain("<!-- wp:backstory/story {");
  });

  it("shows the timeline (shortcode) and the quiz (block) in the published post, axe-clean, without console errors", async () => {
    const watched = await open(site.posts.widgets.url);
    const { page } = watched;
    await waitForReady(page, 2);
    const timeline = page.locator("backstory-timeline");
    const quiz = page.locator("backstory-quiz");
    await expect
      .poll(() => timeline.getByRole("button", { name: "Next event", exact: true }).isVisible())
      .toBe(true);
    await expect
      .poll(() => quiz.getByRole("button", { name: "Check answer" }).isVisible())
      .toBe(true);
    // One module script for both widgets.
    expect(await page.locator('script[type="module"][src*="backstory.js"]').count()).toBe(1);
    // It works: a reader answers the first question.
    await quiz.getByRole("radio").first().check();
    await quiz.getByRole("button", { name: "Check answer" }).click();
    await expect
      .poll(() => quiz.getByRole("button", { name: "Next question" }).isVisible())
      .toBe(true);
    expect(await axeViolations(page, ".wp-block-post-content")).toEqual([]);
    expectClean(watched);
  });

  it("reserves the snippet's heights, so the page does not jump when the widgets load", async () => {
    const { page } = await open(site.posts.widgets.url, { javaScriptEnabled: false });
    expect(await page.locator("backstory-timeline").getAttribute("style")).toBe(
      `display:flow-root;min-height:${RESERVED_HEIGHT.timeline}`,
    );
    expect(await page.locator("backstory-quiz").getAttribute("style")).toBe(
      `display:flow-root;min-height:${RESERVED_HEIGHT.quiz}`,
    );
  });

  it("keeps the widgets light in a light theme when the reader's system is dark (Settings → Backstory)", async () => {
    const { page } = await open(site.posts.widgets.url, { colorScheme: "dark" });
    await waitForReady(page, 2);
    expect(await page.locator("backstory-timeline").getAttribute("theme")).toBe("light");
    expect(await page.locator("backstory-quiz").getAttribute("theme")).toBe("light");
  });

  it("has the fallback in the HTML: with JavaScript off, readers get the events and the questions", async () => {
    const watched = await open(site.posts.widgets.url, { javaScriptEnabled: false });
    const { page } = watched;
    const timeline = page.getByRole("region", { name: story.timeline.title });
    await expect.poll(() => timeline.isVisible()).toBe(true);
    expect(await timeline.getByRole("listitem").count()).toBe(story.timeline.events.length);
    const quiz = page.getByRole("region", { name: story.quiz?.title });
    expect(await quiz.locator("details").count()).toBe(story.quiz?.questions.length);
    await quiz.getByText("Show the answer").first().click();
    expect(await quiz.locator("details").first().getAttribute("open")).not.toBeNull();
    expectClean(watched);
  });

  it("shows an axe-clean fallback while the bundle has not loaded", async () => {
    // axe needs script, so the bundle alone is held back instead of JavaScript turned off.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    contexts.push(context);
    await context.route(/\/backstory\.js/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(site.posts.widgets.url);
    expect(await page.getByRole("region", { name: story.timeline.title }).isVisible()).toBe(true);
    expect(await axeViolations(page, ".wp-block-post-content")).toEqual([]);
  });

  it("renders the same fallback as backstory fallback, from the story's fallback file", async () => {
    const html = await (await fetch(site.posts.widgets.url)).text();
    for (const widget of ["timeline", "quiz"] as const) {
      const expected = fallbackHtml(story, widget);
      // The plugin adds the scrolling region's attributes to the wrapper, as backstory embed does.
      const body = expected.slice(expected.indexOf(">") + 1);
      expect(html).toContain(body);
      expect(html).toContain(
        `class="backstory-fallback" data-backstory-fallback="${widget}" lang="${story.article.language}">`,
      );
    }
  });

  it("keeps the fallback it fetched (a transient): the page has it while the story's host is away", async () => {
    const file = join(site.uploads, "musk-spacex.fallback.json");
    const fallback = readFileSync(file, "utf8");
    await fetch(site.posts.widgets.url);
    rmSync(file);
    try {
      expect((await fetch(site.story.replace(/\.json$/, ".fallback.json"))).status).toBe(404);
      const html = await (await fetch(site.posts.widgets.url)).text();
      expect(html).toContain('data-backstory-fallback="timeline"');
      expect(html).toContain('data-backstory-fallback="quiz"');
    } finally {
      writeFileSync(file, fallback);
    }
  });

  describe("a post with the quiz page's address pasted on its own line (oEmbed)", () => {
    async function openFrame() {
      const watched = await open(site.posts.oembed.url);
      const iframe = watched.page.locator("iframe.wp-embedded-content");
      await expect.poll(() => iframe.count()).toBe(1);
      const frame = (await (await iframe.elementHandle())?.contentFrame()) as Frame;
      return { watched, iframe, frame };
    }

    const contentHeight = (frame: Frame) =>
      frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

    async function expectFrameFits(iframe: Locator, frame: Frame) {
      await expect
        .poll(async () => Number(await iframe.getAttribute("height")))
        .toBe(Math.min(1000, await contentHeight(frame)));
    }

    it("gets WordPress's sandboxed frame, which shows the quiz and sizes itself", async () => {
      const { watched, iframe, frame } = await openFrame();
      expect(await iframe.getAttribute("sandbox")).toBe("allow-scripts");
      // WordPress's initial size, from the oEmbed JSON, until the page posts its own.
      const served = await (await fetch(site.posts.oembed.url)).text();
      expect(served).toMatch(
        new RegExp(`<iframe [^>]*sandbox="allow-scripts"[^>]* height="${OEMBED_HEIGHT.quiz}"`),
      );
      await expect
        .poll(() => frame.getByRole("button", { name: "Check answer" }).isVisible())
        .toBe(true);
      await expectFrameFits(iframe, frame);
      expect(Number(await iframe.getAttribute("height"))).not.toBe(OEMBED_HEIGHT.quiz);
      // Shown (WordPress keeps it clipped until the first message) and the link hidden.
      expect(await iframe.getAttribute("style")).toBeNull();
      expect(await watched.page.locator("blockquote.wp-embedded-content").isVisible()).toBe(false);

      // Content that changes by itself: the feedback after checking an answer.
      const before = await contentHeight(frame);
      await frame.getByRole("radio").first().check();
      await frame.getByRole("button", { name: "Check answer" }).click();
      await expect.poll(() => contentHeight(frame)).not.toBe(before);
      await expectFrameFits(iframe, frame);

      expect(await axeViolations(watched.page, ".wp-block-post-content")).toEqual([]);
      expect(await axeViolations(frame)).toEqual([]);
      expectClean(watched);
    });

    it("fits a phone's column", async () => {
      const { page } = await open(site.posts.oembed.url, { viewport: { width: 390, height: 800 } });
      const iframe = page.locator("iframe.wp-embedded-content");
      await expect.poll(async () => (await iframe.boundingBox())?.width ?? 0).toBeGreaterThan(0);
      const column = await page.locator(".wp-block-post-content").boundingBox();
      expect((await iframe.boundingBox())?.width).toBeLessThanOrEqual(column?.width ?? 0);
    });

    it("offers a link to the quiz page where JavaScript is off", async () => {
      const { page } = await open(site.posts.oembed.url, { javaScriptEnabled: false });
      const link = page.locator("blockquote.wp-embedded-content").getByRole("link");
      expect(await link.textContent()).toBe(story.quiz?.title);
    });
  });

  it("shows a pasted embed page address in a frame of its own that follows its height (the plugin's embed handler)", async () => {
    const watched = await open(site.posts.handler.url);
    const iframe = watched.page.locator("iframe.backstory-frame");
    await expect.poll(() => iframe.count()).toBe(1);
    expect(await iframe.getAttribute("title")).toBe(story.timeline.title);
    const frame = (await (await iframe.elementHandle())?.contentFrame()) as Frame;
    await expect
      .poll(() => frame.getByRole("button", { name: "Next event", exact: true }).isVisible())
      .toBe(true);
    const height = () =>
      frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await expect.poll(async () => (await iframe.boundingBox())?.height).toBe(await height());
    expect(await axeViolations(watched.page, ".wp-block-post-content")).toEqual([]);
    expectClean(watched);
  });

  it("offers the Backstory block to the Author in the editor, with the fallback as its preview", async () => {
    const watched = await open(`${site.url}/wp-login.php`);
    const { page } = watched;
    await page.locator("#user_login").fill(site.login.user);
    await page.locator("#user_pass").fill(site.login.password);
    await Promise.all([page.waitForURL(/wp-admin/), page.locator("#wp-submit").click()]);
    await page.goto(`${site.url}/wp-admin/post-new.php`);
    await page.waitForFunction(
      () =>
        (
          window as unknown as { wp?: { blocks?: { getBlockType?: (name: string) => unknown } } }
        ).wp?.blocks?.getBlockType?.("backstory/story") !== undefined,
      undefined,
      { timeout: 30_000 },
    );
    await page.evaluate((src) => {
      const { wp } = window as unknown as {
        wp: {
          blocks: { createBlock: (name: string, attributes: object) => unknown };
          data: { dispatch: (store: string) => { insertBlocks: (block: unknown) => void } };
        };
      };
      wp.data
        .dispatch("core/block-editor")
        .insertBlocks(wp.blocks.createBlock("backstory/story", { src, widget: "timeline" }));
    }, site.story);
    // The server renders the preview as the Author: the fallback's heading and events.
    const preview = page.locator('[data-type="backstory/story"]');
    await expect
      .poll(() => preview.getByRole("heading", { name: story.timeline.title }).count(), {
        timeout: 20_000,
      })
      .toBe(1);
    expect(watched.pageErrors).toEqual([]);
  }, 60_000);

  it("has PHP files that pass php -l", () => {
    const plugin = "integrations/wordpress/backstory";
    const files = readdirSync(plugin, { recursive: true, encoding: "utf8" }).filter((file) =>
      file.endsWith(".php"),
    );
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      expect(execFileSync("php", ["-l", join(plugin, file)], { encoding: "utf8" })).toContain(
        "No syntax errors detected",
      );
    }
  });

  it("logs no PHP notice or warning from the plugin", () => {
    const log = existsSync(site.phpLog) ? readFileSync(site.phpLog, "utf8") : "";
    expect(log.split("\n").filter((line) => line.includes("/plugins/backstory/"))).toEqual([]);
  });
});
