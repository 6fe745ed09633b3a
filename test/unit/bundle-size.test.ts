/**
 * The script-tag bundle's budget, and no request of its own (no fonts, analytics or CDN addresses
 * in it). Reads the built file: `npm run build` (or `npx vite build`).
 *
 * Budgets are ratchets: lower them as the bundle shrinks, never raise them. Both widgets
 * together: at most 23 KB gzip (23,552 bytes, `gzip -9`); the target is 22 KB (22,528), as the
 * benchmark reports. Each widget alone, for a page that shows one: at most 18.5 KB (18,944); the
 * target is 18 KB (18,432), which the quiz meets and the time-graphic timeline (axis, breaks,
 * spans, eras, clusters, zoom, overview) does not yet.
 *
 * The story checker is a file of its own (backstory-check.js), loaded only for a story that is
 * not built: readers of a built story never download it.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { describe, expect, it } from "vitest";

const BUNDLE = "dist/cdn/backstory.js";
const CHECKER = "dist/cdn/backstory-check.js";
const BUDGET = 23 * 1024;
/** Each widget alone, for a page that shows only one. */
const WIDGET_BUDGET = 18.5 * 1024;

/** Addresses that are names, not requests: XML namespaces, and the validator's own message. */
const SAFE_URLS = new Set(["http://www.w3.org/2000/svg", "http://www.w3.org/1998/Math/MathML"]);

function bundle(): string {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build first.`);
  return readFileSync(BUNDLE, "utf8");
}

/**
 * Bytes of `gzip -9` output, the budget's measure. Where the gzip program is missing, zlib at
 * level 9, whose output is about 0.5 % larger: a stricter measure, never a looser one.
 */
function gzipSize(code: string): number {
  try {
    return execFileSync("gzip", ["-9", "-c"], { input: code }).length;
  } catch {
    return gzipSync(code, { level: 9 }).length;
  }
}

describe("dist/cdn/backstory.js", () => {
  it(`is at most ${BUDGET} bytes gzip -9`, () => {
    const code = bundle();
    const size = gzipSize(code);
    console.info(`${BUNDLE}: ${size} bytes gzip -9 (budget ${BUDGET})`);
    expect(size).toBeGreaterThan(5000); // an empty bundle is a broken build, not a small one
    expect(size).toBeLessThanOrEqual(BUDGET);
  });

  it("registers both elements", () => {
    const code = bundle();
    expect(code).toContain("backstory-timeline");
    expect(code).toContain("backstory-quiz");
  });

  it("contains no web address it could request", () => {
    const addresses = bundle().match(/https?:\/\/[^\s"'`)\\]+/g) ?? [];
    // "http://" and "https://" alone, as in "Links must start with http:// or https://.", name no host.
    const withHost = addresses
      .map((address) => address.replace(/[.,;]+$/, ""))
      .filter((address) => !/^https?:\/\/$/.test(address));
    expect(withHost.filter((address) => !SAFE_URLS.has(address))).toEqual([]);
  });

  it("imports nothing but its checker, by a relative address, and the checker imports nothing", () => {
    const code = bundle();
    expect(code.match(/\bimport\s*\([^)]*\)/g)).toEqual(["import(`./backstory-check.js`)"]);
    expect(code).not.toMatch(/(^|[;}\n])\s*import\s*[\w{*"'`]/);
    expect(code).not.toMatch(/\bimportScripts\b|@import\b/);
    const checker = readFileSync(CHECKER, "utf8");
    expect(checker).toContain("must be an object in curly braces");
    expect(checker).not.toMatch(/\bimport\s*\(|(^|[;}\n])\s*import\s*[\w{*"'`]/);
  });

  it("leaves the validator's messages to the checker", () => {
    // A built story never needs them: readers of one download only backstory.js.
    expect(bundle()).not.toContain("must be an object");
    console.info(`${CHECKER}: ${gzipSize(readFileSync(CHECKER, "utf8"))} bytes gzip -9`);
  });
});

/** One widget's own bundle, built as the script-tag bundle is (minified, self-contained). */
async function widgetBundle(entry: string): Promise<string> {
  // The test runner sets NODE_ENV to "test", which would pick Lit's development build.
  const mode = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  const result = await build({
    configFile: "vite.config.ts",
    mode: "production",
    logLevel: "silent",
    build: {
      write: false,
      lib: { entry, formats: ["es"], fileName: () => "widget.js" },
      rolldownOptions: { output: { minify: true, comments: false } },
    },
  }).finally(() => {
    process.env.NODE_ENV = mode;
  });
  const [output] = Array.isArray(result) ? result : [result];
  const chunk = (output as { output: { code?: string }[] }).output[0];
  return chunk?.code ?? "";
}

describe("each widget alone", () => {
  for (const widget of ["timeline", "quiz"]) {
    it(`${widget}: at most ${WIDGET_BUDGET} bytes gzip -9`, async () => {
      const size = gzipSize(await widgetBundle(`src/elements/${widget}/define.ts`));
      console.info(`${widget} alone: ${size} bytes gzip -9 (budget ${WIDGET_BUDGET})`);
      expect(size).toBeGreaterThan(5000);
      expect(size).toBeLessThanOrEqual(WIDGET_BUDGET);
    }, 60_000);
  }
});
