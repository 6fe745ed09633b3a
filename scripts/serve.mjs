// The demo server behind `npm start`, and the end-to-end tests' server: serves the repo's dist/
// (the script-tag bundle at /cdn/backstory.js, built stories at /stories/) and the demo article
// page at /, on loopback only. Run directly: PORT (default 4173) picks the port.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import http from "node:http";
import { extname, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { renderDemoPage } from "../demo/article-page.mjs";

const REPO = fileURLToPath(new URL("..", import.meta.url));

/** Content types by file extension, for this server and the benchmark's. */
export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ttf": "font/ttf",
  ".eot": "application/vnd.ms-fontobject",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** A file inside `folder` for a URL path, or undefined when the path would leave it. */
function fileIn(folder, urlPath) {
  const path = resolve(folder, `.${normalize(`/${urlPath}`)}`);
  return path === folder || path.startsWith(folder + sep) ? path : undefined;
}

function send(response, status, type, body, headers = {}) {
  response.writeHead(status, { "content-type": type, "cache-control": "no-store", ...headers });
  response.end(body);
}

/**
 * A node:http server for the demo and the tests.
 * @param {object} [options]
 * @param {string} [options.root] the repository folder (dist/ and demo/ are read from it)
 * @param {Record<string, {body: string, type?: string, headers?: Record<string, string>}>} [options.pages]
 *   extra pages by URL path, e.g. test pages with their own Content-Security-Policy header
 */
export function createServer({ root = REPO, pages = {} } = {}) {
  const dist = resolve(root, "dist");
  const demo = resolve(root, "demo");
  return http.createServer(async (request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      send(response, 405, "text/plain; charset=utf-8", "Method not allowed", {
        allow: "GET, HEAD",
      });
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      send(response, 400, "text/plain; charset=utf-8", "Bad request");
      return;
    }
    const page = pages[path];
    if (page) {
      send(response, 200, page.type ?? TYPES[".html"], page.body, page.headers);
      return;
    }
    if (path === "/favicon.ico") {
      // Browsers ask for it; an empty answer keeps their consoles free of 404s.
      response.writeHead(204, { "cache-control": "no-store" });
      response.end();
      return;
    }
    if (path === "/" || path === "/index.html") {
      try {
        send(response, 200, TYPES[".html"], await renderDemoPage(root));
      } catch (error) {
        send(response, 500, "text/plain; charset=utf-8", `The demo page failed: ${error.message}`);
      }
      return;
    }
    const file = path.startsWith("/demo/")
      ? fileIn(demo, path.slice("/demo".length))
      : fileIn(dist, path);
    const info = file && (await stat(file).catch(() => undefined));
    if (!file || !info?.isFile()) {
      send(response, 404, "text/plain; charset=utf-8", `Not found: ${path}`);
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "content-length": info.size,
      "cache-control": "no-store",
      // Stories and the bundle may be used from other origins (the iframe page, other sites).
      "access-control-allow-origin": "*",
    });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
}

/** Starts a server on 127.0.0.1; resolves to its base URL and a close function. */
export async function startServer({ port = 0, ...options } = {}) {
  const server = createServer(options);
  await new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", done);
  });
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({ port: Number(process.env.PORT ?? 4173) });
  console.log(`Backstory demo article: ${url}/`);
  console.log(`Bundle: ${url}/cdn/backstory.js · iframe page: ${url}/cdn/embed.html`);
}
