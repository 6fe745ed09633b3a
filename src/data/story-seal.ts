/**
 * The fingerprint `backstory build` writes into a story it has checked (`"checked"`): a hash of
 * the rest of the file. A reader's browser that finds the fingerprint matching shows the story
 * without checking it again, and so never downloads the checker; any edit to the file after the
 * build changes the hash, and the story is checked in full as before.
 *
 * Not a signature: it tells an unchanged built file from an edited one, nothing more. What a
 * story can do in a page does not depend on it (text is always text; addresses are checked where
 * they are used).
 *
 * Pure data code: no Lit, no DOM.
 */
import { SUPPORTED_VERSIONS } from "./story-version.js";

/** FNV-1a (32 bits) of the story's JSON without its `checked` field, in base 36. */
export function storySeal(story: object): string {
  const { checked: _, ...rest } = story as Record<string, unknown>;
  const text = JSON.stringify(rest);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** The story with its fingerprint, written last. */
export function sealStory<T extends object>(story: T): T & { checked: string } {
  return { ...story, checked: storySeal(story) };
}

/** Whether `value` is a story exactly as a build of this format version checked it. */
export function isSealed(value: unknown): boolean {
  const story = value as { checked?: unknown; version?: unknown } | null;
  return (
    typeof story?.checked === "string" &&
    (SUPPORTED_VERSIONS as readonly unknown[]).includes(story.version) &&
    story.checked === storySeal(story)
  );
}
