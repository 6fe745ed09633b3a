/**
 * Which sites the iframe embed page takes stories from: the origin rules, the page they are
 * written into, the build setting, and `backstory embed-page` run as a real process. What the
 * page then does in a browser is in test/e2e/embedding.test.ts.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { embedPageHtml, parseOrigin, parseOriginList } from "../../src/embed/allowed-origins.js";
import { backstory as run } from "./cli-process.js";

const TEMPLATE = readFileSync("src/embed/embed.html", "utf8");

const csp = (html: string) =>
  /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? "";
const listed = (html: string) =>
  /<meta name="backstory-story-origins" content="([^"]*)">/.exec(html)?.[1];

describe("origins the embed page may take stories from", () => {
  it.each([
    ["https://stories.example.com", "https://stories.example.com"],
    ["https://stories.example.com/", "https://stories.example.com"],
    ["  HTTPS://Stories.Example.COM:8443 ", "https://stories.example.com:8443"],
    ["http://127.0.0.1:4173", "http://127.0.0.1:4173"],
  ])("reads %j as %j", (value, origin) => {
    expect(parseOrigin(value)).toBe(origin);
  });

  it.each([
    ["*", /would let every site show its stories/],
    ["stories.example.com", /is not an origin/],
    ["ftp://stories.example.com", /is not a web origin \(it starts with ftp:\)/],
    ["data:application/json,{}", /is not a web origin/],
    [
      "https://stories.example.com/musk.json",
      /is an address, not an origin: use https:\/\/stories\.example\.com/,
    ],
    ["https://stories.example.com/?x=1", /is an address, not an origin/],
    ["https://editor:secret@stories.example.com", /is an address, not an origin/],
  ])("refuses %j, saying how to write one", (value, message) => {
    expect(() => parseOrigin(value)).toThrow(message);
    expect(() => parseOrigin(value)).toThrow("Write it as https://stories.example.com");
  });

  it("reads the build setting's list, separated by spaces or commas, each once", () => {
    expect(parseOriginList("https://a.example, https://b.example  https://a.example/")).toEqual([
      "https://a.example",
      "https://b.example",
    ]);
    expect(parseOriginList("")).toEqual([]);
    expect(parseOriginList(undefined)).toEqual([]);
    expect(() => parseOriginList("https://a.example https://b.example/story.json")).toThrow(
      /use https:\/\/b\.example/,
    );
  });
});

describe("the embed page with its origins", () => {
  it("connects to its own origin only, and lists none, as the template is", () => {
    expect(csp(TEMPLATE)).toContain("connect-src 'self';");
    expect(csp(TEMPLATE)).not.toMatch(/connect-src[^;]*\*/);
    expect(listed(TEMPLATE)).toBe("");
    expect(embedPageHtml(TEMPLATE, [])).toBe(TEMPLATE);
  });

  it("lists the allowed origins for embed.js and in connect-src, and nothing else changes", () => {
    const html = embedPageHtml(TEMPLATE, ["https://a.example", "https://b.example:8443/"]);
    expect(csp(html)).toContain("connect-src 'self' https://a.example https://b.example:8443;");
    expect(listed(html)).toBe("https://a.example https://b.example:8443");
    expect(csp(html).replace(/connect-src[^;]*/, "")).toBe(
      csp(TEMPLATE).replace(/connect-src[^;]*/, ""),
    );
  });

  it("replaces an earlier list instead of adding to it", () => {
    const first = embedPageHtml(TEMPLATE, ["https://a.example"]);
    const second = embedPageHtml(first, ["https://b.example"]);
    expect(listed(second)).toBe("https://b.example");
    expect(csp(second)).toContain("connect-src 'self' https://b.example;");
    expect(embedPageHtml(second, [])).toBe(TEMPLATE);
  });

  it("refuses a page that is not the embed page, and an origin that is not one", () => {
    expect(() => embedPageHtml("<!doctype html><p>Hello</p>", [])).toThrow(
      /not Backstory's embed page/,
    );
    expect(() => embedPageHtml(TEMPLATE, ["*"])).toThrow(/every site/);
  });
});

describe("backstory embed-page", () => {
  beforeAll(() => {
    try {
      execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { stdio: "pipe" });
    } catch {
      // Errors in files other helpers are still writing; tsc emits the command line anyway.
    }
    if (!existsSync("dist/cli/commands/embed-page.js")) throw new Error("the CLI did not compile");
    if (!existsSync("dist/cdn/embed.html")) throw new Error("run npm run build first");
  }, 120_000);

  it("writes the page and its two scripts, taking stories from the origins given", () => {
    const folder = join(mkdtempSync(join(tmpdir(), "backstory-embed-page-")), "public", "cdn");
    const { status, stdout, stderr } = run(
      "embed-page",
      "--out",
      folder,
      "--allow-origin",
      "https://stories.example.com",
      "--allow-origin",
      "https://archive.example.com/",
    );
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toContain(
      "shows stories from its own origin and https://stories.example.com, https://archive.example.com",
    );
    const html = readFileSync(join(folder, "embed.html"), "utf8");
    expect(listed(html)).toBe("https://stories.example.com https://archive.example.com");
    expect(csp(html)).toContain(
      "connect-src 'self' https://stories.example.com https://archive.example.com;",
    );
    for (const file of ["embed.js", "backstory.js"]) {
      expect(readFileSync(join(folder, file))).toEqual(readFileSync(join("dist/cdn", file)));
    }
  });

  it("says so when the page takes stories from its own origin only", () => {
    const folder = mkdtempSync(join(tmpdir(), "backstory-embed-page-"));
    const { status, stdout } = run("embed-page", "--out", folder);
    expect(status).toBe(0);
    expect(stdout).toContain("its own origin only (add others with --allow-origin)");
    expect(listed(readFileSync(join(folder, "embed.html"), "utf8"))).toBe("");
  });

  it.each([
    [["--allow-origin", "https://stories.example.com"], "--out is required."],
    [["--out", "x", "--allow-origin", "*"], '--allow-origin: "*" would let every site'],
    [
      ["--out", "x", "--allow-origin", "https://stories.example.com/musk.json"],
      "use https://stories.example.com",
    ],
  ])("refuses %j with a usage error", (args, message) => {
    const { status, stderr } = run("embed-page", ...args);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
  });
});
