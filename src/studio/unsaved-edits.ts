/**
 * Unsaved edits kept in the browser's localStorage, one entry per story file, so that a reload,
 * a closed tab or a stopped server loses nothing. Each entry remembers the revision of the file it
 * was made from, so that the studio can tell whether the file changed on disk since.
 */
export interface UnsavedEdits {
  /** Revision of the story file the edits were made from. */
  base: string;
  /** The edited story, as the file would hold it. */
  text: string;
  /** When they were last changed (ms since the epoch). */
  at: number;
}

const key = (storyPath: string) => `backstory-studio:${storyPath}`;

export function readUnsavedEdits(storyPath: string): UnsavedEdits | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(key(storyPath)) ?? "null") as unknown;
    const edits = value as UnsavedEdits | null;
    if (edits && typeof edits.base === "string" && typeof edits.text === "string") return edits;
  } catch {
    // Unreadable storage holds nothing to restore.
  }
  return undefined;
}

/** Keeps the edits; false when the browser refuses (storage full or turned off). */
export function keepUnsavedEdits(storyPath: string, edits: UnsavedEdits): boolean {
  try {
    localStorage.setItem(key(storyPath), JSON.stringify(edits));
    return true;
  } catch {
    return false;
  }
}

export function forgetUnsavedEdits(storyPath: string): void {
  try {
    localStorage.removeItem(key(storyPath));
  } catch {
    // Nothing kept, nothing to forget.
  }
}
