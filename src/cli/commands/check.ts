import type { Command } from "../command.js";
import { loadValidStory, readText, reportWarnings } from "../story-file.js";
import { verifyCitations } from "./verify-citations.js";

export const check: Command = {
  name: "check",
  summary: "validate a story file, and its citations against the article",
  usage: "backstory check STORY [--article TEXT] [--strict]",
  help: `Validates STORY and prints every error with file:line:column.
With --article, also checks that every citation appears in the article word for word.

Options:
  --article TEXT  the article's text, one paragraph per line
  --strict        treat warnings (a date that disagrees with its own quote) as errors
  -h, --help      show this help`,
  options: { article: { type: "string" }, strict: { type: "boolean" } },
  positionals: 1,
  async run({ positionals: [storyPath = ""], values }, out, warn) {
    const article = values.article as string | undefined;
    const { file, story } = await loadValidStory(storyPath, { articlePath: article });
    if (article) await verifyCitations(file, story, article);
    const articleText = article ? await readText(article, "article") : undefined;
    const strict = values.strict === true;
    const warnings = reportWarnings(file, story, { article: articleText, strict }, warn);
    const events = story.timeline.events.length;
    const questions = story.quiz?.questions.length ?? 0;
    out(
      `${storyPath}: valid${warnings ? `, with ${warnings} ${warnings === 1 ? "warning" : "warnings"}` : ""}. ${events} events, ${questions} questions${article ? "; every citation found in the article" : ""}.`,
    );
  },
};
