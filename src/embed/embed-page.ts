/**
 * The iframe embed page's script (dist/cdn/embed.js, loaded by dist/cdn/embed.html), for CMSs
 * that strip scripts: `embed.html?story=URL&widget=timeline|quiz[&article=URL][&theme=…][&lang=…]`
 * shows one
 * widget alone and posts its content height to the parent page whenever it changes, as
 * `{sentinel: "amp", type: "embed-size", height}` for `<amp-iframe>` and as
 * `{type: "backstory:resize", height}` for any other host.
 *
 * It shows stories only from its own origin and from the origins listed, when the page was built,
 * in its `backstory-story-origins` meta (see allowed-origins.ts): anyone can send readers a link
 * to this page, and it must not show a made-up story on the newsroom's address. `story` is read
 * against this page's address, never against `article`.
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

/** The story's address, read against this page's own address (not yet the article's). */
function storyAddress(value: string): URL | undefined {
  try {
    return new URL(value, location.href);
  } catch {
    return undefined;
  }
}

const allowedOrigins = [
  location.origin,
  ...(document
    .querySelector<HTMLMetaElement>('meta[name="backstory-story-origins"]')
    ?.content.split(/\s+/)
    .filter(Boolean) ?? []),
];

/** Why a story address is refused, or nothing when the page may show it. */
function refusal(address: URL | undefined): string | undefined {
  if (!address)
    return "Backstory: the story address in this link is not a web address, so nothing is shown.";
  if (allowedOrigins.includes(address.origin)) return undefined;
  const from = /^https?:$/.test(address.protocol)
    ? address.origin
    : `a ${address.protocol} address`;
  return `Backstory: this story is not shown. This page shows stories from ${allowedOrigins.join(", ")} only, and the link asks for one from ${from}; otherwise anyone could show made-up timelines and quizzes under this site's address. If ${from} is the newsroom's own, allow it when building the embed page: backstory embed-page --allow-origin ${from} (see "Security" in Backstory's README).`;
}

// "Read it in the article" links go to the host article, in the whole window, not in this frame.
if (article && /^https?:\/\//i.test(article)) {
  const base = document.createElement("base");
  base.href = article;
  base.target = "_top";
  document.head.append(base);
}
const widget = params.get("widget") ?? "timeline";

const address = story ? storyAddress(story) : undefined;
const refused = story ? refusal(address) : undefined;

if (!story) {
  showProblem("Backstory: this embed page needs ?story=ADDRESS with the story file's address.");
} else if (refused) {
  showProblem(refused);
} else if (!WIDGETS.includes(widget)) {
  showProblem(`Backstory: widget must be "timeline" or "quiz", not "${widget}".`);
} else {
  const element = document.createElement(`backstory-${widget}`);
  // Absolute, so that the <base> pointing at the article cannot move it elsewhere.
  element.setAttribute("src", (address as URL).href);
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
