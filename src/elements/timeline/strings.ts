import { type CitationStrings, ENGLISH_CITATION_STRINGS } from "../shared/citation.js";
import { ENGLISH_STATUS_STRINGS, type StatusStrings } from "../shared/story-status.js";

/** Every piece of text the timeline shows besides the story's own; `{…}` are filled in. */
export interface TimelineStrings extends StatusStrings, CitationStrings {
  /** Name of the event list. */
  events: string;
  /** Name of the group of tag filter buttons. */
  filters: string;
  previous: string;
  next: string;
  /** Heading of the tag list in the detail panel. */
  tags: string;
  /** Shown and announced when the tag filter hides the selected event. */
  hiddenByFilter: string;
  /** What the live region says after a selection. */
  selected: string;
}

export const ENGLISH_TIMELINE_STRINGS: TimelineStrings = {
  ...ENGLISH_STATUS_STRINGS,
  ...ENGLISH_CITATION_STRINGS,
  events: "Events",
  filters: "Show events tagged",
  previous: "Previous event",
  next: "Next event",
  tags: "Tags",
  hiddenByFilter: "The selected event is hidden by the tag filter.",
  selected: "{date}: {title}",
};
