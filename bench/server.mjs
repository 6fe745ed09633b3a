// A loopback HTTP server for the benchmark: generated pages and data from memory, package files
// from disk, everything compressible sent gzip-compressed (as a CDN would), nothing cached.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { TYPES } from "../scripts/serve.mjs";

// Already-compressed formats are sent as they are.
const INCOMPRESSIBLE = new Set([".woff", ".woff2", ".png"]);

/**
 * Starts the server on 127.0.0.1 (a free port).
 * @param {Map<string, string | Buffer>} generated path → body, served from memory
 * @param {Record<string, string>} mounts URL prefix → directory on disk
 */
export async function startServer(generated, mounts) {
  const cache = new Map();

  async function load(pathname) {
    if (cache.has(pathname)) return cache.get(pathname);
    let body = generated.get(pathname);
    if (body === undefined) {
      const prefix = Object.keys(mounts).find((candidate) => pathname.startsWith(candidate));
      if (!prefix) return undefined;
      const relative = normalize(decodeURIComponent(pathname.slice(prefix.length)));
      if (relative.startsWith("..")) return undefined;
      try {
        body = await readFile(join(mounts[prefix], relative));
      } catch {
        return undefined;
      }
    }
    const raw = Buffer.from(body);
    const extension = extname(pathname);
    const entry = {
      raw,
      type: TYPES[extension] ?? "application/octet-stream",
      gzip: INCOMPRESSIBLE.has(extension) ? undefined : gzipSync(raw, { level: 9 }),
    };
    cache.set(pathname, entry);
    return entry;
  }

  // Compress the generated files up front, so no load pays for it.
  await Promise.all([...generated.keys()].map(load));

  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://127.0.0.1");
    const entry = await load(pathname);
    if (!entry) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const gzip = entry.gzip && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
    const body = gzip ? entry.gzip : entry.raw;
    response.writeHead(200, {
      "content-type": entry.type,
      "content-length": body.length,
      "cache-control": "no-store",
      vary: "accept-encoding",
      ...(gzip ? { "content-encoding": "gzip" } : {}),
    });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    /** Size of a file as sent (gzip when compressible), for the bundle-size line. */
    async sentSize(pathname) {
      const entry = await load(pathname);
      return entry ? (entry.gzip ?? entry.raw).length : undefined;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
