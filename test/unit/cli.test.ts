import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backstory } from "./cli-process.js";

const STORY = "data/musk-spacex/story.json";
const ARTICLE = "data/musk-spacex/article.txt";
const dir = mkdtempSync(join(tmpdir(), "backstory-cli-"));

describe("backstory", () => {
  it("prints help for the command and each subcommand", () => {
    const main = backstory("--help");
    expect(main.status).toBe(0);
    expect(main.stdout).toContain("Usage: backstory COMMAND");
    for (const command of ["check", "build"]) {
      const help = backstory(command, "--help");
      expect(help.status).toBe(0);
      expect(help.stdout).toContain(`Usage: backstory ${command} STORY`);
    }
  });

  it("exits 2 with a usage line for an unknown command, option or missing argument", () => {
    expect(backstory().status).toBe(2);
    const unknown = backstory("publish");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('"publish" is not a backstory command.');
    expect(backstory("check", STORY, "--bogus").status).toBe(2);
    const missing = backstory("build", STORY, "--article", ARTICLE);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("--out is required.");
  });

  it("reports a missing file in one line, without a stack trace", () => {
    const result = backstory("check", "nowhere/story.json");
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("nowhere/story.json: cannot read the story file (no such file).\n");
  });

  it("checks the article's story and its citations", () => {
    const result = backstory("check", STORY, "--article", ARTICLE);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/valid\. \d+ events, \d+ questions; every citation found/);
  });

  it("builds the story with each citation's paragraph", () => {
    const out = join(dir, "built.json");
    const result = backstory("build", STORY, "--article", ARTICLE, "--out", out);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const built = JSON.parse(readFileSync(out, "utf8"));
    const source = JSON.parse(readFileSync(STORY, "utf8"));
    expect(built.timeline.events).toHaveLength(source.timeline.events.length);
    for (const event of built.timeline.events) {
      expect(event.citation.paragraph).toBeGreaterThanOrEqual(1);
      expect(event.citation.paragraph).toBeLessThanOrEqual(20);
    }
    const rally = built.timeline.events.find((e: any) => e.date === "2024-10-27");
    // The rally is only in the photo caption, paragraph 2.
    expect(rally?.citation.paragraph).toBe(2);
  });

  it("fails the build on a quote with one word changed, naming the quote, its place and the nearest passage", () => {
    const story = JSON.parse(readFileSync(STORY, "utf8"));
    const quote: string = story.quiz.questions[0].citation.quote;
    const words = quote.split(" ");
    const index = words.findIndex((word) => /^[a-z]{4,}$/.test(word));
    words[index] = "zzzz";
    const tampered = words.join(" ");
    story.quiz.questions[0].citation.quote = tampered;
    const file = join(dir, "tampered.json");
    writeFileSync(file, JSON.stringify(story, null, 2));
    const result = backstory("build", file, "--article", ARTICLE, "--out", join(dir, "x.json"));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `quiz.questions[0].citation.quote: this quote is not in the article word for word: ${JSON.stringify(tampered)}.`,
    );
    expect(result.stderr).toMatch(/^.*tampered\.json:\d+:\d+: quiz\.questions\[0\]/m);
    expect(result.stderr).toContain("The nearest passage is in paragraph");
    expect(result.stderr).toContain("1 citation is not in data/musk-spacex/article.txt.");
  });

  it("reports a wrong type, an impossible date and a duplicate id, each with line and column", () => {
    const file = join(dir, "three-errors.json");
    writeFileSync(
      file,
      `{
  "version": 1,
  "id": "three",
  "article": { "headline": "H", "source": "S", "language": "en" },
  "timeline": {
    "events": [
      { "id": "a", "date": "2024-13", "title": "A", "summary": "S", "citation": { "quote": "q" } },
      { "id": "a", "date": "2024", "title": 7, "summary": "S", "citation": { "quote": "q" } }
    ]
  }
}
`,
    );
    const result = backstory("check", file);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toEqual([
      `${file}:7:20: timeline.events[0].date: "2024-13" is not a date. Use YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2024-02"; "199X" for a decade; add "~" for approximate, "?" for uncertain; "start/end" for a span.`,
      `${file}:8:36: timeline.events[1].title: must be text in quotes, but is the number 7.`,
      `${file}:8:9: timeline.events[1].id: "a" is already the id of timeline.events[0]. Every id must be unique.`,
      `3 errors in ${file}.`,
    ]);
  });

  it("runs the editorial checks too: an ordering question out of date order fails", () => {
    const story = JSON.parse(readFileSync(STORY, "utf8"));
    const order = story.quiz.questions.find((q: any) => q.type === "order");
    order.events.reverse();
    const file = join(dir, "out-of-order.json");
    writeFileSync(file, JSON.stringify(story, null, 2));
    const result = backstory("check", file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /events\[1\]: ".+" \(.+\) is listed after ".+" \(.+\), but happened before it\./,
    );
  });

  it("points at broken JSON by line and column", () => {
    const file = join(dir, "broken.json");
    writeFileSync(file, '{\n  "version": 1,\n  "id": "x"\n  "article": {}\n}\n');
    const result = backstory("check", file);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `${file}:4:3: the JSON is broken here: a comma is missing between two items.\n1 error in ${file}.\n`,
    );
  });
});

describe("backstory check, with mistakes in one section only", () => {
  it("reports every mistake of the quiz and of the timeline, though each element shows the other", () => {
    const story = JSON.parse(readFileSync(STORY, "utf8"));
    story.quiz.questions[0].answer = "no-such-choice";
    story.timeline.events[1].date = "someday";
    const file = join(dir, "two-sections.json");
    writeFileSync(file, JSON.stringify(story, null, 2));
    const result = backstory("check", file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("quiz.questions[0].answer:");
    expect(result.stderr).toContain("timeline.events[1].date:");
  });
});
