/**
 * Addresses a story may link to or show an image from: http(s), or relative to the page. The
 * validator refuses any other (`javascript:`, `data:`, `file:`); the elements check again where
 * they use one, because a built story is shown without the validator (story-seal.ts).
 *
 * Pure data code: no Lit, no DOM.
 */
/**
 * `url` when it is http(s) or relative, else `undefined`. Spaces and control characters are
 * dropped before the scheme is read, as browsers drop them at the ends and tabs and line breaks
 * anywhere ("java\tscript:" is `javascript:` to a browser).
 */
export function safeAddress(url: string | undefined): string | undefined {
  return url !== undefined && /^(https?:|(?![a-z][\w+.-]*:))/i.test(url.replace(/[\0- ]/g, ""))
    ? url
    : undefined;
}
