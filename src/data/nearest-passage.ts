/**
 * The passage of the article closest to a quote that was not found word for word, so that an
 * editor sees what the article actually says. Used by the command line only.
 */
import { distance } from "fastest-levenshtein";
import { normalizedParagraphs, normalizeForMatching } from "./citations.js";

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
  // The normalized paragraphs, computed once, are compared word window by word window; the
  // passage is shown in the article's own words.
  for (const [index, paragraph] of normalizedParagraphs(paragraphs).entries()) {
    const words = paragraph.split(" ");
    const last = Math.max(0, words.length - length);
    let closest: { start: number; difference: number } | undefined;
    for (let start = 0; start <= last; start++) {
      const text = words.slice(start, start + length).join(" ");
      const difference = distance(wanted, text) / Math.max(wanted.length, 1);
      if (!closest || difference < closest.difference) closest = { start, difference };
    }
    if (!closest || (best && best.difference <= closest.difference)) continue;
    const original = (paragraphs[index] ?? "").split(/\s+/);
    const shown = original.length === words.length ? original : words;
    best = {
      paragraph: index + 1,
      text: shown.slice(closest.start, closest.start + length).join(" "),
      difference: closest.difference,
    };
  }
  return best && best.difference <= threshold ? best : undefined;
}
