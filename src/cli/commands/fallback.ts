import { fallbackHtml } from "../../data/fallback-html.js";
import { type Command, UsageError } from "../command.js";
import { loadValidStory } from "../story-file.js";
import { widgetOption } from "./embed.js";

export const fallback: Command = {
  name: "fallback",
  summary: "print a story's no-JavaScript fallback HTML on its own",
  usage: "backstory fallback STORY [--widget timeline|quiz|both] [--heading-level N]",
  help: `Prints the plain HTML that readers without JavaScript (RSS readers, Apple News, search
engines) see: the events as an ordered list with dates, and the questions with their choices,
each answer and explanation inside <details>. "backstory embed" puts the same HTML inside
the elements.

Options:
  --widget W           timeline, quiz or both (default both)
  --heading-level N    level of each part's heading, 1 to 6 (default 2)
  -h, --help           show this help`,
  options: { widget: { type: "string" }, "heading-level": { type: "string" } },
  positionals: 1,
  async run({ positionals: [storyPath = ""], values }, out) {
    const widget = widgetOption(values.widget);
    const levelText = (values["heading-level"] as string | undefined) ?? "2";
    if (!/^[1-6]$/.test(levelText)) {
      throw new UsageError(`--heading-level must be a number from 1 to 6, not "${levelText}".`);
    }
    const { story } = await loadValidStory(storyPath);
    if (widget !== "timeline" && !story.quiz) {
      if (widget === "quiz") throw new UsageError(`${storyPath} has no quiz.`);
    }
    const widgets = widget === "both" ? (["timeline", "quiz"] as const) : [widget];
    const parts = widgets
      .map((part) => fallbackHtml(story, part, { headingLevel: Number(levelText) }))
      .filter((html) => html !== "");
    out(parts.join("\n"));
  },
};
