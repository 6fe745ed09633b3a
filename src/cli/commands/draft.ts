import { readFile } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { isStoryDate } from "../../data/edtf-date.js";
import { type Command, UsageError } from "../command.js";
import { readText } from "../story-file.js";
import { writeNewStory } from "../write-story.js";

/**
 * The article's date kept in a story file already at `path` (given in the studio, or by an earlier
 * draft), so that drafting again counts from it; `undefined` when there is none to read.
 */
async function storyDateline(path: string): Promise<string | undefined> {
  try {
    const date = JSON.parse(await readFile(path, "utf8"))?.article?.date;
    return typeof date === "string" && isDay(date) ? date : undefined;
  } catch {
    return undefined;
  }
}

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && isStoryDate(text);

/** A story id from the folder the story goes in: data/musk-spacex/story.json → "musk-spacex". */
export function idFromPath(path: string): string {
  const folder = basename(dirname(resolve(path)));
  const id = folder
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return /^[a-z0-9]/.test(id) ? id : "draft";
}

export const draft: Command = {
  name: "draft",
  summary: "propose a starting story from an article, for an editor to review",
  usage: "backstory draft ARTICLE --out STORY [--dateline YYYY-MM-DD] [--language en]",
  help: `Reads ARTICLE (its text, one paragraph per line) and writes a starting story to STORY:
one timeline event for each date the article gives, citing the sentence it is in word for
word; an ordering question made from those events; and empty templates for the other kinds
of question. Nothing is invented: titles and summaries are the article's own words.

Every proposal is marked "draft": true. check and build refuse the story until an editor
has reviewed each one and deleted its "draft": true.

Options:
  --out STORY            where to write the story (required; an existing file is kept
                         unless --force is given)
  --dateline YYYY-MM-DD  the article's date: "in February", "last year" and "the next
                         twelve months" are counted from it, and marked approximate;
                         kept in the story as the article's "date". Without it, the
                         article's date in an existing STORY is used
  --language TAG         the article's language (default en)
  --force                replace STORY if it exists
  -h, --help             show this help`,
  options: {
    out: { type: "string" },
    dateline: { type: "string" },
    language: { type: "string" },
    force: { type: "boolean" },
  },
  positionals: 1,
  missing: "the article file is missing.",
  required: ["out"],
  async run({ positionals: [articlePath = ""], values }, out) {
    const given = values.dateline as string | undefined;
    if (given !== undefined && !isDay(given)) {
      throw new UsageError(
        `--dateline must be the article's date as YYYY-MM-DD, e.g. 2024-11-05, not "${given}".`,
      );
    }
    const language = (values.language as string | undefined) ?? "en";
    try {
      Intl.getCanonicalLocales(language);
    } catch {
      throw new UsageError(
        `--language must be a language tag such as en or en-US, not "${language}".`,
      );
    }
    const outPath = values.out as string;
    const text = await readText(articlePath, "article");
    const kept = given === undefined ? await storyDateline(outPath) : undefined;
    const dateline = given ?? kept;
    const english = /^en\b/i.test(language);
    // Loaded only here, so that the other commands start without the date parser.
    const { draftStory } = await import("../../authoring/draft-story.js");
    const { story, waiting: left } = draftStory(text, {
      dateline,
      language,
      id: idFromPath(outPath),
    });
    await writeNewStory(outPath, story, values.force === true);
    if (kept) {
      out(
        `Dates are counted from the article's date kept in ${outPath}, ${kept}; give --dateline to count from another.`,
      );
    }
    const events = story.timeline.events;
    const order = story.quiz.questions.filter((question) => question.type === "order").length;
    const templates = story.quiz.questions.length - order;
    out(
      `${outPath}: drafted from ${articlePath}: ${events.length} ${events.length === 1 ? "event" : "events"}, ${order ? "an ordering question and " : ""}${templates} empty question templates, every one marked "draft": true.`,
    );
    for (const event of events) {
      out(`  paragraph ${event.citation.paragraph}: ${event.date}  ${event.title}`);
    }
    if (!dateline) {
      const waiting = left.length;
      if (waiting > 0) {
        out(
          `${waiting} more ${waiting === 1 ? "date needs" : "dates need"} the article's date (such as "in February" or "last year"): run again with --dateline YYYY-MM-DD to include them, or give the article's date in the studio, which proposes them then.`,
        );
      }
    }
    if (!english) {
      out(
        `Dates are read with English rules only ("Oct. 27, 2024", "the nineties"), so an article in "${language}" gets few or none: add its events by hand, or in the studio.`,
      );
    }
    out(
      `Next: review each proposal against the article, delete its "draft": true, and fill in the templates; "backstory check ${outPath} --article ${articlePath}" lists what is left.`,
    );
  },
};
