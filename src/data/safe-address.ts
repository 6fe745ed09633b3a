/**
 * Addresses a story may link to or show an image from: http(s), or relative to the page. The
 * validator refuses any other (`javascript:`, `data:`, `file:`); the elements check again where
 * they use one, because a built story is shown without the validator (story-seal.ts).
 *
 * Pure data code: no Lit, no DOM.
 */
const SCHEME = /^[\0- ]*([a-z][a-z\d+.-]*):/i;

/** `url` when it is http(s) or relative (read as a browser reads it), else `undefined`. */
export function safeAddress(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const scheme = SCHEME.exec(url.replace(/[\t\n\r]/g, ""))?.[1];
  return !scheme || /^https?$/i.test(scheme) ? url : undefined;
}
