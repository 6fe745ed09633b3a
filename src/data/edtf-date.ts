/**
 * Dates in the story file: a documented subset of EDTF (ISO 8601-2).
 *
 * | form            | example          | meaning                              |
 * | --------------- | ---------------- | ------------------------------------ |
 * | year            | `2021`, `-0044`  | a year; negative years are BCE (astronomical: 0 = 1 BCE) |
 * | year-month      | `2024-02`        | a month                              |
 * | year-month-day  | `2024-10-27`     | a day                                |
 * | decade          | `199X`, `-028X`  | the 1990s; 290–281 BCE (-0289 to -0280) |
 * | century         | `19XX`, `-02XX`  | the 1900s; 300–201 BCE (-0299 to -0200) |
 * | approximate     | `2021~`          | about 2021                           |
 * | uncertain       | `2021?`          | probably 2021                        |
 * | both            | `2021%`          | about, and uncertain                 |
 * | interval        | `2022-02/2022-09`, `2021/..`, `../2020` | a span; `..` or nothing for an open end |
 *
 * A BCE year N is written as the negative of N - 1 (`-0282` is 283 BCE), as ISO 8601 counts them.
 * A span may end in the year that holds its start (`2020-05/2020`).
 *
 * Pure data code: no Lit, no DOM.
 */
import { fillTemplate } from "./fill-template.js";

export type DatePrecision = "century" | "decade" | "year" | "month" | "day";

export interface DatePoint {
  /**
   * Astronomical year: 0 is 1 BCE, -1 is 2 BCE. For a decade or century, its earliest year
   * (-0299 for `-02XX`, which spans 300–201 BCE).
   */
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

const SPAN: Record<DatePrecision, number> = { century: 100, decade: 10, year: 1, month: 0, day: 0 };

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
  const precision = unspecified === 2 ? "century" : unspecified === 1 ? "decade" : "year";
  // "-02XX" counts back from -0200: its years are -0200 to -0299, the earliest -0299.
  const year = sign ? -(magnitude + SPAN[precision] - 1) : magnitude;
  if (sign && magnitude === 0 && unspecified === 0) return undefined; // "-0000" is not a year
  const point: DatePoint = {
    year,
    precision,
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
  // A span may end in the year or month that holds its start ("2020-05/2020"), not before it.
  if (start && end && lowerBound(start) >= upperBound(end)) return undefined;
  return { start, end, interval: true };
}

export function isStoryDate(text: string): boolean {
  return parseStoryDate(text) !== undefined;
}

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

/** How years before and after the start of the common era are labelled: "BCE"/"CE" or "BC"/"AD". */
export const ERA_STYLES = ["bce", "bc"] as const;
export type EraStyle = (typeof ERA_STYLES)[number];

/** Era labels in one style; `{date}` stands for the date, its year counted from the era's start. */
export interface EraWords {
  before: string;
  common: string;
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
  /** Era labels by style; without them, the language's own (from `Intl`) are used. */
  eras?: Record<EraStyle, EraWords>;
}

export const ENGLISH_DATE_WORDS: DateWords = {
  approximate: "c. {date}",
  uncertain: "{date}?",
  openEnd: "{date} onward",
  openStart: "until {date}",
  decade: "{year}s",
  century: "{year}s",
  eras: {
    bce: { before: "{date} BCE", common: "{date} CE" },
    bc: { before: "{date} BC", common: "{date} AD" },
  },
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

export interface DateFormatOptions {
  /** "bce" (default) for "283 BCE", "bc" for "283 BC", as the article writes them. */
  eraStyle?: EraStyle;
  /** Label common-era years too ("272 CE"): for a timeline that also has years BCE. */
  labelCommonEra?: boolean;
}

/** Whether a date reaches back before 1 CE, so that the years around it need era labels. */
export function isBeforeCommonEra(date: StoryDate): boolean {
  return (date.start?.year ?? 1) < 1 || (date.end?.year ?? 1) < 1;
}

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

function pointFormat(
  point: DatePoint,
  locale: string,
  style: DateStyle,
  era: boolean,
): Intl.DateTimeFormat {
  const key = [locale, point.precision, style, era].join();
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { year: "numeric", timeZone: "UTC" };
    if (era) options.era = "short";
    if (point.precision === "month" || point.precision === "day") options.month = style;
    if (point.precision === "day") options.day = "numeric";
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

const isSpan = (point: DatePoint) => point.precision === "decade" || point.precision === "century";

/**
 * A point's text without qualifiers. With the language's own era words (`eras`), the era label is
 * `Intl`'s, shown when `era` is set; without them, no label, and years BCE counted back from 1 BCE.
 */
function pointText(
  point: DatePoint,
  locale: string,
  style: DateStyle,
  words: DateWords,
  era: boolean,
): string {
  const counted = !!words.eras && point.year < 1;
  const shown = (year: number) => (counted ? 1 - year : year);
  if (isSpan(point)) {
    const template = point.precision === "decade" ? words.decade : words.century;
    const last = point.year + SPAN[point.precision] - 1;
    const number = new Intl.NumberFormat(locale, { useGrouping: false });
    if (template && point.year >= 0)
      return fillTemplate(template, { year: number.format(point.year) });
    if (counted) return `${number.format(shown(point.year))}–${number.format(shown(last))}`;
    const format = pointFormat({ ...point, precision: "year" }, locale, style, era);
    return format.formatRange(utcDate(point), utcDate(point, last));
  }
  return pointFormat(point, locale, style, era && !words.eras).format(
    utcDate(point, shown(point.year)),
  );
}

function withEra(text: string, before: boolean, words: DateWords, options: DateFormatOptions) {
  const labels = words.eras?.[options.eraStyle ?? "bce"];
  if (!labels || !(before || options.labelCommonEra)) return text;
  return fillTemplate(before ? labels.before : labels.common, { date: text });
}

function qualified(text: string, point: DatePoint, words: DateWords): string {
  if (point.approximate) text = fillTemplate(words.approximate, { date: text });
  if (point.uncertain) text = fillTemplate(words.uncertain, { date: text });
  return text;
}

function formatPoint(
  point: DatePoint,
  locale: string,
  style: DateStyle,
  words: DateWords,
  options: DateFormatOptions,
): string {
  const before = point.year < 1;
  const era = before || !!options.labelCommonEra;
  const text = withEra(pointText(point, locale, style, words, era), before, words, options);
  return qualified(text, point, words);
}

/**
 * Formats a date as precisely as it is known, in the given language: "1990s", "February 2024",
 * "October 27, 2024", "c. 2021", "2022 – 2023", "c. 245 BCE"; CE years labelled only when
 * `options.labelCommonEra` is set, as on a timeline that also has years BCE.
 */
export function formatStoryDate(
  date: StoryDate,
  locale: string,
  style: DateStyle = "long",
  words: DateWords = dateWordsFor(locale),
  options: DateFormatOptions = {},
): string {
  const { start, end } = date;
  const point = (p: DatePoint, more: DateFormatOptions = {}) =>
    formatPoint(p, locale, style, words, { ...options, ...more });
  if (!date.interval && start) return point(start);
  if (!start && end) return fillTemplate(words.openStart, { date: point(end) });
  if (start && !end) return fillTemplate(words.openEnd, { date: point(start) });
  if (!start || !end) return "";
  // A span across the start of the common era labels both ends: "45 BCE – 14 CE".
  if (start.year < 1 !== end.year < 1) {
    return `${point(start)} – ${point(end, { labelCommonEra: true })}`;
  }
  const plain = (p: DatePoint) => !p.approximate && !p.uncertain && !isSpan(p);
  if (start.precision !== end.precision || !plain(start) || !plain(end)) {
    return `${point(start)} – ${point(end)}`;
  }
  const before = start.year < 1;
  const era = before || !!options.labelCommonEra;
  if (words.eras && era) {
    // One label for both ends: "300 – 201 BCE".
    const both = `${pointText(start, locale, style, words, era)} – ${pointText(end, locale, style, words, era)}`;
    return withEra(both, before, words, options);
  }
  return pointFormat(start, locale, style, era).formatRange(utcDate(start), utcDate(end));
}
