import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importTimelineJs, plainText, storyDateOf } from "../../src/authoring/timelinejs.js";
import { readTimelineJs } from "../../src/cli/read-timelinejs.js";
import { validateStory } from "../../src/data/validate-story.js";
import { backstory } from "./cli-process.js";

// TimelineJS's own examples, as Knight Lab ships them, and two of ours with harder cases.
const KNIGHT_LAB = "node_modules/@knight-lab/timelinejs/src";
const WOMEN_CSV = `${KNIGHT_LAB}/js/core/__tests__/women_in_computing.csv`;
const ERAS_JSON = `${KNIGHT_LAB}/template/eras.json`;
const LIBRARY_CSV = "test/fixtures/timelinejs/library.csv";
const MOON_JSON = "test/fixtures/timelinejs/moon.json";

const load = (path: string) => importTimelineJs(readTimelineJs(path, readFileSync(path, "utf8")));

/** The story as an editor leaves it after pasting each citation: it must then be valid. */
function reviewed(story: ReturnType<typeof load>["story"]) {
  const copy = structuredClone(story) as any;
  copy.article = { headline: "H", source: "S", language: "en" };
  for (const event of copy.timeline.events) {
    event.citation.quote = "A passage of the article.";
    // TimelineJS slides may have a headline and no text; the editor writes the summary.
    event.summary ||= "The editor's summary of the passage.";
    delete event.draft;
  }
  return copy;
}

describe("importTimelineJs", () => {
  it("converts TimelineJS's own Google Sheets example (CSV, 11 rows) into a valid story", () => {
    const { story } = load(WOMEN_CSV);
    expect(story.timeline.title).toBe("Women in Computing");
    expect(story.timeline.events).toHaveLength(10);
    const ada = story.timeline.events[0];
    expect(ada).toMatchObject({
      id: "ada-lovelace",
      date: "1815-12-10/1852-11-27",
      title: "Ada Lovelace",
      image: { credit: "Wikimedia Commons", alt: "Portrait by Alfred Edward Chalon" },
      citation: { quote: "" },
      draft: true,
    });
    expect(ada?.summary).toMatch(/^Women have been programming since before it was a thing\./);
    for (const event of story.timeline.events) {
      expect(`${event.title} ${event.summary}`).not.toMatch(/<[a-z]|&[a-z]+;/i);
    }
    const result = validateStory(reviewed(story));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it("converts TimelineJS's eras example (JSON, 20 events, 3 eras) into a valid story", () => {
    const { story } = load(ERAS_JSON);
    expect(story.timeline.events).toHaveLength(20);
    expect(story.timeline.events.filter((event) => event.summary === "")).toHaveLength(2);
    expect(story.timeline.eras?.map((era) => [era.label, era.start, era.end])).toEqual([
      ["Era Test 600-650", "0600", "0650"],
      ["Era Test 650-700", "0650", "0700"],
      ["Era Test 700-720", "0700", "0720"],
    ]);
    const result = validateStory(reviewed(story));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it("reads years BCE, display dates, groups, eras, images, links and HTML from a sheet", () => {
    const { story, notCarried, skipped } = load(LIBRARY_CSV);
    const events = story.timeline.events;
    expect(events.map((event) => [event.date, event.title, event.tags, event.era])).toEqual([
      ["-0282", "Founded", ["Founding"], "the-ptolemies"],
      ["-0244", "Eratosthenes becomes librarian", ["People"], "the-ptolemies"],
      ["-0047", "Caesar's fire", ["Fires"], "the-ptolemies"],
      ["0391", "The Serapeum is destroyed", undefined, "roman-and-byzantine-egypt"],
      ["2002-10-16", "The Bibliotheca Alexandrina opens", ["Founding"], undefined],
    ]);
    expect(story.timeline.eras).toEqual([
      { id: "the-ptolemies", label: "The Ptolemies", start: "-0299", end: "-0029" },
      {
        id: "roman-and-byzantine-egypt",
        label: "Roman and Byzantine Egypt",
        start: "-0029",
        end: "0641",
      },
    ]);
    expect(events[0]).toMatchObject({
      displayDate: "c. 283 BCE",
      summary: "Ptolemy I or II founds the library & the museum.",
      image: {
        src: "https://example.org/images/library.jpg",
        alt: "The Great Library as imagined in the 19th century",
        credit: "Engraving by O. Von Corven",
      },
    });
    expect(events[1]?.summary).toBe("He later measures the Earth's circumference.");
    expect(events[2]?.link).toEqual({
      url: "https://en.wikipedia.org/wiki/Siege_of_Alexandria_(47_BC)",
      label: "Siege of Alexandria",
    });
    expect(skipped).toEqual([
      "row 10 (“A row with no year”): it has no year, so it cannot be placed on a timeline. Give it one and import again, or add it in the story.",
    ]);
    expect(Object.fromEntries(notCarried)).toEqual({
      "images whose alt text is their caption (check it)": 1,
      backgrounds: 1,
      "times of day": 1,
      "embedded HTML media (quotes, iframes)": 1,
      "the title slide's text": 1,
      "the title slide's media and background": 1,
    });
  });

  it("keeps a JSON timeline's ids and precision, and says what it could not keep", () => {
    const { story, notCarried, skipped } = load(MOON_JSON);
    const byTitle = new Map(story.timeline.events.map((event) => [event.title, event]));
    expect(story.timeline.title).toBe("The race to the Moon");
    expect(byTitle.get("Sputnik 1")).toMatchObject({
      id: "sputnik",
      date: "1957-10-04",
      era: "before-apollo",
    });
    expect(byTitle.get("Apollo 8")).toMatchObject({
      date: "1968-12/1968-12-27",
      displayDate: "Christmas 1968",
      era: "apollo",
    });
    expect(byTitle.get("Apollo 17")).toMatchObject({ date: "1972-12", era: "apollo" });
    expect(byTitle.get("Gagarin orbits the Earth")).toMatchObject({
      summary: "108 minutes in orbit.",
      image: { alt: "Yuri Gagarin in his helmet", credit: "Archive" },
    });
    expect(byTitle.get("Kennedy's challenge")?.link).toEqual({
      url: "https://www.youtube.com/watch?v=example",
      label: "The speech",
    });
    expect(byTitle.get("Apollo 11 lands")?.summary).toBe("“One small step.”");
    // An end before the start is dropped, the start kept.
    expect(byTitle.get("Apollo–Soyuz")?.date).toBe("1975-07");
    expect(skipped).toEqual([
      "event 10 (“The Big Bang”): its year (-13800000000) is not one the story file can hold (9999 BCE to 9999).",
    ]);
    expect(notCarried.get("end dates before their start")).toBe(1);
    expect(notCarried.get("times of day")).toBe(1);
    const result = validateStory(reviewed(story));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it("counts TimelineJS's negative years as years BCE", () => {
    expect(storyDateOf({ year: -500 })).toBe("-0499");
    expect(storyDateOf({ year: "-1" })).toBe("0000");
    expect(storyDateOf({ year: "1,066" })).toBe("1066");
    expect(storyDateOf({ year: 2024, month: 2, day: 30 })).toBeUndefined();
    expect(plainText("<script>alert(1)</script><p>Safe &amp; <a href='x'>sound</a></p>")).toBe(
      "Safe & sound",
    );
  });
});

describe("backstory import timelinejs", { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "backstory-import-"));
  it("writes the story, says what was left out, and check --article points at each missing citation", () => {
    const out = join(dir, "library", "story.json");
    const imported = backstory("import", "timelinejs", LIBRARY_CSV, "--out", out);
    expect(imported.stderr).toBe("");
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain(
      `${out}: imported from ${LIBRARY_CSV}: 5 events, 2 eras, 3 tags.`,
    );
    expect(imported.stdout).toContain("Left out: row 10 (“A row with no year”)");
    expect(imported.stdout).toContain(
      "Not carried over: images whose alt text is their caption (check it) (1), ",
    );
    const article = join(dir, "article.txt");
    writeFileSync(
      article,
      "In 48 BC, during Caesar's siege, a fire spread from the harbour to the warehouses.\nThe Serapeum, a daughter library, was pulled down in 391.\n",
    );
    const check = backstory("check", out, "--article", article);
    expect(check.status).toBe(1);
    const lines = check.stderr.trim().split("\n");
    const missing = lines.filter((line) => line.includes("has no citation yet"));
    expect(missing).toHaveLength(5);
    expect(missing[2]).toMatch(
      /story\.json:\d+:\d+: event 3 \(“Caesar's fire”\) has no citation yet: .* The closest sentence in the article is in paragraph 1: “In 48 BC, during Caesar's siege, a fire spread from the harbour to the warehouses\.”$/,
    );
    expect(lines.at(-1)).toContain("6 draft items (1 article block, 5 events) still to review.");
  });

  it("refuses a CSV that is not the TimelineJS template, and a format it does not know", () => {
    const other = join(dir, "other.csv");
    writeFileSync(other, "name,when\nlaunch,2020\n");
    const result = backstory("import", "timelinejs", other, "--out", join(dir, "x.json"));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${other}: the first row does not have the TimelineJS template's columns (Year, Month, Day, Time, End Year,`,
    );
    expect(result.stderr).toContain("it has name, when.");
    const unknown = backstory("import", "flourish", other, "--out", join(dir, "x.json"));
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain(
      '"flourish" is not a format backstory imports. It imports: timelinejs.',
    );
  });
});
