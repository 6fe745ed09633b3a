/**
 * The studio's server: the story file on disk is the only store, written atomically, and a save
 * made from an older version of the file is refused with the file's new text.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../../src/cli/backstory.js";
import { studioFiles } from "../../../src/cli/commands/studio.js";
import { type ProjectState, startStudioServer } from "../../../src/cli/studio-server.js";

const servers: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function studioIn(folder: string, storyName = "story.json") {
  const assets = join(folder, "assets");
  mkdirSync(assets, { recursive: true });
  writeFileSync(join(assets, "index.html"), "<!doctype html><title>Studio</title>");
  writeFileSync(join(folder, "article.txt"), "First paragraph.\n\nSecond paragraph.\n");
  const server = await startStudioServer({
    storyPath: join(folder, storyName),
    articlePath: join(folder, "article.txt"),
    assets,
  });
  servers.push(server);
  return server;
}

function save(url: string, base: string, text: string) {
  return fetch(`${url}api/story`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ base, text }),
  });
}

describe("backstory studio's server", () => {
  it("serves the page and the project, with no story file yet", async () => {
    const folder = mkdtempSync(join(tmpdir(), "studio-"));
    const { url } = await studioIn(folder);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await (await fetch(url)).text()).toContain("<title>Studio</title>");
    const project = (await (await fetch(`${url}api/project`)).json()) as ProjectState;
    expect(project.storyText).toBeNull();
    expect(project.revision).toBe("missing");
    expect(project.articleText).toContain("Second paragraph.");
    expect(project.cannotWrite).toBeNull();
  });

  it("creates the file on the first save, and refuses a save made from an older version", async () => {
    const folder = mkdtempSync(join(tmpdir(), "studio-"));
    const { url } = await studioIn(folder);
    const first = await save(url, "missing", '{"version": 1}\n');
    expect(first.status).toBe(200);
    const { revision } = (await first.json()) as { revision: string };
    expect(readFileSync(join(folder, "story.json"), "utf8")).toBe('{"version": 1}\n');
    // No temporary file is left beside the story.
    expect(readdirSync(folder).sort()).toEqual(["article.txt", "assets", "story.json"]);

    // Another program changes the file: a save from the old revision is refused, with the new text.
    writeFileSync(join(folder, "story.json"), '{"version": 1, "id": "other"}\n');
    const stale = await save(url, revision, '{"version": 1, "id": "mine"}\n');
    expect(stale.status).toBe(409);
    const conflict = (await stale.json()) as { storyText: string; revision: string };
    expect(conflict.storyText).toContain('"other"');
    expect(readFileSync(join(folder, "story.json"), "utf8")).toContain('"other"');
    // Saving over it is the editor's choice: from the revision now on disk.
    expect((await save(url, conflict.revision, '{"id": "mine"}')).status).toBe(200);
    expect(readFileSync(join(folder, "story.json"), "utf8")).toBe('{"id": "mine"}');
  });

  it("says when it cannot write the story file", async () => {
    const folder = mkdtempSync(join(tmpdir(), "studio-"));
    const { url } = await studioIn(folder, "no-such-folder/story.json");
    const project = (await (await fetch(`${url}api/project`)).json()) as ProjectState;
    expect(project.cannotWrite).toMatch(/cannot save .*no-such-folder.*does not exist/);
    const refused = await save(url, "missing", "{}");
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toContain("cannot save");
  });

  it("answers only its own page", async () => {
    const folder = mkdtempSync(join(tmpdir(), "studio-"));
    const { url } = await studioIn(folder);
    const foreign = await fetch(`${url}api/project`, {
      headers: { origin: "https://example.com" },
    });
    expect(foreign.status).toBe(403);
    // fetch() cannot set Host: a name that resolves to 127.0.0.1 (DNS rebinding) is tried with http.
    const status = await new Promise<number | undefined>((done, fail) => {
      const request = http.get(`${url}api/story`, { headers: { host: "attacker.example" } });
      request.on("response", (response) => {
        response.resume();
        done(response.statusCode);
      });
      request.on("error", fail);
    });
    expect(status).toBe(403);
  });
});

describe("studioFiles", () => {
  it("takes story.json and article.txt from a folder, or a story file with --article", async () => {
    const folder = mkdtempSync(join(tmpdir(), "studio-"));
    expect(await studioFiles(folder, undefined)).toEqual({
      storyPath: join(folder, "story.json"),
      articlePath: join(folder, "article.txt"),
    });
    const story = join(folder, "story.json");
    expect((await studioFiles(story, "a.txt")).storyPath).toBe(story);
    await expect(studioFiles(story, undefined)).rejects.toThrow(/--article/);
  });
});

describe("backstory studio on the command line", () => {
  it("has help, and says what is wrong with its arguments", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const run = (...args: string[]) =>
      main(
        args,
        (line) => out.push(line),
        (line) => err.push(line),
      );
    expect(await run("studio", "--help")).toBe(0);
    expect(out.join("\n")).toContain("Usage: backstory studio [FOLDER | STORY --article TEXT]");
    expect(await run("studio", "a", "b")).toBe(2);
    expect(err.join("\n")).toContain('unexpected argument "b"');
    expect(await run("studio", "story.json")).toBe(2);
    expect(err.join("\n")).toContain("say where its article is with --article TEXT");
    expect(await run("studio", ".", "--port", "nine")).toBe(2);
    expect(err.join("\n")).toContain('--port must be a number from 0 to 65535, not "nine"');
    const folder = mkdtempSync(join(tmpdir(), "studio-"));
    expect(await run("studio", folder)).toBe(1);
    expect(err.join("\n")).toContain("article.txt: cannot read the article (no such file)");
  });
});
