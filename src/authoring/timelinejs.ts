/**
 * TimelineJS timelines (Knight Lab's JSON, and its Google Sheets template exported as CSV) turned
 * into a starting story. TimelineJS has no citations, so each event gets an empty one and
 * `"draft": true`, and `backstory check --article` points at every one until an editor has
 * pasted the passage of the article it comes from.
 *
 * What cannot be carried over is counted in `notCarried`, for the command line to report.
 */
import { convert } from "html-to-text";
import {
  compareStoryDates,
  dateEndKey,
  dateSortKey,
  isStoryDate,
  parseStoryDate,
} from "../data/edtf-date.js";

/** A TimelineJS date: every part may be a number or a numeric string. */
export interface TimelineJsDate {
  year?: number | string;
  month?: number | string;
  day?: number | string;
  hour?: number | string;
  minute?: number | string;
  second?: number | string;
  millisecond?: number | string;
  display_date?: string;
}

export interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  text?: { headline?: string; text?: string };
  media?: {
    url?: string;
    caption?: string;
    credit?: string;
    thumbnail?: string;
    alt?: string;
    title?: string;
    link?: string;
  };
  group?: string;
  display_date?: string;
  background?: { url?: string; color?: string } | string;
  autolink?: boolean;
  unique_id?: string;
  type?: string;
  /** Where the slide came from, for messages: "row 7" of a sheet. Not TimelineJS's own. */
  source?: string;
}

export interface TimelineJsConfig {
  title?: TimelineJsSlide;
  events?: TimelineJsSlide[];
  eras?: TimelineJsSlide[];
  scale?: string;
}

/** The Google Sheets template's documented columns. */
export const SHEET_COLUMNS = [
  "Year",
  "Month",
  "Day",
  "Time",
  "End Year",
  "End Month",
  "End Day",
  "End Time",
  "Display Date",
  "Headline",
  "Text",
  "Media",
  "Media Credit",
  "Media Caption",
  "Media Thumbnail",
  "Type",
  "Group",
  "Background",
] as const;

/** Things of a TimelineJS timeline a story has no place for, by what they are. */
export type NotCarried = Map<string, number>;

export interface ImportedStory {
  story: {
    version: 1;
    id: string;
    article: { headline: string; source: string; language: string; draft: true };
    timeline: {
      title?: string;
      eras?: { id: string; label: string; start: string; end: string }[];
      events: Record<string, unknown>[];
    };
  };
  notCarried: NotCarried;
  /** Rows or slides left out entirely, each with why. */
  skipped: string[];
}

const IMAGE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#].*)?$/i;

/** HTML from a TimelineJS text as plain text: tags dropped, entities decoded, links' words kept. */
export function plainText(html: string | undefined): string {
  if (!html) return "";
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "h1", options: { uppercase: false } },
      { selector: "h2", options: { uppercase: false } },
      { selector: "h3", options: { uppercase: false } },
      { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
    ],
  })
    .replace(/\s+/g, " ")
    .trim();
}

function part(value: number | string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  const number = Number(String(value).replace(/,/g, "").trim());
  return Number.isInteger(number) ? number : undefined;
}

/**
 * A TimelineJS date as a story-file date, as precise as it is given. TimelineJS writes 500 BCE as
 * year -500; the story file counts astronomically (1 BCE is 0), so it is -0499.
 */
export function storyDateOf(date: TimelineJsDate | undefined): string | undefined {
  const year = part(date?.year);
  if (year === undefined) return undefined;
  const astronomical = year < 0 ? year + 1 : year;
  if (Math.abs(astronomical) > 9999) return undefined;
  const sign = astronomical < 0 ? "-" : "";
  let text = `${sign}${String(Math.abs(astronomical)).padStart(4, "0")}`;
  const month = part(date?.month);
  const day = part(date?.day);
  if (month !== undefined) {
    text += `-${String(month).padStart(2, "0")}`;
    if (day !== undefined) text += `-${String(day).padStart(2, "0")}`;
  }
  return isStoryDate(text) ? text : undefined;
}

/** Orders two valid story-file dates. */
function byDate(a: string, b: string): number {
  const [first, second] = [parseStoryDate(a), parseStoryDate(b)];
  return first && second ? compareStoryDates(first, second) : 0;
}

/** Whether a date starts within a span from `first` to the end of `last`. */
function within(date: string, first: string, last: string): boolean {
  const [at, from, to] = [parseStoryDate(date), parseStoryDate(first), parseStoryDate(last)];
  if (!at || !from || !to) return false;
  return dateSortKey(at) >= dateSortKey(from) && dateSortKey(at) < dateEndKey(to);
}

function slug(text: string, fallback: string): string {
  const id = text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, "")
    .split(/[\s-]+/)
    .filter(Boolean)
    .slice(0, 6)
    .join("-");
  return id || fallback;
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function count(notCarried: NotCarried, what: string): void {
  notCarried.set(what, (notCarried.get(what) ?? 0) + 1);
}

function hasTime(date: TimelineJsDate | undefined): boolean {
  return [date?.hour, date?.minute, date?.second, date?.millisecond].some(
    (value) => part(value) !== undefined,
  );
}

/** Converts a TimelineJS timeline into a starting story. */
export function importTimelineJs(
  config: TimelineJsConfig,
  options: { id?: string; language?: string } = {},
): ImportedStory {
  const notCarried: NotCarried = new Map();
  const skipped: string[] = [];
  const used = new Set<string>();
  const eraIds = new Set<string>();
  const eras = (config.eras ?? []).flatMap((slide, index) => {
    const label = plainText(slide.text?.headline);
    const start = storyDateOf(slide.start_date);
    const end = storyDateOf(slide.end_date);
    const name = `${slide.source ?? `era ${index + 1}`}${label ? ` (“${label}”)` : ""}`;
    if (!label || !start || !end) {
      skipped.push(`${name}: it needs a headline, a start date and an end date.`);
      return [];
    }
    if (slide.text?.text) count(notCarried, "era texts");
    return [{ id: uniqueId(slug(label, "era"), eraIds), label, start, end }];
  });
  eras.sort((a, b) => byDate(a.start, b.start));
  const events = (config.events ?? []).flatMap((slide, index) => {
    const title = plainText(slide.text?.headline);
    const name = `${slide.source ?? `event ${index + 1}`}${title ? ` (“${title}”)` : ""}`;
    const start = storyDateOf(slide.start_date);
    if (!start) {
      const year = slide.start_date?.year;
      skipped.push(
        year === undefined || year === ""
          ? `${name}: it has no year, so it cannot be placed on a timeline. Give it one and import again, or add it in the story.`
          : `${name}: its year (${year}) is not one the story file can hold (9999 BCE to 9999).`,
      );
      return [];
    }
    let date = start;
    const end = storyDateOf(slide.end_date);
    if (end && end !== start) {
      const span = `${start}/${end}`;
      if (isStoryDate(span)) date = span;
      else count(notCarried, "end dates before their start");
    } else if (slide.end_date?.year !== undefined && slide.end_date.year !== "" && !end) {
      count(notCarried, "end dates the story file cannot hold");
    }
    if (hasTime(slide.start_date) || hasTime(slide.end_date)) count(notCarried, "times of day");
    const summary = plainText(slide.text?.text);
    const event: Record<string, unknown> = {
      id: uniqueId(
        slide.unique_id && /^[a-z0-9][a-z0-9-]*$/.test(slide.unique_id)
          ? slide.unique_id
          : slug(title || summary, `event-${index + 1}`),
        used,
      ),
      date,
    };
    const displayDate = plainText(slide.display_date ?? slide.start_date?.display_date);
    if (displayDate) event.displayDate = displayDate;
    event.title = title;
    event.summary = summary;
    if (slide.group) event.tags = [plainText(slide.group)];
    const era = eras.find((candidate) => within(start, candidate.start, candidate.end));
    if (era) event.era = era.id;
    const media = slide.media;
    const url = media?.url?.trim();
    if (url) {
      const credit = plainText(media?.credit);
      const caption = plainText(media?.caption);
      if (/^https?:\/\//i.test(url) && IMAGE.test(url)) {
        // The caption is the nearest thing to a description an import has; an editor checks it.
        event.image = {
          src: url,
          alt: plainText(media?.alt) || caption,
          ...(credit && { credit }),
        };
        if (!media?.alt) count(notCarried, "images whose alt text is their caption (check it)");
        else if (caption) count(notCarried, "media captions");
      } else if (/^https?:\/\//i.test(url)) {
        event.link = { url, label: plainText(media?.title) || caption || title || url };
        if (credit) count(notCarried, "media credits of links");
      } else if (!event.summary) {
        // A slide whose only content is an embedded quotation: the quotation is its text.
        event.summary = plainText(url);
        count(notCarried, "embedded HTML media, kept as the summary's text");
      } else {
        count(notCarried, "embedded HTML media (quotes, iframes)");
      }
      if (media?.thumbnail) count(notCarried, "media thumbnails");
    }
    if (slide.background) count(notCarried, "backgrounds");
    event.citation = { quote: "" };
    event.draft = true;
    return [event];
  });
  const title = plainText(config.title?.text?.headline);
  if (config.title?.text?.text) count(notCarried, "the title slide's text");
  if (config.title?.media?.url || config.title?.background) {
    count(notCarried, "the title slide's media and background");
  }
  if (config.scale === "cosmological") count(notCarried, "the cosmological scale");
  const timeline: ImportedStory["story"]["timeline"] = { events };
  if (title) timeline.title = title;
  if (eras.length) timeline.eras = eras;
  return {
    story: {
      version: 1,
      id: options.id ?? "imported",
      article: { headline: "", source: "", language: options.language ?? "en", draft: true },
      timeline,
    },
    notCarried,
    skipped,
  };
}

/** Rows of the Google Sheets template (as parsed from its CSV, by column name) as a TimelineJS config. */
export function configFromSheetRows(rows: Record<string, string | undefined>[]): TimelineJsConfig {
  const config: TimelineJsConfig = { events: [], eras: [] };
  const time = (text: string | undefined) => {
    const match = /^(\d{1,2})(?::(\d{2}))?/.exec(text?.trim() ?? "");
    return match ? { hour: match[1], minute: match[2] ?? "" } : {};
  };
  for (const [index, raw] of rows.entries()) {
    const row = Object.fromEntries(
      Object.entries(raw).map(([key, value]) => [key.trim(), value?.trim() ?? ""]),
    );
    if (Object.values(row).every((value) => value === "")) continue;
    const slide: TimelineJsSlide = {
      text: { headline: row.Headline, text: row.Text },
      media: {
        url: row.Media,
        credit: row["Media Credit"],
        caption: row["Media Caption"],
        thumbnail: row["Media Thumbnail"],
        alt: row["Alt Text"],
      },
      display_date: row["Display Date"],
      group: row.Group || row.Tag,
      background: row.Background || undefined,
      // The header is row 1.
      source: `row ${index + 2}`,
    };
    if (row.Year) {
      slide.start_date = { year: row.Year, month: row.Month, day: row.Day, ...time(row.Time) };
    }
    if (row["End Year"]) {
      slide.end_date = {
        year: row["End Year"],
        month: row["End Month"],
        day: row["End Day"],
        ...time(row["End Time"]),
      };
    }
    const type = (row.Type ?? "").toLowerCase();
    if (type === "title") config.title = slide;
    else if (type === "era") config.eras?.push(slide);
    else config.events?.push(slide);
  }
  return config;
}
