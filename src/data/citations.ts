/**
 * Citations: how an article's text is split into numbered paragraphs, how a quote is found in it,
 * and the text-fragment link that takes a reader to the quoted passage.
 *
 * Pure data code: no Lit, no DOM.
 */
import type { Citation, Story } from "./story-format.js";

/**
 * Splits an article into paragraphs: every non-empty line is one paragraph, numbered from 1 in
 * order. For an article file laid out as received (photo credit, caption, then the body), the
 * credit is paragraph 1 and the caption paragraph 2, so paragraph numbers equal line numbers.
 */
export function splitParagraphs(articleText: string): string[] {
  return articleText
    .split(/\r?\n/)
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

/**
 * The text as it is compared: whitespace collapsed, typographic quotes and apostrophes made
 * straight. These are the only differences a citation may have from the article.
 */
export function normalizeForMatching(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u2032\u201C\u201D\u201E\u2033]/g, (c) => QUOTE_VARIANTS[c] ?? c)
    .replace(/\s+/g, " ")
    .trim();
}

export interface CitationMatch {
  /** Paragraph number, from 1. */
  paragraph: number;
  /** The quote exactly as the article writes it. */
  articleText: string;
}

/**
 * Finds a quote in the article's paragraphs, tolerating only whitespace and straight-versus-
 * typographic quote differences. Returns the first paragraph it is in.
 */
export function findCitation(
  quote: string,
  paragraphs: readonly string[],
): CitationMatch | undefined {
  const wanted = normalizeForMatching(quote);
  if (!wanted) return undefined;
  for (const [index, paragraph] of paragraphs.entries()) {
    const { text, map } = normalizeWithMap(paragraph);
    const at = text.indexOf(wanted);
    if (at >= 0) {
      const start = map[at] ?? 0;
      const end = (map[at + wanted.length - 1] ?? paragraph.length - 1) + 1;
      return { paragraph: index + 1, articleText: paragraph.slice(start, end) };
    }
  }
  return undefined;
}

/** Normalizes like `normalizeForMatching`, remembering where each character came from. */
function normalizeWithMap(original: string): { text: string; map: number[] } {
  let text = "";
  const map: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < original.length; i++) {
    const char = original[i] as string;
    if (/\s/.test(char)) {
      pendingSpace = text.length > 0;
      continue;
    }
    if (pendingSpace) {
      text += " ";
      map.push(i - 1);
      pendingSpace = false;
    }
    text += QUOTE_VARIANTS[char] ?? char;
    map.push(i);
  }
  return { text, map };
}

/**
 * A URL fragment (`#:~:text=…`) that makes the browser scroll to and highlight the quote on the
 * article page. Long quotes use a start and an end, as the Text Fragments spec recommends.
 */
export function textFragment(quote: string): string {
  const encode = (part: string) =>
    encodeURIComponent(part).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
  const words = quote.replace(/\s+/g, " ").trim().split(" ");
  if (words.length <= 10) return `#:~:text=${encode(words.join(" "))}`;
  return `#:~:text=${encode(words.slice(0, 5).join(" "))},${encode(words.slice(-5).join(" "))}`;
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
