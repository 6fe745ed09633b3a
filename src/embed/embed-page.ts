/**
 * The iframe embed page's script (dist/cdn/embed.js, loaded by dist/cdn/embed.html), for CMSs
 * that strip scripts: `embed.html?story=URL&widget=timeline|quiz[&article=URL][&theme=…][&lang=…]`
 * shows one
 * widget alone and posts its content height to the parent page whenever it changes, as
 * `{sentinel: "amp", type: "embed-size", height}` for `<amp-iframe>` and as
 * `{type: "backstory:resize", height}` for any other host.
 *
 * A page that already holds its widget (the per-widget pages `backstory build --public-url` writes,
 * which WordPress and other oEmbed consumers frame) only needs the heights posted. Inside
 * WordPress's frame (`sandbox="allow-scripts"`, `#?secret=…` added to the address by
 * WordPress) the height also goes out as WordPress's own `{message: "height", value, secret}`,
 * which its wp-embed script applies; it asks again with `{message: "ready"}` once it listens.
 *
 * A separate file because Content-Security-Policy forbids inline scripts. It imports nothing:
 * embed.html loads backstory.js beside it, and the element upgrades whenever that has run.
 */

export interface BackstoryResizeMessage {
  type: "backstory:resize";
  /** The page's content height, in CSS pixels. */
  height: number;
}

const WIDGETS = ["timeline", "quiz"];
/** Attributes a host may pass through the query string. */
const PASSED_ATTRIBUTES = ["theme", "lang"];

const sheet = new CSSStyleSheet();
// A constructed stylesheet, since the page allows no inline style.
// A frame inherits no font from the page around it: the system's sans-serif, not the browser's serif.
sheet.replaceSync(
  ":root { color-scheme: light dark; font: 16px/1.5 system-ui, sans-serif; } body { margin: 0; }",
);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

function showProblem(text: string): void {
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.textContent = text;
  document.body.append(message);
}

const params = new URLSearchParams(location.search);
const story = params.get("story");
const article = params.get("article");

// "Read it in the article" links go to the host article, in the whole window, not in this frame.
if (article && /^https?:\/\//i.test(article)) {
  const base = document.createElement("base");
  base.href = article;
  base.target = "_top";
  document.head.append(base);
}
const widget = params.get("widget") ?? "timeline";

if (document.querySelector("backstory-timeline, backstory-quiz")) {
  // The page holds its own widget: nothing to create.
} else if (!story) {
  showProblem("Backstory: this embed page needs ?story=ADDRESS with the story file's address.");
} else if (!WIDGETS.includes(widget)) {
  showProblem(`Backstory: widget must be "timeline" or "quiz", not "${widget}".`);
} else {
  const element = document.createElement(`backstory-${widget}`);
  element.setAttribute("src", story);
  for (const name of PASSED_ATTRIBUTES) {
    const value = params.get(name);
    if (value) element.setAttribute(name, value);
  }
  document.body.append(element);
}

/** The secret WordPress's wp-embed script puts in a framed page's address, and matches on. */
const wordpressSecret = /[#&?]secret=([A-Za-z0-9]+)/.exec(location.hash)?.[1];

let lastHeight = -1;
function postHeight(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  // Heights are not secret, and the host's origin is not known here: any parent may read them.
  window.parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
  window.parent.postMessage(
    { type: "backstory:resize", height } satisfies BackstoryResizeMessage,
    "*",
  );
  if (wordpressSecret) {
    window.parent.postMessage({ message: "height", value: height, secret: wordpressSecret }, "*");
  }
}

addEventListener("message", (event) => {
  const data = event.data as { message?: unknown; secret?: unknown } | null;
  if (event.source !== window.parent || data?.message !== "ready") return;
  if (data.secret !== wordpressSecret) return;
  lastHeight = -1;
  postHeight();
});

new ResizeObserver(postHeight).observe(document.documentElement);
// Chromium stops updating the rendering, ResizeObserver included, of a cross-origin frame that
// is out of sight, and WordPress keeps its frame clipped to nothing until the first height
// arrives: so the height also goes out now, once the widget has rendered, and on load.
postHeight();
document.addEventListener("backstory-ready", postHeight);
addEventListener("load", postHeight);
