/**
 * The citation check `backstory check --article` and `build` run, and Backstory Studio runs as the
 * editor types: every quote must be in the article word for word. One module, so that both say
 * the same thing in the same words.
 *
 * Pure data code: no Lit, no DOM.
 */
import { findCitation, storyCitations } from "./citations.js";
import { nearestPassage } from "./nearest-passage.js";
import type { Story } from "./story-format.js";
import { makeError, type PathKey, quoteValue, type StoryError } from "./validate-story.js";

export interface CitationCheck {
  /** A copy of the story with each found quote written as the article has it, and its paragraph. */
  built: Story;
  /** One error per quote that is not in the article, at the quote's place. */
  errors: (StoryError & { keys: PathKey[] })[];
}

export function checkCitations(story: Story, paragraphs: readonly string[]): CitationCheck {
  const built: Story = structuredClone(story);
  const errors: CitationCheck["errors"] = [];
  for (const { keys, citation } of storyCitations(built)) {
    const match = findCitation(citation.quote, paragraphs);
    if (match) {
      citation.quote = match.articleText;
      citation.paragraph = match.paragraph;
      if (match.before) citation.before = match.before;
      if (match.after) citation.after = match.after;
      continue;
    }
    const quoteKeys = [...keys, "quote"];
    let message = `this quote is not in the article word for word: ${quoteValue(citation.quote, 400)}.`;
    const nearest = nearestPassage(citation.quote, paragraphs);
    if (nearest) {
      message += ` The nearest passage is in paragraph ${nearest.paragraph}: ${quoteValue(nearest.text, 400)}.`;
    } else {
      message += " Copy the words from the article exactly.";
    }
    errors.push({ ...makeError(quoteKeys, message), keys: quoteKeys });
  }
  return { built, errors };
}
