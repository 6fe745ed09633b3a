/**
 * Backstory Studio in Chromium, as an editor uses it: from an empty story to one that passes
 * `backstory build`, only with selections, typing and keys; unsaved edits kept over a reload; a
 * file changed on disk by another program; a studio that cannot write. axe checks every state.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/backstory.js";
import { embedSnippet } from "../../src/cli/embed-snippet.js";
import { startStudioServer } from "../../src/cli/studio-server.js";
import type { Story } from "../../src/data/story-format.js";
import { launchChromium, type Watched, watch } from "./helpers.js";

const ASSETS = "dist/studio";
const ARTICLE = "data/musk-spacex/article.txt";
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let browser: Browser;
const contexts: BrowserContext[] = [];
const servers: { close: () => Promise<void> }[] = [];

beforeAll(async () => {
  if (!existsSync(join(ASSETS, "index.html"))) {
    throw new Error(`${ASSETS} is missing: run npm run build:studio first.`);
  }
  browser = await launchChromium();
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

afterAll(async () => {
  await browser?.close();
});

/** A folder with the article and, when given, a story file; the studio started on it. */
async function studio(story?: string, storyName = "story.json") {
  const folder = mkdtempSync(join(tmpdir(), "studio-e2e-"));
  copyFileSync(ARTICLE, join(folder, "article.txt"));
  const storyPath = join(folder, storyName);
  if (story !== undefined) writeFileSync(storyPath, story);
  const server = await startStudioServer({
    storyPath,
    articlePath: join(folder, "article.txt"),
    assets: ASSETS,
  });
  servers.push(server);
  return { folder, storyPath, url: server.url };
}

async function open(url: string, viewport = { width: 1280, height: 800 }): Promise<Watched> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  const watched = await watch(context);
  await watched.page.goto(url);
  await watched.page.getByRole("heading", { name: "Article", level: 2 }).waitFor();
  return watched;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const results = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(" ")).join(", ")})`,
    );
  });
}

/** Selects words of the article as an editor does with the mouse or Shift and the arrow keys. */
async function selectInArticle(page: Page, words: string): Promise<void> {
  await page.locator("backstory-studio-article").evaluate((pane, wanted) => {
    const root = pane.shadowRoot as ShadowRoot;
    for (const item of root.querySelectorAll("li")) {
      const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        document.getSelection()?.setBaseAndExtent(node, at, node, at + wanted.length);
        return;
      }
    }
    throw new Error(`"${wanted}" is not in one text of the article pane.`);
  }, words);
}

/** Moves the keyboard focus to a control and presses a key, as Tab and a key would. */
async function press(locator: Locator, key: string): Promise<void> {
  await locator.focus();
  await locator.press(key);
}

async function typeInto(locator: Locator, text: string): Promise<void> {
  await locator.focus();
  await locator.page().keyboard.type(text);
}

/** Whether the control has the keyboard focus (in its own shadow root). */
const isFocused = (locator: Locator) =>
  locator.evaluate((element) => (element.getRootNode() as ShadowRoot).activeElement === element);

describe("Backstory Studio", () => {
  it("takes an editor from an empty story to one that passes backstory build, by keyboard", async () => {
    const { folder, storyPath, url } = await studio();
    const { page, pageErrors, consoleErrors, outsideRequests } = await open(url);
    expect(await axeViolations(page)).toEqual([]);

    // The article block.
    await typeInto(
      page.getByLabel("Headline", { exact: true }),
      "How the U.S. came to depend on SpaceX",
    );
    await typeInto(page.getByLabel("Source"), "The text names no publication or author.");
    // A problem shows next to its field, in the command line's words, until it is fixed.
    await expect.poll(() => page.getByText("No problems: this story passes").count()).toBe(1);

    // An event from a selected passage: the citation is the selection, word for word.
    const passage = "Elon Musk cheers at a Donald Trump rally at Madison Square Garden";
    await selectInArticle(page, passage);
    await press(page.getByRole("button", { name: "New event from this passage" }), "Enter");
    const date = page.getByLabel("Date", { exact: true });
    await expect.poll(() => isFocused(date)).toBe(true);
    await page.keyboard.type("Oct. 27, 2024");
    await page.getByText("Story-file date 2024-10-27").waitFor();
    expect(await page.getByLabel("Citation: the article's words").inputValue()).toBe(passage);
    await page.getByText("Found in paragraph 2 of the article.").waitFor();
    await typeInto(page.getByLabel("Title", { exact: true }), "Musk cheers at Trump's rally");
    await typeInto(page.getByLabel("Summary"), "Musk joins Trump on stage in New York.");

    // Undo takes back the summary; redo brings it back.
    await page.keyboard.press("Control+z");
    expect(await page.getByLabel("Summary").inputValue()).toBe("");
    await page.keyboard.press("Control+Shift+z");
    expect(await page.getByLabel("Summary").inputValue()).toBe(
      "Musk joins Trump on stage in New York.",
    );

    // The cited passage is marked in the article and leads to its event.
    const mark = page.locator("backstory-studio-article mark a", { hasText: passage });
    await expect.poll(() => mark.count()).toBe(1);

    // A question from another passage, with choices written, reordered and marked by keyboard.
    await selectInArticle(page, "donating a total of $132 million");
    await press(page.getByRole("button", { name: "New question from this passage" }), "Enter");
    const prompt = page.getByLabel("Question", { exact: true });
    await expect.poll(() => isFocused(prompt)).toBe(true);
    await page.keyboard.type("How much had Musk given to Trump's campaign?");
    await typeInto(page.getByLabel("Choice 1", { exact: true }), "$1.32 million");
    await typeInto(page.getByLabel("Choice 2", { exact: true }), "$13.2 million");
    await page.keyboard.press("Enter");
    await expect.poll(() => isFocused(page.getByLabel("Choice 3", { exact: true }))).toBe(true);
    await page.keyboard.type("$132 million");
    await page.keyboard.press("Alt+ArrowUp");
    await page.keyboard.press("Alt+ArrowUp");
    expect(await page.getByLabel("Choice 1", { exact: true }).inputValue()).toBe("$132 million");
    await expect.poll(() => isFocused(page.getByLabel("Choice 1", { exact: true }))).toBe(true);
    await press(page.getByLabel("Choice 1 is correct"), "Space");
    await typeInto(page.getByLabel("Explanation"), "The article says he donated $132 million.");
    await typeInto(page.getByLabel("Quiz title"), "What the article says");
    await expect.poll(() => page.getByText("No problems: this story passes").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Saved with Control+S, and the saved file builds.
    await page.keyboard.press("Control+s");
    await page.getByText("Saved", { exact: true }).waitFor();
    const out = join(folder, "built.json");
    const errors: string[] = [];
    const status = await main(
      ["build", storyPath, "--article", join(folder, "article.txt"), "--out", out],
      () => {},
      (line) => errors.push(line),
    );
    expect(errors).toEqual([]);
    expect(status).toBe(0);
    const built = JSON.parse(readFileSync(out, "utf8")) as Story;
    expect(built.timeline.events[0]).toMatchObject({
      date: "2024-10-27",
      title: "Musk cheers at Trump's rally",
      citation: { quote: passage, paragraph: 2 },
    });
    const question = built.quiz?.questions[0];
    expect(question?.type === "single" && question.choices.map((choice) => choice.text)).toEqual([
      "$132 million",
      "$1.32 million",
      "$13.2 million",
    ]);
    expect(question?.type === "single" && question.answer).toBe(
      question?.type === "single" ? question.choices[0]?.id : "",
    );
    expect(built.quiz?.results.map((band) => [band.min, band.max])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    // Export: the built story is what backstory build wrote; the embed code is backstory embed's.
    await press(page.getByRole("tab", { name: "Export" }), "Enter");
    const download = page.waitForEvent("download");
    await press(page.getByRole("button", { name: "Download the built story" }), "Enter");
    const downloaded = await (await download).path();
    expect(JSON.parse(readFileSync(downloaded, "utf8"))).toEqual(built);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await press(page.getByRole("button", { name: "Copy embed code" }), "Enter");
    await page.getByText("The embed code is copied").waitFor();
    const saved = JSON.parse(readFileSync(storyPath, "utf8")) as Story;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      embedSnippet(saved, { src: `/stories/${saved.id}.json`, widget: "both" }),
    );

    expect({ pageErrors, consoleErrors, outsideRequests }).toEqual({
      pageErrors: [],
      consoleErrors: [],
      outsideRequests: [],
    });
  });

  it("shows a quote that is not in the article next to the field, in the command line's words", async () => {
    const { url } = await studio();
    const { page } = await open(url);
    await press(page.getByRole("tab", { name: /Events/ }), "Enter");
    await press(page.getByRole("button", { name: "New event without a passage" }), "Enter");
    await typeInto(page.getByLabel("Citation: the article's words"), "Musk cheers at a rally");
    const field = page.getByLabel("Citation: the article's words");
    const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
    const problems = await page.locator("backstory-studio-editor").evaluate(
      (editor, ids) =>
        ids
          .split(" ")
          .map((id) => editor.shadowRoot?.getElementById(id)?.textContent?.trim())
          .join(" "),
      describedBy,
    );
    expect(problems).toContain(
      'this quote is not in the article word for word: "Musk cheers at a rally".',
    );
    expect(await field.getAttribute("aria-invalid")).toBe("true");

    // A date typed as words: the suggested display date follows it, and no stale problem stays.
    const date = page.getByLabel("Date", { exact: true });
    await typeInto(date, "the nineties");
    await page.getByText("Story-file date 199X").waitFor();
    expect(await page.getByLabel("Date as readers see it").inputValue()).toBe("The nineties");
    expect(await date.getAttribute("aria-invalid")).toBe("false");
    await date.fill("");
    await typeInto(date, "2001-2017");
    expect(await page.getByLabel("Date as readers see it").inputValue()).toBe("");
  });

  it("counts “in February” and “last Tuesday” from the article's date, given in the article form", async () => {
    const { storyPath, url } = await studio();
    const { page } = await open(url);
    await press(page.getByRole("tab", { name: /Events/ }), "Enter");
    await press(page.getByRole("button", { name: "New event without a passage" }), "Enter");
    const date = page.getByLabel("Date", { exact: true });
    await expect.poll(() => isFocused(date)).toBe(true);
    await page.keyboard.type("in February");
    await page.getByText("“in February” needs a year.").waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The way to the article's date, by keyboard.
    await press(page.getByRole("button", { name: "Give the article's date" }), "Enter");
    const dateline = page.getByLabel("Date of the article");
    await expect.poll(() => isFocused(dateline)).toBe(true);
    await page.keyboard.type("October 2024");
    await page.getByText("“October 2024” is October 2024, not one day.").waitFor();
    await dateline.fill("");
    await page.keyboard.type("Wednesday, Oct. 30, 2024");
    await page.getByText("Story-file date 2024-10-30").waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The words waiting in the event's date field are a date now, marked approximate.
    await press(page.getByRole("tab", { name: /Events/ }), "Enter");
    await page.getByText("Story-file date 2024-02~").waitFor();
    expect(await page.getByLabel("Where the date comes from").inputValue()).toBe(
      "The article says “February”; the date is counted from the article’s date (2024-10-30).",
    );
    // A weekday is the latest one before the article's date.
    await press(page.getByRole("button", { name: "New event without a passage" }), "Enter");
    await expect.poll(() => isFocused(page.getByLabel("Date", { exact: true }).last())).toBe(true);
    await page.keyboard.type("last Tuesday");
    await page.getByText("Story-file date 2024-10-29~").waitFor();

    await page.keyboard.press("Control+s");
    await page.getByText("Saved", { exact: true }).waitFor();
    const saved = JSON.parse(readFileSync(storyPath, "utf8")) as Story;
    expect(saved.article.date).toBe("2024-10-30");
    expect(saved.timeline.events.map((event) => event.date)).toEqual(["2024-02~", "2024-10-29~"]);
  });

  it("warns next to a date that disagrees with its citation, in backstory check's words", async () => {
    const { storyPath, url } = await studio(readFileSync("data/musk-spacex/story.json", "utf8"));
    const { page } = await open(url);
    await press(page.getByRole("tab", { name: /Events/ }), "Enter");
    const item = page.locator("backstory-studio-editor details.item", {
      hasText: "SpaceX wins a $1.8 billion classified contract",
    });
    await press(item.locator("summary"), "Enter");
    const date = item.getByLabel("Date", { exact: true });
    await date.fill("");
    await typeInto(date, "2022");
    const warning =
      'Warning: is "2022", which readers see as 2022, but the event\'s citation says "2021". If the event happened in 2021, write "2021".';
    await expect
      .poll(() =>
        date.evaluate((field) =>
          (field.getAttribute("aria-describedby") ?? "")
            .split(" ")
            .map((id) => (field.getRootNode() as ShadowRoot).getElementById(id)?.textContent)
            .join(" ")
            .replace(/\s+/g, " "),
        ),
      )
      .toContain(warning);
    // A warning is not a problem: the story still builds.
    expect(await date.getAttribute("aria-invalid")).toBe("false");
    await page.getByText("No problems: this story passes backstory build.").waitFor();
    await page.getByText(/1 warning worth a second look/).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // How years before 1 CE are labelled, chosen by keyboard.
    const eraStyle = page.getByLabel("Years before 1 CE are labelled");
    expect(await eraStyle.inputValue()).toBe("bce");
    await press(eraStyle, "ArrowDown");
    expect(await eraStyle.inputValue()).toBe("bc");
    await page.keyboard.press("Control+s");
    await page.getByText("Saved", { exact: true }).waitFor();
    expect((JSON.parse(readFileSync(storyPath, "utf8")) as Story).timeline.eraStyle).toBe("bc");
  });

  it("keeps unsaved edits over a reload, and follows a cited passage to its event", async () => {
    const story = readFileSync("data/musk-spacex/story.json", "utf8");
    const { url } = await studio(story);
    const { page } = await open(url);
    expect(await page.getByText("Unsaved changes").count()).toBe(0);
    await typeInto(page.getByLabel("Headline", { exact: true }), " (draft)");
    await page.getByText("Unsaved changes").waitFor();
    await page.reload();
    await page.getByText(/Your unsaved edits from .* are back/).waitFor();
    expect(await page.getByLabel("Headline", { exact: true }).inputValue()).toMatch(/\(draft\)$/);

    await press(page.locator("backstory-studio-article mark a").first(), "Enter");
    const quote = page.getByLabel("Citation: the article's words");
    await expect.poll(() => isFocused(quote)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("offers a choice when the file changes on disk under unsaved edits", async () => {
    const story = readFileSync("data/musk-spacex/story.json", "utf8");
    const { storyPath, url } = await studio(story);
    const { page } = await open(url);
    await typeInto(page.getByLabel("Headline", { exact: true }), " (mine)");
    const theirs = JSON.parse(story) as Story;
    theirs.article.headline = "Changed in another program";
    writeFileSync(storyPath, JSON.stringify(theirs, null, 2));
    const alert = page.getByRole("alert").filter({ hasText: "changed by another program" });
    await alert.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await press(page.getByRole("button", { name: "Use the file on disk" }), "Enter");
    expect(await page.getByLabel("Headline", { exact: true }).inputValue()).toBe(
      "Changed in another program",
    );
    // The version left behind comes back with undo.
    await page.keyboard.press("Control+z");
    expect(await page.getByLabel("Headline", { exact: true }).inputValue()).toMatch(/\(mine\)$/);

    // Keeping one's own version saves it over the file.
    theirs.article.headline = "Changed again";
    writeFileSync(storyPath, JSON.stringify(theirs, null, 2));
    await alert.waitFor();
    await press(page.getByRole("button", { name: "Keep my version and save it" }), "Enter");
    await page.getByText("Saved", { exact: true }).waitFor();
    expect(JSON.parse(readFileSync(storyPath, "utf8")).article.headline).toMatch(/\(mine\)$/);
  });

  it("reviews what backstory draft proposed: each proposal is marked until the editor accepts it", async () => {
    const folder = mkdtempSync(join(tmpdir(), "studio-draft-"));
    const draftPath = join(folder, "story.json");
    const status = await main(
      ["draft", ARTICLE, "--out", draftPath, "--dateline", "2024-11-01"],
      () => {},
      () => {},
    );
    expect(status).toBe(0);
    const { url } = await studio(readFileSync(draftPath, "utf8"));
    const { page } = await open(url);
    await press(page.getByRole("tab", { name: /Events/ }), "Enter");
    const first = page.locator("backstory-studio-editor details.item").first();
    await press(first.locator("summary"), "Enter");
    await first.getByText("(proposed)").waitFor();
    await first.getByText(/event 1 .* is a proposal: check its date/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await press(page.getByRole("button", { name: "Mark this event as reviewed" }), "Enter");
    await expect.poll(() => first.getByText("(proposed)").count()).toBe(0);
    expect(await first.getByText(/is a proposal/).count()).toBe(0);
  });

  it("proposes the dates a draft without --dateline left out, once the article's date is given", async () => {
    const folder = mkdtempSync(join(tmpdir(), "studio-undated-"));
    const draftPath = join(folder, "story.json");
    expect(
      await main(
        ["draft", ARTICLE, "--out", draftPath],
        () => {},
        () => {},
      ),
    ).toBe(0);
    const drafted = JSON.parse(readFileSync(draftPath, "utf8")) as Story;
    const { storyPath, url } = await studio(JSON.stringify(drafted));
    const { page } = await open(url);
    await typeInto(page.getByLabel("Date of the article"), "Oct. 30, 2024");
    const offer = page.getByRole("group", { name: /The article has 6 more dates that count/ });
    await offer.waitFor();
    expect(await offer.textContent()).toContain("“February”, “February”, “its most recent”");
    expect(await axeViolations(page)).toEqual([]);
    await press(offer.getByRole("button", { name: "Propose 6 events from them" }), "Enter");
    await expect.poll(() => offer.count()).toBe(0);
    const events = drafted.timeline.events.length + 6;
    await page.getByRole("tab", { name: new RegExp(`Events ${events}`) }).waitFor();
    await page.keyboard.press("Control+s");
    await page.getByText("Saved", { exact: true }).waitFor();
    const saved = JSON.parse(readFileSync(storyPath, "utf8")) as Story;
    expect(saved.article.date).toBe("2024-10-30");
    expect(saved.timeline.events.map((event) => event.date)).toContain("2024-02~");
    expect(saved.timeline.events.every((event) => event.draft === true)).toBe(true);
  });

  it("says when it cannot write the story file", async () => {
    const { url } = await studio(undefined, "missing-folder/story.json");
    const { page } = await open(url);
    await page.getByRole("alert").filter({ hasText: "cannot save" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("fits a phone: one pane at a time, no axe violations", async () => {
    const story = readFileSync("data/musk-spacex/story.json", "utf8");
    const { url } = await studio(story);
    const { page } = await open(url, { width: 390, height: 844 });
    await press(page.getByRole("button", { name: "Story", exact: true }), "Enter");
    await page.getByLabel("Headline", { exact: true }).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
  });
});
