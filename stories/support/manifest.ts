/**
 * The custom-elements manifest (`npm run build:manifest`, from the elements' JSDoc) that autodocs
 * and the theme page read, and the public custom properties, taken from the code itself.
 */
import { BackstoryQuiz } from "../../src/elements/quiz/backstory-quiz.js";
import { BackstoryTimeline } from "../../src/elements/timeline/backstory-timeline.js";

interface Declaration {
  name?: string;
  tagName?: string;
  customElement?: boolean;
  cssProperties?: { name: string; description?: string }[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

// A glob rather than an import: a clean clone has no manifest until `npm run build:manifest`,
// and Storybook should still start (without the docs tables) instead of failing to compile.
const found = import.meta.glob<Manifest>("../../custom-elements.json", {
  eager: true,
  import: "default",
});

/** Tag names of the element classes, for declarations the analyzer could not name. */
const TAGS: Record<string, string> = {
  BackstoryTimeline: "backstory-timeline",
  BackstoryQuiz: "backstory-quiz",
};

function loadManifest(): Manifest | undefined {
  const manifest = Object.values(found)[0];
  if (!manifest) {
    console.warn(
      "Backstory Storybook: custom-elements.json is missing, so the docs have no tables. Run `npm run build:manifest`.",
    );
    return undefined;
  }
  const copy = structuredClone(manifest);
  // The analyzer learns a tag name from `@tagname` or a customElements.define() call it can see;
  // the elements register through defineOnce(), so one without `@tagname` would have no docs.
  for (const module of copy.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      const tag = TAGS[declaration.name ?? ""];
      if (declaration.customElement && tag && !declaration.tagName) declaration.tagName = tag;
    }
  }
  return copy;
}

export const manifest = loadManifest();

function declaration(tag: string): Declaration | undefined {
  for (const module of manifest?.modules ?? []) {
    for (const item of module.declarations ?? []) if (item.tagName === tag) return item;
  }
  return undefined;
}

export interface ThemeToken {
  name: string;
  /** Every element's description of it, joined when they differ. */
  description: string;
  /** Each element's own description, by tag name. */
  descriptions: Record<string, string>;
  /** Which elements read it. */
  elements: string[];
}

/** Custom property names an element's stylesheets read. */
function readBy(styles: unknown): Set<string> {
  const sheets = [styles].flat(Number.POSITIVE_INFINITY) as { cssText?: string }[];
  const text = sheets.map((sheet) => sheet.cssText ?? "").join("\n");
  return new Set(text.match(/--backstory-[a-z0-9-]+/g) ?? []);
}

/**
 * Every public custom property: the ones the elements' styles actually read, described from the
 * JSDoc `@cssprop` tags. A property documented but never read, or read but undocumented, still
 * shows, so that the page never hides a mismatch.
 */
export function themeTokens(): ThemeToken[] {
  const tokens = new Map<string, ThemeToken>();
  const sources: [string, unknown][] = [
    ["backstory-timeline", BackstoryTimeline.styles],
    ["backstory-quiz", BackstoryQuiz.styles],
  ];
  for (const [tag, styles] of sources) {
    const documented = declaration(tag)?.cssProperties ?? [];
    const names = [...documented.map((item) => item.name), ...readBy(styles)];
    for (const name of names) {
      const token = tokens.get(name) ?? { name, description: "", descriptions: {}, elements: [] };
      const description = documented.find((item) => item.name === name)?.description ?? "";
      if (description) token.descriptions[tag] = description;
      // The elements may describe a shared property differently; show both.
      if (description && !token.description.includes(description)) {
        token.description = token.description
          ? `${token.description} / ${description}`
          : description;
      }
      if (!token.elements.includes(tag)) token.elements.push(tag);
      tokens.set(name, token);
    }
  }
  return [...tokens.values()];
}
