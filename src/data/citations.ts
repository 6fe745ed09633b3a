/**
 * Citations: how an article's text is split into numbered paragraphs, how a quote is found in it,
 * and the text-fragment link that takes a reader to the quoted passage.
 *
 * Pure data code: no Lit, no DOM.
 */
import type { Citation, Story } from "./story-format.js";

/**
 * Splits an article into paragraphs: every non-empty line is one paragraph, numbered from 1 in
 * order, whether lines end in \n, \r\n or \r alone (as old Mac editors save). For an article
 * file laid out as received (photo credit, caption, then the body), the credit is paragraph 1
 * and the caption paragraph 2, so paragraph numbers equal line numbers.
 */
export function splitParagraphs(articleText: string): string[] {
  return articleText
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

const QUOTE_VARIANTS: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u2032": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u2033": '"',
};

// Characters that change nothing a reader sees: soft hyphens, zero-width spaces, word joiners.
const IGNORED = /^[\u00ad\u200b\u2060\ufeff]$/;

// A letter with the marks that follow it (and Hangul vowel and final jamo), so that NFC can
// compose them while each character of the result still knows where it came from.
const CLUSTER = /\P{M}[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]*|[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]+/gsu;

// Characters that need the careful, character-by-character way: marks NFC may compose with the
// letter before them, Hangul jamo, and the characters that are ignored.
const CAREFUL = /[\p{M}\u1160-\u11ff\ud7b0-\ud7ff\u00ad\u200b\u2060\ufeff]/u;
const QUOTES = /[\u2018\u2019\u201A\u2032\u201C\u201D\u201E\u2033]/g;

interface Normalized {
  text: string;
  /** For each character of `text`, where its source starts and ends in the original. */
  starts: number[];
  ends: number[];
}

/**
 * Normalizes like `normalizeForMatching`, remembering where each character came from. Without
 * `withMap`, only the text (and quickly, for plain ASCII text).
 */
function normalize(original: string, withMap: boolean): Normalized {
  const starts: number[] = [];
  const ends: number[] = [];
  if (!withMap && !CAREFUL.test(original)) {
    // The same result, many times faster on a long article.
    const text = original
      .normalize("NFC")
      .replace(QUOTES, (c) => QUOTE_VARIANTS[c] ?? c)
      .replace(/\s+/g, " ")
      .trim();
    return { text, starts, ends };
  }
  let text = "";
  let pendingSpace = -1;
  for (const match of original.matchAll(CLUSTER)) {
    const raw = match[0];
    const at = match.index;
    if (/^\s/.test(raw)) {
      if (text.length > 0 && pendingSpace < 0) pendingSpace = at;
      continue;
    }
    if (IGNORED.test(raw)) continue;
    if (pendingSpace >= 0) {
      text += " ";
      starts.push(pendingSpace);
      ends.push(pendingSpace + 1);
      pendingSpace = -1;
    }
    const out = QUOTE_VARIANTS[raw] ?? raw.normalize("NFC");
    text += out;
    if (withMap) {
      for (let i = 0; i < out.length; i++) {
        starts.push(at);
        ends.push(at + raw.length);
      }
    }
  }
  return { text, starts, ends };
}

/**
 * The text as it is compared: Unicode NFC (so that "é" typed as e plus an accent matches "é"),
 * soft hyphens and zero-width spaces dropped, whitespace collapsed, typographic quotes and
 * apostrophes made straight. These are the only differences a citation may have from the article.
 */
export function normalizeForMatching(text: string): string {
  return normalize(text, false).text;
}

export interface CitationMatch {
  /** Paragraph number, from 1. */
  paragraph: number;
  /** The quote exactly as the article writes it. */
  articleText: string;
  /** Up to three words of the paragraph just before and just after it ("" at its ends). */
  before: string;
  after: string;
}

// Each article's paragraphs, normalized once however many quotes are looked up in them.
const normalizedArticles = new WeakMap<readonly string[], string[]>();

/** The paragraphs as `normalizeForMatching` makes them, computed once per list. */
export function normalizedParagraphs(paragraphs: readonly string[]): string[] {
  let normalized = normalizedArticles.get(paragraphs);
  if (!normalized) {
    normalized = paragraphs.map(normalizeForMatching);
    normalizedArticles.set(paragraphs, normalized);
  }
  return normalized;
}

/**
 * Finds a quote in the article's paragraphs, tolerating only the differences
 * `normalizeForMatching` removes. Returns the first paragraph it is in.
 */
export function findCitation(
  quote: string,
  paragraphs: readonly string[],
): CitationMatch | undefined {
  const wanted = normalizeForMatching(quote);
  if (!wanted) return undefined;
  for (const [index, normalized] of normalizedParagraphs(paragraphs).entries()) {
    if (!normalized.includes(wanted)) continue;
    const paragraph = paragraphs[index] ?? "";
    const { text, starts, ends } = normalize(paragraph, true);
    const at = text.indexOf(wanted);
    if (at < 0) continue;
    const start = starts[at] ?? 0;
    const end = ends[at + wanted.length - 1] ?? paragraph.length;
    // Words here are what text fragments count as words: runs without spaces, punctuation and all.
    const visible = (text: string) => text.replace(/[\u00ad\u200b\u2060\ufeff]/g, "");
    const head = visible(paragraph.slice(0, start));
    const before = /(?:\S+\s+){0,2}\S+\s*$/.exec(head)?.[0].trim() ?? "";
    const after = /^\s*\S+(?:\s+\S+){0,2}/.exec(visible(paragraph.slice(end)))?.[0].trim() ?? "";
    return { paragraph: index + 1, articleText: paragraph.slice(start, end), before, after };
  }
  return undefined;
}

/**
 * A URL fragment (`#:~:text=…`) that makes the browser scroll to and highlight the quote on the
 * article page. Long quotes use a start and an end, as the Text Fragments spec recommends. With
 * the article's words around the quote (`before`, `after`: see `findCitation`) as its prefix and
 * suffix, it matches the article's passage only, never a widget's copy of the quote above it
 * (the browser searches the text of shadow roots too).
 */
export function textFragment(quote: string, before = "", after = ""): string {
  const encode = (part: string) =>
    encodeURIComponent(part).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
  const words = quote.replace(/\s+/g, " ").trim().split(" ");
  const text =
    words.length <= 10
      ? encode(words.join(" "))
      : `${encode(words.slice(0, 5).join(" "))},${encode(words.slice(-5).join(" "))}`;
  return `#:~:text=${before ? `${encode(before)}-,` : ""}${text}${after ? `,-${encode(after)}` : ""}`;
}

export interface CitedItem {
  /** Where the citation sits in the story, as path keys. */
  keys: (string | number)[];
  citation: Citation;
}

/** Every citation in a story, with its place. */
export function storyCitations(story: Story): CitedItem[] {
  const items: CitedItem[] = story.timeline.events.map((event, index) => ({
    keys: ["timeline", "events", index, "citation"],
    citation: event.citation,
  }));
  story.quiz?.questions.forEach((question, index) => {
    items.push({ keys: ["quiz", "questions", index, "citation"], citation: question.citation });
  });
  return items;
}
