import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Command, UsageError } from "../command.js";
import { InputError, readText } from "../story-file.js";
import { startStudioServer } from "../studio-server.js";

/** The package's folder: the nearest one above this module with a package.json. */
function packageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, "package.json")) && dirname(folder) !== folder) {
    folder = dirname(folder);
  }
  return folder;
}

/** The story and article files a `backstory studio` call names. */
export async function studioFiles(
  target: string | undefined,
  article: string | undefined,
): Promise<{ storyPath: string; articlePath: string }> {
  const path = resolve(target ?? ".");
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) {
    if (article) {
      throw new UsageError(
        "give a folder (with story.json and article.txt in it), or a story file with --article, not a folder with --article.",
      );
    }
    return { storyPath: join(path, "story.json"), articlePath: join(path, "article.txt") };
  }
  if (!article) {
    throw new UsageError(
      `${target} is not a folder: to open a story file, say where its article is with --article TEXT.`,
    );
  }
  return { storyPath: path, articlePath: resolve(article) };
}

export const studio: Command = {
  name: "studio",
  summary: "edit a story in the browser: timeline and quiz from the article, checked as you type",
  usage: "backstory studio [FOLDER | STORY --article TEXT] [--port N]",
  help: `Starts Backstory Studio on this computer and prints its address: open it in a browser to
build the story from the article, with every citation checked as you type.

FOLDER holds story.json and article.txt (default: the current folder); a story.json that does
not exist yet is created on the first save. Or name the story file and its article.

Options:
  --article TEXT  the article's text, one paragraph per line, when STORY is a file
  --port N        the port to listen on (default 4321; 0 picks a free one)
  -h, --help      show this help`,
  options: { article: { type: "string" }, port: { type: "string" } },
  positionals: 1,
  minPositionals: 0,
  async run({ positionals: [target], values }, out) {
    const port = values.port === undefined ? 4321 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}".`);
    }
    const files = await studioFiles(target, values.article as string | undefined);
    await readText(files.articlePath, "article");
    const assets = join(packageRoot(), "dist", "studio");
    if (!existsSync(join(assets, "index.html"))) {
      throw new InputError(
        `${assets}: the studio's page is not built. Run "npm run build:studio" in the Backstory folder, then start the studio again.`,
      );
    }
    let server: Awaited<ReturnType<typeof startStudioServer>>;
    try {
      server = await startStudioServer({ ...files, assets }, port);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(
        code === "EADDRINUSE"
          ? `port ${port} is already in use (is the studio already running?). Open the running one, or choose another port with --port.`
          : `the studio could not start: ${(error as Error).message}`,
      );
    }
    out(`Backstory Studio: ${server.url}`);
    out(`Story: ${files.storyPath}`);
    out(`Article: ${files.articlePath}`);
    out("Open the address in a browser. Press Ctrl+C here to stop the studio.");
    await new Promise<void>((done) => {
      const stop = () => {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        server.close().then(done);
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
  },
};
