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
sheet.replaceSync(`:root { color-scheme: light dark; } body { margin: 0; }
.problem { box-sizing: border-box; max-width: 40rem; margin: 0; padding: 0.75rem 1rem;
  font: 1rem/1.5 system-ui, sans-serif; border: 1px solid color-mix(in srgb, currentColor 35%, transparent);
  border-inline-start: 4px solid currentColor; border-radius: 4px; }
.problem p { margin: 0 0 0.5rem; } .problem p:last-child { margin-bottom: 0; }
.problem code { display: block; margin-block: 0.25rem; font-family: ui-monospace, monospace; }
.problem code span { white-space: nowrap; }`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

/**
 * A message in place of the widget: a bold first line, then paragraphs; text between backticks
 * is shown as code. Always text, never markup: parts of it come from the link.
 */
function showProblem(heading: string, ...paragraphs: string[]): void {
  const box = document.createElement("div");
  box.className = "problem";
  box.setAttribute("role", "alert");
  const first = document.createElement("p");
  first.append(Object.assign(document.createElement("strong"), { textContent: heading }));
  box.append(first);
  for (const text of paragraphs) {
    const paragraph = document.createElement("p");
    for (const [index, part] of text.split("`").entries()) {
      if (!(index % 2)) {
        paragraph.append(part);
        continue;
      }
      // A command on its own line, broken between words only (never inside "--allow-origin").
      const code = document.createElement("code");
      for (const [position, word] of part.split(" ").entries()) {
        if (position) code.append(" ");
        code.append(Object.assign(document.createElement("span"), { textContent: word }));
      }
      paragraph.append(code);
    }
    box.append(paragraph);
  }
  document.body.append(box);
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

/** Why a story address is refused, as a message's paragraphs, or nothing when it is allowed. */
function refusal(address: URL | undefined): string[] | undefined {
  if (address && allowedOrigins.includes(address.origin)) return undefined;
  const web = !!address && /^https?:$/.test(address.protocol);
  const from = web ? address.origin : address ? `a ${address.protocol} address` : "no web address";
  return [
    `This page shows stories from ${allowedOrigins.join(", ")} only, and this link asks for one from ${from}. Otherwise anyone could show made-up timelines and quizzes under this site's address.`,
    web
      ? `For the newsroom: if ${from} is your own story server, allow it when you build the embed page:\`backstory embed-page --allow-origin ${from}\` See "Security" in Backstory's README.`
      : "For the newsroom: give the story file's web address (https://…) in story=.",
  ];
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
  showProblem(
    "Nothing to show.",
    "Backstory: this embed page needs ?story=ADDRESS with the story file's address.",
  );
} else if (refused) {
  showProblem("This story is not shown.", ...refused);
} else if (!WIDGETS.includes(widget)) {
  showProblem(
    "Nothing to show.",
    `Backstory: widget must be "timeline" or "quiz", not "${widget}".`,
  );
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
