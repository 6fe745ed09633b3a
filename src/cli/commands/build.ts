import { mkdir, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { sealStory } from "../../data/story-seal.js";
import { type Command, UsageError } from "../command.js";
import {
  companionNames,
  fallbackFile,
  oembedResponse,
  storyWidgets,
  widgetPageHtml,
} from "../oembed.js";
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
  usage: "backstory build STORY --article TEXT --out OUT [--strict] [--public-url URL]",
  help: `Validates STORY, checks that every citation appears in the article word for word
(whitespace and straight or typographic quotes may differ), records the paragraph each
quote was found in, and writes the built story file to OUT. Beside it, NAME.fallback.json:
each widget's no-JavaScript fallback, as "backstory fallback" prints it (the WordPress plugin
renders it in the page).

With --public-url, also one page per widget (NAME.timeline.html, NAME.quiz.html) with its oEmbed
JSON (NAME.timeline.oembed.json, …): paste a page's address into WordPress, or any site that
embeds by oEmbed, and it shows the widget in a frame that sizes itself.

Options:
  --article TEXT     the article's text, one paragraph per line (required)
  --out OUT          where to write the built story file (required)
  --strict           treat warnings (a date that disagrees with its own quote) as errors
  --public-url URL   the full address OUT will have once published
  --bundle-url URL   the folder address of backstory.js and embed.js (dist/cdn/); default:
                     ../cdn/ from the story, as in dist/
  -h, --help         show this help`,
  options: {
    article: { type: "string" },
    out: { type: "string" },
    strict: { type: "boolean" },
    "public-url": { type: "string" },
    "bundle-url": { type: "string" },
  },
  positionals: 1,
  required: ["article", "out"],
  async run({ positionals: [storyPath = ""], values }, out, warn) {
    const { file, story } = await loadValidStory(storyPath, {
      articlePath: values.article as string,
    });
    // Sealed: readers' browsers show it without checking it again (src/data/story-seal.ts).
    const built = sealStory(await verifyCitations(file, story, values.article as string));
    const article = await readText(values.article as string, "article");
    reportWarnings(file, built, { article, strict: values.strict === true }, warn);
    const outPath = values.out as string;
    const base = basename(outPath).replace(/\.json$/i, "");
    const files: [string, string][] = [
      [outPath, `${JSON.stringify(built, null, 2)}\n`],
      [
        join(dirname(outPath), `${base}.fallback.json`),
        `${JSON.stringify(fallbackFile(built), null, 2)}\n`,
      ],
    ];
    const publicUrl = values["public-url"] as string | undefined;
    if (publicUrl !== undefined) {
      const storyUrl = httpUrl(
        publicUrl,
        "--public-url",
        "https://news.example/stories/musk-spacex.json",
      );
      const bundleUrl = httpUrl(
        String(values["bundle-url"] ?? new URL("../cdn/", storyUrl).href).replace(/\/?$/, "/"),
        "--bundle-url",
        "https://news.example/backstory/cdn/",
      );
      for (const widget of storyWidgets(built)) {
        const names = companionNames(base, widget);
        const pageUrl = new URL(names.page, storyUrl).href;
        const oembedUrl = new URL(names.oembed, storyUrl).href;
        const storyFile = basename(new URL(storyUrl).pathname);
        files.push(
          [
            join(dirname(outPath), names.page),
            widgetPageHtml(built, { widget, storyFile, bundleUrl: bundleUrl.href, oembedUrl }),
          ],
          [
            join(dirname(outPath), names.oembed),
            `${JSON.stringify(oembedResponse(built, { widget, pageUrl }), null, 2)}\n`,
          ],
        );
      }
    } else if (values["bundle-url"] !== undefined) {
      throw new UsageError("--bundle-url needs --public-url.");
    }
    for (const [path, text] of files) {
      await makeFolder(path, dirname(path));
      try {
        await writeFile(path, text);
      } catch (error) {
        const why =
          (error as NodeJS.ErrnoException).code === "ENOENT"
            ? "the system does not allow a new file there"
            : reason(error);
        throw new InputError(`${path}: cannot write the built story (${why}). ${FIX}`);
      }
    }
    out(
      `${outPath}: built from ${storyPath}, ${built.timeline.events.length} events, ${built.quiz?.questions.length ?? 0} questions.`,
    );
    if (files.length > 2)
      out(
        `Pages to paste into a CMS that embeds by oEmbed: ${storyWidgets(built)
          .map((widget) => new URL(companionNames(base, widget).page, publicUrl).href)
          .join(" ")}`,
      );
  },
};

function httpUrl(text: string, option: string, example: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol)) {
    throw new UsageError(
      `${option} must be a full http(s) address such as ${example}, not "${text}".`,
    );
  }
  return url;
}
