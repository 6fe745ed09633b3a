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

/** Tick steps in months, widest first; 0 stands for one day. */
const STEPS = [12000, 6000, 2400, 1200, 600, 240, 120, 60, 24, 12, 6, 3, 1, 0];

/**
 * Ticks in the story's language for the positions `from`..`to` (0 to 1) of an axis drawn
 * `width` pixels wide in all, at least `spacing` pixels apart. None inside a compressed stretch,
 * only at its ends. Year ticks read "2024" or "283 BC", month ticks "Oct 2024", day
 * ticks "Oct 27, 2024", as the story's dates do.
 */
export function scaleTicks(
  scale: TimeScale,
  width: number,
  locale: string,
  { from = 0, to = 1, spacing = 88 } = {},
): Tick[] {
  // Times in slots: a day is 1/372 of a year here, as in `dateSortKey`, so a month is 31 slots.
  const perSlot = width / scale.years / 372;
  const months =
    [...STEPS].reverse().find((step) => (step * 31 || 1) * perSlot >= spacing) ?? 12000;
  const size = months * 31 || 1;
  const ticks: Tick[] = [];
  for (const { from: low, to: high, compressed } of scale.pieces) {
    const end = (Math.min(high, scale.time(to)) * 372) / size;
    for (
      let n = Math.ceil((Math.max(low, scale.time(from)) * 372) / size - 1e-9);
      n <= end + 1e-9;
      n++
    ) {
      const slot = n * size;
      // Inside a compressed stretch only its ends are labelled.
      if (compressed && slot > low * 372 + 1e-6 && slot < high * 372 - 1e-6) {
        n = Math.max(n, Math.floor(end + 1e-9) - 1);
        continue;
      }
      const year = Math.floor(slot / 372);
      const month = Math.floor(slot / 31) - year * 12 + 1;
      const day = slot - Math.floor(slot / 31) * 31 + 1;
      const point: DatePoint = { year, precision: "year", approximate: false, uncertain: false };
      if (months < 12) Object.assign(point, { month, precision: "month" });
      if (!months) {
        // Day slots past a month's end (February 30) are no days.
        const length = new Date(Date.UTC(2000 + (((year % 400) + 400) % 400), month, 0));
        if (day > length.getUTCDate()) continue;
        Object.assign(point, { day, precision: "day" });
      }
      const time = slot / 372;
      const position = scale.position(time);
      const last = ticks[ticks.length - 1];
      // Two pieces meet at a break: keep the ticks apart there too.
      if (last && (position - last.position) * width < spacing / 2) continue;
      const label = formatStoryDate({ start: point, end: point, interval: false }, locale, "short");
      ticks.push({ time, position, label });
    }
  }
  return ticks;
}
