/**
 * The timeline's time axis: where a date sits on it, which long empty stretches are compressed
 * (and drawn as axis breaks), and which ticks to label at a given zoom.
 *
 * Times are fractional years as `dateSortKey` and `dateEndKey` give them (a month is 1/12, a day
 * 1/372). Positions run from 0 (the story's earliest moment) to 1 (its latest).
 *
 * How compression is chosen: the start and end of every event and era are the axis's anchors.
 * A stretch between two neighbouring anchors that is longer than an eighth of the whole story, and
 * three times the median stretch (so that evenly spread events are never compressed), is "long":
 * it is drawn at half that length, at a steady rate of its own, and marked as a break.
 * Everything else keeps one rate, so within the uncompressed parts distances are proportional
 * to time.
 *
 * Pure data code: no Lit, no DOM.
 */
import {
  type DatePoint,
  dateEndKey,
  dateSortKey,
  formatStoryDate,
  type StoryDate,
} from "./edtf-date.js";

export interface TimeInterval {
  start: number;
  end: number;
}

/** One stretch of the axis: times `from`..`to` drawn over positions `at`..`at + length`. */
export interface ScalePiece {
  from: number;
  to: number;
  at: number;
  length: number;
  compressed: boolean;
}

export interface TimeScale {
  /** In time order; together they cover the whole story. */
  pieces: ScalePiece[];
  start: number;
  end: number;
  /** Where a time sits, from 0 to 1; times outside the story are clamped to its ends. */
  position(time: number): number;
  /** The time at a position (the inverse of `position`). */
  time(position: number): number;
  /** How many years one whole axis shows, were it all uncompressed. */
  years: number;
}

export interface Tick {
  time: number;
  position: number;
  label: string;
}

/** Share of the story's whole range beyond which an empty stretch is compressed. */
const LONG_STRETCH = 1 / 8;

/** An empty stretch is compressed only when it is also this many times the median gap. */
const TYPICAL_GAPS = 3;

/** Length of the moment an instant-like date (open end, zero length) takes on the axis. */
const INSTANT = 1 / 372;

/**
 * The times a date covers. An open start or end ends at the date's other end, drawn as a point
 * there (the timeline marks it open in its text).
 */
export function dateInterval(date: StoryDate): TimeInterval {
  // A BCE decade or century counts down from its digits ("-02XX" is the years -299 to -200,
  // 300 to 201 BCE): the parsed point already holds its earliest year.
  const start = date.start ? dateSortKey(date) : dateEndKey(date) - INSTANT;
  const end = date.end ? dateEndKey(date) : start + INSTANT;
  return { start, end };
}

/** Builds the axis for every interval an event or era covers. */
export function timeScale(intervals: readonly TimeInterval[]): TimeScale {
  const anchors = [
    ...new Set(intervals.flatMap(({ start, end }) => [start, end]).filter(Number.isFinite)),
  ].sort((a, b) => a - b);
  if (anchors.length < 2) {
    const only = anchors[0] ?? 0;
    anchors.splice(0, anchors.length, only, only + 1);
  }
  const first = anchors[0] as number;
  const last = anchors[anchors.length - 1] as number;
  const gaps = anchors.slice(1).map((anchor, index) => anchor - (anchors[index] as number));
  const median = [...gaps].sort((a, b) => a - b)[gaps.length >> 1] as number;
  const long = Math.max((last - first) * LONG_STRETCH, median * TYPICAL_GAPS);
  const pieces: ScalePiece[] = [];
  let at = 0;
  let from = first;
  // Neighbouring uncompressed stretches merge into one piece: one rate, one segment.
  for (let index = 1; index < anchors.length; index++) {
    const to = anchors[index] as number;
    const previous = anchors[index - 1] as number;
    if (to - previous > long) {
      if (previous > from) {
        pieces.push({ from, to: previous, at, length: previous - from, compressed: false });
        at += previous - from;
      }
      pieces.push({ from: previous, to, at, length: long / 2, compressed: true });
      at += long / 2;
      from = to;
    }
  }
  if (last > from) pieces.push({ from, to: last, at, length: last - from, compressed: false });
  const total = at + (last > from ? last - from : 0);
  const position = (time: number): number => {
    if (!(time > first)) return 0;
    if (time >= last) return 1;
    const piece = pieces.find((candidate) => time <= candidate.to) as ScalePiece;
    return (piece.at + ((time - piece.from) / (piece.to - piece.from)) * piece.length) / total;
  };
  const time = (where: number): number => {
    const units = Math.max(0, Math.min(1, where)) * total;
    const piece =
      pieces.find((candidate) => units <= candidate.at + candidate.length) ??
      (pieces[pieces.length - 1] as ScalePiece);
    return piece.from + ((units - piece.at) / piece.length) * (piece.to - piece.from);
  };
  return { pieces, start: first, end: last, position, time, years: total };
}

/** Tick steps, widest first: years, then months (as twelfths), then days (as 1/372). */
const STEPS = [1000, 500, 200, 100, 50, 20, 10, 5, 2, 1, 6 / 12, 3 / 12, 1 / 12, 1 / 372];

/**
 * Ticks in the story's language for the positions `from`..`to` (0 to 1) of an axis drawn
 * `width` pixels wide in all, at least `spacing` pixels apart. None inside a compressed stretch:
 * its ends carry the labels. Year ticks read "2024" or "283 BC", month ticks "Oct 2024", day
 * ticks "Oct 27, 2024", as the story's dates do.
 */
export function scaleTicks(
  scale: TimeScale,
  width: number,
  locale: string,
  { from = 0, to = 1, spacing = 88 } = {},
): Tick[] {
  const perYear = width / scale.years;
  const step = [...STEPS].reverse().find((candidate) => candidate * perYear >= spacing) ?? 1000;
  const ticks: Tick[] = [];
  for (const piece of scale.pieces) {
    if (piece.compressed) continue;
    const start = Math.max(piece.from, scale.time(from));
    const end = Math.min(piece.to, scale.time(to));
    for (let at = firstTick(start, step); at <= end + 1e-9; at = nextTick(at, step)) {
      const last = ticks[ticks.length - 1];
      const position = scale.position(at);
      // Two pieces meet at a break: keep the ticks apart there too.
      if (last && (position - last.position) * width < spacing / 2) continue;
      ticks.push({ time: at, position, label: tickLabel(at, step, locale) });
    }
  }
  return ticks;
}

/** The calendar point of a time, as precise as the step. */
function tickPoint(time: number, step: number): DatePoint {
  const year = Math.floor(time + 1e-9);
  const months = (time - year) * 12;
  const month = Math.floor(months + 1e-9) + 1;
  const point: DatePoint = { year, precision: "year", approximate: false, uncertain: false };
  if (step >= 1) return point;
  point.month = month;
  point.precision = "month";
  if (step < 1 / 12) {
    point.day = Math.round((months - (month - 1)) * 31) + 1;
    point.precision = "day";
  }
  return point;
}

function tickLabel(time: number, step: number, locale: string): string {
  const point = tickPoint(time, step);
  return formatStoryDate({ start: point, end: point, interval: false }, locale, "short");
}

function firstTick(time: number, step: number): number {
  if (step >= 1) return Math.ceil(time / step - 1e-9) * step;
  if (step >= 1 / 12) {
    const months = Math.ceil(time * 12 - 1e-9);
    const perStep = Math.round(step * 12);
    return (Math.ceil(months / perStep) * perStep) / 12;
  }
  return Math.ceil(time * 372 - 1e-9) / 372;
}

/** The next tick; days stop at each month's end (a month is 31 day-slots, see `dateSortKey`). */
function nextTick(time: number, step: number): number {
  if (step >= 1 / 12) return Math.round((time + step) * 372) / 372;
  const slot = Math.round(time * 372) + 1;
  const point = tickPoint(slot / 372, step);
  const month = point.month ?? 1;
  const year = point.year;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return ((point.day ?? 1) > last ? Math.ceil(slot / 31) * 31 : slot) / 372;
}
