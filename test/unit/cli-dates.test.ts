import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Story } from "../../src/data/story-format.js";
import { ANCIENT_ARTICLE, ancientStory } from "../fixtures/stories.js";
import { backstory } from "./cli-process.js";

const dir = mkdtempSync(join(tmpdir(), "backstory-dates-"));
const ARTICLE = join(dir, "article.txt");

let count = 0;
/** Writes a story file (as an editor would, two-space indented) and returns its path. */
function storyFile(story: Story | string): string {
  const path = join(dir, `story-${++count}.json`);
  writeFileSync(path, typeof story === "string" ? story : `${JSON.stringify(story, null, 2)}\n`);
  return path;
}

function offByOne(): Story {
  const story = ancientStory();
  (story.timeline.events[1] as { date: string }).date = "-0283";
  return story;
}

beforeAll(() => {
  writeFileSync(ARTICLE, `${ANCIENT_ARTICLE}\n`);
}, 60_000);

describe("backstory check and build: dates against their citations", () => {
  it("passes a story whose dates agree with their quotes, without a warning", () => {
    const result = backstory("check", storyFile(ancientStory()), "--article", ARTICLE, "--strict");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("warns about a year BCE one off, with its place, both years and the date to write", () => {
    const path = storyFile(offByOne());
    const result = backstory("check", path, "--article", ARTICLE);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("valid, with 1 warning.");
    const [line, summary] = result.stderr.trim().split("\n");
    expect(line).toMatch(
      new RegExp(
        `^${path}:\\d+:\\d+: warning: timeline\\.events\\[1\\]\\.date: is "-0283", which readers see as 284 BCE, but the event's citation says "283 BCE"\\. If the event happened in 283 BCE, write "-0282"`,
      ),
    );
    expect(summary).toBe(`1 warning in ${path}; run with --strict to treat them as errors.`);
  });

  it("fails with --strict, and build writes nothing", () => {
    const path = storyFile(offByOne());
    const check = backstory("check", path, "--strict");
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('timeline.events[1].date: is "-0283"');
    expect(check.stderr.trim().split("\n").at(-1)).toBe(`1 error in ${path} (--strict).`);
    const out = join(dir, "built.json");
    const build = backstory("build", path, "--article", ARTICLE, "--out", out, "--strict");
    expect(build.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(backstory("build", path, "--article", ARTICLE, "--out", out).status).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it("warns when the article writes BC and the timeline would show BCE", () => {
    const article = join(dir, "article-bc.txt");
    writeFileSync(article, ANCIENT_ARTICLE.replace(/BCE/g, "BC"));
    const story = ancientStory();
    for (const event of story.timeline.events) {
      event.citation.quote = event.citation.quote.replace(/BCE/g, "BC");
    }
    const result = backstory("check", storyFile(story), "--article", article);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(
      'warning: timeline.eraStyle: the article writes years as "BC", but the timeline shows "BCE". Add "eraStyle": "bc" to "timeline"',
    );
    story.timeline.eraStyle = "bc";
    expect(backstory("check", storyFile(story), "--article", article).stderr).toBe("");
  });
});

describe("backstory check: dates the format does not read", () => {
  it.each([
    ["240 BC", 'Write "-0239" for 240 BCE: story-file years count 1 BCE as 0000'],
    ["about 240 BCE", 'Write "-0239~" for about 240 BCE'],
    ["272", 'Pad the year to four digits: "0272".'],
    ["16 October 2002", 'Write "2002-10-16"'],
  ])("proposes the exact story-file date for %j", (date, advice) => {
    const story = ancientStory();
    (story.timeline.events[2] as { date: string }).date = date;
    const path = storyFile(story);
    const result = backstory("check", path);
    expect(result.status).toBe(1);
    const [line, summary] = result.stderr.trim().split("\n");
    expect(line).toMatch(new RegExp(`^${path}:\\d+:\\d+: timeline\\.events\\[2\\]\\.date: `));
    expect(line).toContain(`${JSON.stringify(date)} is not a date. ${advice}`);
    expect(summary).toBe(`1 error in ${path}.`);
  });
});
