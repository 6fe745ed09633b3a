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
  return best && best.difference <= threshold ? best : undefined;
}
