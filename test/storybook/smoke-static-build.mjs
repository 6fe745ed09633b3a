// Opens every story of the static Storybook build (storybook-static/, from `storybook build`) in
// Chromium and checks that it renders as in development: the widgets registered and upgraded, no
// uncaught error, and no error box except in the stories about errors. The story tests run in
// Vite's development server; this catches what only the production bundle can break (tree
// shaking, minification). Usage: node test/storybook/smoke-static-build.mjs [dir]
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../../scripts/chromium.mjs";

const root = process.argv[2] ?? "storybook-static";
if (!existsSync(join(root, "index.json"))) {
  console.error(`${root}/index.json is missing: run \`storybook build\` first.`);
  process.exit(1);
}

const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
};
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
  const file = join(root, path.endsWith("/") ? `${path}index.html` : path);
  if (!file.startsWith(normalize(root)) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const { entries } = JSON.parse(readFileSync(join(root, "index.json"), "utf8"));
const stories = Object.values(entries).filter((entry) => entry.type === "story");
/** Stories whose widgets are meant to show the error box (Retry's before its play), or to stay loading. */
const SHOWS_ERROR = /invalid-data|fetch-failure|retry-after-failure/;
const STAYS_LOADING = /--loading$/;

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const failures = [];
/** Checks stories from the shared queue in one page, loading the preview afresh for each. */
async function worker(queue) {
  const page = await browser.newPage();
  let errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  for (let story = queue.shift(); story; story = queue.shift()) {
    const { id } = story;
    errors = [];
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`);
    const problem = await page
      .waitForFunction(
        check,
        { showsError: SHOWS_ERROR.test(id), staysLoading: STAYS_LOADING.test(id) },
        { timeout: 10_000 },
      )
      .then((handle) => handle.jsonValue())
      .catch((error) => `did not render: ${error.message.split("\n")[0]}`);
    if (problem !== "ok") failures.push(`${id}: ${problem}`);
    else if (errors.length) failures.push(`${id}: uncaught ${errors.join("; ")}`);
  }
  await page.close();
}

/** Runs in the page: "ok", a problem, or false to wait longer. */
function check({ showsError, staysLoading }) {
  if (document.body.classList.contains("sb-show-errordisplay")) return "Storybook shows an error";
  if (!document.querySelector("#storybook-root")?.childElementCount) return false;
  const widgets = document.querySelectorAll(
    "#storybook-root backstory-timeline, #storybook-root backstory-quiz",
  );
  for (const widget of widgets) {
    if (!customElements.get(widget.localName)) return `${widget.localName} is not registered`;
    const shadow = widget.shadowRoot;
    if (!shadow?.childElementCount) return false;
    if (!staysLoading && shadow.querySelector("[part=loading]")) return false;
    const error = shadow.querySelector("[part=error]");
    if (error && !showsError) {
      return `${widget.localName} shows an error: ${error.textContent?.replace(/\s+/g, " ").trim().slice(0, 300)}`;
    }
  }
  return "ok";
}

try {
  const queue = [...stories];
  // A few pages at once: each load mostly waits on parsing the preview's bundle.
  await Promise.all([1, 2, 3].map(() => worker(queue)));
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(
    `Static Storybook: ${failures.length} of ${stories.length} stories failed:\n${failures.join("\n")}`,
  );
  process.exit(1);
}
console.log(`Static Storybook: all ${stories.length} stories render.`);
