import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatStoryError, validateStory } from "../../src/data/validate-story.js";
import { minimalStory } from "../fixtures/stories.js";

/** Every error of a story changed by `edit`, as "path: message" lines. */
function errorsAfter(edit: (story: any) => void): string[] {
  const story = minimalStory();
  edit(story);
  const result = validateStory(story);
  return result.ok ? [] : result.errors.map(formatStoryError);
}

describe("validateStory", () => {
  it("accepts a valid story and returns it typed", () => {
    const result = validateStory(minimalStory());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.story.timeline.events[1]?.id).toBe("second");
  });

  it("accepts the article's story file", () => {
    const story = JSON.parse(readFileSync("data/musk-spacex/story.json", "utf8"));
    const result = validateStory(story);
    expect(result.ok ? [] : result.errors.map(formatStoryError)).toEqual([]);
  });

  it("rejects a root that is not an object", () => {
    expect(validateStory([])).toEqual({
      ok: false,
      errors: [
        {
          pointer: "",
          path: "(the whole file)",
          message: "must be an object in curly braces { }, but is a list.",
        },
      ],
    });
  });

  it("names an unknown format version and the versions it reads, and nothing else", () => {
    expect(
      errorsAfter((s) => {
        s.version = 2;
        s.id = 5;
      }),
    ).toEqual([
      'version: 2 is not a format version this build reads. It reads version 1; update Backstory or set "version": 1.',
    ]);
  });

  it("accepts an era that ends in the year holding its start, and both era styles", () => {
    const story = minimalStory();
    story.timeline.eras = [{ id: "early", label: "Early", start: "1999-05", end: "1999" }];
    for (const eraStyle of ["bce", "bc"] as const) {
      story.timeline.eraStyle = eraStyle;
      expect(validateStory(story).ok).toBe(true);
    }
  });

  it("proposes the nearest ids to one not found, nearest first", () => {
    const errors = errorsAfter((s) => {
      s.timeline.eras = ["alexandria", "ptolemies", "roman-egypt", "serapeum", "modern"].map(
        (id) => ({ id, label: id, start: "1990", end: "1999" }),
      );
      s.timeline.events[0].era = "serapium";
    });
    expect(errors).toEqual([
      'timeline.events[0].era: no era has the id "serapium". Use an id from timeline.eras such as "serapeum", "alexandria", "ptolemies".',
    ]);
  });

  it("gives the pointer of each error", () => {
    const result = validateStory({ ...minimalStory(), id: "Bad Id" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.pointer).toBe("/id");
  });

  it.each([
    [
      "a wrong type",
      (s: any) => {
        s.timeline.events[0].title = 5;
      },
      "timeline.events[0].title: must be text in quotes, but is the number 5.",
    ],
    [
      "a missing field",
      (s: any) => {
        delete s.timeline.events[1].summary;
      },
      "timeline.events[1].summary: is missing. Add it as text in quotes.",
    ],
    [
      "an unknown field",
      (s: any) => {
        s.timeline.events[0].summery = "x";
      },
      "timeline.events[0].summery: is not a field the format knows here. Check its spelling, or remove it. The fields are: id, date, displayDate, dateNote, title, summary, tags, era, image, link, citation, draft.",
    ],
    [
      "empty text",
      (s: any) => {
        s.article.headline = "  ";
      },
      "article.headline: is empty. Write the text or remove the field.",
    ],
    [
      "an invalid id",
      (s: any) => {
        s.quiz.results[0].id = "Low Band";
      },
      'quiz.results[0].id: "Low Band" is not a valid id. Use lower-case letters, digits and hyphens, e.g. "starlink-ukraine".',
    ],
    [
      "an impossible month",
      (s: any) => {
        s.timeline.events[1].date = "2024-13";
      },
      'timeline.events[1].date: "2024-13" is not a date. Use YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2024-02"; "199X" for a decade; add "~" for approximate, "?" for uncertain; "start/end" for a span.',
    ],
    [
      "a link that is not http or https",
      (s: any) => {
        s.timeline.events[0].link = { url: "javascript:alert(1)" };
      },
      'timeline.events[0].link.url: "javascript:alert(1)" is not a web address. Links must start with http:// or https://.',
    ],
    [
      "a language that is not a BCP 47 tag",
      (s: any) => {
        s.article.language = "english!";
      },
      'article.language: "english!" is not a language tag. Use a BCP 47 tag such as "en", "en-US" or "ar".',
    ],
    [
      "an article date that is not a day",
      (s: any) => {
        s.article.date = "Oct. 30, 2024";
      },
      'article.date: "Oct. 30, 2024" is not a date. Use YYYY-MM-DD, the day the article was published, e.g. "2024-10-30".',
    ],
    [
      "an article date that does not exist",
      (s: any) => {
        s.article.date = "2024-02-30";
      },
      'article.date: "2024-02-30" is not a date. Use YYYY-MM-DD, the day the article was published, e.g. "2024-10-30".',
    ],
    [
      "a question type that does not exist",
      (s: any) => {
        s.quiz.questions[0].type = "essay";
      },
      'quiz.questions[0].type: must be one of "single", "multiple", "true-false", "order", but is the text "essay".',
    ],
    [
      "a question with one choice",
      (s: any) => {
        s.quiz.questions[0].choices = [{ id: "a", text: "A" }];
      },
      "quiz.questions[0].choices: needs at least two choices.",
    ],
    [
      "a negative band score",
      (s: any) => {
        s.quiz.results[0].min = -1;
      },
      "quiz.results[0].min: must be 0 or more, but is -1.",
    ],
    [
      "a paragraph number that is not whole",
      (s: any) => {
        s.timeline.events[0].citation.paragraph = 1.5;
      },
      "timeline.events[0].citation.paragraph: must be a whole number, but is 1.5.",
    ],
  ])("reports %s", (_name, edit, message) => {
    expect(errorsAfter(edit)).toEqual([message]);
  });

  it.each([
    [
      "duplicate event ids",
      (s: any) => {
        s.timeline.events.push({ ...s.timeline.events[1], id: "first" });
      },
      'timeline.events[2].id: "first" is already the id of timeline.events[0]. Every id must be unique.',
    ],
    [
      "duplicate choice ids",
      (s: any) => {
        s.quiz.questions[0].choices[1].id = "a";
      },
      'quiz.questions[0].choices[1].id: "a" is already the id of quiz.questions[0].choices[0]. Every id must be unique.',
    ],
    [
      "an event in a missing era",
      (s: any) => {
        s.timeline.events[1].era = "late";
      },
      'timeline.events[1].era: no era has the id "late". Use an id from timeline.eras such as "early".',
    ],
    [
      "a question about a missing event",
      (s: any) => {
        s.quiz.questions[0].eventId = "third";
      },
      'quiz.questions[0].eventId: no timeline event has the id "third". Use an id from timeline.events such as "first", "second".',
    ],
    [
      "an ordering question naming a missing event",
      (s: any) => {
        s.quiz.questions[1].events = ["first", "third"];
      },
      'quiz.questions[1].events[1]: no timeline event has the id "third". Use an id from timeline.events such as "first", "second".',
    ],
    [
      "an answer that is not among the choices",
      (s: any) => {
        s.quiz.questions[0].answer = "c";
      },
      'quiz.questions[0].answer: "c" is not one of this question\'s choices (a, b).',
    ],
    [
      "a result band gap",
      (s: any) => {
        s.quiz.results[0].max = 0;
      },
      "quiz.results: no band covers a score of 1. The bands must cover every score from 0 to 2 exactly once.",
    ],
    [
      "overlapping result bands",
      (s: any) => {
        s.quiz.results[1].min = 1;
      },
      "quiz.results[1]: overlaps quiz.results[0]: a score may fall in only one band.",
    ],
    [
      "a band whose min is above its max",
      (s: any) => {
        s.quiz.results[1] = { ...s.quiz.results[1], min: 2, max: 1 };
        s.quiz.results.push({ id: "top", min: 2, max: 2, title: "T", text: "T" });
      },
      'quiz.results[1]: "min" (2) is greater than "max" (1). Swap them.',
    ],
    [
      "an era that starts after it ends",
      (s: any) => {
        s.timeline.eras[0].start = "2001";
      },
      'timeline.eras[0]: starts ("2001") after it ends ("1999"). Swap "start" and "end".',
    ],
    [
      "an era style the format does not know",
      (s: any) => {
        s.timeline.eraStyle = "BC";
      },
      'timeline.eraStyle: must be "bce" or "bc", but is the text "BC".',
    ],
  ])("reports %s", (_name, edit, message) => {
    expect(errorsAfter(edit)).toEqual([message]);
  });

  it("reports every error at once, not just the first", () => {
    const errors = errorsAfter((s) => {
      s.timeline.events[0].title = 5;
      s.timeline.events[1].date = "2024-02-30";
      s.timeline.events.push({ ...s.timeline.events[0], id: "second", title: "Third" });
    });
    expect(errors).toHaveLength(3);
  });

  it("never throws and always returns data or errors, for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateStory(value);
        return result.ok ? result.story !== undefined : result.errors.length > 0;
      }),
      { numRuns: 3000 },
    );
  });

  it("never throws when any part of a valid story is replaced by any JSON value", () => {
    const paths = [
      ["timeline"],
      ["timeline", "events"],
      ["timeline", "events", 0],
      ["timeline", "events", 0, "date"],
      ["timeline", "eras", 0],
      ["quiz"],
      ["quiz", "questions", 0],
      ["quiz", "questions", 1, "events"],
      ["quiz", "results"],
      ["quiz", "results", 0, "min"],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const story: any = minimalStory();
        let target = story;
        for (const key of path.slice(0, -1)) target = target[key];
        target[path[path.length - 1] as string | number] = value;
        const result = validateStory(story);
        return result.ok || result.errors.every((e) => e.message.length > 0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("validateStory: questions no reader could answer, and text no reader could see", () => {
  it.each([
    [
      "a right choice listed twice",
      (s: any) => {
        s.quiz.questions[0] = { ...s.quiz.questions[0], type: "multiple", answers: ["a", "a"] };
        delete s.quiz.questions[0].answer;
      },
      'quiz.questions[0].answers[1]: "a" is listed twice. List each right choice once.',
    ],
    [
      "an event listed twice in an ordering question",
      (s: any) => {
        s.quiz.questions[1].events = ["first", "first"];
      },
      'quiz.questions[1].events[1]: "first" is listed twice. List each event once.',
    ],
    [
      "a title of NUL characters",
      (s: any) => {
        s.timeline.events[0].title = "\u0000\u0000";
      },
      "timeline.events[0].title: is empty (it has only invisible characters). Write the text or remove the field.",
    ],
    [
      "a headline of zero-width spaces and a soft hyphen",
      (s: any) => {
        s.article.headline = "\u200B \u200B\u00AD\uFEFF";
      },
      "article.headline: is empty (it has only invisible characters). Write the text or remove the field.",
    ],
    [
      "a choice of a text-direction mark and a Hangul filler",
      (s: any) => {
        s.quiz.questions[0].choices[1].text = "\u200F\u3164";
      },
      "quiz.questions[0].choices[1].text: is empty (it has only invisible characters). Write the text or remove the field.",
    ],
  ])("reports %s", (_name, edit, message) => {
    expect(errorsAfter(edit)).toEqual([message]);
  });

  it("accepts text with an invisible character next to a visible one", () => {
    expect(
      errorsAfter((s) => {
        s.timeline.events[0].title = "\u200BStar\u00ADlink";
      }),
    ).toEqual([]);
  });
});

describe("validateStory: image addresses", () => {
  const image = (src: string) =>
    errorsAfter((s) => {
      s.timeline.events[0].image = { src, alt: "A rocket" };
    });
  const refused = (src: string) =>
    `timeline.events[0].image.src: ${JSON.stringify(src)} is not an address images are shown from. Use one that starts with https:// or http://, or one relative to the page, such as "images/launch.jpg".`;

  it.each([
    "https://cdn.example.org/launch.jpg",
    "http://cdn.example.org/launch.jpg",
    "HTTPS://cdn.example.org/launch.jpg",
    "images/launch.jpg",
    "/images/launch.jpg",
    "../launch.jpg",
    "//cdn.example.org/launch.jpg",
    "launch.jpg?size=2:1",
  ])("accepts %s", (src) => {
    expect(image(src)).toEqual([]);
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "\u0001javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "file:///etc/passwd",
    "data:image/svg+xml,<svg onload=alert(1)>",
    "blob:https://example.org/1",
    "ftp://example.org/launch.jpg",
    "C:/Users/editor/launch.jpg",
  ])("refuses %j", (src) => {
    expect(image(src)).toEqual([refused(src)]);
  });
});
