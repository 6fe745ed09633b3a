/**
 * The command line's corpus: story files an editor might really produce, each with the exit
 * status and the first words of what `backstory` answers (after the file:line:column). Every
 * case runs the real command line as a process, as an editor would.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const STORY = "data/musk-spacex/story.json";
const ARTICLE = "data/musk-spacex/article.txt";
const storyText = readFileSync(STORY, "utf8");
const articleText = readFileSync(ARTICLE, "utf8");
const dir = mkdtempSync(join(tmpdir(), "backstory-corpus-"));
const run = promisify(execFile);

/** The article's story as JSON, after `change` (which gets a copy to edit). */
function edited(change: (story: any) => void): string {
  const story = JSON.parse(storyText);
  change(story);
  return JSON.stringify(story, null, 2);
}

const question = (story: any, id: string) => story.quiz.questions.find((q: any) => q.id === id);
const event = (story: any, id: string) => story.timeline.events.find((e: any) => e.id === id);

/** A file's content: text, bytes, or an edit of the article's story. */
type Content = string | Buffer | ((story: any) => void);

interface Case {
  /** What the story file has. */
  file: Content;
  /** Options after the file: "--article" and the like ({article} is the case's own article). */
  args?: string[];
  /** The article, when the case has its own. */
  article?: string | Buffer;
  command?: string;
  status: 0 | 1 | 2;
  /** The first words of the answer: stderr's first line, or stdout's when stderr is empty. */
  words: string;
}

const deep = (levels: number) => `{"timeline": ${"[".repeat(levels)}${"]".repeat(levels)}}`;
const withSoftHyphens = articleText.replace(/\b(\w{4})(\w{4,})\b/g, "$1\u00ad$2");

const CASES: Record<string, Case> = {
  // The file as bytes and JSON syntax.
  "the article's story": { file: storyText, status: 0, words: "valid. 13 events, 12 questions." },
  "the story with a byte-order mark": { file: `\uFEFF${storyText}`, status: 0, words: "valid." },
  "the story with \\r\\n line ends": {
    file: storyText.replace(/\n/g, "\r\n"),
    status: 0,
    words: "valid.",
  },
  "an empty file": { file: "", status: 1, words: "the file is empty." },
  "a file of blank lines": { file: "\n\n   \n", status: 1, words: "the file is empty." },
  "only a byte-order mark": { file: "\uFEFF", status: 1, words: "the file is empty." },
  null: {
    file: "null",
    status: 1,
    words: "(the whole file): must be an object in curly braces { }, but is null.",
  },
  "a list": {
    file: "[]",
    status: 1,
    words: "(the whole file): must be an object in curly braces { }, but is a list.",
  },
  "a number": {
    file: "42",
    status: 1,
    words: "(the whole file): must be an object in curly braces { }, but is the number 42.",
  },
  "a text": {
    file: '"story"',
    status: 1,
    words: '(the whole file): must be an object in curly braces { }, but is the text "story".',
  },
  "an empty object": { file: "{}", status: 1, words: "version: is missing. Add it as a number." },
  "half a story (cut off)": {
    file: storyText.slice(0, storyText.length / 2),
    status: 1,
    words: "the JSON is broken here:",
  },
  "a comma too many": {
    file: storyText.replace('"version": 1,', '"version": 1,,'),
    status: 1,
    words: "the JSON is broken here: a field name in double quotes was expected here",
  },
  "a missing comma": {
    file: storyText.replace('"version": 1,', '"version": 1'),
    status: 1,
    words: "the JSON is broken here: a comma is missing between two items.",
  },
  "a missing colon": {
    file: storyText.replace('"version": 1,', '"version" 1,'),
    status: 1,
    words: "the JSON is broken here: a colon is missing after a field name",
  },
  "a comment": {
    file: storyText.replace("{", "{\n  // draft\n"),
    status: 1,
    words: "the JSON is broken here: JSON does not allow comments.",
  },
  "single quotes": {
    file: storyText.replace('"version": 1', "'version': 1"),
    status: 1,
    words: "the JSON is broken here: this is not valid JSON (text must be in double quotes).",
  },
  "a text not closed": {
    file: '{\n  "version": 1,\n  "id": "musk\n}\n',
    status: 1,
    words: "the JSON is broken here: a text is not closed with a double quote.",
  },
  "text after the end": {
    file: `${storyText}\n{}`,
    status: 1,
    words: "the JSON is broken here: there is text after the end of the story.",
  },
  "a closing brace missing": {
    file: storyText.trimEnd().slice(0, -1),
    status: 1,
    words: "the JSON is broken here: a closing } is missing.",
  },
  "nesting 100,000 levels deep": {
    file: deep(100_000),
    status: 1,
    words: "the JSON is nested too deeply here, more than 64 levels of { } and [ ]",
  },
  "nesting 65 levels deep": {
    file: deep(64),
    status: 1,
    words: "the JSON is nested too deeply here",
  },
  "nesting 63 levels deep, in a field the format does not know": {
    file: deep(63),
    status: 1,
    words: "version: is missing.",
  },
  "brackets, quotes and backslashes inside text": {
    file: (s) => {
      s.timeline.events[0].summary = `A \\ backslash, a "quote" and ${"[{".repeat(80)} in the text.`;
    },
    status: 0,
    words: "valid.",
  },
  "Windows-1252 bytes": {
    file: Buffer.concat([
      Buffer.from(storyText.slice(0, 200)),
      Buffer.from([0x93]),
      Buffer.from(storyText.slice(200)),
    ]),
    status: 1,
    words: "the story file is not UTF-8 text here (byte 0x93",
  },
  "an overlong UTF-8 sequence": {
    file: Buffer.concat([
      Buffer.from(storyText.slice(0, 50)),
      Buffer.from([0xc0, 0xaf]),
      Buffer.from(storyText.slice(50)),
    ]),
    status: 1,
    words: "the story file is not UTF-8 text here (byte 0xC0",
  },
  "UTF-16 text": {
    file: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(storyText, "utf16le")]),
    status: 1,
    words: "the story file is saved as UTF-16 text.",
  },
  "a field given twice": {
    file: storyText.replace('"version": 1,', '"version": 1,\n  "version": 1,'),
    status: 1,
    words:
      'version: the field "version" is given twice in the same object (first at line 3, column 3).',
  },
  "a title given twice": {
    file: storyText.replace(/"title": "([^"]+)",/, '"title": "$1",\n      "title": "Another",'),
    status: 1,
    words: 'timeline.title: the field "title" is given twice in the same object',
  },

  // The story's top level and article.
  "format version 2": {
    file: (s) => {
      s.version = 2;
    },
    status: 1,
    words: "version: 2 is not a format version this build reads.",
  },
  'format version "1" in quotes': {
    file: (s) => {
      s.version = "1";
    },
    status: 1,
    words: 'version: "1" is not a format version this build reads.',
  },
  "no id": {
    file: (s) => {
      delete s.id;
    },
    status: 1,
    words: "id: is missing. Add it as text in quotes.",
  },
  "an id with spaces": {
    file: (s) => {
      s.id = "Musk SpaceX";
    },
    status: 1,
    words: 'id: "Musk SpaceX" is not a valid id.',
  },
  "a misspelt field": {
    file: (s) => {
      s.titel = "x";
    },
    status: 1,
    words: "titel: is not a field the format knows here.",
  },
  "no article": {
    file: (s) => {
      delete s.article;
    },
    status: 1,
    words: "article: is missing.",
  },
  "a language that is not a tag": {
    file: (s) => {
      s.article.language = "english!";
    },
    status: 1,
    words: 'article.language: "english!" is not a language tag.',
  },
  "an article address that is not http": {
    file: (s) => {
      s.article.url = "ftp://news.example/a";
    },
    status: 1,
    words: 'article.url: "ftp://news.example/a" is not a web address.',
  },
  "an empty headline": {
    file: (s) => {
      s.article.headline = "   ";
    },
    status: 1,
    words: "article.headline: is empty. Write the text or remove the field.",
  },
  "a headline of NUL characters": {
    file: (s) => {
      s.article.headline = "\u0000\u0000";
    },
    status: 1,
    words: "article.headline: is empty (it has only invisible characters).",
  },
  "a headline of zero-width spaces": {
    file: (s) => {
      s.article.headline = "\u200b\u200b\u200b";
    },
    status: 1,
    words: "article.headline: is empty (it has only invisible characters).",
  },
  "a 10 MB id": {
    file: (s) => {
      s.id = "X".repeat(10 * 1024 * 1024);
    },
    status: 1,
    words: `id: "${"X".repeat(100)}…" is not a valid id.`,
  },
  "an id with a right-to-left override": {
    file: (s) => {
      s.id = "story\u202eevil";
    },
    status: 1,
    words: 'id: "story\\u202eevil" is not a valid id.',
  },

  // Timeline events and eras.
  "no timeline": {
    file: (s) => {
      delete s.timeline;
    },
    status: 1,
    words: "timeline: is missing.",
  },
  "events that are not a list": {
    file: (s) => {
      s.timeline.events = {};
    },
    status: 1,
    words: "timeline.events: must be a list in square brackets [ ], but is an object.",
  },
  "no events": {
    file: (s) => {
      s.timeline.events = [];
      s.quiz.questions = s.quiz.questions.filter((q: any) => !q.eventId && q.type !== "order");
      s.quiz.results = [{ id: "all", min: 0, max: s.quiz.questions.length, title: "T", text: "T" }];
    },
    status: 0,
    words: "valid. 0 events",
  },
  "a thirteenth month": {
    file: (s) => {
      s.timeline.events[0].date = "2024-13";
    },
    status: 1,
    words: 'timeline.events[0].date: "2024-13" is not a date.',
  },
  "February 30": {
    file: (s) => {
      s.timeline.events[0].date = "2024-02-30";
    },
    status: 1,
    words: 'timeline.events[0].date: "2024-02-30" is not a date.',
  },
  "a date written out": {
    file: (s) => {
      s.timeline.events[0].date = "Oct. 27, 2024";
    },
    status: 1,
    words: 'timeline.events[0].date: "Oct. 27, 2024" is not a date.',
  },
  "a title that is a number": {
    file: (s) => {
      s.timeline.events[0].title = 7;
    },
    status: 1,
    words: "timeline.events[0].title: must be text in quotes, but is the number 7.",
  },
  "an event without a summary": {
    file: (s) => {
      delete s.timeline.events[1].summary;
    },
    status: 1,
    words: "timeline.events[1].summary: is missing.",
  },
  "two events with one id": {
    file: (s) => {
      s.timeline.events[1].id = s.timeline.events[0].id;
    },
    status: 1,
    words: 'timeline.events[1].id: "teledesic" is already the id of timeline.events[0].',
  },
  "an era that does not exist": {
    file: (s) => {
      s.timeline.events[0].era = "the-future";
    },
    status: 1,
    words: 'timeline.events[0].era: no era has the id "the-future".',
  },
  "an era that ends before it starts": {
    file: (s) => {
      s.timeline.eras[0].end = "1980";
    },
    status: 1,
    words: 'timeline.eras[0]: starts ("1990") after it ends ("1980").',
  },
  "tags that are not a list": {
    file: (s) => {
      s.timeline.events[0].tags = "Starlink";
    },
    status: 1,
    words: "timeline.events[0].tags: must be a list in square brackets [ ]",
  },
  "a javascript: link": {
    file: (s) => {
      s.timeline.events[0].link = { url: "javascript:alert(1)" };
    },
    status: 1,
    words: 'timeline.events[0].link.url: "javascript:alert(1)" is not a web address.',
  },
  "a javascript: image": {
    file: (s) => {
      s.timeline.events[0].image = { src: "javascript:alert(1)", alt: "x" };
    },
    status: 1,
    words:
      'timeline.events[0].image.src: "javascript:alert(1)" is not an address images are shown from.',
  },
  "a file: image": {
    file: (s) => {
      s.timeline.events[0].image = { src: "file:///C:/photos/launch.jpg", alt: "x" };
    },
    status: 1,
    words:
      'timeline.events[0].image.src: "file:///C:/photos/launch.jpg" is not an address images are shown from.',
  },
  "a data: image": {
    file: (s) => {
      s.timeline.events[0].image = { src: "data:image/png;base64,iVBORw0KGgo=", alt: "x" };
    },
    status: 1,
    words: 'timeline.events[0].image.src: "data:image/png;base64,iVBORw0KGgo=" is not an address',
  },
  "an image address with a tab in its scheme": {
    file: (s) => {
      s.timeline.events[0].image = { src: "java\tscript:alert(1)", alt: "x" };
    },
    status: 1,
    words: 'timeline.events[0].image.src: "java\\tscript:alert(1)" is not an address',
  },
  "an https: image": {
    file: (s) => {
      s.timeline.events[0].image = { src: "https://cdn.example/launch.jpg", alt: "A launch" };
    },
    status: 0,
    words: "valid.",
  },
  "a relative image": {
    file: (s) => {
      s.timeline.events[0].image = { src: "images/launch.jpg", alt: "A launch" };
    },
    status: 0,
    words: "valid.",
  },
  "an image without alt": {
    file: (s) => {
      s.timeline.events[0].image = { src: "images/launch.jpg" };
    },
    status: 1,
    words: "timeline.events[0].image.alt: is missing.",
  },
  "a citation without a quote": {
    file: (s) => {
      s.timeline.events[0].citation = {};
    },
    status: 1,
    words: "timeline.events[0].citation.quote: is missing.",
  },
  "paragraph 0": {
    file: (s) => {
      s.timeline.events[0].citation.paragraph = 0;
    },
    status: 1,
    words: "timeline.events[0].citation.paragraph: must be 1 or more, but is 0.",
  },
  "a one-letter quote": {
    file: (s) => {
      s.timeline.events[0].citation.quote = "e";
    },
    status: 1,
    words:
      'timeline.events[0].citation.quote: "e" is one word; a quote needs at least 4 words from the article',
  },
  "a three-word quote": {
    file: (s) => {
      s.timeline.events[0].citation.quote = "Musk said Monday";
    },
    status: 1,
    words: 'timeline.events[0].citation.quote: "Musk said Monday" is 3 words;',
  },
  "a quote of zero-width spaces": {
    file: (s) => {
      s.timeline.events[0].citation.quote = "\u200b";
    },
    status: 1,
    words: "timeline.events[0].citation.quote: is empty (it has only invisible characters).",
  },

  // Quiz questions and result bands.
  "a question type that does not exist": {
    file: (s) => {
      s.quiz.questions[0].type = "essay";
    },
    status: 1,
    words: 'quiz.questions[0].type: must be one of "single", "multiple", "true-false", "order"',
  },
  "an answer that is not a choice": {
    file: (s) => {
      s.quiz.questions[0].answer = "elsewhere";
    },
    status: 1,
    words: `quiz.questions[0].answer: "elsewhere" is not one of this question's choices`,
  },
  "one choice": {
    file: (s) => {
      s.quiz.questions[0].choices.length = 1;
    },
    status: 1,
    words: "quiz.questions[0].choices: needs at least two choices.",
  },
  "two choices with one id": {
    file: (s) => {
      s.quiz.questions[0].choices[1].id = s.quiz.questions[0].choices[0].id;
    },
    status: 1,
    words:
      'quiz.questions[0].choices[1].id: "better-cheaper" is already the id of quiz.questions[0].choices[0].',
  },
  "a right choice listed twice": {
    file: (s) => {
      question(s, "musk-vulnerable").answers = ["clearance", "clearance"];
    },
    status: 1,
    words:
      'quiz.questions[6].answers[1]: "clearance" is listed twice. List each right choice once.',
  },
  "no right choice": {
    file: (s) => {
      question(s, "musk-vulnerable").answers = [];
    },
    status: 1,
    words: "quiz.questions[6].answers: needs at least one correct choice.",
  },
  "true-false answered yes": {
    file: (s) => {
      question(s, "if-trump").answer = "yes";
    },
    status: 1,
    words: 'quiz.questions[9].answer: must be true or false, but is the text "yes".',
  },
  "an event listed twice to order": {
    file: (s) => {
      question(s, "order-events").events = ["teledesic", "teledesic"];
    },
    status: 1,
    words: 'quiz.questions[11].events[1]: "teledesic" is listed twice. List each event once.',
  },
  "one event to order": {
    file: (s) => {
      question(s, "order-events").events = ["teledesic"];
    },
    status: 1,
    words: "quiz.questions[11].events: needs at least two events to put in order.",
  },
  "an event to order that does not exist": {
    file: (s) => {
      question(s, "order-events").events[0] = "moon-landing";
    },
    status: 1,
    words: 'quiz.questions[11].events[0]: no timeline event has the id "moon-landing".',
  },
  "events to order out of date order": {
    file: (s) => {
      question(s, "order-events").events.reverse();
    },
    status: 1,
    words:
      'quiz.questions[11].events[1]: "madison-square-garden-rally" (October 27, 2024) is listed after "amazon-competitor"',
  },
  "events to order on the same date": {
    file: (s) => {
      question(s, "order-events").events = ["rival-launchers-behind", "musk-all-in-for-trump"];
    },
    status: 0,
    words:
      'warning: quiz.questions[11].events[1]: "musk-all-in-for-trump" and "rival-launchers-behind" have the same date (2024)',
  },
  "a question about an event that does not exist": {
    file: (s) => {
      s.quiz.questions[0].eventId = "moon-landing";
    },
    status: 1,
    words: 'quiz.questions[0].eventId: no timeline event has the id "moon-landing".',
  },
  "no questions": {
    file: (s) => {
      s.quiz.questions = [];
    },
    status: 1,
    words: "quiz.questions: needs at least one question.",
  },
  "no result bands": {
    file: (s) => {
      delete s.quiz.results;
    },
    status: 1,
    words: "quiz.results: is missing.",
  },
  "a gap between bands": {
    file: (s) => {
      s.quiz.results[1].min = 7;
    },
    status: 1,
    words: "quiz.results: no band covers a score of 6.",
  },
  "overlapping bands": {
    file: (s) => {
      s.quiz.results[1].min = 5;
    },
    status: 1,
    words: "quiz.results[1]: overlaps quiz.results[0]",
  },
  "a band with min above max": {
    file: (s) => {
      s.quiz.results[3] = { ...s.quiz.results[3], min: 12, max: 11 };
    },
    status: 1,
    words: 'quiz.results[3]: "min" (12) is greater than "max" (11).',
  },
  "a band past the highest score": {
    file: (s) => {
      s.quiz.results[3].max = 99;
    },
    status: 1,
    words: "quiz.results[3].max: is 99, but the quiz has only 12 questions",
  },
  "a negative score": {
    file: (s) => {
      s.quiz.results[0].min = -1;
    },
    status: 1,
    words: "quiz.results[0].min: must be 0 or more, but is -1.",
  },
  "no quiz at all": {
    file: (s) => {
      delete s.quiz;
    },
    status: 0,
    words: "valid. 13 events, 0 questions.",
  },

  // Citations against the article.
  "the story against its article": {
    file: storyText,
    args: ["--article", ARTICLE],
    status: 0,
    words: "valid. 13 events, 12 questions; every citation found in the article.",
  },
  "the article with \\r line ends": {
    file: storyText,
    article: articleText.replace(/\n/g, "\r"),
    args: ["--article", "{article}"],
    status: 0,
    words: "valid.",
  },
  "the article with soft hyphens in long words": {
    file: storyText,
    article: withSoftHyphens,
    args: ["--article", "{article}"],
    status: 0,
    words: "valid.",
  },
  "the article in NFD, the story in NFC": {
    file: (s) => {
      s.timeline.events[0].citation.quote = "café opened on Main Street";
    },
    article: `${articleText}\nThe cafe\u0301 opened on Main Street in 2019.\n`,
    args: ["--article", "{article}"],
    status: 0,
    words: "valid.",
  },
  "a quote with one word changed": {
    file: (s) => {
      event(s, "teledesic").citation.quote = event(s, "teledesic").citation.quote.replace(
        "network",
        "netwerk",
      );
    },
    args: ["--article", ARTICLE],
    status: 1,
    words: "timeline.events[0].citation.quote: this quote is not in the article word for word:",
  },
  "an article that does not exist": {
    file: storyText,
    args: ["--article", "nowhere/article.txt"],
    status: 1,
    words: "cannot read the article (no such file).",
  },
  "an article in Windows-1252": {
    file: storyText,
    article: Buffer.from([0x4d, 0x75, 0x73, 0x6b, 0x20, 0x93, 0x0a]),
    args: ["--article", "{article}"],
    status: 1,
    words: "the article is not UTF-8 text here (byte 0x93",
  },

  // Other commands read the file the same way.
  "build, to a folder under /proc": {
    command: "build",
    file: storyText,
    args: ["--article", ARTICLE, "--out", "/proc/backstory-corpus/built.json"],
    status: 1,
    words: "cannot write the built story: cannot create the folder /proc/backstory-corpus",
  },
  "embed, with a data: image": {
    command: "embed",
    file: (s) => {
      s.timeline.events[0].image = { src: "data:,x", alt: "x" };
    },
    args: ["--src", "s.json"],
    status: 1,
    words: 'timeline.events[0].image.src: "data:,x" is not an address',
  },
  "fallback, with a byte-order mark": {
    command: "fallback",
    file: `\uFEFF${storyText}`,
    status: 0,
    words: '<div class="backstory-fallback"',
  },
  "embed, with nothing to point at": {
    command: "embed",
    file: storyText,
    status: 2,
    words: "backstory embed: --src is required (or --inline).",
  },
};

/** The first line of the answer, without the file (and line:column) it begins with. */
function firstWords(output: string): string {
  return (output.split("\n")[0] ?? "").replace(/^[^\s:]*\/[^\s:]*(:\d+:\d+)?: /, "");
}

const paths = new Map<string, { story: string; article: string }>();

beforeAll(() => {
  Object.entries(CASES).forEach(([name, { file, article }], index) => {
    const folder = join(dir, String(index));
    mkdirSync(folder);
    const story = join(folder, "story.json");
    writeFileSync(story, typeof file === "function" ? edited(file) : file);
    const articlePath = join(folder, "article.txt");
    if (article !== undefined) writeFileSync(articlePath, article);
    paths.set(name, { story, article: articlePath });
  });
}, 60_000);

describe("the command line's corpus of story files", () => {
  it("has at least 60 cases", () => {
    expect(Object.keys(CASES).length).toBeGreaterThanOrEqual(60);
  });

  it.concurrent.each(Object.entries(CASES))(
    "%s",
    async (name, entry) => {
      const { story, article } = paths.get(name) ?? { story: "", article: "" };
      const args = (entry.args ?? []).map((arg) => (arg === "{article}" ? article : arg));
      const result = await run(
        "node",
        ["bin/backstory.js", entry.command ?? "check", story, ...args],
        {
          maxBuffer: 64 * 1024 * 1024,
        },
      ).then(
        ({ stdout, stderr }) => ({ status: 0, stdout, stderr }),
        (error) => ({
          status: error.code as number,
          stdout: error.stdout as string,
          stderr: error.stderr as string,
        }),
      );
      const answer = result.stderr || result.stdout;
      expect(firstWords(answer).startsWith(entry.words), `${answer.slice(0, 600)}`).toBe(true);
      expect(result.status).toBe(entry.status);
      expect(answer).not.toMatch(/unexpected failure|\n\s+at .+:\d+:\d+\)?\n/);
      expect(result.stderr.length).toBeLessThan(100_000);
    },
    60_000,
  );
});
