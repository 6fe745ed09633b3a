/**
 * Dates in the story file: a documented subset of EDTF (ISO 8601-2).
 *
 * | form            | example          | meaning                              |
 * | --------------- | ---------------- | ------------------------------------ |
 * | year            | `2021`, `-0044`  | a year; negative years are BCE (astronomical: 0 = 1 BCE) |
 * | year-month      | `2024-02`        | a month                              |
 * | year-month-day  | `2024-10-27`     | a day                                |
 * | decade          | `199X`           | the 1990s                            |
 * | century         | `19XX`           | the 1900s                            |
 * | approximate     | `2021~`          | about 2021                           |
 * | uncertain       | `2021?`          | probably 2021                        |
 * | both            | `2021%`          | about, and uncertain                 |
 * | interval        | `2022-02/2022-09`, `2021/..`, `../2020` | a span; `..` or nothing for an open end |
 *
 * Pure data code: no Lit, no DOM.
 */
import { fillTemplate } from "./fill-template.js";

export type DatePrecision = "century" | "decade" | "year" | "month" | "day";

export interface DatePoint {
  /** Astronomical year: 0 is 1 BCE, -1 is 2 BCE. For a decade or century, its first year. */
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
  approximate: boolean;
  uncertain: boolean;
}

export interface StoryDate {
  /** `undefined` for an open start (`../2020`). */
  start?: DatePoint;
  /** Same as `start` for a single date; `undefined` for an open end (`2021/..`). */
  end?: DatePoint;
  interval: boolean;
}

const POINT = /^(-?)(\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function parsePoint(text: string): DatePoint | undefined {
  const match = POINT.exec(text);
  if (!match) return undefined;
  const [, sign, digits = "", monthText, dayText, qualifier] = match;
  const unspecified = (digits.match(/X/g) ?? []).length;
  if (unspecified > 0 && monthText) return undefined;
  const magnitude = Number(digits.replace(/X/g, "0"));
  const year = sign ? -magnitude : magnitude;
  if (sign && magnitude === 0 && unspecified === 0) return undefined; // "-0000" is not a year
  const point: DatePoint = {
    year,
    precision: unspecified === 2 ? "century" : unspecified === 1 ? "decade" : "year",
    approximate: qualifier === "~" || qualifier === "%",
    uncertain: qualifier === "?" || qualifier === "%",
  };
  if (monthText) {
    const month = Number(monthText);
    if (month < 1 || month > 12) return undefined;
    point.month = month;
    point.precision = "month";
    if (dayText) {
      const day = Number(dayText);
      if (day < 1 || day > daysInMonth(year, month)) return undefined;
      point.day = day;
      point.precision = "day";
    }
  }
  return point;
}

/** Parses a story-file date, or returns `undefined` when it is not one. */
export function parseStoryDate(text: string): StoryDate | undefined {
  if (typeof text !== "string") return undefined;
  const parts = text.split("/");
  if (parts.length === 1) {
    const point = parsePoint(text);
    return point && { start: point, end: point, interval: false };
  }
  if (parts.length !== 2) return undefined;
  const [startText = "", endText = ""] = parts;
  const open = (part: string) => part === "" || part === "..";
  if (open(startText) && open(endText)) return undefined;
  const start = open(startText) ? undefined : parsePoint(startText);
  const end = open(endText) ? undefined : parsePoint(endText);
  if ((!open(startText) && !start) || (!open(endText) && !end)) return undefined;
  if (start && end && lowerBound(start) > lowerBound(end)) return undefined;
  return { start, end, interval: true };
}

export function isStoryDate(text: string): boolean {
  return parseStoryDate(text) !== undefined;
}

const SPAN: Record<DatePrecision, number> = { century: 100, decade: 10, year: 1, month: 0, day: 0 };

/** A number that orders points by their earliest moment, in years. */
function lowerBound(point: DatePoint): number {
  return point.year + ((point.month ?? 1) - 1) / 12 + ((point.day ?? 1) - 1) / 372;
}

function upperBound(point: DatePoint): number {
  if (point.precision === "day") return lowerBound(point) + 1 / 372;
  if (point.precision === "month") return lowerBound(point) + 1 / 12;
  return point.year + Math.max(SPAN[point.precision], 1);
}

/** Earliest moment of a date, in fractional years; open starts sort first. */
export function dateSortKey(date: StoryDate): number {
  if (date.start) return lowerBound(date.start);
  return date.end ? lowerBound(date.end) - 1e-6 : 0;
}

/** Latest moment of a date, in fractional years; open ends sort last. */
export function dateEndKey(date: StoryDate): number {
  if (date.end) return upperBound(date.end);
  return Number.POSITIVE_INFINITY;
}

/** Orders dates by their start, then by their end. */
export function compareStoryDates(a: StoryDate, b: StoryDate): number {
  return dateSortKey(a) - dateSortKey(b) || dateEndKey(a) - dateEndKey(b);
}

/**
 * A value for `<time datetime>`, as precise as the date, or `undefined` where HTML has no form for
 * it (years before 1 CE, open intervals).
 */
export function htmlDatetime(date: StoryDate): string | undefined {
  const point = date.start ?? date.end;
  if (!point || point.year < 1) return undefined;
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const year = pad(point.year, 4);
  if (point.precision === "day") return `${year}-${pad(point.month ?? 1)}-${pad(point.day ?? 1)}`;
  if (point.precision === "month") return `${year}-${pad(point.month ?? 1)}`;
  return year;
}

/** Words around a formatted date; `{date}` stands for it. English by default. */
export interface DateWords {
  approximate: string;
  uncertain: string;
  openEnd: string;
  openStart: string;
  /** How a decade is written, `{year}` being its first year; empty to use a year range. */
  decade: string;
  /** How a century is written, `{year}` being its first year; empty to use a year range. */
  century: string;
}

export const ENGLISH_DATE_WORDS: DateWords = {
  approximate: "c. {date}",
  uncertain: "{date}?",
  openEnd: "{date} onward",
  openStart: "until {date}",
  decade: "{year}s",
  century: "{year}s",
};

/** Words that need no translation, for languages without their own `DateWords`. */
export const NEUTRAL_DATE_WORDS: DateWords = {
  approximate: "~{date}",
  uncertain: "{date}?",
  openEnd: "{date} –",
  openStart: "– {date}",
  decade: "",
  century: "",
};

/** English words for English, and words that need no translation for every other language. */
export function dateWordsFor(locale: string): DateWords {
  return /^en\b/i.test(locale) ? ENGLISH_DATE_WORDS : NEUTRAL_DATE_WORDS;
}

export type DateStyle = "short" | "long";

function utcDate(point: DatePoint, year = point.year): Date {
  const date = new Date(Date.UTC(2000, (point.month ?? 1) - 1, point.day ?? 1));
  date.setUTCFullYear(year);
  return date;
}

/**
 * Formatters by language and form. Making an `Intl.DateTimeFormat` is slow (the first one loads
 * the language's data); a timeline formats every date it shows on every render.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function pointFormat(point: DatePoint, locale: string, style: DateStyle): Intl.DateTimeFormat {
  const key = [locale, point.precision, style, point.year < 1].join();
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { year: "numeric", timeZone: "UTC" };
    if (point.year < 1) options.era = "short";
    if (point.precision === "month" || point.precision === "day") options.month = style;
    if (point.precision === "day") options.day = "numeric";
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

function formatPoint(point: DatePoint, locale: string, style: DateStyle, words: DateWords): string {
  let text: string;
  if (point.precision === "decade" || point.precision === "century") {
    const template = point.precision === "decade" ? words.decade : words.century;
    const span = SPAN[point.precision];
    if (template && point.year >= 0) {
      text = fillTemplate(template, {
        year: new Intl.NumberFormat(locale, { useGrouping: false }).format(point.year),
      });
    } else {
      const format = pointFormat({ ...point, precision: "year" }, locale, style);
      text = format.formatRange(utcDate(point), utcDate(point, point.year + span - 1));
    }
  } else {
    text = pointFormat(point, locale, style).format(utcDate(point));
  }
  if (point.approximate) text = fillTemplate(words.approximate, { date: text });
  if (point.uncertain) text = fillTemplate(words.uncertain, { date: text });
  return text;
}

/**
 * Formats a date as precisely as it is known, in the given language: "1990s", "February 2024",
 * "October 27, 2024", "c. 2021", "2022 – 2023".
 */
export function formatStoryDate(
  date: StoryDate,
  locale: string,
  style: DateStyle = "long",
  words: DateWords = dateWordsFor(locale),
): string {
  const { start, end } = date;
  if (!date.interval && start) return formatPoint(start, locale, style, words);
  if (!start && end)
    return fillTemplate(words.openStart, { date: formatPoint(end, locale, style, words) });
  if (start && !end)
    return fillTemplate(words.openEnd, { date: formatPoint(start, locale, style, words) });
  if (!start || !end) return "";
  const plain = (p: DatePoint) =>
    !p.approximate && !p.uncertain && p.precision !== "decade" && p.precision !== "century";
  if (start.precision === end.precision && plain(start) && plain(end)) {
    return pointFormat(start, locale, style).formatRange(utcDate(start), utcDate(end));
  }
  return `${formatPoint(start, locale, style, words)} – ${formatPoint(end, locale, style, words)}`;
}
