/**
 * The server behind `backstory studio`: on 127.0.0.1 only, it serves the studio's built page and
 * the one story file the editor works on. The story file on disk is the only store: the studio
 * reads it, and writes it atomically (a temporary file, then a rename), so a crash mid-save never
 * leaves half a file. Every answer carries the file's revision (a hash of its text); a save names
 * the revision it was made from, and is refused with the file's new text when the file changed on
 * disk in between (an editor with another tool open), so the studio can offer a choice instead of
 * overwriting it.
 */
import { createHash } from "node:crypto";
import { constants, createReadStream } from "node:fs";
import { access, readFile, stat } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, extname, normalize, resolve, sep } from "node:path";
import writeFileAtomic from "write-file-atomic";

export interface StudioProject {
  storyPath: string;
  articlePath: string;
  /** The folder the built studio page is served from (dist/studio). */
  assets: string;
}

/** What `GET /api/project` answers. */
export interface ProjectState {
  storyPath: string;
  articlePath: string;
  /** The story file's text, or null when there is no file yet (the first save creates it). */
  storyText: string | null;
  revision: string;
  articleText: string;
  /** Null when the studio can save; otherwise why it cannot, in an editor's words. */
  cannotWrite: string | null;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".map": "application/json; charset=utf-8",
};

/** The revision of a story file's text; "missing" when there is no file. */
export function revisionOf(text: string | null): string {
  return text === null ? "missing" : createHash("sha256").update(text).digest("hex").slice(0, 16);
}

async function readStory(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Why the studio cannot write the story file, or null when it can. */
export async function whyCannotWrite(path: string): Promise<string | null> {
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  try {
    // A rename needs a writable folder; an existing file must be writable too.
    await access(dirname(path), constants.W_OK);
    if (exists) await access(path, constants.W_OK);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? `the folder ${dirname(path)} does not exist`
        : `this computer's permissions do not allow writing ${exists ? "the file" : "in its folder"}`;
    return `The studio cannot save ${path}: ${reason}. Your edits are kept in this browser; ask for write access, or start the studio on a copy of the story.`;
  }
}

function send(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    "content-type": TYPES[".json"] as string,
    "cache-control": "no-store",
  });
  response.end(JSON.stringify(body));
}

async function readBody(request: http.IncomingMessage, limit = 20_000_000): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error("the story is too large to save (over 20 MB).");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function fileIn(folder: string, urlPath: string): string | undefined {
  const path = resolve(folder, `.${normalize(`/${urlPath}`)}`);
  return path === folder || path.startsWith(folder + sep) ? path : undefined;
}

export function createStudioServer(project: StudioProject): http.Server {
  const assets = resolve(project.assets);
  let port = 0;
  const server = http.createServer(async (request, response) => {
    // Only pages from this server may talk to it: a page on another site, or a name that
    // resolves to 127.0.0.1 (DNS rebinding), is refused.
    const host = request.headers.host ?? "";
    const origin = request.headers.origin;
    const own = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!own.includes(host) || (origin !== undefined && !own.includes(origin.slice(7)))) {
      send(response, 403, { error: "Backstory Studio answers only its own page." });
      return;
    }
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    try {
      if (path === "/api/project" && request.method === "GET") {
        const [storyText, articleText, cannotWrite] = await Promise.all([
          readStory(project.storyPath),
          readFile(project.articlePath, "utf8"),
          whyCannotWrite(project.storyPath),
        ]);
        const state: ProjectState = {
          storyPath: project.storyPath,
          articlePath: project.articlePath,
          storyText,
          revision: revisionOf(storyText),
          articleText,
          cannotWrite,
        };
        send(response, 200, state);
        return;
      }
      if (path === "/api/story" && request.method === "GET") {
        const storyText = await readStory(project.storyPath);
        send(response, 200, { storyText, revision: revisionOf(storyText) });
        return;
      }
      if (path === "/api/story" && request.method === "PUT") {
        if (!request.headers["content-type"]?.startsWith("application/json")) {
          send(response, 415, { error: "A save must be sent as JSON." });
          return;
        }
        const { base, text } = JSON.parse(await readBody(request)) as {
          base?: unknown;
          text?: unknown;
        };
        if (typeof base !== "string" || typeof text !== "string") {
          send(response, 400, {
            error: "A save needs the text and the revision it was made from.",
          });
          return;
        }
        const current = await readStory(project.storyPath);
        if (revisionOf(current) !== base) {
          send(response, 409, { storyText: current, revision: revisionOf(current) });
          return;
        }
        const cannotWrite = await whyCannotWrite(project.storyPath);
        if (cannotWrite) {
          send(response, 403, { error: cannotWrite });
          return;
        }
        await writeFileAtomic(project.storyPath, text, { encoding: "utf8" });
        send(response, 200, { revision: revisionOf(text) });
        return;
      }
      if (path.startsWith("/api/")) {
        send(response, 404, { error: `No such studio request: ${request.method} ${path}.` });
        return;
      }
      if (request.method !== "GET" && request.method !== "HEAD") {
        send(response, 405, { error: "Method not allowed." });
        return;
      }
      const file = fileIn(assets, path === "/" ? "/index.html" : path);
      const info = file ? await stat(file).catch(() => undefined) : undefined;
      if (!file || !info?.isFile()) {
        send(response, 404, { error: `Not found: ${path}` });
        return;
      }
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "content-length": info.size,
        "cache-control": "no-store",
      });
      if (request.method === "HEAD") response.end();
      else createReadStream(file).pipe(response);
    } catch (error) {
      send(response, 500, { error: `The studio could not do that: ${(error as Error).message}` });
    }
  });
  server.on("listening", () => {
    port = (server.address() as AddressInfo).port;
  });
  return server;
}

/** Starts the studio on 127.0.0.1; resolves to its address and a close function. */
export async function startStudioServer(
  project: StudioProject,
  port = 0,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createStudioServer(project);
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => done());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
