/**
 * The checker for stories that are not built or were edited since: the whole validator, with
 * every editor's message. `fetch-story.ts` loads this module only for such a story; the
 * script-tag build makes it a file of its own, backstory-check.js, that imports nothing, so it
 * works beside a backstory.js loaded with any query string (`?ver=3`).
 */

import type { StoryError } from "../../data/story-error.js";
import type { Story } from "../../data/story-format.js";
import { formatStoryError, validateStory } from "../../data/validate-story.js";

export interface CheckResult {
  /** The story to show, when there is one: every error (if any) is in the other section. */
  story?: Story;
  errors: StoryError[];
}

/**
 * Validates a story, logging every error for the editor. An element
 * that shows one `section` ("timeline" or "quiz") still gets the story when every error is in the
 * other section, without it: one broken part never takes the other down.
 */
export function checkStory(value: unknown, source: string, section: string): CheckResult {
  const result = validateStory(value);
  if (result.ok) return { story: result.story, errors: [] };
  const other = section === "timeline" ? "/quiz" : "/timeline";
  const elsewhere = result.errors.every(
    ({ pointer }) => pointer === other || pointer.startsWith(`${other}/`),
  );
  console.error(
    `Backstory: ${source} has ${result.errors.length} problem(s)${elsewhere ? ` (the ${section} is shown)` : ""}:\n${result.errors.map(formatStoryError).join("\n")}`,
  );
  if (elsewhere) {
    const story = value as Story;
    // The quiz reads only event titles from a broken timeline; anything not an object is left out.
    const shown: Story =
      section === "quiz"
        ? {
            ...story,
            timeline: {
              events: (Array.isArray(story.timeline?.events) ? story.timeline.events : []).filter(
                (event) => event && typeof event === "object",
              ),
            },
          }
        : { ...story, quiz: undefined };
    return { story: shown, errors: result.errors };
  }
  return { errors: result.errors };
}
