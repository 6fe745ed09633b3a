import { type Command, UsageError } from "../command.js";
import { readText } from "../story-file.js";
import { writeNewStory } from "../write-story.js";
import { idFromPath } from "./draft.js";

const FORMATS = ["timelinejs"];

export const importCommand: Command = {
  name: "import",
  summary: "turn a TimelineJS timeline (JSON, or its Google Sheet as CSV) into a starting story",
  usage: "backstory import timelinejs FILE --out STORY [--language en]",
  help: `Reads a TimelineJS timeline, as JSON or as its Google Sheets template saved as CSV, and
writes a starting story to STORY: dates (a year with a minus sign is a year BCE), display
dates, headlines and texts (HTML made plain text), groups as tags, eras, images with their
credit, other media as links.

TimelineJS has no citations: every event gets an empty one and "draft": true, and
"backstory check STORY --article ARTICLE" points at each until the passage of the article it
comes from is pasted in. What the story has no place for (times of day, backgrounds,
thumbnails, captions, embedded media) is counted and reported.

Options:
  --out STORY     where to write the story (required; an existing file is kept unless
                  --force is given)
  --language TAG  the timeline's language (default en)
  --force         replace STORY if it exists
  -h, --help      show this help`,
  options: {
    out: { type: "string" },
    language: { type: "string" },
    force: { type: "boolean" },
  },
  positionals: 2,
  missing:
    'say what to import and from which file, e.g. "backstory import timelinejs timeline.csv".',
  required: ["out"],
  async run({ positionals: [format = "", filePath = ""], values }, out) {
    if (!FORMATS.includes(format)) {
      throw new UsageError(
        `"${format}" is not a format backstory imports. It imports: ${FORMATS.join(", ")}.`,
      );
    }
    const outPath = values.out as string;
    // Loaded only here, so that the other commands start without the CSV and HTML parsers.
    const { readTimelineJs } = await import("../read-timelinejs.js");
    const { importTimelineJs } = await import("../../authoring/timelinejs.js");
    const config = readTimelineJs(filePath, await readText(filePath, "timeline"));
    const { story, notCarried, skipped } = importTimelineJs(config, {
      id: idFromPath(outPath),
      language: (values.language as string | undefined) ?? "en",
    });
    await writeNewStory(outPath, story, values.force === true);
    const { events, eras = [] } = story.timeline;
    const tags = new Set(events.flatMap((event) => (event.tags as string[] | undefined) ?? []));
    out(
      `${outPath}: imported from ${filePath}: ${events.length} events, ${eras.length} eras, ${tags.size} tags.`,
    );
    out(
      `Every event has an empty citation and "draft": true: paste the passage of the article it comes from into its "quote", then delete "draft": true. "backstory check ${outPath} --article ARTICLE" points at each one.`,
    );
    for (const line of skipped) out(`Left out: ${line}`);
    if (notCarried.size > 0) {
      out(`Not carried over: ${[...notCarried].map(([what, n]) => `${what} (${n})`).join(", ")}.`);
    }
  },
};
