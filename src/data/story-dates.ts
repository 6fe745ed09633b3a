/**
 * A story's dates as its readers see them: the era style the story asks for, and CE labels on
 * every year when the timeline also has years BCE ("283 BCE" beside "272 CE", not "272"). Shared
 * by the elements, the fallback and the command line's messages, so all three say the same.
 *
 * Pure data code: no Lit, no DOM.
 */
import {
  type DateFormatOptions,
  type DateStyle,
  formatStoryDate,
  isBeforeCommonEra,
  parseStoryDate,
} from "./edtf-date.js";
import type { Story, TimelineEvent } from "./story-format.js";

const options = new WeakMap<Story, DateFormatOptions>();

/** How this story's dates are formatted; worked out once per story. */
export function storyDateOptions(story: Story): DateFormatOptions {
  let found = options.get(story);
  if (!found) {
    const { eras = [], events, eraStyle = "bce" } = story.timeline;
    const texts = [
      ...events.map((event) => event.date),
      ...eras.flatMap((era) => [era.start, era.end]),
    ];
    const labelCommonEra = texts.some((text) => {
      const date = parseStoryDate(text);
      return !!date && isBeforeCommonEra(date);
    });
    found = { eraStyle, labelCommonEra };
    options.set(story, found);
  }
  return found;
}

/** A story-file date as readers see it ("c. 245 BCE"), or the text itself when it is no date. */
export function storyDateText(
  story: Story,
  text: string,
  locale = story.article.language,
  style: DateStyle = "long",
): string {
  const date = parseStoryDate(text);
  return date ? formatStoryDate(date, locale, style, undefined, storyDateOptions(story)) : text;
}

/** The label a reader sees for an event's date: its `displayDate`, or its formatted date. */
export function eventDateText(
  story: Story,
  event: TimelineEvent,
  locale = story.article.language,
  style: DateStyle = "long",
): string {
  return event.displayDate ?? storyDateText(story, event.date, locale, style);
}
