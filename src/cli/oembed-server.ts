/**
 * `backstory serve`: a small static server for a folder of built files (a copy of dist/), and with
 * `oembed` an oEmbed endpoint, `/oembed?url=…&maxwidth=…&maxheight=…&format=json`, for hosts that
 * want one instead of the per-widget JSON files `backstory build --public-url` writes. It answers
 * for this server's own pages: the per-widget pages (NAME.timeline.html beside NAME.json) and the
 * embed page (embed.html?story=…&widget=…), into which it puts the discovery link.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import http from "node:http";
import { extname, normalize, resolve, sep } from "node:path";
import { escapeHtml, FALLBACK_WIDGETS, type FallbackWidget } from "../data/fallback-html.js";
import { oembedResponse } from "./oembed.js";
import { InputError, loadValidStory, readText } from "./story-file.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".txt": "text/plain; charset=utf-8",
};

export interface ServeOptions {
  /** The folder to serve. */
  root: string;
  oembed?: boolean;
}

/** A file inside `root` for a URL path, or undefined when the path would leave it. */
function fileIn(root: string, urlPath: string): string | undefined {
  const path = resolve(root, `.${normalize(`/${urlPath}`)}`);
  return path === root || path.startsWith(root + sep) ? path : undefined;
}

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function origin(request: http.IncomingMessage): string {
  const forwarded = request.headers["x-forwarded-proto"];
  const scheme = forwarded === "https" ? "https" : "http";
  return `${scheme}://${request.headers.host ?? "localhost"}`;
}

/** The story file and widget an address of this server shows. */
function pageOf(root: string, address: URL): { storyPath: string; widget: FallbackWidget } {
  const path = decodeURIComponent(address.pathname);
  const page = /^(.*)\.(timeline|quiz)\.html$/.exec(path);
  if (page) {
    const storyPath = fileIn(root, `${page[1]}.json`);
    if (storyPath) return { storyPath, widget: page[2] as FallbackWidget };
  }
  if (path.endsWith("/embed.html")) {
    const story = address.searchParams.get("story");
    const widget = address.searchParams.get("widget") ?? "timeline";
    if (!story || !(FALLBACK_WIDGETS as readonly string[]).includes(widget)) {
      throw new HttpProblem(
        404,
        "url: an embed page address needs ?story=ADDRESS&widget=timeline or quiz.",
      );
    }
    const storyUrl = new URL(story, address);
    const storyPath =
      storyUrl.origin === address.origin
        ? fileIn(root, decodeURIComponent(storyUrl.pathname))
        : undefined;
    if (storyPath) return { storyPath, widget: widget as FallbackWidget };
    throw new HttpProblem(404, `url: the story ${story} is not served here.`);
  }
  throw new HttpProblem(
    404,
    "url: not a Backstory page of this server. Give a widget page (NAME.timeline.html, NAME.quiz.html) or embed.html?story=…&widget=….",
  );
}

async function answerOembed(
  root: string,
  request: http.IncomingMessage,
  query: URLSearchParams,
): Promise<string> {
  const format = query.get("format") ?? "json";
  if (format !== "json") {
    throw new HttpProblem(501, `format: only json is answered here, not "${format}".`);
  }
  const url = query.get("url");
  let address: URL;
  try {
    address = new URL(url ?? "");
  } catch {
    throw new HttpProblem(400, "url: give the full address of the page to embed, as ?url=….");
  }
  if (address.host !== new URL(origin(request)).host) {
    throw new HttpProblem(
      404,
      `url: ${address.host} is not this server (${request.headers.host}).`,
    );
  }
  const { storyPath, widget } = pageOf(root, address);
  let story: Awaited<ReturnType<typeof loadValidStory>>["story"];
  try {
    ({ story } = await loadValidStory(storyPath));
  } catch (error) {
    if (error instanceof InputError) throw new HttpProblem(404, error.message.split("\n")[0] ?? "");
    throw error;
  }
  if (widget === "quiz" && !story.quiz) throw new HttpProblem(404, "url: the story has no quiz.");
  const size = (name: string) => {
    const value = query.get(name);
    return value === null ? undefined : Number(value);
  };
  return JSON.stringify(
    oembedResponse(story, {
      pageUrl: address.href,
      widget,
      maxwidth: size("maxwidth"),
      maxheight: size("maxheight"),
    }),
  );
}

/** The embed page with the discovery link for the address it was asked for. */
async function embedPageWithDiscovery(file: string, request: http.IncomingMessage) {
  const html = await readText(file, "embed page");
  const page = `${origin(request)}${request.url ?? "/"}`;
  const endpoint = `${origin(request)}/oembed?url=${encodeURIComponent(page)}&format=json`;
  const link = `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(endpoint)}">`;
  return html.replace("</title>", `</title>\n${link}`);
}

export function createBackstoryServer(options: ServeOptions): http.Server {
  const root = resolve(options.root);
  return http.createServer(async (request, response) => {
    const send = (status: number, type: string, body: string) => {
      response.writeHead(status, {
        "content-type": type,
        "access-control-allow-origin": "*",
        "cache-control": "no-cache",
      });
      response.end(request.method === "HEAD" ? undefined : body);
    };
    try {
      if (request.method !== "GET" && request.method !== "HEAD") {
        throw new HttpProblem(405, "Only GET and HEAD are answered here.");
      }
      const address = new URL(request.url ?? "/", "http://localhost");
      const path = decodeURIComponent(address.pathname);
      if (options.oembed && path === "/oembed") {
        send(200, TYPES[".json"] ?? "", await answerOembed(root, request, address.searchParams));
        return;
      }
      const file = fileIn(root, path.endsWith("/") ? `${path}index.html` : path);
      const info = file === undefined ? undefined : await stat(file).catch(() => undefined);
      if (!file || !info?.isFile()) throw new HttpProblem(404, `Not found: ${path}`);
      if (options.oembed && path.endsWith("/embed.html")) {
        send(200, TYPES[".html"] ?? "", await embedPageWithDiscovery(file, request));
        return;
      }
      // Stories and the bundle are read from other origins, and from sandboxed frames.
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "content-length": info.size,
        "access-control-allow-origin": "*",
        "cache-control": "no-cache",
      });
      if (request.method === "HEAD") response.end();
      else createReadStream(file).pipe(response);
    } catch (error) {
      if (error instanceof HttpProblem) {
        send(error.status, "text/plain; charset=utf-8", `${error.message}\n`);
      } else {
        send(500, "text/plain; charset=utf-8", `backstory serve: ${(error as Error).message}\n`);
      }
    }
  });
}
