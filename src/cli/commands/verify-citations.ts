import { findCitation, splitParagraphs, storyCitations } from "../../data/citations.js";
import { nearestPassage } from "../../data/nearest-passage.js";
import type { Story } from "../../data/story-format.js";
import { quoteValue, toReadablePath } from "../../data/validate-story.js";
import { InputError, type LoadedStory, readText } from "../story-file.js";

/**
 * Checks that every citation appears in the article word for word and returns a copy of the story
 * with each citation's paragraph recorded and its quote written exactly as the article has it.
 */
export async function verifyCitations(
  file: LoadedStory,
  story: Story,
  articlePath: string,
): Promise<Story> {
  const paragraphs = splitParagraphs(await readText(articlePath, "article"));
  const built: Story = structuredClone(story);
  const problems: string[] = [];
  for (const { keys, citation } of storyCitations(built)) {
    const match = findCitation(citation.quote, paragraphs);
    if (match) {
      citation.quote = match.articleText;
      citation.paragraph = match.paragraph;
      continue;
    }
    const quoteKeys = [...keys, "quote"];
    let message = `${file.locate(quoteKeys)}: ${toReadablePath(quoteKeys)}: this quote is not in the article word for word: ${quoteValue(citation.quote, 400)}.`;
    const nearest = nearestPassage(citation.quote, paragraphs);
    if (nearest) {
      message += ` The nearest passage is in paragraph ${nearest.paragraph}: ${quoteValue(nearest.text, 400)}.`;
    } else {
      message += " Copy the words from the article exactly.";
    }
    problems.push(message);
  }
  if (problems.length > 0) {
    const count = problems.length;
    problems.push(
      `${count} ${count === 1 ? "citation is" : "citations are"} not in ${articlePath}.`,
    );
    throw new InputError(problems.join("\n"));
  }
  return built;
}
