/**
 * The JSON Schema of the story format, made from the same description as the validator. Used at
 * build time only (it is not in the bundle readers load).
 */
import { StorySchema } from "./story-format.js";

export function storyJsonSchema(): Record<string, unknown> {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "Backstory story file, version 1",
    description:
      "One news article's timeline and quiz. Dates use a subset of EDTF; all text is plain text, never HTML. See the Backstory README.",
    ...StorySchema.json(),
  };
}
