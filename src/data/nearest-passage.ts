/**
 * The passage of the article closest to a quote that was not found word for word, so that an
 * editor sees what the article actually says. Used by the command line only.
 */
import { distance } from "fastest-levenshtein";
import { normalizeForMatching } from "./citations.js";

export interface NearestPassage {
  /** Paragraph number, from 1. */
  paragraph: number;
  /** The passage, as many words long as the quote. */
  text: string;
  /** Share of characters that differ, from 0 (same) to 1. */
  difference: number;
}

/** Returns the closest passage when it differs from the quote by at most `threshold`. */
export function nearestPassage(
  quote: string,
  paragraphs: readonly string[],
  threshold = 0.35,
): NearestPassage | undefined {
  const wanted = normalizeForMatching(quote);
  const length = wanted.split(" ").length;
  let best: NearestPassage | undefined;
  for (const [index, paragraph] of paragraphs.entries()) {
    const words = paragraph.split(/\s+/);
    const last = Math.max(0, words.length - length);
    for (let start = 0; start <= last; start++) {
      const text = words.slice(start, start + length).join(" ");
      const difference = distance(wanted, normalizeForMatching(text)) / Math.max(wanted.length, 1);
      if (!best || difference < best.difference) best = { paragraph: index + 1, text, difference };
    }
  }
  if (!best || best.difference > threshold) return undefined;
  return { ...best, text: toSentenceEnd(best.text, paragraphs[best.paragraph - 1] ?? "", quote) };
}

/** A word that ends a sentence: "2021.", "said?", "hell.”". */
const SENTENCE_END = /[.!?…][”’"')\]]*$/;

/**
 * The passage, ending where its sentence ends rather than mid-sentence or a few words into the
 * next: cut after a sentence end inside it (when the quote itself does not run on past one), or
 * carried on to the end of its sentence (at most a dozen words more); one that begins with the
 * end of the sentence before begins after it.
 */
function toSentenceEnd(passage: string, paragraph: string, quote: string): string {
  const words = passage.split(" ");
  const crosses = words.slice(0, -1).findIndex((word) => SENTENCE_END.test(word));
  const quoteCrosses = quote
    .trim()
    .split(/\s+/)
    .slice(0, -1)
    .some((word) => SENTENCE_END.test(word));
  if (crosses >= 0 && !quoteCrosses) {
    // Near its start, the end of the sentence before: begin after it instead.
    if (crosses < words.length / 2) {
      return toSentenceEnd(words.slice(crosses + 1).join(" "), paragraph, quote);
    }
    return words.slice(0, crosses + 1).join(" ");
  }
  const all = paragraph.split(/\s+/);
  const start = all.join(" ").indexOf(passage);
  if (start < 0) return passage;
  const after = all
    .join(" ")
    .slice(start + passage.length)
    .split(" ")
    .filter(Boolean);
  const more: string[] = [];
  if (SENTENCE_END.test(words.at(-1) ?? "")) return passage;
  for (const word of after.slice(0, 12)) {
    more.push(word);
    if (SENTENCE_END.test(word)) return [passage, ...more].join(" ");
  }
  return passage;
}
