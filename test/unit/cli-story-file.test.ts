import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backstory } from "./cli-process.js";

const STORY = "data/musk-spacex/story.json";
const storyText = readFileSync(STORY, "utf8");
const dir = mkdtempSync(join(tmpdir(), "backstory-story-file-"));

/** Writes `content` to a file of its own and returns the path. */
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("backstory check reads the file's bytes", () => {
  it("accepts a valid story saved with a UTF-8 byte-order mark", () => {
    const path = file("bom.json", `\uFEFF${storyText}`);
    expect(readFileSync(path).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const result = backstory("check", path);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/valid\. 13 events/);
  });

  it("reports bytes that are not UTF-8 with their line, column and byte, instead of reading them as �", () => {
    // "Café" saved as Windows-1252: é is the single byte 0xE9.
    const text = storyText.replace('"Musk', '"Caf\u00e9 Musk');
    const at = Buffer.from(text.slice(0, text.indexOf("Caf\u00e9") + 3)).length;
    const bytes = Buffer.from(text);
    const latin1 = Buffer.concat([
      bytes.subarray(0, at),
      Buffer.from([0xe9]),
      bytes.subarray(at + 2),
    ]);
    const path = file("latin1.json", latin1);
    const lines = text.slice(0, text.indexOf("Caf\u00e9")).split("\n");
    const where = `${lines.length}:${(lines.at(-1) ?? "").length + 4}`;
    const result = backstory("check", path);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `${path}:${where}: the story file is not UTF-8 text here (byte 0xE9, at byte ${(at + 1).toLocaleString("en-US")} of the file). It was probably saved in another encoding, such as Windows-1252: save it as UTF-8 (in most editors: Save As, then Encoding: UTF-8) and try again.\n`,
    );
  });

  it("names a file saved as UTF-16", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(storyText, "utf16le")]);
    const result = backstory("check", file("utf16.json", utf16));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("the story file is saved as UTF-16 text. Save it as UTF-8");
  });

  it("checks the article's bytes the same way", () => {
    const article = file(
      "article-cp1252.txt",
      Buffer.from([0x4d, 0x75, 0x73, 0x6b, 0x0a, 0x93, 0x0a]),
    );
    const result = backstory("check", STORY, "--article", article);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `^${article.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:2:1: the article is not UTF-8 text here \\(byte 0x93`,
      ),
    );
  });
});

describe("backstory check reads the JSON", () => {
  it.each([
    ["an empty file", ""],
    ["a file of blank lines", "\n  \n\t\n"],
    ["a file with only a byte-order mark", "\uFEFF"],
  ])("says %s is empty", (_name, content) => {
    const path = file("empty.json", content);
    const result = backstory("check", path);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `${path}: the file is empty. A story file is one JSON object, { … }: start from data/musk-spacex/story.json or the README's "The story file".\n`,
    );
  });

  it("says nesting 100,000 levels deep is nested too deeply, at line:col, without crashing", () => {
    const path = file("deep.json", `{"timeline":\n${"[".repeat(100_000)}${"]".repeat(100_000)}}`);
    const result = backstory("check", path);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `${path}:2:64: the JSON is nested too deeply here, more than 64 levels of { } and [ ] (a story needs 6). Look for brackets opened by mistake.\n`,
    );
  });

  it("does not count brackets inside text towards the nesting", () => {
    const story = JSON.parse(storyText);
    story.timeline.events[0].summary = `${"[{".repeat(100)} are brackets`;
    const result = backstory("check", file("brackets-in-text.json", JSON.stringify(story)));
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("reports a field given twice in one object with both lines, instead of keeping the second", () => {
    const text = storyText.replace(
      /("id": "[^"]+",\n)(\s+)"date"/,
      '$1$2"title": "An older title",\n$2"date"',
    );
    const path = file("duplicate.json", text);
    const lines = text.split("\n");
    const first = lines.findIndex((line) => line.includes('"An older title"')) + 1;
    const second = lines.findIndex((line, index) => index >= first && line.includes('"title"')) + 1;
    const result = backstory("check", path);
    expect(result.status).toBe(1);
    expect(result.stderr.split("\n")).toEqual([
      expect.stringMatching(
        new RegExp(
          `:${second}:\\d+: timeline\\.events\\[0\\]\\.title: the field "title" is given twice in the same object \\(first at line ${first}, column \\d+\\)\\. Only the second would count: keep one of them\\.$`,
        ),
      ),
      `1 error in ${path}.`,
      "",
    ]);
  });

  it("allows the same field name in different objects", () => {
    const result = backstory("check", STORY);
    expect(result.status).toBe(0);
  });

  it("answers a 50 MB file with 100,000 errors with the first 100 and a count", () => {
    const story = JSON.parse(storyText);
    delete story.quiz;
    const summary = `A long summary. ${"x".repeat(360)}`;
    story.timeline.events = Array.from({ length: 100_000 }, (_, index) => ({
      id: `event-${index}`,
      date: "2024-13",
      title: `Event ${index}`,
      summary,
      citation: { quote: "Musk said on Monday that the company would" },
    }));
    const path = file("huge.json", JSON.stringify(story, null, 2));
    const size = readFileSync(path).length;
    expect(size).toBeGreaterThan(50 * 1000 * 1000);
    const started = performance.now();
    const result = backstory("check", path);
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `backstory check, ${(size / 1e6).toFixed(1)} MB, 100,000 errors: ${seconds.toFixed(1)} s`,
    );
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(102);
    expect(lines[0]).toMatch(/:\d+:\d+: timeline\.events\[0\]\.date: "2024-13" is not a date\./);
    expect(lines[99]).toMatch(/timeline\.events\[99\]\.date: "2024-13" is not a date\./);
    expect(lines[100]).toBe(
      "… and 99,900 more, not listed. Fix the ones above and run the check again to see the rest.",
    );
    expect(lines[101]).toBe(`100,000 errors in ${path}.`);
  }, 120_000);
});

describe("backstory check quotes values from the file", () => {
  it("cuts a 10 MB value to a readable length", () => {
    const story = JSON.parse(storyText);
    story.timeline.events[0].id = "X".repeat(10 * 1024 * 1024);
    const result = backstory("check", file("huge-id.json", JSON.stringify(story)));
    expect(result.status).toBe(1);
    expect(result.stderr.length).toBeLessThan(2000);
    expect(result.stderr).toContain(
      `timeline.events[0].id: "${"X".repeat(100)}…" is not a valid id.`,
    );
  });

  it("writes text-direction and invisible characters as escapes, so the message reads as the file is written", () => {
    const story = JSON.parse(storyText);
    story.timeline.events[0].date = "2024\u202E31-21\u200B";
    const result = backstory("check", file("bidi.json", JSON.stringify(story)));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'timeline.events[0].date: "2024\\u202e31-21\\u200b" is not a date.',
    );
    expect(result.stderr).not.toMatch(/[\u202E\u200B]/);
  });
});

describe("backstory build --out", () => {
  const build = (out: string) =>
    backstory("build", STORY, "--article", "data/musk-spacex/article.txt", "--out", out);

  it("fails at once, with a message, where the system allows no new folder (under /proc)", () => {
    const started = performance.now();
    const result = build("/proc/backstory-test/stories/built.json");
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "/proc/backstory-test/stories/built.json: cannot write the built story: cannot create the folder /proc/backstory-test (the system does not allow a new folder there). Choose an --out in a folder you can write to, such as dist/stories/.\n",
    );
  });

  it("names a file that stands where a folder should be", () => {
    const result = build("package.json/built.json");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `(${join(process.cwd(), "package.json")} is a file, not a folder).`,
    );
  });

  it("creates the folders that are missing", () => {
    const out = join(dir, "new", "folders", "built.json");
    const result = build(out);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).id).toBe(JSON.parse(storyText).id);
  });
});

describe("backstory check --article with a large article", () => {
  it("finds every citation in an 8 MB article, each paragraph normalized once", () => {
    const article = readFileSync("data/musk-spacex/article.txt", "utf8");
    // 8 MB of other paragraphs, each with a typographic apostrophe, then the article itself.
    const filler = Array.from(
      { length: 95_000 },
      (_, index) =>
        `Paragraph ${index}: the company’s officials said the network and the launches went on.`,
    );
    const path = file("large-article.txt", `${filler.join("\n")}\n${article}`);
    const size = readFileSync(path).length;
    expect(size).toBeGreaterThan(8 * 1000 * 1000);
    const started = performance.now();
    const result = backstory("check", STORY, "--article", path);
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `backstory check --article, ${(size / 1e6).toFixed(1)} MB article: ${seconds.toFixed(1)} s`,
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("every citation found in the article");
  }, 120_000);
});
