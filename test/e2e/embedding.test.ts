/**
 * Embedding in CMS pages, end to end: the built bundle and story, served over loopback, in
 * Chromium. Assumes `npm run build` ran (the `test` script builds first).
 */

import { readFileSync } from "node:fs";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../scripts/serve.mjs";
import { embedStylesheet } from "../../src/cli/embed-snippet.js";
import { eventsInDateOrder } from "../../src/data/fallback-html.js";
import type { Story } from "../../src/data/story-format.js";
import { embedPageHtml } from "../../src/embed/allowed-origins.js";
import {
  type Box,
  builtStory,
  css,
  html,
  launchChromium,
  layoutShiftScore,
  layoutShifts,
  page,
  SCRIPT_URL,
  STORY_URL,
  shadowBoxes,
  slowBuiltFiles,
  snippet,
  violations,
  type Watched,
  waitForReady,
  watch,
} from "./helpers.js";

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/** What a host page's own stylesheet gives everything: the widgets inherit font and colour. */
const BASE_CSS = `body { margin: 0 auto; max-width: 50rem; padding: 1rem; font: 16px/1.5 system-ui, sans-serif; color: #212529; }`;

/** Bootstrap-like global rules, and worse. None may reach inside the widgets. */
const HOSTILE_CSS = `
*, ::before, ::after { box-sizing: content-box !important; }
div { display: flex; }
button { all: unset; }
li { float: left; }
[hidden] { display: block; }
ol, ul { padding-left: 2rem; margin-top: 0; margin-bottom: 1rem; list-style: square; }
h1, h2, h3, h4, h5, h6 { margin-top: 0; margin-bottom: .5rem; font-weight: 500; line-height: 1.2; }
p { margin-top: 0; margin-bottom: 1rem; }
a { color: #0d6efd; text-decoration: underline; }
fieldset { min-width: 0; padding: 0; margin: 0; border: 0; }
legend { float: left; width: 100%; padding: 0; margin-bottom: .5rem; font-size: 1.5rem; }
label { display: inline-block; }
input, button, select, textarea { margin: 0; font-family: inherit; font-size: inherit; }
input[type=radio], input[type=checkbox] { appearance: none; width: 3rem; height: 3rem; }
section, article, aside, figure { display: grid; padding: 2rem; }
time { display: none; }
[role=heading], [role=status], [part] { display: inline; font-size: 3rem; }
.title, .print, .detail, .choice, .actions, .progress, .visually-hidden { display: none !important; }
span { position: absolute; }
img, svg { vertical-align: middle; max-width: 100%; height: auto; }
`;

const FRAME_HOST_JS = `// The four lines a host needs to apply the embed page's height:
addEventListener("message", (event) => {
  const frame = [...document.querySelectorAll("iframe.backstory-frame")].find((f) => f.contentWindow === event.source);
  if (frame && event.data?.type === "backstory:resize") frame.style.height = event.data.height + "px";
});`;

let story: Story;
let browser: Browser;
let server: { url: string; close: () => Promise<void> };
/** Another site, on another origin: where a made-up story would come from. */
let otherSite: { url: string; close: () => Promise<void> };
const contexts: BrowserContext[] = [];

async function open(
  path: string,
  options: Parameters<Browser["newContext"]>[0] = {},
  prepare?: (context: BrowserContext) => Promise<void>,
): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
  contexts.push(context);
  const watched = await watch(context);
  await prepare?.(context);
  await watched.page.goto(`${server.url}${path}`);
  return watched;
}

function expectCleanRun(watched: Watched) {
  expect(watched.outsideRequests).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
}

beforeAll(async () => {
  story = builtStory();
  otherSite = await startServer({
    pages: {
      "/made-up.json": {
        body: JSON.stringify({ ...story, id: "made-up" }),
        type: "application/json; charset=utf-8",
        headers: { "access-control-allow-origin": "*" },
      },
    },
  });
  const both = snippet(story);
  server = await startServer({
    pages: {
      "/plain.html": html(page(both)),
      "/double.html": html(page(`${both}\n<hr>\n${both}`)),
      "/twice.html": html(
        page(`${both}\n<script type="module" src="${SCRIPT_URL}?loaded-again"></script>`),
      ),
      "/csp.html": {
        body: page(snippet(story, { csp: true }), ["/host-embed.css"]),
        headers: { "content-security-policy": STRICT_CSP },
      },
      "/csp-inline.html": {
        body: page(snippet(story, { csp: true, inline: true, src: undefined }), [
          "/host-embed.css",
        ]),
        headers: { "content-security-policy": STRICT_CSP },
      },
      "/host-embed.css": css(embedStylesheet()),
      "/base.css": css(BASE_CSS),
      "/hostile.css": css(HOSTILE_CSS),
      "/clean.html": html(page(both, ["/base.css"])),
      "/hostile.html": html(page(both, ["/base.css", "/hostile.css"])),
      "/no-script.html": html(page("")),
      "/frame-host.html": html(
        page(
          `<iframe class="backstory-frame" title="Quiz" width="700" height="300" src="/cdn/embed.html?story=${encodeURIComponent(STORY_URL)}&amp;widget=quiz"></iframe>
<script src="/frame-host.js"></script>`,
        ),
      ),
      "/frame-host.js": { body: FRAME_HOST_JS, type: "text/javascript; charset=utf-8" },
      // The embed page as `backstory embed-page --allow-origin` writes it for the other site.
      "/cdn/embed-allowing.html": html(
        embedPageHtml(readFileSync("dist/cdn/embed.html", "utf8"), [otherSite.url]),
      ),
    },
  });
  browser = await launchChromium();
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await otherSite?.close();
});

describe("the snippet on a plain page", () => {
  it("upgrades both elements, hides the fallback, and stays on the page's origin", async () => {
    const watched = await open("/plain.html");
    const { page } = watched;
    await waitForReady(page, 2);
    const timeline = page.locator("backstory-timeline");
    const quiz = page.locator("backstory-quiz");
    await expect
      .poll(() => timeline.getByRole("button", { name: "Next event", exact: true }).isVisible())
      .toBe(true);
    await expect.poll(() => quiz.getByText("Question 1 of 12").isVisible()).toBe(true);
    expect(await page.locator(".backstory-fallback").evaluateAll((all) => all.length)).toBe(2);
    for (const fallback of await page.locator(".backstory-fallback").all()) {
      expect(await fallback.isVisible()).toBe(false);
    }
    expect(await violations(page)).toEqual([]);
    expectCleanRun(watched);
  });

  it.each([
    ["desktop", { width: 1280, height: 720 }],
    ["phone", { width: 390, height: 844 }],
  ])("does not shift the page when the elements upgrade (%s)", async (name, viewport) => {
    const watched = await open("/plain.html", { viewport }, slowBuiltFiles);
    await waitForReady(watched.page, 2);
    const score = await layoutShiftScore(watched.page);
    console.info(
      `layout shift, plain page, ${name}: ${score.toFixed(4)}`,
      JSON.stringify(await layoutShifts(watched.page)),
    );
    expect(score).toBeLessThan(0.01);
  });

  it("keeps two timelines on one page independent, and two quizzes on one reader's progress", async () => {
    const watched = await open("/double.html");
    const { page } = watched;
    await waitForReady(page, 4);
    const timelines = page.locator("backstory-timeline");
    const quizzes = page.locator("backstory-quiz");
    const current = (index: number) =>
      timelines.nth(index).locator('[part="marker"][aria-current="true"]').textContent();
    const first = await current(0);
    expect(await current(1)).toBe(first);
    await timelines.nth(0).getByRole("button", { name: "Next event", exact: true }).click();
    await expect.poll(() => current(0)).not.toBe(first);
    expect(await current(1)).toBe(first);

    // The same quiz twice is one reader's progress: an answer checked in one is checked in both.
    await quizzes.nth(1).getByRole("radio").first().check();
    await quizzes.nth(1).getByRole("button", { name: "Check answer" }).click();
    for (const quiz of [quizzes.nth(1), quizzes.nth(0)]) {
      await expect
        .poll(() => quiz.getByRole("button", { name: "Next question" }).isVisible())
        .toBe(true);
      expect(await quiz.getByRole("radio").first().isChecked()).toBe(true);
    }
    expectCleanRun(watched);
  });

  it("shows one reader's quiz progress in two tabs: a result reached in one is kept", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    contexts.push(context);
    const watched = await watch(context);
    const [first, second] = [watched.page, await context.newPage()];
    for (const tab of [first, second]) {
      await tab.goto(`${server.url}/plain.html`);
      await waitForReady(tab, 2);
    }
    const result = (tab: typeof first) =>
      tab.locator("backstory-quiz").getByRole("heading", { name: /^You got \d+ of \d+ right$/ });

    // The second tab was left with focus on its quiz's Check button.
    await second.locator("backstory-quiz").getByRole("button", { name: "Check answer" }).focus();
    // The reader finishes the quiz in the first tab, answering whatever comes first.
    await first.bringToFront();
    const quiz = first.locator("backstory-quiz");
    for (let question = 0; question < story.quiz!.questions.length; question++) {
      const choice = quiz.locator("input").first();
      if (await choice.count()) await choice.check();
      await quiz.getByRole("button", { name: "Check answer" }).click();
      await quiz.getByRole("button", { name: /^(Next question|See your result)$/ }).click();
    }
    const reached = await result(first).textContent();
    // The second tab, left at question 1, shows the same result instead of question 1.
    await expect.poll(() => result(second).textContent()).toBe(reached);
    expect(await second.getByRole("button", { name: "Check answer" }).count()).toBe(0);
    // Its button is gone with question 1, but focus stays in the quiz: on the result.
    expect(
      await second
        .locator("backstory-quiz")
        .evaluate((quiz) => quiz.shadowRoot?.activeElement?.getAttribute("part")),
    ).toBe("score");

    for (const tab of [second, first]) {
      await tab.bringToFront();
      await tab.reload();
      await waitForReady(tab, 2);
      expect(await result(tab).textContent()).toBe(reached);
    }
    expectCleanRun(watched);
  });

  it("is harmless when the bundle is loaded twice", async () => {
    const watched = await open("/twice.html");
    await waitForReady(watched.page, 2);
    const modules = await watched.page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((entry) => new URL(entry.name).pathname + new URL(entry.name).search)
        .filter((path) => path.startsWith("/cdn/backstory.js")),
    );
    expect(modules.sort()).toEqual(["/cdn/backstory.js", "/cdn/backstory.js?loaded-again"]);
    expectCleanRun(watched);
  });

  it("adds no globals beyond the custom elements, except Lit's own bookkeeping", async () => {
    const before = await open("/no-script.html");
    const plain = await before.page.evaluate(() => Object.getOwnPropertyNames(window));
    const after = await open("/plain.html");
    await waitForReady(after.page, 2);
    const added = await after.page.evaluate(
      (names) =>
        Object.getOwnPropertyNames(window).filter(
          (name) => !names.includes(name) && !name.startsWith("__"),
        ),
      plain,
    );
    // Lit records its versions on globalThis (to warn about duplicate copies) and keeps decorator
    // metadata there; Backstory itself adds nothing.
    expect(added.sort()).toEqual([
      "litElementVersions",
      "litHtmlVersions",
      "litPropertyMetadata",
      "reactiveElementVersions",
    ]);
  });
});

describe("under a strict Content-Security-Policy", () => {
  it("renders and works with no violation reported", async () => {
    const watched = await open("/csp.html");
    const { page } = watched;
    await waitForReady(page, 2);
    const timeline = page.locator("backstory-timeline");
    const before = await timeline.locator('[part="marker"][aria-current="true"]').textContent();
    await timeline.getByRole("button", { name: "Next event", exact: true }).click();
    await expect
      .poll(() => timeline.locator('[part="marker"][aria-current="true"]').textContent())
      .not.toBe(before);
    const quiz = page.locator("backstory-quiz");
    await quiz.getByRole("button", { name: "Check answer" }).click();
    await expect
      .poll(() =>
        quiz.getByText("Choose an answer first, then check it.").filter({ visible: true }).count(),
      )
      .toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    expectCleanRun(watched);
  });

  it("reads a story inlined in the element, with no request for it", async () => {
    const watched = await open("/csp-inline.html");
    const { page } = watched;
    await waitForReady(page, 2);
    await expect
      .poll(() => page.locator("backstory-quiz").getByText("Question 1 of 12").isVisible())
      .toBe(true);
    const requested = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((entry) => new URL(entry.name).pathname),
    );
    expect(requested.filter((path) => path.startsWith("/stories/"))).toEqual([]);
    expect(await violations(page)).toEqual([]);
    expectCleanRun(watched);
  });

  it("reserves the height from the host's stylesheet: no layout shift", async () => {
    const watched = await open("/csp.html", {}, slowBuiltFiles);
    await waitForReady(watched.page, 2);
    const score = await layoutShiftScore(watched.page);
    console.info(`layout shift, strict CSP page: ${score.toFixed(4)}`);
    expect(score).toBeLessThan(0.01);
  });
});

describe("on a hostile host page", () => {
  function expectSameBoxes(clean: Box[], hostile: Box[]) {
    expect(hostile.map((box) => box.path)).toEqual(clean.map((box) => box.path));
    const far = hostile.filter((box, index) => {
      const other = clean[index] as Box;
      return (["x", "y", "width", "height"] as const).some(
        (key) => Math.abs(box[key] - other[key]) > 1.5,
      );
    });
    expect(far).toEqual([]);
  }

  it("looks the same as on a clean page", async () => {
    const clean = await open("/clean.html");
    const hostile = await open("/hostile.html");
    await waitForReady(clean.page, 2);
    await waitForReady(hostile.page, 2);
    for (const selector of ["backstory-timeline", "backstory-quiz"]) {
      expectSameBoxes(
        await shadowBoxes(clean.page, selector),
        await shadowBoxes(hostile.page, selector),
      );
    }
    expectCleanRun(hostile);
  });

  it("works the same as on a clean page", async () => {
    const watched = await open("/hostile.html");
    const { page } = watched;
    await waitForReady(page, 2);
    const timeline = page.locator("backstory-timeline");
    await timeline.getByRole("button", { name: "Next event", exact: true }).click();
    await expect
      .poll(() => timeline.locator('[part="marker"]').nth(1).getAttribute("aria-current"))
      .toBe("true");
    const quiz = page.locator("backstory-quiz");
    await quiz.getByRole("radio").first().check();
    await quiz.getByRole("button", { name: "Check answer" }).click();
    await expect
      .poll(() => quiz.getByRole("button", { name: "Next question" }).isVisible())
      .toBe(true);
    expectCleanRun(watched);
  });
});

describe("without JavaScript, and in print", () => {
  it("shows every event and question in the fallback when JavaScript is off", async () => {
    const watched = await open("/plain.html", { javaScriptEnabled: false });
    const { page } = watched;
    const timeline = page.locator('backstory-timeline > [data-backstory-fallback="timeline"]');
    const quiz = page.locator('backstory-quiz > [data-backstory-fallback="quiz"]');
    expect(await timeline.isVisible()).toBe(true);
    for (const event of story.timeline.events) {
      expect(await timeline.getByText(event.title, { exact: true }).isVisible()).toBe(true);
    }
    for (const question of story.quiz?.questions ?? []) {
      expect(await quiz.getByText(question.prompt).first().isVisible()).toBe(true);
    }
    expect(await timeline.locator("ol > li").count()).toBe(story.timeline.events.length);
    expect(await timeline.locator("time[datetime]").count()).toBeGreaterThan(0);
    expect(watched.outsideRequests).toEqual([]);
  });

  it("prints every event and every question once upgraded", async () => {
    const watched = await open("/plain.html");
    const { page } = watched;
    await waitForReady(page, 2);
    await page.emulateMedia({ media: "print" });
    const timeline = page.locator("backstory-timeline");
    const quiz = page.locator("backstory-quiz");
    for (const event of eventsInDateOrder(story)) {
      const shown = timeline.getByText(event.title, { exact: true }).filter({ visible: true });
      expect(await shown.count(), event.title).toBeGreaterThan(0);
    }
    for (const question of story.quiz?.questions ?? []) {
      const shown = quiz.getByText(question.prompt).filter({ visible: true });
      expect(await shown.count(), question.prompt).toBeGreaterThan(0);
    }
    expect(await page.getByRole("button", { name: "Next event", exact: true }).isVisible()).toBe(
      false,
    );
    expectCleanRun(watched);
  });

  it("prints the fallback's every event and question when JavaScript is off", async () => {
    const watched = await open("/plain.html", { javaScriptEnabled: false });
    await watched.page.emulateMedia({ media: "print" });
    const timeline = watched.page.locator('[data-backstory-fallback="timeline"]');
    const quiz = watched.page.locator('[data-backstory-fallback="quiz"]');
    for (const event of story.timeline.events) {
      expect(await timeline.getByText(event.title, { exact: true }).isVisible()).toBe(true);
    }
    for (const question of story.quiz?.questions ?? []) {
      expect(await quiz.getByText(question.prompt).first().isVisible()).toBe(true);
    }
  });
});

describe("the iframe embed page", () => {
  type Message = { sentinel?: string; type: string; height: number };
  const messages = (watched: Watched) =>
    watched.page.evaluate(() => (window as unknown as { __messages: Message[] }).__messages);

  async function openFrameHost() {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    contexts.push(context);
    await context.addInitScript(() => {
      const record = window as unknown as { __messages: unknown[] };
      record.__messages = [];
      window.addEventListener("message", (event) => record.__messages.push(event.data));
    });
    const watched = await watch(context);
    await watched.page.goto(`${server.url}/frame-host.html`);
    const frame = watched.page.frameLocator("iframe.backstory-frame");
    await frame.getByText("Question 1 of 12").waitFor();
    return { watched, frame };
  }

  const contentHeight = (watched: Watched) =>
    watched.page
      .frames()[1]
      ?.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

  it("posts its content height both ways, and the host's four lines apply it", async () => {
    const { watched } = await openFrameHost();
    await expect
      .poll(async () => (await messages(watched)).at(-1)?.height)
      .toBe(await contentHeight(watched));
    const all = await messages(watched);
    const amp = all.filter((message) => message.sentinel === "amp");
    const own = all.filter((message) => message.type === "backstory:resize");
    expect(amp.length).toBeGreaterThan(0);
    expect(amp.every((message) => message.type === "embed-size")).toBe(true);
    expect(own.map((message) => message.height)).toEqual(amp.map((message) => message.height));
    const height = (await contentHeight(watched)) as number;
    await expect
      .poll(() => watched.page.locator("iframe").evaluate((frame) => frame.clientHeight))
      .toBe(height);
    expectCleanRun(watched);
  });

  it.each([
    ["", "this embed page needs ?story=ADDRESS"],
    [`?story=${encodeURIComponent(STORY_URL)}&widget=map`, 'widget must be "timeline" or "quiz"'],
  ])("says what is missing in %j instead of failing silently", async (query, message) => {
    const watched = await open(`/cdn/embed.html${query}`);
    expect(await watched.page.getByRole("alert").textContent()).toContain(message);
    expectCleanRun(watched);
  });

  it("sends 'Read it in the article' to the host article, in the whole window", async () => {
    const article = "https://news.example/2024/musk-spacex";
    const storyUrl = `${server.url}${STORY_URL}`;
    const watched = await open(
      `/cdn/embed.html?story=${encodeURIComponent(storyUrl)}&widget=timeline&article=${encodeURIComponent(article)}`,
    );
    const link = watched.page.getByRole("link", { name: "Read it in the article" }).first();
    await expect
      .poll(() => link.getAttribute("href"))
      .toMatch(/^https:\/\/news\.example\/2024\/musk-spacex#:~:text=/);
    expect(await watched.page.evaluate(() => document.querySelector("base")?.target)).toBe("_top");
    expectCleanRun(watched);
  });

  it("follows changes of its content", async () => {
    const { watched, frame } = await openFrameHost();
    const first = await contentHeight(watched);
    await expect.poll(async () => (await messages(watched)).at(-1)?.height).toBe(first);
    // A narrower frame wraps the text onto more lines.
    await watched.page.locator("iframe").evaluate((element) => {
      (element as HTMLIFrameElement).width = "320";
    });
    await expect.poll(() => contentHeight(watched)).not.toBe(first);
    await expect
      .poll(async () => (await messages(watched)).at(-1)?.height)
      .toBe(await contentHeight(watched));
    // Content that changes by itself: feedback after checking an answer.
    const before = await contentHeight(watched);
    await frame.getByRole("radio").first().check();
    await frame.getByRole("button", { name: "Check answer" }).click();
    await expect.poll(() => contentHeight(watched)).not.toBe(before);
    await expect
      .poll(async () => (await messages(watched)).at(-1)?.height)
      .toBe(await contentHeight(watched));
    expectCleanRun(watched);
  });
});

describe("the iframe embed page's story addresses", () => {
  /** Opens the embed page with `query`, recording every request it makes to the other site. */
  async function openEmbed(query: string, path = "/cdn/embed.html") {
    const toOtherSite: string[] = [];
    const watched = await open(`${path}${query}`, {}, async (context) => {
      context.on("request", (request) => {
        if (request.url().startsWith(otherSite.url)) toOtherSite.push(request.url());
      });
    });
    return { ...watched, toOtherSite };
  }

  const storyOf = (watched: Watched, tag: string) =>
    watched.page.locator(tag).evaluate((element) => (element as { storyId?: string }).storyId);

  it("refuses a story from another site, saying what, why and how the newsroom allows it", async () => {
    const fake = `${otherSite.url}/made-up.json`;
    const watched = await openEmbed(`?story=${encodeURIComponent(fake)}&widget=timeline`);
    const message = await watched.page.getByRole("alert").textContent();
    expect(message).toContain("This story is not shown.");
    expect(message).toContain(`shows stories from ${server.url} only`);
    expect(message).toContain(`one from ${otherSite.url}`);
    expect(message).toContain(`backstory embed-page --allow-origin ${otherSite.url}`);
    expect(await watched.page.locator("backstory-timeline, backstory-quiz").count()).toBe(0);
    expect(watched.toOtherSite).toEqual([]);
    expectCleanRun(watched);
  });

  it.each([
    ["a data: address", "data:application/json,%7B%7D", "a data: address"],
    ["a javascript: address", "javascript:alert(1)", "a javascript: address"],
  ])("refuses %s", async (_name, address, said) => {
    const watched = await openEmbed(`?story=${encodeURIComponent(address)}&widget=quiz`);
    expect(await watched.page.getByRole("alert").textContent()).toContain(`one from ${said}`);
    expect(await watched.page.locator("backstory-quiz").count()).toBe(0);
    expectCleanRun(watched);
  });

  it.each(["light", "dark"] as const)(
    "words its refusal in a box axe finds no WCAG 2.2 AA fault in (%s)",
    async (colorScheme) => {
      const fake = `${otherSite.url}/made-up.json`;
      // Lets axe's script in; the page's own CSP is tested above and below.
      const watched = await open(`/cdn/embed.html?story=${encodeURIComponent(fake)}`, {
        colorScheme,
        bypassCSP: true,
      });
      await watched.page.getByRole("alert").waitFor();
      await watched.page.addScriptTag({ path: "node_modules/axe-core/axe.min.js" });
      const found = await watched.page.evaluate(async () => {
        const result = await (
          window as unknown as {
            axe: { run: (options: unknown) => Promise<{ violations: { id: string }[] }> };
          }
        ).axe.run({ runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] });
        return result.violations.map((violation) => violation.id);
      });
      expect(found).toEqual([]);
    },
  );

  it("reads a relative story address against its own address, never against the article's", async () => {
    const article = `${otherSite.url}/news/2024/article.html`;
    const watched = await openEmbed(
      `?story=${encodeURIComponent("../stories/musk-spacex.json")}&widget=timeline&article=${encodeURIComponent(article)}`,
    );
    await waitForReady(watched.page, 1);
    expect(await storyOf(watched, "backstory-timeline")).toBe("musk-spacex");
    expect(await watched.page.locator("backstory-timeline").getAttribute("src")).toBe(
      `${server.url}${STORY_URL}`,
    );
    expect(watched.toOtherSite).toEqual([]);
    expectCleanRun(watched);
  });

  it("shows a story from an origin allowed when the page was written, within its CSP", async () => {
    const fromOther = `${otherSite.url}/made-up.json`;
    const watched = await openEmbed(
      `?story=${encodeURIComponent(fromOther)}&widget=quiz`,
      "/cdn/embed-allowing.html",
    );
    await waitForReady(watched.page, 1);
    expect(await storyOf(watched, "backstory-quiz")).toBe("made-up");
    expect(watched.toOtherSite).toEqual([fromOther]);
    expect(await violations(watched.page)).toEqual([]);
    expectCleanRun(watched);
  });

  it("lets its Content-Security-Policy connect to its own origin only, as built", async () => {
    const built = readFileSync("dist/cdn/embed.html", "utf8");
    expect(built).toMatch(/connect-src 'self';/);
    expect(built).toContain('<meta name="backstory-story-origins" content="">');
    // Even a script that got past the page's own check could not fetch from another site.
    const watched = await openEmbed(`?story=${encodeURIComponent(STORY_URL)}&widget=timeline`);
    await waitForReady(watched.page, 1);
    const fetched = await watched.page.evaluate(
      (url) =>
        fetch(url).then(
          () => "fetched",
          () => "blocked",
        ),
      `${otherSite.url}/made-up.json`,
    );
    expect(fetched).toBe("blocked");
    expect((await violations(watched.page)).join("\n")).toContain("connect-src");
    expect(watched.toOtherSite).toEqual([]);
  });
});
