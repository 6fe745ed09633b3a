/**
 * How the stories put the elements on the page: every control (args) maps to the element's
 * public attribute or property of the same name, and every `--backstory-*` control to the custom
 * property, set on the element as a newsroom stylesheet would.
 */
import type { ArgTypes } from "@storybook/web-components";
import { html, nothing } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { styleMap } from "lit/directives/style-map.js";
import { themeTokens } from "./manifest.js";

export type Theme = "auto" | "light" | "dark";

/** What the render functions need of Storybook's story context. */
export interface RenderContext {
  globals: Record<string, unknown>;
}

export interface CommonArgs {
  src?: string;
  story?: unknown;
  theme?: Theme;
  lang?: string;
  "heading-level"?: number;
  /** Storybook is where editors work: on unless a story turns it off to show what readers see. */
  editor?: boolean;
  strings?: Record<string, string>;
  /** A translation (`strings/*.json`), given as a `data-backstory-strings` block inside the element. */
  translation?: object;
  /** Documented in the table as properties; set through their attributes' controls. */
  headingLevel?: number;
  [token: `--backstory-${string}`]: string | undefined;
}

export interface TimelineArgs extends CommonArgs {
  "selected-id"?: string;
  "deep-link"?: string;
  selectedId?: string;
  deepLink?: string;
  storyId?: string;
  onBackstorySelect?: (event: Event) => void;
  onBackstoryReady?: (event: Event) => void;
}

export interface QuizArgs extends CommonArgs {
  "no-persist"?: boolean;
  noPersist?: boolean;
  onBackstoryAnswer?: (event: Event) => void;
  onBackstoryComplete?: (event: Event) => void;
  onBackstoryReady?: (event: Event) => void;
}

/** The widget's theme: its own control, or the toolbar's scheme when that control is auto. */
export function themeFor(args: CommonArgs, context: RenderContext): Theme {
  if (args.theme && args.theme !== "auto") return args.theme;
  const scheme = context.globals.scheme as Theme | undefined;
  return scheme === "light" || scheme === "dark" ? scheme : "auto";
}

/** The `--backstory-*` controls that have a value, as inline custom properties. */
export function tokenStyles(args: object): Record<string, string> {
  const styles: Record<string, string> = {};
  for (const [name, value] of Object.entries(args)) {
    if (name.startsWith("--backstory-") && typeof value === "string" && value.trim()) {
      styles[name] = value.trim();
    }
  }
  return styles;
}

/** Colours a designer may want one click away in the colour pickers. */
const PRESET_COLOURS = [
  "#111111",
  "#ffffff",
  "#f6f1e7",
  "#121212",
  "#0b57d0",
  "#8ab4ff",
  "#c70000",
  "#052962",
  "#ffe500",
  "#146c2e",
];

export const FONT_STACKS = [
  "",
  "Georgia, 'Times New Roman', serif",
  "system-ui, sans-serif",
  "'Helvetica Neue', Arial, sans-serif",
  "ui-monospace, 'SFMono-Regular', Menlo, monospace",
];

/** A control for every public custom property, in the docs' "css custom properties" group. */
export function tokenArgTypes(tag: string): ArgTypes {
  const argTypes: ArgTypes = {};
  for (const token of themeTokens()) {
    if (!token.elements.includes(tag)) continue;
    const control = token.name.includes("-color-")
      ? { type: "color" as const, presetColors: PRESET_COLOURS }
      : token.name === "--backstory-font-family"
        ? { type: "select" as const, labels: { "": "(the page's font)" } }
        : { type: "text" as const };
    argTypes[token.name] = {
      name: token.name,
      description: token.descriptions[tag] || token.description,
      control,
      ...(token.name === "--backstory-font-family" ? { options: FONT_STACKS } : {}),
      table: { category: "css custom properties" },
    };
  }
  return argTypes;
}

/**
 * Event handlers (for the Actions panel) stay out of the table, whose "events" rows describe the
 * events themselves; those rows get no control, since there is nothing to set.
 */
export function eventArgTypes(events: string[]): ArgTypes {
  const argTypes: ArgTypes = {};
  for (const event of events) {
    const handler = `on${event.replace(/(^|-)([a-z])/g, (_, _dash, letter: string) => letter.toUpperCase())}`;
    argTypes[handler] = { table: { disable: true } };
    argTypes[event] = { control: false, table: { category: "events" } };
  }
  return argTypes;
}

/** Shared controls of both elements; camel-case duplicates of attributes stay in the table only. */
export const commonArgTypes: ArgTypes = {
  src: { control: "text", table: { category: "attributes" } },
  theme: {
    control: "inline-radio",
    options: ["auto", "light", "dark"],
    table: { category: "attributes" },
  },
  lang: { control: "text", table: { category: "attributes" } },
  "heading-level": {
    control: { type: "number", min: 1, max: 6, step: 1 },
    table: { category: "attributes" },
  },
  editor: { control: "boolean", table: { category: "attributes" } },
  story: { control: "object", table: { category: "properties" } },
  strings: { control: "object", table: { category: "properties" } },
  translation: { control: false, table: { disable: true } },
  headingLevel: { control: false },
};

/** A `data-backstory-strings` block, as a newsroom's page declares a translation without a script. */
function stringsBlock(translation: object | undefined) {
  if (!translation) return nothing;
  const script = document.createElement("script");
  script.type = "application/json";
  script.dataset.backstoryStrings = "";
  script.textContent = JSON.stringify(translation);
  return script;
}

export function renderTimeline(args: TimelineArgs, context: RenderContext) {
  return html`<backstory-timeline
    src=${ifDefined(args.src || undefined)}
    ?editor=${args.editor ?? true}
    selected-id=${ifDefined(args["selected-id"] || undefined)}
    theme=${themeFor(args, context)}
    lang=${ifDefined(args.lang || undefined)}
    heading-level=${ifDefined(args["heading-level"])}
    deep-link=${ifDefined(args["deep-link"] ?? undefined)}
    .story=${args.story}
    .strings=${args.strings ?? {}}
    style=${styleMap(tokenStyles(args))}
    @backstory-select=${args.onBackstorySelect ?? nothing}
    @backstory-ready=${args.onBackstoryReady ?? nothing}
  >${stringsBlock(args.translation)}</backstory-timeline>`;
}

export function renderQuiz(args: QuizArgs, context: RenderContext) {
  return html`<backstory-quiz
    src=${ifDefined(args.src || undefined)}
    ?editor=${args.editor ?? true}
    theme=${themeFor(args, context)}
    lang=${ifDefined(args.lang || undefined)}
    heading-level=${ifDefined(args["heading-level"])}
    ?no-persist=${args["no-persist"] ?? false}
    .story=${args.story}
    .strings=${args.strings ?? {}}
    style=${styleMap(tokenStyles(args))}
    @backstory-answer=${args.onBackstoryAnswer ?? nothing}
    @backstory-complete=${args.onBackstoryComplete ?? nothing}
    @backstory-ready=${args.onBackstoryReady ?? nothing}
  >${stringsBlock(args.translation)}</backstory-quiz>`;
}

/** A box of a given width, to show the layout a container of that size gets. */
export function inContainer(width: string, content: unknown) {
  return html`<div style=${styleMap({ inlineSize: width, maxInlineSize: "100%", outline: "1px dashed GrayText", outlineOffset: "4px" })}>${content}</div>`;
}
