import { ENGLISH_STATUS_STRINGS, type StatusStrings } from "../shared/story-status.js";

/** Every piece of text the timeline shows besides the story's own; `{…}` are filled in. */
export interface TimelineStrings extends StatusStrings {
  /** Name of the event list. */
  events: string;
  /** Name of the group of tag filter buttons. */
  filters: string;
  previous: string;
  next: string;
  /** Heading of the tag list in the detail panel. */
  tags: string;
  /** Where the quote sits in the article; `{paragraph}` is its number. */
  paragraph: string;
  readInArticle: string;
  /** Shown and announced when the tag filter hides the selected event. */
  hiddenByFilter: string;
  /** What the live region says after a selection. */
  selected: string;
}

export const ENGLISH_TIMELINE_STRINGS: TimelineStrings = {
  ...ENGLISH_STATUS_STRINGS,
  events: "Events",
  filters: "Show events tagged",
  previous: "Previous",
  next: "Next",
  tags: "Tags",
  paragraph: "paragraph {paragraph} of the article",
  readInArticle: "Read it in the article",
  hiddenByFilter: "The selected event is hidden by the tag filter.",
  selected: "{date}: {title}",
};
