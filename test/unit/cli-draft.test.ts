import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backstory } from "./cli-process.js";

const ARTICLE = "data/musk-spacex/article.txt";
const dir = mkdtempSync(join(tmpdir(), "backstory-draft-"));

// Each test runs the command line as a process, some twice.
describe("backstory draft", { timeout: 30_000 }, () => {
  const out = join(dir, "musk-spacex", "story.json");

  it("writes a draft story from the article and says what is next", () => {
    const result = backstory("draft", ARTICLE, "--out", out, "--dateline", "2024-10-30");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const story = JSON.parse(readFileSync(out, "utf8"));
    expect(story.id).toBe("musk-spacex");
    expect(result.stdout).toContain(
      `${out}: drafted from ${ARTICLE}: ${story.timeline.events.length} events, an ordering question and 3 empty question templates, every one marked "draft": true.`,
    );
    expect(result.stdout).toContain("paragraph 2: 2024-10-27  Elon Musk cheers");
    expect(result.stdout).toContain(`backstory check ${out} --article ${ARTICLE}`);
  });

  it("never writes over an existing file unless told to", () => {
    const before = readFileSync(out, "utf8");
    const result = backstory("draft", ARTICLE, "--out", out);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `${out}: a file is already there, and it may hold an editor's work. Choose another --out, or add --force to replace it.\n`,
    );
    expect(readFileSync(out, "utf8")).toBe(before);
    expect(
      backstory("draft", ARTICLE, "--out", out, "--force", "--dateline", "2024-10-30").status,
    ).toBe(0);
  });

  it("keeps the article's date in the story, and counts from it when drafting again", () => {
    expect(JSON.parse(readFileSync(out, "utf8")).article.date).toBe("2024-10-30");
    const story = JSON.parse(readFileSync(out, "utf8"));
    // As the studio saves it when the editor gives the article's date.
    story.article.date = "2025-03-01";
    writeFileSync(out, JSON.stringify(story));
    const result = backstory("draft", ARTICLE, "--out", out, "--force");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      `Dates are counted from the article's date kept in ${out}, 2025-03-01; give --dateline to count from another.`,
    );
    const again = JSON.parse(readFileSync(out, "utf8"));
    expect(again.article.date).toBe("2025-03-01");
    expect(again.timeline.events.map((event: { date: string }) => event.date)).toContain(
      "2025-02~",
    );
    expect(result.stdout).not.toContain("more dates need the article's date");
    expect(
      backstory("draft", ARTICLE, "--out", out, "--force", "--dateline", "2024-10-30").status,
    ).toBe(0);
  });

  it("says which dates it left out for want of the article's date", () => {
    const result = backstory("draft", ARTICLE, "--out", join(dir, "undated.json"));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /7 more dates need the article's date \(such as "in February" or "last year"\): run again with --dateline YYYY-MM-DD to include them, or give the article's date in the studio, which proposes them then\./,
    );
  });

  it("says that an article in another language gets few dates", () => {
    const article = join(dir, "artikel.txt");
    writeFileSync(article, "Am 27. Oktober 2024 sprach Musk in New York.\n");
    const result = backstory("draft", article, "--out", join(dir, "de.json"), "--language", "de");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Dates are read with English rules only ("Oct. 27, 2024", "the nineties"), so an article in "de" gets few or none: add its events by hand, or in the studio.',
    );
  });

  it("refuses a dateline that is not a date, and a missing article", () => {
    const bad = backstory("draft", ARTICLE, "--out", join(dir, "x.json"), "--dateline", "Nov 5");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(
      `--dateline must be the article's date as YYYY-MM-DD, e.g. 2024-11-05, not "Nov 5".`,
    );
    const missing = backstory("draft", "--out", join(dir, "x.json"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("backstory draft: the article file is missing.");
  });

  it("check and build refuse the draft, saying how many items are left and where each is", () => {
    for (const [command = "", ...rest] of [
      ["check"],
      ["build", "--out", join(dir, "built.json")],
    ]) {
      const result = backstory(command, out, "--article", ARTICLE, ...rest);
      expect(result.status).toBe(1);
      const lines = result.stderr.trim().split("\n");
      expect(lines[0]).toMatch(
        new RegExp(
          `^${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:4:3: the article block is a draft`,
        ),
      );
      expect(lines).toContainEqual(
        expect.stringMatching(
          /:\d+:\d+: event 1 \(“Elon Musk cheers at a Donald Trump rally…”\) is a proposal: check its date, title and summary against the sentence it cites, then mark it as reviewed \(in the studio, its "Mark this … as reviewed" button; in the file, delete "draft": true\); or delete the event\.$/,
        ),
      );
      expect(lines.at(-1)).toMatch(
        /: \d+ draft items \(1 article block, \d+ events, 1 quiz, 4 questions\) still to review\. A story with drafts cannot be checked, built or published\.$/,
      );
    }
  });

  it("lets the story through once an editor has finished every draft item", () => {
    const story = JSON.parse(readFileSync(out, "utf8"));
    story.article = { headline: "Musk and the state", source: "A magazine essay.", language: "en" };
    for (const event of story.timeline.events) delete event.draft;
    const order = story.quiz.questions[0];
    delete order.draft;
    story.quiz = {
      title: "Musk and the state",
      questions: [order],
      results: [{ id: "all", min: 0, max: 1, title: "Done", text: "Thanks for taking the quiz." }],
    };
    const file = join(dir, "reviewed.json");
    writeFileSync(file, JSON.stringify(story, null, 2));
    const result = backstory("build", file, "--article", ARTICLE, "--out", join(dir, "built.json"));
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("shows an event without a citation the article's closest sentence", () => {
    const file = join(dir, "uncited.json");
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        id: "uncited",
        article: { headline: "H", source: "S", language: "en" },
        timeline: {
          events: [
            {
              id: "contract",
              date: "2021",
              title: "SpaceX wins a classified contract",
              summary: "A $1.8 billion classified contract.",
              citation: { quote: "" },
              draft: true,
            },
          ],
        },
      }),
    );
    const result = backstory("check", file, "--article", ARTICLE);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `has no citation yet: paste the passage of the article it comes from into its citation's "quote", check the event against it, then mark it as reviewed (in the studio, its "Mark this … as reviewed" button; in the file, delete "draft": true); or delete the event. The closest sentence in the article is in paragraph 7: “SpaceX, which operates Starlink, won a $1.8 billion classified contract in 2021 and is the primary rocket launcher for the Pentagon and NASA.”`,
    );
  });
});
