/**
 * The README's figures are what the commands print: written by scripts/figures.mjs (run by
 * `npm run build`), never typed by hand. Reads the built bundle, like bundle-size.test.ts.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { budgetBytes, bundleFigure, withFigure } from "../../scripts/figures.mjs";

const BUNDLE = "dist/cdn/backstory.js";

describe("README.md figures", () => {
  it("quotes the built bundle's size and budget as `gzip -9` and the budget test give them (run npm run build:figures)", () => {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build first.`);
    const readme = readFileSync("README.md", "utf8");
    const quoted = /<!-- figures:bundle -->(.*?)<!-- \/figures:bundle -->/.exec(readme)?.[1];
    expect(quoted).toBe(bundleFigure());
    // What `gzip -9 -c dist/cdn/backstory.js | wc -c` prints.
    const printed = execFileSync("sh", ["-c", `gzip -9 -c ${BUNDLE} | wc -c`], {
      encoding: "utf8",
    });
    expect(quoted).toContain(`**${Number(printed).toLocaleString("en-US")} bytes by \`gzip -9\`**`);
    expect(quoted).toContain(`budget ${budgetBytes().toLocaleString("en-US")}`);
  });

  it("has each figure in one marked place", () => {
    const readme = readFileSync("README.md", "utf8");
    for (const name of ["bundle", "tests"]) {
      expect(readme.split(`<!-- figures:${name} -->`)).toHaveLength(2);
    }
    expect(withFigure("a <!-- figures:x -->old<!-- /figures:x --> b", "x", "new")).toBe(
      "a <!-- figures:x -->new<!-- /figures:x --> b",
    );
  });
});
