/**
 * "Read it in the article" lands on the article's own passage, highlighted, wherever the widget
 * sits. The browser's search for a text fragment also reads the text of shadow roots, so a bare
 * quote would land on the widget's own copy of it when the widget comes first; the link asks for
 * the quote between the article's words around it. A fresh load of the link, as a reader who
 * opens it in a new tab makes, with the widget already showing the quote.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../scripts/serve.mjs";
import { textFragment } from "../../src/data/citations.js";
import type { Story } from "../../src/data/story-format.js";
import { builtStory, html, launchChromium, page, snippet } from "./helpers.js";

let story: Story;
let browser: Browser;
let server: { url: string; close: () => Promise<void> };

/** The article's paragraphs, as the demo page prints them. */
function articleHtml(): string {
  const text = story.timeline.events.map((event) => event.citation);
  // Filler before and after each quoted paragraph, so that one screen never shows two of them.
  const filler = "<p>Other reporting fills the page here.</p>".repeat(12);
  return text
    .map(
      (citation) =>
        `${filler}<p>${citation.before ?? ""} ${citation.quote} ${citation.after ?? ""}</p>`,
    )
    .join("\n");
}

beforeAll(async () => {
  story = builtStory();
  const timeline = snippet(story, { widget: "timeline", inline: true });
  server = await startServer({
    pages: {
      "/above.html": html(page(`${timeline}\n${articleHtml()}`)),
      "/below.html": html(page(`${articleHtml()}\n${timeline}`)),
    },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Where the quote the page was opened at is on screen: in the article, in the widget, or neither. */
async function landedOn(tab: Page, quote: string): Promise<string> {
  return tab.evaluate((wanted) => {
    const flat = (text: string | null) => (text ?? "").replace(/\s+/g, " ");
    const onScreen = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    };
    const paragraph = [...document.querySelectorAll("body > p")].find((p) =>
      flat(p.textContent).includes(flat(wanted)),
    );
    const widget = document.querySelector("backstory-timeline")?.shadowRoot;
    const copy = [...(widget?.querySelectorAll("blockquote") ?? [])].find(
      (quote) => flat(quote.textContent) === flat(wanted) && quote.checkVisibility(),
    );
    if (paragraph && onScreen(paragraph)) return "article";
    if (copy && onScreen(copy)) return "widget";
    return "neither";
  }, quote);
}

async function open(path: string, fragment: string): Promise<Page> {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await tab.goto(`${server.url}${path}${fragment}`);
  await tab.waitForFunction(() =>
    document.querySelector("backstory-timeline")?.shadowRoot?.querySelector("blockquote"),
  );
  // The browser scrolls to a text fragment once the page has loaded.
  await tab.waitForLoadState("load");
  await tab.evaluate(() => new Promise((done) => setTimeout(done, 300)));
  return tab;
}

describe("the link to the article's passage", () => {
  it("lands on the article below the widget; a bare quote would land on the widget", async () => {
    const { quote, before, after } = story.timeline.events[0]?.citation ?? { quote: "" };
    expect(before || after).toBeTruthy();
    const bare = await open("/above.html", textFragment(quote));
    expect(await landedOn(bare, quote)).toBe("widget");
    await bare.close();
    const tab = await open("/above.html", textFragment(quote, before, after));
    expect(await landedOn(tab, quote)).toBe("article");
    await tab.close();
  });

  it("lands on the article above the widget", async () => {
    const { quote, before, after } = story.timeline.events[0]?.citation ?? { quote: "" };
    const tab = await open("/below.html", textFragment(quote, before, after));
    expect(await landedOn(tab, quote)).toBe("article");
    await tab.close();
  });

  it("is the link the widget gives for each event", async () => {
    const tab = await open("/above.html", "");
    const hrefs = await tab
      .locator("backstory-timeline a")
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const { citation } of story.timeline.events) {
      const fragment = textFragment(citation.quote, citation.before, citation.after);
      expect(hrefs).toContain(`${server.url}/above.html${fragment}`);
    }
    await tab.close();
  });
});
