/**
 * Which sites the iframe embed page takes stories from, fixed when the page is built: its own
 * origin always, and the origins a newsroom lists. Anyone can link to the page with any
 * `?story=`; without this list, a made-up story from any site would be shown on the newsroom's
 * own address. Used by the build (BACKSTORY_EMBED_ORIGINS) and by `backstory embed-page`.
 *
 * Plain code: no DOM, so Node runs it.
 */

/** Where the page's list of origins is kept, for embed.js to read. */
export const ORIGINS_META = "backstory-story-origins";

/** The environment variable the build reads: origins separated by spaces or commas. */
export const ORIGINS_VARIABLE = "BACKSTORY_EMBED_ORIGINS";

/** The page's `connect-src` and its origins meta, with whatever list they hold now. */
const CONNECT_SRC = /connect-src 'self'[^;"]*/;
const META = new RegExp(`<meta name="${ORIGINS_META}" content="[^"]*">`);

/**
 * The origin (`https://stories.example.com`, a port if any) of `value`, or an error that says
 * how to write one. Only http and https, and no path: a story's address is not an origin.
 */
export function parseOrigin(value: string): string {
  const how = "Write it as https://stories.example.com (the scheme and the host name only).";
  if (value.trim() === "*") {
    throw new Error(`"*" would let every site show its stories on this page. ${how}`);
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`"${value}" is not an origin. ${how}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`"${value}" is not a web origin (it starts with ${url.protocol}). ${how}`);
  }
  if (url.username || url.password || url.pathname !== "/" || url.search || url.hash) {
    throw new Error(`"${value}" is an address, not an origin: use ${url.origin}. ${how}`);
  }
  return url.origin;
}

/** The origins in the build setting's text (spaces or commas between them), checked. */
export function parseOriginList(text = ""): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(parseOrigin),
    ),
  ];
}

/**
 * The embed page's HTML from its template (src/embed/embed.html, or a built embed.html),
 * accepting stories from `origins` besides its own: listed for embed.js, and allowed by the
 * page's `connect-src`. An earlier list is replaced.
 */
export function embedPageHtml(template: string, origins: string[]): string {
  if (!CONNECT_SRC.test(template) || !META.test(template)) {
    throw new Error(
      `This embed page has no "connect-src 'self'" or no <meta name="${ORIGINS_META}">: it is not Backstory's embed page, or it was changed by hand.`,
    );
  }
  const list = [...new Set(origins.map(parseOrigin))].join(" ");
  return template
    .replace(CONNECT_SRC, `connect-src 'self'${list ? ` ${list}` : ""}`)
    .replace(META, `<meta name="${ORIGINS_META}" content="${list}">`);
}
