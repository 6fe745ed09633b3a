import type { Command } from "../command.js";
import { loadValidStory } from "../story-file.js";
import { verifyCitations } from "./verify-citations.js";

export const check: Command = {
  name: "check",
  summary: "validate a story file, and its citations against the article",
  usage: "backstory check STORY [--article TEXT]",
  help: `Validates STORY and prints every error with file:line:column.
With --article, also checks that every citation appears in the article word for word.

Options:
  --article TEXT  the article's text, one paragraph per line
  -h, --help      show this help`,
  options: { article: { type: "string" } },
  positionals: 1,
  async run({ positionals: [storyPath = ""], values }, out) {
    const article = values.article as string | undefined;
    const { file, story } = await loadValidStory(storyPath, { articlePath: article });
    if (article) await verifyCitations(file, story, article);
    const events = story.timeline.events.length;
    const questions = story.quiz?.questions.length ?? 0;
    out(
      `${storyPath}: valid. ${events} events, ${questions} questions${article ? "; every citation found in the article" : ""}.`,
    );
  },
};
