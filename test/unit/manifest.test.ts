/**
 * The custom elements manifest is what Storybook's docs tables, editors and framework wrappers
 * read: it must list exactly the public API the README documents, and none of the elements'
 * internal state. Reads the built file (`npm run build:manifest`).
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  members?: Member[];
  events?: { name: string }[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
interface Described {
  name: string;
  description?: string;
}

const MANIFEST = "custom-elements.json";

function element(tag: string): Declaration {
  if (!existsSync(MANIFEST)) throw new Error(`${MANIFEST} is missing: run npm run build first.`);
  const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as {
    modules: { declarations?: Declaration[] }[];
  };
  const found = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.customElement && declaration.tagName === tag);
  if (!found) throw new Error(`${MANIFEST} has no <${tag}>.`);
  return found;
}

const publicMembers = (declaration: Declaration, kind: string) =>
  (declaration.members ?? [])
    .filter((member) => member.kind === kind && !member.static)
    .filter((member) => member.privacy !== "private" && member.privacy !== "protected")
    .map((member) => member.name)
    .sort();

/** The README's part on the elements, where every public name must appear in backticks. */
const documented = (() => {
  const readme = readFileSync("README.md", "utf8");
  const start = readme.indexOf("## The elements");
  return readme.slice(start, readme.indexOf("\n## ", start + 1));
})();

const SHARED = {
  attributes: ["editor", "heading-level", "lang", "src", "theme"],
  fields: ["editor", "headingLevel", "lang", "src", "story", "storyId", "strings", "theme"],
};

const API = {
  "backstory-timeline": {
    attributes: [...SHARED.attributes, "deep-link", "selected-id"],
    fields: [...SHARED.fields, "deepLink", "selectedId"],
    methods: ["next", "previous", "reveal", "select"],
    events: ["backstory-ready", "backstory-select"],
  },
  "backstory-quiz": {
    attributes: [...SHARED.attributes, "no-persist"],
    fields: [...SHARED.fields, "noPersist"],
    methods: [],
    events: ["backstory-answer", "backstory-complete", "backstory-ready"],
  },
};

describe("custom-elements.json", () => {
  for (const [tag, api] of Object.entries(API)) {
    describe(`<${tag}>`, () => {
      const declaration = () => element(tag);

      it("lists exactly the public attributes", () => {
        const names = (declaration().attributes ?? []).map((attribute) => attribute.name);
        expect(names.sort()).toEqual([...api.attributes].sort());
      });

      it("lists exactly the public properties and methods", () => {
        expect(publicMembers(declaration(), "field")).toEqual([...api.fields].sort());
        expect(publicMembers(declaration(), "method")).toEqual([...api.methods].sort());
      });

      it("lists every event it fires", () => {
        const names = (declaration().events ?? []).map((event) => event.name);
        expect(names.sort()).toEqual([...api.events].sort());
      });

      it("documents each of them in the README", () => {
        const names = [...api.attributes, ...api.fields, ...api.methods, ...api.events];
        const missing = names.filter(
          (name) => !documented.includes(`\`${name}\``) && !documented.includes(`\`${name}(`),
        );
        expect(missing).toEqual([]);
      });
    });
  }

  describe("styling hooks both elements share", () => {
    const described = (tag: string, kind: "cssParts" | "cssProperties") =>
      new Map((element(tag)[kind] ?? []).map((hook) => [hook.name, hook.description]));

    for (const kind of ["cssParts", "cssProperties"] as const) {
      it(`describes each shared ${kind === "cssParts" ? "part" : "custom property"} once, in the same words`, () => {
        const timeline = described("backstory-timeline", kind);
        const quiz = described("backstory-quiz", kind);
        const shared = [...timeline.keys()].filter((name) => quiz.has(name) && name !== "heading");
        expect(shared.length).toBeGreaterThan(kind === "cssParts" ? 3 : 10);
        for (const name of shared) {
          expect(quiz.get(name), name).toBe(timeline.get(name));
          expect(quiz.get(name), name).toBeTruthy();
        }
      });
    }

    it("documents every --backstory- custom property the styles use", () => {
      const used = new Set<string>();
      for (const file of [
        "src/elements/shared/theme.styles.ts",
        "src/elements/timeline/backstory-timeline.styles.ts",
        "src/elements/quiz/backstory-quiz.styles.ts",
      ]) {
        for (const [name] of readFileSync(file, "utf8").matchAll(/--backstory-[a-z-]+(?=[,)])/g)) {
          used.add(name);
        }
      }
      const listed = new Set([
        ...described("backstory-timeline", "cssProperties").keys(),
        ...described("backstory-quiz", "cssProperties").keys(),
      ]);
      expect([...used].filter((name) => !listed.has(name))).toEqual([]);
    });
  });
});
