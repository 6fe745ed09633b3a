import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Command } from "../command.js";
import { InputError, loadValidStory, readText, reportWarnings } from "../story-file.js";
import { verifyCitations } from "./verify-citations.js";

const FIX = "Choose an --out in a folder you can write to, such as dist/stories/.";

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EROFS") return "the disk is read-only";
  if (code === "EISDIR") return "it is a folder";
  if (code === "ENOSPC") return "the disk is full";
  return (error as Error).message;
}

/**
 * Creates `folder` and the folders above it that are missing, one level at a time. Node's own
 * recursive mkdir retries forever where the system refuses new folders without saying why
 * (under /proc it hangs), so each refusal here ends the command with a message.
 */
async function makeFolder(outPath: string, folder: string): Promise<void> {
  const missing: string[] = [];
  for (let at = resolve(folder); ; at = dirname(at)) {
    const found = await stat(at).catch(() => undefined);
    if (found?.isDirectory()) break;
    if (found)
      throw new InputError(
        `${outPath}: cannot write the built story (${at} is a file, not a folder). ${FIX}`,
      );
    if (dirname(at) === at) break;
    missing.unshift(at);
  }
  for (const at of missing) {
    try {
      await mkdir(at);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST") continue;
      const why =
        code === "ENOENT" ? "the system does not allow a new folder there" : reason(error);
      throw new InputError(
        `${outPath}: cannot write the built story: cannot create the folder ${at} (${why}). ${FIX}`,
      );
    }
  }
}

export const build: Command = {
  name: "build",
  summary: "verify citations against the article and write the built story file",
  usage: "backstory build STORY --article TEXT --out OUT [--strict]",
  help: `Validates STORY, checks that every citation appears in the article word for word
(whitespace and straight or typographic quotes may differ), records the paragraph each
quote was found in, and writes the built story file to OUT.

Options:
  --article TEXT  the article's text, one paragraph per line (required)
  --out OUT       where to write the built story file (required)
  --strict        treat warnings (a date that disagrees with its own quote) as errors
  -h, --help      show this help`,
  options: { article: { type: "string" }, out: { type: "string" }, strict: { type: "boolean" } },
  positionals: 1,
  required: ["article", "out"],
  async run({ positionals: [storyPath = ""], values }, out, warn) {
    const { file, story } = await loadValidStory(storyPath, {
      articlePath: values.article as string,
    });
    const built = await verifyCitations(file, story, values.article as string);
    const article = await readText(values.article as string, "article");
    reportWarnings(file, built, { article, strict: values.strict === true }, warn);
    const outPath = values.out as string;
    await makeFolder(outPath, dirname(outPath));
    try {
      await writeFile(outPath, `${JSON.stringify(built, null, 2)}\n`);
    } catch (error) {
      const why =
        (error as NodeJS.ErrnoException).code === "ENOENT"
          ? "the system does not allow a new file there"
          : reason(error);
      throw new InputError(`${outPath}: cannot write the built story (${why}). ${FIX}`);
    }
    out(
      `${outPath}: built from ${storyPath}, ${built.timeline.events.length} events, ${built.quiz?.questions.length ?? 0} questions.`,
    );
  },
};
