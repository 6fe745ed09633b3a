import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fallbackFile, oembedResponse, widgetPageHtml } from "../../src/cli/oembed.js";
import { createBackstoryServer } from "../../src/cli/oembed-server.js";
import { fallbackHtml } from "../../src/data/fallback-html.js";
import type { Story } from "../../src/data/story-format.js";
import { fixtureStory, realisticStory } from "../fixtures/stories.js";
import { backstory } from "./cli-process.js";

const STORY = "data/musk-spacex/story.json";
const ARTICLE = "data/musk-spacex/article.txt";
const PAGE = "https://news.example/stories/spacex.quiz.html";

/** A story whose every text tries to be markup. */
function hostileStory(): Story {
  const story = structuredClone(realisticStory());
  story.article.headline = `"><script>alert(1)</script>`;
  story.timeline.title = `<img src=x onerror=alert(1)> & "quotes"`;
  return story;
}

describe("oEmbed response", () => {
  it("is a rich oEmbed 1.0 response: a link to fall back on and one frame of the page", () => {
    const story = fixtureStory() as Story;
    const response = oembedResponse(story, { pageUrl: PAGE, widget: "quiz" });
    expect(response).toMatchObject({
      version: "1.0",
      type: "rich",
      provider_name: "Backstory",
      title: story.quiz?.title,
      width: 640,
      height: 608,
    });
    expect(response.html).toMatch(/^<blockquote><a href="[^"]+">[^<]+<\/a><\/blockquote><iframe /);
    expect(response.html).toContain(`src="${PAGE}"`);
    expect(response.html.match(/<iframe/g)).toHaveLength(1);
    // WordPress keeps only the blockquote and an iframe with nothing inside it.
    expect(response.html).toMatch(/<iframe[^>]*><\/iframe>$/);
  });

  it("keeps within the consumer's maxwidth and maxheight, and ignores nonsense ones", () => {
    const story = realisticStory();
    const small = oembedResponse(story, {
      pageUrl: PAGE,
      widget: "timeline",
      maxwidth: 400.7,
      maxheight: 300,
    });
    expect([small.width, small.height]).toEqual([400, 300]);
    expect(small.html).toContain('width="100%" height="300"');
    const nonsense = oembedResponse(story, {
      pageUrl: PAGE,
      widget: "timeline",
      maxwidth: Number.NaN,
      maxheight: -5,
    });
    expect([nonsense.width, nonsense.height]).toEqual([640, 576]);
  });

  it("escapes every text from the story", () => {
    const story = hostileStory();
    const { html } = oembedResponse(story, { pageUrl: PAGE, widget: "timeline" });
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;");
    const page = widgetPageHtml(story, {
      widget: "timeline",
      storyFile: "spacex.json",
      bundleUrl: "https://cdn.example/backstory/",
      oembedUrl: "https://news.example/stories/spacex.timeline.oembed.json",
    });
    expect(page).not.toContain("<img");
    expect(page).not.toContain("<script>alert");
  });
});

describe("widget page", () => {
  const page = widgetPageHtml(fixtureStory() as Story, {
    widget: "quiz",
    storyFile: "spacex.json",
    bundleUrl: "https://cdn.example/backstory/",
    oembedUrl: "https://news.example/stories/spacex.quiz.oembed.json",
  });

  it("has the discovery link, the bundle, and the widget with its fallback inside", () => {
    expect(page).toContain(
      '<link rel="alternate" type="application/json+oembed" href="https://news.example/stories/spacex.quiz.oembed.json"',
    );
    expect(page).toContain(
      '<script type="module" src="https://cdn.example/backstory/backstory.js">',
    );
    expect(page).toContain('<script type="module" src="https://cdn.example/backstory/embed.js">');
    expect(page).toContain(
      `<backstory-quiz src="spacex.json">\n${fallbackHtml(fixtureStory() as Story, "quiz")}\n</backstory-quiz>`,
    );
  });

  it("allows scripts from its own origin and the bundle's only, and no inline ones", () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1];
    expect(csp).toContain("script-src &#39;self&#39; https://cdn.example;");
    expect(page).not.toMatch(/<script(?![^>]*\ssrc=)/);
  });
});

describe("fallback file", () => {
  it("holds each widget's fallback exactly as the fallback command makes it", () => {
    const story = fixtureStory() as Story;
    const file = fallbackFile(story);
    expect(file.widgets.timeline?.html).toBe(fallbackHtml(story, "timeline"));
    expect(file.widgets.quiz?.html).toBe(fallbackHtml(story, "quiz"));
    expect(file.widgets.quiz?.title).toBe("Fixture quiz");
    // No title of its own: the word the fallback's heading uses.
    expect(file.widgets.timeline?.title).toBe("Timeline");
  });

  it("has no quiz for a story without one", () => {
    const story = realisticStory();
    expect(story.quiz).toBeUndefined();
    expect(Object.keys(fallbackFile(story).widgets)).toEqual(["timeline"]);
  });
});

describe("backstory build, for CMS hosts", () => {
  const dir = mkdtempSync(join(tmpdir(), "backstory-oembed-"));

  it("writes the fallback file beside the story, the same as backstory fallback prints", () => {
    const out = join(dir, "plain/spacex.json");
    expect(backstory("build", STORY, "--article", ARTICLE, "--out", out).status).toBe(0);
    const file = JSON.parse(readFileSync(join(dir, "plain/spacex.fallback.json"), "utf8"));
    const printed = backstory("fallback", out, "--widget", "quiz").stdout;
    expect(`${file.widgets.quiz.html}\n`).toBe(printed);
    expect(existsSync(join(dir, "plain/spacex.quiz.html"))).toBe(false);
  });

  it("with --public-url, writes each widget's page and oEmbed JSON, and names the pages", () => {
    const out = join(dir, "public/spacex.json");
    const result = backstory(
      "build",
      STORY,
      "--article",
      ARTICLE,
      "--out",
      out,
      "--public-url",
      "https://news.example/stories/spacex.json",
    );
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain(
      "https://news.example/stories/spacex.timeline.html https://news.example/stories/spacex.quiz.html",
    );
    const oembed = JSON.parse(readFileSync(join(dir, "public/spacex.quiz.oembed.json"), "utf8"));
    expect(oembed.html).toContain('src="https://news.example/stories/spacex.quiz.html"');
    const page = readFileSync(join(dir, "public/spacex.timeline.html"), "utf8");
    expect(page).toContain('href="https://news.example/stories/spacex.timeline.oembed.json"');
    // The bundle's default place is dist/'s layout: cdn/ beside stories/.
    expect(page).toContain('src="https://news.example/cdn/backstory.js"');
    expect(page).toContain('<backstory-timeline src="spacex.json">');
  });

  it("refuses a public address that is not a full http(s) one, saying what to give", () => {
    const result = backstory(
      "build",
      STORY,
      "--article",
      ARTICLE,
      "--out",
      join(dir, "bad/spacex.json"),
      "--public-url",
      "stories/spacex.json",
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      '--public-url must be a full http(s) address such as https://news.example/stories/musk-spacex.json, not "stories/spacex.json".',
    );
    expect(
      backstory(
        "build",
        STORY,
        "--article",
        ARTICLE,
        "--out",
        join(dir, "b.json"),
        "--bundle-url",
        "https://cdn.example/",
      ).stderr,
    ).toContain("--bundle-url needs --public-url.");
  });
});

describe("backstory serve --oembed", () => {
  const root = mkdtempSync(join(tmpdir(), "backstory-serve-"));
  let base = "";
  let close: () => Promise<void> = async () => {};

  beforeAll(async () => {
    const out = join(root, "stories/spacex.json");
    expect(backstory("build", STORY, "--article", ARTICLE, "--out", out).status).toBe(0);
    mkdirSync(join(root, "cdn"));
    writeFileSync(join(root, "cdn/embed.html"), "<!doctype html><title>Backstory</title>");
    const server = createBackstoryServer({ root, oembed: true });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const address = server.address() as AddressInfo;
    base = `http://127.0.0.1:${address.port}`;
    close = () => new Promise((done) => server.close(() => done()));
  }, 60_000);
  afterAll(() => close());

  const oembed = (url: string, extra = "") =>
    fetch(`${base}/oembed?url=${encodeURIComponent(url)}&format=json${extra}`);

  it("answers for a widget page beside its story, within maxwidth", async () => {
    const page = `${base}/stories/spacex.quiz.html`;
    const response = await oembed(page, "&maxwidth=500");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = await response.json();
    expect(body).toMatchObject({ type: "rich", version: "1.0", width: 500, height: 608 });
    expect(body.html).toContain(`src="${page}"`);
  });

  it("answers for the embed page, and puts the discovery link in it", async () => {
    const page = `${base}/cdn/embed.html?story=${encodeURIComponent("/stories/spacex.json")}&widget=timeline`;
    expect((await (await oembed(page)).json()).height).toBe(576);
    const html = await (await fetch(page)).text();
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)">/.exec(
      html,
    );
    expect(link?.[1]?.replaceAll("&amp;", "&")).toBe(
      `${base}/oembed?url=${encodeURIComponent(page)}&format=json`,
    );
  });

  it("says what is wrong with a request it cannot answer", async () => {
    const xml = await fetch(
      `${base}/oembed?url=${encodeURIComponent(`${base}/stories/spacex.quiz.html`)}&format=xml`,
    );
    expect(xml.status).toBe(501);
    expect(await xml.text()).toContain('only json is answered here, not "xml"');
    const other = await oembed("https://elsewhere.example/stories/spacex.quiz.html");
    expect(other.status).toBe(404);
    expect(await other.text()).toContain("elsewhere.example is not this server");
    const missing = await oembed(`${base}/stories/nothing.quiz.html`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("cannot read the story file (no such file)");
    expect((await fetch(`${base}/oembed?format=json`)).status).toBe(400);
  });

  it("serves the files with Access-Control-Allow-Origin, and nothing outside the folder", async () => {
    const story = await fetch(`${base}/stories/spacex.json`);
    expect(story.headers.get("access-control-allow-origin")).toBe("*");
    expect((await story.json()).id).toBeDefined();
    expect((await fetch(`${base}/stories/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
  });

  it("refuses a port that is not one, as a usage error", () => {
    const result = backstory("serve", root, "--port", "http");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--port must be a number from 0 to 65535, not "http".');
  });
});
