import { type CitationStrings, ENGLISH_CITATION_STRINGS } from "../shared/citation.js";
import { ENGLISH_STATUS_STRINGS, type StatusStrings } from "../shared/story-status.js";

/** Every piece of text the timeline shows besides the story's own; `{…}` are filled in. */
export interface TimelineStrings extends StatusStrings, CitationStrings {
  /** Name of the event list. */
  events: string;
  /** Name of the group of tag filter buttons. */
  filters: string;
  /** Added to the filters' name when several are pressed: an event needs only one of the tags. */
  anyOf: string;
  /** The filter button that shows every event. */
  all: string;
  /** After a filter changes: how many events it shows. */
  shown: string;
  previous: string;
  next: string;
  /** Where the selected event is among those shown. */
  position: string;
  zoomIn: string;
  zoomOut: string;
  /** A marker that stands for several events too close to show apart. */
  cluster: string;
  /** Beside an event's own words for its date (`displayDate`): the date it is placed at. */
  estimate: string;
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
  anyOf: "any of",
  all: "All",
  shown: "{shown} of {total} events shown.",
  previous: "Previous event",
  next: "Next event",
  position: "{position} of {count}",
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  cluster: "{count} events",
  estimate: "dated {date} by the story",
  tags: "Tags",
  hiddenByFilter: "The selected event is hidden by the tag filter.",
  selected: "{date}: {title}",
};
