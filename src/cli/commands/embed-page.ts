import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { embedPageHtml, parseOrigin } from "../../embed/allowed-origins.js";
import { type Command, UsageError } from "../command.js";

/** The built iframe page and its scripts, in this package (dist/cdn/). */
const BUILT = fileURLToPath(new URL("../../cdn/", import.meta.url));
const FILES = ["embed.html", "embed.js", "backstory.js", "backstory-check.js"];

export const embedPage: Command = {
  name: "embed-page",
  summary: "write the iframe embed page, taking stories from its own origin and those allowed",
  usage: "backstory embed-page --out FOLDER [--allow-origin ORIGIN]…",
  help: `Writes the iframe embed page (embed.html, with embed.js and backstory.js beside it) into
FOLDER, for the newsroom to serve, e.g. on its CDN. The page shows stories only from the
origin it is served from and from each ORIGIN given here: a link to it that names a story
anywhere else shows a message instead, so no one can show made-up timelines and quizzes
under the newsroom's address. The list is fixed in the page (and in its
Content-Security-Policy); run this again to change it.

Options:
  --out FOLDER           where to write the three files (created if missing)
  --allow-origin ORIGIN  a site whose stories the page shows too, such as
                         https://stories.example.com; repeat it for more than one
  -h, --help             show this help`,
  options: {
    out: { type: "string" },
    "allow-origin": { type: "string", multiple: true },
  },
  positionals: 0,
  required: ["out"],
  async run({ values }, out) {
    const folder = values.out as string;
    const origins = ((values["allow-origin"] ?? []) as string[]).map((value) => {
      try {
        return parseOrigin(value);
      } catch (error) {
        throw new UsageError(`--allow-origin: ${(error as Error).message}`);
      }
    });
    let template: string;
    try {
      template = await readFile(join(BUILT, "embed.html"), "utf8");
    } catch {
      throw new Error(
        `the built embed page is missing from ${BUILT}: reinstall backstory, or run "npm run build" in its folder.`,
      );
    }
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, "embed.html"), embedPageHtml(template, origins));
    for (const file of FILES.slice(1)) await copyFile(join(BUILT, file), join(folder, file));
    const accepted = origins.length
      ? `its own origin and ${origins.join(", ")}`
      : "its own origin only (add others with --allow-origin)";
    out(
      `${join(folder, "embed.html")}: written with embed.js, backstory.js and backstory-check.js; shows stories from ${accepted}.`,
    );
  },
};
