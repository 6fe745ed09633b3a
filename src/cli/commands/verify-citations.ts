import { checkCitations } from "../../data/citation-check.js";
import { splitParagraphs } from "../../data/citations.js";
import type { Story } from "../../data/story-format.js";
import { formatStoryError } from "../../data/validate-story.js";
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
  const { built, errors } = checkCitations(story, paragraphs);
  if (errors.length > 0) {
    const count = errors.length;
    const problems = errors.map(
      (error) => `${file.locate(error.keys)}: ${formatStoryError(error)}`,
    );
    problems.push(
      `${count} ${count === 1 ? "citation is" : "citations are"} not in ${articlePath}.`,
    );
    throw new InputError(problems.join("\n"));
  }
  return built;
}
