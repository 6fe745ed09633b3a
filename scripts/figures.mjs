// Writes the figures the README quotes, from what the commands print, into the README's marked
// places, so that each figure is measured in one place and never typed by hand:
//   bundle  `gzip -9 -c dist/cdn/backstory.js | wc -c`, and Node's zlib at level 9 (as servers send it)
//   tests   the count and time of the last `vitest run`, from its JSON report:
//           npx vitest run --reporter=default --reporter=json --outputFile=vitest-report.json
//           node scripts/figures.mjs --vitest-report vitest-report.json
// Run by `npm run build` (bundle only); test/unit/readme-figures.test.ts holds the README to it.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

const README = new URL("../README.md", import.meta.url);
const BUNDLE = new URL("../dist/cdn/backstory.js", import.meta.url);
const BUDGET_TEST = new URL("../test/unit/bundle-size.test.ts", import.meta.url);

const number = (n) => n.toLocaleString("en-US");

/**
 * Bytes of `gzip -9 -c FILE`, as `| wc -c` prints them: 13 more than from standard input
 * (bundle-size.test.ts), since gzip keeps the file's name in its header.
 */
export function gzipBytes(path = BUNDLE) {
  return execFileSync("gzip", ["-9", "-c", fileURLToPath(path)]).length;
}

/** The budget the bundle-size test enforces, read from the test itself. */
export function budgetBytes() {
  const match = /const BUDGET = (\d+) \* 1024;/.exec(readFileSync(BUDGET_TEST, "utf8"));
  if (!match) throw new Error("test/unit/bundle-size.test.ts: BUDGET not found.");
  return Number(match[1]) * 1024;
}

export function bundleFigure() {
  const code = readFileSync(BUNDLE);
  return `**${number(gzipBytes())} bytes by \`gzip -9\`** (${number(gzipSync(code, { level: 9 }).length)} with Node's zlib at level 9, as a server sends it; budget ${number(budgetBytes())} for both widgets, enforced by \`test/unit/bundle-size.test.ts\`)`;
}

function testsFigure(reportPath) {
  const report = JSON.parse(readFileSync(reportPath, "utf8"));
  const ends = report.testResults.map((file) => file.endTime);
  const seconds = Math.round((Math.max(...ends) - report.startTime) / 1000);
  return `${number(report.numTotalTests)} tests in ${number(report.testResults.length)} files, ${number(seconds)} seconds of \`vitest run\``;
}

/** Replaces the text between `<!-- figures:NAME -->` and `<!-- /figures:NAME -->`. */
export function withFigure(text, name, figure) {
  const pattern = new RegExp(`(<!-- figures:${name} -->)[\\s\\S]*?(<!-- /figures:${name} -->)`);
  if (!pattern.test(text)) throw new Error(`README.md: no <!-- figures:${name} --> marker.`);
  return text.replace(pattern, (_all, open, close) => `${open}${figure}${close}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { "vitest-report": { type: "string" } } });
  let text = readFileSync(README, "utf8");
  text = withFigure(text, "bundle", bundleFigure());
  if (values["vitest-report"])
    text = withFigure(text, "tests", testsFigure(values["vitest-report"]));
  writeFileSync(README, text);
  console.log("README.md: figures written");
}
