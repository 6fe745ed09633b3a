/** A problem in a story file, as the validator reports it. Pure data code: no Lit, no DOM. */
export interface StoryError {
  /** JSON pointer (RFC 6901) to the value, e.g. "/timeline/events/3/date". */
  pointer: string;
  /** The same place, as an editor reads it: "timeline.events[3].date". */
  path: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** "timeline.events[3].date: …", as the command line and the error box print it. */
export function formatStoryError(error: StoryError): string {
  return `${error.path}: ${error.message}`;
}
