/**
 * The timeline's order: events sorted by date, eras laid on the same ordinal track (one slot per
 * event, so an era spans the slots of its events), and tags with how many events carry each.
 *
 * Pure data code: no Lit, no DOM.
 */
import {
  compareStoryDates,
  dateEndKey,
  dateSortKey,
  parseStoryDate,
  type StoryDate,
} from "./edtf-date.js";
import type { Era, TimelineEvent } from "./story-format.js";

export interface PlacedEvent {
  event: TimelineEvent;
  /** The parsed `event.date`, so that it is parsed once. */
  date: StoryDate;
}

/** An era over the slots `from`..`to` (inclusive) of an ordered event list. */
export interface EraSpan {
  era: Era;
  from: number;
  to: number;
}

/** Events in date order; events with equal dates keep the story's order (the sort is stable). */
export function orderEvents(events: readonly TimelineEvent[]): PlacedEvent[] {
  return events
    .map((event) => ({ event, date: parseStoryDate(event.date) ?? { interval: false } }))
    .sort((a, b) => compareStoryDates(a.date, b.date));
}

/**
 * Where each era lies on the track: from its first to its last event. An event belongs to an era
 * when it names it, or, when no event names the era, when its date starts within the era's dates.
 * Eras with no event on the track are left out.
 */
export function eraSpans(eras: readonly Era[], placed: readonly PlacedEvent[]): EraSpan[] {
  const spans: EraSpan[] = [];
  for (const era of eras) {
    const named = placed.some((item) => item.event.era === era.id);
    const start = parseStoryDate(era.start);
    const end = parseStoryDate(era.end);
    const inEra = (item: PlacedEvent) => {
      if (named) return item.event.era === era.id;
      const key = dateSortKey(item.date);
      return !!start && !!end && key >= dateSortKey(start) && key < dateEndKey(end);
    };
    const from = placed.findIndex(inEra);
    if (from < 0) continue;
    spans.push({ era, from, to: placed.findLastIndex(inEra) });
  }
  return spans;
}

/** Every tag, in order of first appearance, with the number of events that carry it. */
export function tagCounts(placed: readonly PlacedEvent[]): [tag: string, count: number][] {
  const counts = new Map<string, number>();
  for (const { event } of placed) {
    for (const tag of new Set(event.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts];
}
