/**
 * `backstory embed` and `backstory fallback`, run as a real process from the compiled command line.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Window } from "happy-dom";
import { beforeAll, describe, expect, it } from "vitest";
import { backstory as run } from "./cli-process.js";

const HOSTILE = "</script><img src=x onerror=alert(1)>";
const STORY = "data/musk-spacex/story.json";
const story = JSON.parse(readFileSync(STORY, "utf8"));

/** The snippet as a document fragment: inert, so its preload link fetches nothing. */
function parse(html: string): DocumentFragment {
  const template = new Window().document.createElement("template");
  template.innerHTML = html;
  return template.content as unknown as DocumentFragment;
}

let hostileStoryPath = "";

beforeAll(() => {
  try {
    execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { stdio: "pipe" });
  } catch {
    // Errors in files other helpers are still writing; tsc emits the command line anyway.
  }
  if (!existsSync("dist/cli/commands/embed.js")) throw new Error("the CLI did not compile");
  const folder = mkdtempSync(join(tmpdir(), "backstory-embed-"));
  hostileStoryPath = join(folder, "story.json");
  const hostile = structuredClone(story);
  hostile.timeline.title = HOSTILE;
  hostile.timeline.events[0].title = HOSTILE;
  hostile.quiz.questions[0].prompt = HOSTILE;
  writeFileSync(hostileStoryPath, JSON.stringify(hostile));
}, 120_000);

describe("backstory embed", () => {
  it("prints the script tag and both elements with the fallback inside", () => {
    const { status, stdout } = run("embed", STORY, "--src", "/stories/musk-spacex.json");
    expect(status).toBe(0);
    const document = parse(stdout);
    const scripts = document.querySelectorAll("script");
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.getAttribute("type")).toBe("module");
    expect(scripts[0]?.getAttribute("src")).toBe("/cdn/backstory.js");
    const timeline = document.querySelector("backstory-timeline");
    const quiz = document.querySelector("backstory-quiz");
    expect(timeline?.getAttribute("src")).toBe("/stories/musk-spacex.json");
    expect(quiz?.getAttribute("src")).toBe("/stories/musk-spacex.json");
    expect(timeline?.querySelectorAll(".backstory-fallback > ol > li")).toHaveLength(
      story.timeline.events.length,
    );
    expect(quiz?.querySelectorAll(".backstory-fallback > ol > li")).toHaveLength(
      story.quiz.questions.length,
    );
  });

  it("preloads the story file once, beside the script, for both widgets", () => {
    const fragment = parse(run("embed", STORY, "--src", "s.json").stdout);
    const preloads = [...fragment.querySelectorAll('link[rel="preload"]')];
    expect(preloads.map((link) => [link.getAttribute("href"), link.getAttribute("as")])).toEqual([
      ["s.json", "fetch"],
    ]);
    expect(preloads[0]?.hasAttribute("crossorigin")).toBe(true);
    const inline = parse(run("embed", STORY, "--src", "s.json", "--inline").stdout);
    expect(inline.querySelector('link[rel="preload"]')).toBeNull();
  });

  it("reserves the same height for the element and for its fallback", () => {
    const { stdout } = run("embed", STORY, "--src", "s.json", "--widget", "timeline");
    const document = parse(stdout);
    const timeline = document.querySelector("backstory-timeline");
    // The timeline needs more height on narrow screens, where it becomes a vertical list.
    const reserved = "clamp(67rem, calc(94rem - (100vw - 320px) * 1.23), 94rem)";
    expect(timeline?.getAttribute("style")).toBe(`display:flow-root;min-height:${reserved}`);
    expect(timeline?.querySelector(".backstory-fallback")?.getAttribute("style")).toBe(
      // It scrolls inside the reserved height, its last lines fading to say that it continues.
      `max-height:${reserved};overflow:auto;box-sizing:border-box;padding-block-end:3rem;mask-image:linear-gradient(#000 calc(100% - 4rem), #0003);outline-offset:-3px`,
    );
    expect(document.querySelector("backstory-quiz")).toBeNull();
    const custom = parse(
      run("embed", STORY, "--src", "s.json", "--widget", "quiz", "--height", "600px").stdout,
    );
    expect(custom.querySelector("backstory-quiz")?.getAttribute("style")).toBe(
      "display:flow-root;min-height:600px",
    );
  });

  it("has no inline style with --csp, and prints the rules for the site's stylesheet", () => {
    const { status, stdout } = run(
      "embed",
      STORY,
      "--src",
      "s.json",
      "--csp",
      "--script",
      "https://cdn.example/backstory.js",
    );
    expect(status).toBe(0);
    const document = parse(stdout);
    expect(document.querySelectorAll("[style]")).toHaveLength(0);
    expect(document.querySelectorAll("style")).toHaveLength(0);
    expect(document.querySelector("script")?.getAttribute("src")).toBe(
      "https://cdn.example/backstory.js",
    );
    expect(stdout).toContain("backstory-timeline:not(:defined) > .backstory-fallback");
  });

  it("escapes story text that looks like HTML, in the fallback and in inline data", () => {
    const { status, stdout } = run("embed", hostileStoryPath, "--inline");
    expect(status).toBe(0);
    const document = parse(stdout);
    expect(document.querySelector("img")).toBeNull();
    const timeline = document.querySelector("backstory-timeline");
    expect(timeline?.hasAttribute("src")).toBe(false);
    expect(timeline?.querySelector("h2")?.textContent).toBe(HOSTILE);
    expect(timeline?.querySelector(".backstory-fallback")?.getAttribute("aria-label")).toBe(
      HOSTILE,
    );
    const data = timeline?.querySelector(':scope > script[type="application/json"]');
    const inline = JSON.parse(data?.textContent ?? "null");
    expect(inline.timeline.title).toBe(HOSTILE);
    expect(inline.quiz.questions[0].prompt).toBe(HOSTILE);
    expect(document.querySelector("backstory-quiz li p")?.textContent).toBe(HOSTILE);
  });

  it("prints one iframe per widget with --iframe", () => {
    const { status, stdout } = run(
      "embed",
      STORY,
      "--src",
      "https://news.example/stories/a b.json",
      "--iframe",
      "https://cdn.example/embed.html",
    );
    expect(status).toBe(0);
    const frames = [...parse(stdout).querySelectorAll("iframe")];
    expect(
      frames.map((frame) => new URL(frame.getAttribute("src") ?? "").searchParams.get("widget")),
    ).toEqual(["timeline", "quiz"]);
    const url = new URL(frames[0]?.getAttribute("src") ?? "");
    expect(url.origin + url.pathname).toBe("https://cdn.example/embed.html");
    expect(url.searchParams.get("story")).toBe("https://news.example/stories/a b.json");
    expect(frames[0]?.getAttribute("title")).toBe(story.timeline.title);
  });

  it("names the host article for links from inside the frame, with --article-url", () => {
    const article = "https://news.example/2024/musk-spacex";
    const { stdout } = run(
      "embed",
      STORY,
      "--src",
      "https://news.example/s.json",
      "--iframe",
      "/e.html",
      "--article-url",
      article,
    );
    const src = parse(stdout).querySelector("iframe")?.getAttribute("src") ?? "";
    expect(new URLSearchParams(src.split("?")[1]).get("article")).toBe(article);
    const wrong = run(
      "embed",
      STORY,
      "--src",
      "s.json",
      "--iframe",
      "/e.html",
      "--article-url",
      "javascript:alert(1)",
    );
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("--article-url must be a full http(s) address");
  });

  it.each([
    [["--widget", "timeline"], "--src is required"],
    [["--src", "s.json", "--widget", "map"], '--widget must be timeline, quiz or both, not "map"'],
    [["--src", "javascript:alert(1)"], "--src must be a relative or http(s) address"],
    [["--src", "s.json", "--script", "data:text/javascript,1"], "--script must be a relative"],
    [["--src", "s.json", "--height", "36rem;color:red"], "--height must be a CSS length"],
    [["--src", "s.json", "--inline"], "either --src or --inline"],
    [["--src", "s.json", "--colour", "red"], '--colour is not an option of "backstory embed".'],
  ])("rejects %j with a usage error", (args, message) => {
    const { status, stdout, stderr } = run("embed", STORY, ...args);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
    expect(stderr).toContain("Usage: backstory embed STORY --src URL");
  });

  it("reports an invalid story with exit status 1", () => {
    const { status, stderr } = run("embed", "package.json", "--src", "s.json");
    expect(status).toBe(1);
    expect(stderr).toMatch(/package\.json:\d+:\d+: /);
  });
});

describe("backstory fallback", () => {
  it("prints both fallbacks", () => {
    const { status, stdout } = run("fallback", STORY);
    expect(status).toBe(0);
    const document = parse(stdout);
    expect(document.querySelector("script")).toBeNull();
    expect(
      document.querySelectorAll('[data-backstory-fallback="timeline"] > ol > li'),
    ).toHaveLength(story.timeline.events.length);
    expect(document.querySelectorAll('[data-backstory-fallback="quiz"] details')).toHaveLength(
      story.quiz.questions.length,
    );
  });

  it("prints one widget at the heading level asked for", () => {
    const document = parse(
      run("fallback", STORY, "--widget", "quiz", "--heading-level", "3").stdout,
    );
    expect(document.querySelector('[data-backstory-fallback="timeline"]')).toBeNull();
    expect(document.querySelector("h3")?.textContent).toBe(story.quiz.title);
  });

  it("rejects a heading level out of range", () => {
    const { status, stderr } = run("fallback", STORY, "--heading-level", "7");
    expect(status).toBe(2);
    expect(stderr).toContain('--heading-level must be a number from 1 to 6, not "7"');
  });

  it("is listed in the command's help with embed", () => {
    const { status, stdout } = run("--help");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^ {2}embed +print the HTML snippet/m);
    expect(stdout).toMatch(/^ {2}fallback +print a story's no-JavaScript fallback/m);
  });
});
