/**
 * What `backstory build` writes beside a built story for hosts that cannot run the script-tag
 * snippet: the fallback of each widget as JSON (the WordPress plugin renders it server-side), and,
 * given the story's public address, one page per widget with its oEmbed provider JSON, so that
 * pasting the page's address into WordPress (or any oEmbed consumer) embeds the widget.
 *
 * WordPress runs an unlisted provider's HTML through its filter: only `a`, `blockquote` and one
 * `iframe` survive, the iframe gets `sandbox="allow-scripts"` and stays hidden until it posts its
 * height; the blockquote is what readers see until then, and without JavaScript.
 */
import { escapeHtml, type FallbackWidget, fallbackHtml } from "../data/fallback-html.js";
import type { Story } from "../data/story-format.js";

/** Initial frame sizes, until the page posts its own height (the snippet's reserved heights). */
export const OEMBED_WIDTH = 640;
export const OEMBED_HEIGHT: Readonly<Record<FallbackWidget, number>> = { timeline: 576, quiz: 608 };

/** The widgets a story can show: the quiz only when it has one. */
export function storyWidgets(story: Story): FallbackWidget[] {
  return story.quiz ? ["timeline", "quiz"] : ["timeline"];
}

export function widgetTitle(story: Story, widget: FallbackWidget): string {
  return widget === "timeline"
    ? (story.timeline.title ?? "Timeline")
    : (story.quiz?.title ?? "Quiz");
}

/** `<base>.fallback.json`: each widget's fallback exactly as `backstory fallback --widget W` prints it. */
export interface FallbackFile {
  version: 1;
  language: string;
  headline: string;
  widgets: Partial<Record<FallbackWidget, { title: string; html: string }>>;
}

export function fallbackFile(story: Story): FallbackFile {
  const widgets: FallbackFile["widgets"] = {};
  for (const widget of storyWidgets(story)) {
    widgets[widget] = { title: widgetTitle(story, widget), html: fallbackHtml(story, widget) };
  }
  return {
    version: 1,
    language: story.article.language,
    headline: story.article.headline,
    widgets,
  };
}

/** The files beside `<base>.json`, by name. */
export function companionNames(base: string, widget: FallbackWidget) {
  return { page: `${base}.${widget}.html`, oembed: `${base}.${widget}.oembed.json` };
}

export interface OembedOptions {
  /** Public address of the widget's page (the iframe's `src`). */
  pageUrl: string;
  widget: FallbackWidget;
  /** The consumer's limits, in CSS pixels (oEmbed's `maxwidth` and `maxheight`). */
  maxwidth?: number;
  maxheight?: number;
}

/**
 * An oEmbed 1.0 `rich` response for one widget. The frame is as wide as the column (a fixed width
 * would run off a phone's screen; WordPress's filter lets no style through, but keeps width="100%");
 * `width` says how wide it is at most.
 */
export function oembedResponse(story: Story, options: OembedOptions) {
  const width = Math.min(OEMBED_WIDTH, positive(options.maxwidth) ?? OEMBED_WIDTH);
  const height = Math.min(
    OEMBED_HEIGHT[options.widget],
    positive(options.maxheight) ?? OEMBED_HEIGHT[options.widget],
  );
  const title = widgetTitle(story, options.widget);
  const link = story.article.url ?? options.pageUrl;
  const html =
    `<blockquote><a href="${escapeHtml(link)}">${escapeHtml(title)}</a></blockquote>` +
    `<iframe src="${escapeHtml(options.pageUrl)}" width="100%" height="${height}" title="${escapeHtml(title)}" frameborder="0"></iframe>`;
  return {
    version: "1.0",
    type: "rich",
    provider_name: "Backstory",
    title,
    width,
    height,
    html,
  };
}

function positive(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;
}

export interface WidgetPageOptions {
  widget: FallbackWidget;
  /** The built story's file name, beside the page. */
  storyFile: string;
  /** Folder address of `backstory.js` and `embed.js` (dist/cdn/), ending in "/". */
  bundleUrl: string;
  /** Public address of the page's oEmbed JSON, for discovery. */
  oembedUrl: string;
}

/**
 * A page that shows one widget alone, with the fallback inside it and the oEmbed discovery link:
 * the address an editor pastes, and the page the oEmbed iframe shows. embed.js posts its height.
 */
export function widgetPageHtml(story: Story, options: WidgetPageOptions): string {
  const { widget } = options;
  const title = widgetTitle(story, widget);
  const bundleOrigin = /^https?:\/\/[^/]+/i.exec(options.bundleUrl)?.[0];
  const scripts = bundleOrigin ? `'self' ${bundleOrigin}` : "'self'";
  const csp = `default-src 'self'; script-src ${scripts}; style-src 'self'; img-src * data:; connect-src *; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="${escapeHtml(story.article.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<title>${escapeHtml(title)}</title>
<link rel="alternate" type="application/json+oembed" href="${escapeHtml(options.oembedUrl)}" title="${escapeHtml(title)}">
<script type="module" src="${escapeHtml(`${options.bundleUrl}backstory.js`)}"></script>
<script type="module" src="${escapeHtml(`${options.bundleUrl}embed.js`)}"></script>
</head>
<body>
<backstory-${widget} src="${escapeHtml(options.storyFile)}">
${fallbackHtml(story, widget)}
</backstory-${widget}>
</body>
</html>
`;
}
