import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ancientStory } from "../fixtures/stories.js";
import { backstory } from "./cli-process.js";

const dir = mkdtempSync(join(tmpdir(), "backstory-messages-"));
const STORY = "data/musk-spacex/story.json";

let count = 0;
function file(text: string): string {
  const path = join(dir, `story-${++count}.json`);
  writeFileSync(path, text);
  return path;
}

describe("backstory check: broken JSON, with its likely cause", () => {
  it.each([
    [
      "a straight quote inside a text",
      '{\n  "version": 1,\n  "id": "He said "no" to it"\n}\n',
      '3:19: the JSON is broken here: a straight " inside a text ends it early: write \\" for it, or use typographic quotes “ ” inside the text.',
    ],
    [
      "typographic quotes around a field name",
      "{\n  “version”: 1\n}\n",
      '2:3: the JSON is broken here: a field name is in typographic quotes “ ”: JSON needs straight double quotes around it, as in "title".',
    ],
    [
      "typographic quotes around a text",
      '{\n  "id": “x”\n}\n',
      '2:9: the JSON is broken here: a text is in typographic quotes “ ”: JSON needs straight double quotes around it, as in "A text"; typographic quotes belong inside the text.',
    ],
  ])("names %s, once, and counts the errors", (_name, text, message) => {
    const path = file(text);
    const result = backstory("check", path);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${path}:${message}\n1 error in ${path}.\n`);
  });

  it("reports each missing comma on its own line, then how many", () => {
    const path = file('{\n  "a": 1\n  "b": 2,\n  "c": 3\n  "d": 4\n}\n');
    const result = backstory("check", path);
    expect(result.stderr.trim().split("\n")).toEqual([
      `${path}:3:3: the JSON is broken here: a comma is missing between two items.`,
      `${path}:5:3: the JSON is broken here: a comma is missing between two items.`,
      `2 errors in ${path}.`,
    ]);
  });
});

describe("backstory: a misspelt option or command", () => {
  it("proposes the option it was most likely meant to be", () => {
    const result = backstory("check", STORY, "--artcle", "article.txt");
    expect(result.status).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe(
      'backstory check: --artcle is not an option of "backstory check". Did you mean --article?',
    );
    expect(backstory("embed", STORY, "--widgit", "quiz").stderr).toContain(
      "Did you mean --widget?",
    );
  });

  it("lists the options when none is close, and never shows the parser's own text", () => {
    const result = backstory("check", STORY, "--zzzzzzzz");
    expect(result.stderr.split("\n")[0]).toBe(
      'backstory check: --zzzzzzzz is not an option of "backstory check". Its options are --article, --strict.',
    );
    expect(result.stderr).not.toMatch(/positional|Unknown option/);
    expect(backstory("check", STORY, "--article").stderr.split("\n")[0]).toBe(
      "backstory check: --article needs a value.",
    );
  });

  it("proposes the command", () => {
    const result = backstory("chek", STORY);
    expect(result.status).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe(
      'backstory: "chek" is not a backstory command. Did you mean check?',
    );
  });
});

describe("backstory check: an id that is nearly right", () => {
  it("proposes the nearest id first, not the first three", () => {
    const story = ancientStory();
    story.quiz = {
      title: "Quiz",
      questions: [
        {
          id: "q",
          type: "true-false",
          prompt: "True?",
          answer: true,
          explanation: "Yes.",
          citation: { quote: "x" },
          eventId: "aurelien",
        },
      ],
      results: [{ id: "all", min: 0, max: 1, title: "T", text: "T" }],
    };
    const path = file(JSON.stringify(story, null, 2));
    const result = backstory("check", path);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'quiz.questions[0].eventId: no timeline event has the id "aurelien". Use an id from timeline.events such as "aurelian",',
    );
  });
});
