import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Command } from "../command.js";
import { InputError, loadValidStory } from "../story-file.js";
import { verifyCitations } from "./verify-citations.js";

export const build: Command = {
  name: "build",
  summary: "verify citations against the article and write the built story file",
  usage: "backstory build STORY --article TEXT --out OUT",
  help: `Validates STORY, checks that every citation appears in the article word for word
(whitespace and straight or typographic quotes may differ), records the paragraph each
quote was found in, and writes the built story file to OUT.

Options:
  --article TEXT  the article's text, one paragraph per line (required)
  --out OUT       where to write the built story file (required)
  -h, --help      show this help`,
  options: { article: { type: "string" }, out: { type: "string" } },
  positionals: 1,
  required: ["article", "out"],
  async run({ positionals: [storyPath = ""], values }, out) {
    const { file, story } = await loadValidStory(storyPath, {
      articlePath: values.article as string,
    });
    const built = await verifyCitations(file, story, values.article as string);
    const outPath = values.out as string;
    try {
      await mkdir(dirname(outPath), { recursive: true });
      await writeFile(outPath, `${JSON.stringify(built, null, 2)}\n`);
    } catch (error) {
      throw new InputError(
        `${outPath}: cannot write the built story (${(error as Error).message}).`,
      );
    }
    out(
      `${outPath}: built from ${storyPath}, ${built.timeline.events.length} events, ${built.quiz?.questions.length ?? 0} questions.`,
    );
  },
};
