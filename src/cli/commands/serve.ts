import { stat } from "node:fs/promises";
import { type Command, UsageError } from "../command.js";
import { createBackstoryServer } from "../oembed-server.js";
import { InputError } from "../story-file.js";

export const serve: Command = {
  name: "serve",
  summary: "serve a folder of built files, with an oEmbed endpoint if asked",
  usage: "backstory serve FOLDER [--port N] [--host ADDRESS] [--oembed]",
  help: `Serves FOLDER (a copy of dist/: cdn/ and stories/) over HTTP, with
Access-Control-Allow-Origin on every file, as a host of Backstory's files must for frames.

Options:
  --oembed          also answer /oembed?url=…&maxwidth=…&maxheight=…&format=json for this
                    server's widget pages (stories/NAME.quiz.html, …) and embed page
                    (cdn/embed.html?story=…&widget=…), and put the discovery link in the
                    embed page, so that pasting its address into WordPress embeds the widget
  --port N          the port (default 4174)
  --host ADDRESS    the address to listen on (default 127.0.0.1; 0.0.0.0 for every one)
  -h, --help        show this help`,
  options: { oembed: { type: "boolean" }, port: { type: "string" }, host: { type: "string" } },
  positionals: 1,
  async run({ positionals: [folder = ""], values }, out) {
    const portText = (values.port as string | undefined) ?? "4174";
    if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) {
      throw new UsageError(`--port must be a number from 0 to 65535, not "${portText}".`);
    }
    const info = await stat(folder).catch(() => undefined);
    if (!info?.isDirectory()) {
      throw new InputError(`${folder}: not a folder. Give the folder of built files, e.g. dist.`);
    }
    const host = (values.host as string | undefined) ?? "127.0.0.1";
    const server = createBackstoryServer({ root: folder, oembed: values.oembed === true });
    await new Promise<void>((done, fail) => {
      server.once("error", (error) =>
        fail(
          new InputError(
            `backstory serve: cannot listen on ${host}:${portText} (${error.message}).`,
          ),
        ),
      );
      server.listen(Number(portText), host, done);
    });
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : portText;
    out(
      `Serving ${folder} at http://${host}:${port}/${values.oembed ? ` · oEmbed: http://${host}:${port}/oembed?url=…` : ""} (Ctrl-C stops it)`,
    );
    await new Promise<void>((done) => {
      for (const signal of ["SIGINT", "SIGTERM"] as const) {
        process.once(signal, () => {
          server.close(() => done());
          server.closeAllConnections();
        });
      }
    });
  },
};
