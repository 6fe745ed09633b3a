/**
 * The iframe embed page's script (dist/cdn/embed.js, loaded by dist/cdn/embed.html), for CMSs
 * that strip scripts: `embed.html?story=URL&widget=timeline|quiz[&article=URL][&theme=…][&lang=…]`
 * shows one
 * widget alone and posts its content height to the parent page whenever it changes, as
 * `{sentinel: "amp", type: "embed-size", height}` for `<amp-iframe>` and as
 * `{type: "backstory:resize", height}` for any other host.
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
sheet.replaceSync(":root { color-scheme: light dark; } body { margin: 0; }");
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

if (!story) {
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
}

new ResizeObserver(postHeight).observe(document.documentElement);
