/**
 * Sentences of an article, each exactly as the article writes it, so that a sentence can be a
 * citation word for word. Uses the platform's sentence segmenter (`Intl.Segmenter`), which breaks
 * after the abbreviations news copy is full of ("Oct. 27", "Mr. Smith"): those breaks are undone.
 */
import { splitParagraphs } from "../data/citations.js";
import type { ArticleSentence } from "./draft-items.js";

const ABBREVIATION =
  /(?:^|[\s(“"])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Rev|Jr|Sr|Inc|Corp|Co|Ltd|No|Nos|Vol|vs|etc|approx|c|ca|[A-Z])\.["”’)]?\s*$/;

/** The sentences of one paragraph, in order, each a verbatim part of it. */
export function splitSentences(paragraph: string, language = "en"): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
  const sentences: string[] = [];
  let pending = "";
  for (const { segment } of segmenter.segment(paragraph)) {
    pending += segment;
    // A break before a lower-case word or a digit, or after an abbreviation, is not a sentence end.
    if (ABBREVIATION.test(pending)) continue;
    sentences.push(pending);
    pending = "";
  }
  if (pending) sentences.push(pending);
  const merged: string[] = [];
  for (const sentence of sentences) {
    const previous = merged.at(-1);
    if (previous !== undefined && /^\s*[\p{Ll}\d]/u.test(sentence)) {
      merged[merged.length - 1] = previous + sentence;
    } else {
      merged.push(sentence);
    }
  }
  return merged.map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0);
}

/** Every sentence of an article, with its paragraph number. */
export function articleSentences(articleText: string, language = "en"): ArticleSentence[] {
  return splitParagraphs(articleText).flatMap((paragraph, index) =>
    splitSentences(paragraph, language).map((text) => ({ paragraph: index + 1, text })),
  );
}
