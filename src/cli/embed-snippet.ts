/**
 * The HTML a web producer pastes into a CMS page: the script tag, the element(s) pointing at the
 * story, a reserved height, and the no-JavaScript fallback inside each element. Also the `<iframe>`
 * snippet for CMSs that strip scripts.
 *
 * Reserved height, without layout shift: the element's box must be as tall before it upgrades
 * (fallback shown), while it loads, and once rendered. The default snippet sets an inline
 * `min-height` on the element and caps the fallback at the same height (it scrolls inside it). A
 * strict Content-Security-Policy blocks inline style attributes, so the `csp` variant has none: the
 * host puts `embedStylesheet()` in its own stylesheet instead (`:not(:defined)` needs no script).
 * `display: flow-root` keeps the margins of the element's first and last children inside its box;
 * with `block` they would collapse through it and move the element when it upgrades.
 *
 * A fallback taller than the reserved height scrolls inside it, and its last lines fade out, so
 * that a reader without JavaScript sees that it continues rather than a box cut mid-sentence. The
 * fade is a mask (it needs no colour of the host's background), over bottom padding, so the last
 * line shows in full when scrolled to; the focus ring is drawn inside the box, where the mask
 * keeps it.
 */

import { escapeHtml, type FallbackWidget, fallbackHtml } from "../data/fallback-html.js";
import type { Story } from "../data/story-format.js";
import { sealStory } from "../data/story-seal.js";

export const EMBED_WIDGETS = ["timeline", "quiz", "both"] as const;
export type EmbedWidget = (typeof EMBED_WIDGETS)[number];

/** Where `npm start` (and a copy of `dist/` at a site's root) serves the script-tag bundle. */
export const DEFAULT_SCRIPT_URL = "/cdn/backstory.js";

/**
 * Heights reserved by default: at least the rendered widget's first view at article widths of
 * 320 to 1280 px (measured with the article's story: the timeline 995 px at 1280 px, 1,073 px at
 * 672 px, 1,306 px at 390 px and 1,508 px at 320 px, the same whichever event is selected, as
 * its detail panel keeps the height of the tallest; the quiz 608 px). The timeline's grows as the
 * window narrows, from 67rem at 672 px and wider to 94rem at 320 px.
 */
export const RESERVED_HEIGHT: Readonly<Record<FallbackWidget, string>> = {
  timeline: "clamp(67rem, calc(94rem - (100vw - 320px) * 1.23), 94rem)",
  quiz: "38rem",
};

export interface EmbedOptions {
  /** Address of the story file, as the page will request it. */
  src?: string;
  /** Put the story itself inside the element instead of pointing at a file. */
  inline?: boolean;
  widget?: EmbedWidget;
  /** Address of `backstory.js`. */
  script?: string;
  /** No inline style attributes, for pages under a strict Content-Security-Policy. */
  csp?: boolean;
  /** Reserved height (a CSS length), instead of each widget's default. */
  height?: string;
}

/** The fallback's scroll box, with the fade that says it continues (declarations, CSS syntax). */
const SCROLL_DECLARATIONS = [
  "overflow: auto",
  "box-sizing: border-box",
  "padding-block-end: 3rem",
  "mask-image: linear-gradient(#000 calc(100% - 4rem), #0003)",
  "outline-offset: -3px",
];
const SCROLL_BOX = SCROLL_DECLARATIONS.join("; ");
/** The same as an inline style (the WordPress plugin writes it too). */
export const SCROLL_STYLE = SCROLL_DECLARATIONS.map((rule) => rule.replace(": ", ":")).join(";");

/** Rules a host under a strict CSP adds to its own stylesheet (nothing inline is allowed there). */
export function embedStylesheet(height?: string): string {
  const timeline = height ?? RESERVED_HEIGHT.timeline;
  const quiz = height ?? RESERVED_HEIGHT.quiz;
  return `backstory-timeline, backstory-quiz { display: flow-root; }
backstory-timeline { min-height: ${timeline}; }
backstory-quiz { min-height: ${quiz}; }
backstory-timeline:not(:defined) > .backstory-fallback { max-height: ${timeline}; ${SCROLL_BOX}; }
backstory-quiz:not(:defined) > .backstory-fallback { max-height: ${quiz}; ${SCROLL_BOX}; }
@media print { .backstory-fallback { max-height: none; mask-image: none; } }`;
}

const CSS_LENGTH = /^\d+(\.\d+)?(px|rem|em|vh|svh|lvh|dvh)$/;

/** A relative address or an http(s) one: nothing that runs (`javascript:`) or embeds (`data:`). */
export function isSafeUrl(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim());
  return !scheme || /^https?$/i.test(scheme[1] ?? "");
}

export function isCssLength(text: string): boolean {
  return CSS_LENGTH.test(text);
}

/**
 * The story as a JSON data block: `<` escaped so that no text in it can close the script. Sealed
 * (story-seal.ts), since `backstory embed` has checked it: the page never loads the checker.
 */
export function inlineStoryJson(story: Story): string {
  return `<script type="application/json">${JSON.stringify(sealStory(story)).replace(/</g, "\\u003c")}</script>`;
}

function widgetsOf(widget: EmbedWidget): FallbackWidget[] {
  return widget === "both" ? ["timeline", "quiz"] : [widget];
}

function widgetLabel(story: Story, widget: FallbackWidget): string {
  return widget === "timeline"
    ? (story.timeline.title ?? "Timeline")
    : (story.quiz?.title ?? "Quiz");
}

function elementHtml(story: Story, widget: FallbackWidget, options: EmbedOptions): string {
  const height = options.height ?? RESERVED_HEIGHT[widget];
  const attributes: string[] = [];
  if (!options.inline && options.src) attributes.push(`src="${escapeHtml(options.src)}"`);
  if (!options.csp) attributes.push(`style="display:flow-root;min-height:${escapeHtml(height)}"`);
  const fallback = fallbackHtml(story, widget, {
    // A scrolling region must be reachable by keyboard and named.
    attributes: {
      role: "region",
      "aria-label": widgetLabel(story, widget),
      tabindex: "0",
      ...(options.csp ? {} : { style: `max-height:${height};${SCROLL_STYLE}` }),
    },
  });
  const tag = `backstory-${widget}`;
  const inline = options.inline ? [inlineStoryJson(story)] : [];
  return [
    `<${tag} ${attributes.join(" ")}>`.replace(" >", ">"),
    ...inline,
    fallback,
    `</${tag}>`,
  ].join("\n");
}

/** The script-tag snippet. Throws when a widget has nothing to show or an option is unsafe. */
export function embedSnippet(story: Story, options: EmbedOptions): string {
  const script = options.script ?? DEFAULT_SCRIPT_URL;
  const widgets = widgetsOf(options.widget ?? "both");
  if (!options.inline && !options.src) throw new Error("give the story's address or inline it.");
  for (const [name, url] of [
    ["script", script],
    ["src", options.src],
  ] as const) {
    if (url !== undefined && !isSafeUrl(url)) {
      throw new Error(`--${name} must be a relative or http(s) address, not "${url}".`);
    }
  }
  if (options.height !== undefined && !isCssLength(options.height)) {
    throw new Error(
      `--height must be a CSS length such as 36rem or 600px, not "${options.height}".`,
    );
  }
  if (widgets.includes("quiz") && !story.quiz) throw new Error("the story has no quiz.");
  const lines = [
    `<!-- Backstory: ${escapeHtml(widgets.join(" and "))} for “${escapeHtml(story.article.headline)}” -->`,
  ];
  if (options.csp) {
    lines.push(
      "<!-- Strict Content-Security-Policy: this snippet has no inline styles. To reserve the",
      "     widgets' height (no layout shift), add these rules to the site's own stylesheet:",
      ...embedStylesheet(options.height)
        .split("\n")
        .map((line) => `     ${line}`),
      "-->",
    );
  }
  // The story downloads alongside the script instead of after it: the element's own fetch (same
  // mode and credentials) then takes the preloaded answer.
  if (!options.inline && options.src) {
    lines.push(`<link rel="preload" href="${escapeHtml(options.src)}" as="fetch" crossorigin>`);
  }
  lines.push(`<script type="module" src="${escapeHtml(script)}"></script>`);
  for (const widget of widgets) lines.push(elementHtml(story, widget, options));
  return lines.join("\n");
}

export interface IframeOptions {
  /** Address of `embed.html` (from `dist/cdn/`). */
  page: string;
  /** Address of the story file, as the embed page will request it. */
  src: string;
  widget?: EmbedWidget;
  /** Initial height in CSS pixels, until the embed page posts its own. */
  height?: number;
  /** The host article's address, for "Read it in the article" links from inside the frame. */
  article?: string;
}

/** The `<iframe>` snippet, one frame per widget. */
export function iframeSnippet(story: Story, options: IframeOptions): string {
  for (const url of [options.page, options.src]) {
    if (!isSafeUrl(url)) throw new Error(`"${url}" is not a relative or http(s) address.`);
  }
  if (options.article !== undefined && !/^https?:\/\/\S+$/i.test(options.article)) {
    throw new Error(`--article-url must be a full http(s) address, not "${options.article}".`);
  }
  const widgets = widgetsOf(options.widget ?? "both");
  if (widgets.includes("quiz") && !story.quiz) throw new Error("the story has no quiz.");
  return widgets
    .map((widget) => {
      const article = options.article ? `&article=${encodeURIComponent(options.article)}` : "";
      const query = `story=${encodeURIComponent(options.src)}&widget=${widget}${article}`;
      const page = `${options.page}${options.page.includes("?") ? "&" : "?"}${query}`;
      const height = options.height ?? (widget === "timeline" ? 576 : 512);
      return `<iframe class="backstory-frame" src="${escapeHtml(page)}" title="${escapeHtml(widgetLabel(story, widget))}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
    })
    .join("\n");
}
