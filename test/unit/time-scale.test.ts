import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseStoryDate } from "../../src/data/edtf-date.js";
import { dateInterval, scaleTicks, timeScale } from "../../src/data/time-scale.js";

const interval = (text: string) => {
  const date = parseStoryDate(text);
  if (!date) throw new Error(`not a date: ${text}`);
  return dateInterval(date);
};

/** The first story's dates: the 1990s, two long spans, then 2021 to 2025 densely. */
const STORY = [
  "199X",
  "2001/2017",
  "2021",
  "2022~",
  "2022/2024",
  "2024",
  "2024-02",
  "2024-10~",
  "2024-10-27",
  "2024-10-27/2024-11",
  "2024-11~/2025-11~",
].map(interval);

describe("timeScale", () => {
  it("runs from the earliest moment (0) to the latest (1), monotonic in time", () => {
    const scale = timeScale(STORY);
    expect(scale.start).toBe(1990);
    expect(scale.position(1990)).toBe(0);
    expect(scale.position(scale.end)).toBe(1);
    fc.assert(
      fc.property(
        fc.double({ min: 1980, max: 2030, noNaN: true }),
        fc.double({ min: 1980, max: 2030, noNaN: true }),
        (a, b) => {
          const [early, late] = a < b ? [a, b] : [b, a];
          expect(scale.position(early)).toBeLessThanOrEqual(scale.position(late));
        },
      ),
    );
  });

  it("compresses the long empty stretches, and only those, into breaks", () => {
    const scale = timeScale(STORY);
    const breaks = scale.pieces.filter((piece) => piece.compressed);
    // The 1990s (10 years without another anchor) and 2001-2018 (17) are longer than an eighth
    // of the 36-year story; 2018-2021 (3 years) is not.
    expect(breaks.map((piece) => [piece.from, piece.to])).toEqual([
      [1990, 2000],
      [2001, 2018],
    ]);
    // Each break takes half an eighth of the story: far less than the years it stands for.
    const whole = scale.end - scale.start;
    for (const piece of breaks) expect(piece.length).toBeCloseTo(whole / 16);
    // The pieces tile the axis without gaps.
    for (const [index, piece] of scale.pieces.entries()) {
      const next = scale.pieces[index + 1];
      if (next) {
        expect(next.from).toBe(piece.to);
        expect(next.at).toBeCloseTo(piece.at + piece.length);
      }
    }
  });

  it("is proportional to time within an uncompressed piece", () => {
    const scale = timeScale(STORY);
    const dense = scale.pieces.find((piece) => piece.from === 2018) ?? scale.pieces[0];
    expect(dense?.compressed).toBe(false);
    // Equal spans of time, equal distances: 2021→2022 and 2024→2025.
    const distance = (a: number, b: number) => scale.position(b) - scale.position(a);
    expect(distance(2021, 2022)).toBeCloseTo(distance(2024, 2025), 10);
    expect(distance(2024, 2024 + 1 / 12)).toBeCloseTo(distance(2021, 2022) / 12, 10);
    // A compressed year is shorter than an uncompressed one.
    expect(distance(1990, 1991)).toBeLessThan(distance(2021, 2022));
  });

  it("keeps even stories without long gaps at one rate throughout", () => {
    const scale = timeScale(["2024-01", "2024-02", "2024-03", "2024-05"].map(interval));
    expect(scale.pieces).toHaveLength(1);
    expect(scale.position(2024 + 2 / 12)).toBeCloseTo(2 / 12 / (scale.end - 2024));
  });

  it("places BCE years on the same axis: -0282 is 283 BCE, -02XX the 3rd century BCE", () => {
    const year = interval("-0282");
    expect(year).toEqual({ start: -282, end: -281 });
    // -02XX covers astronomical years -299..-200, that is 300 to 201 BCE.
    const century = interval("-02XX");
    expect(century.start).toBe(-299);
    expect(century.end).toBe(-199);
    const scale = timeScale([century, year, interval("-0044")]);
    expect(scale.position(-282)).toBeGreaterThan(0);
    expect(scale.position(-282)).toBeLessThan(scale.position(-44));
  });

  it("draws a span from its start to its end, and an open end as a point", () => {
    const span = interval("2001/2017");
    expect(span).toEqual({ start: 2001, end: 2018 });
    const open = interval("2021/..");
    expect(open.end - open.start).toBeLessThan(0.01);
    expect(interval("../2020").end).toBe(2021);
  });

  it("handles a story with one date", () => {
    const scale = timeScale([interval("2024-10-27")]);
    expect(scale.position(scale.start)).toBe(0);
    expect(scale.position(scale.end)).toBe(1);
  });
});

describe("scaleTicks", () => {
  const scale = timeScale(STORY);

  it("labels years on the whole story, none inside a break, at least the spacing apart", () => {
    const ticks = scaleTicks(scale, 700, "en");
    expect(ticks.length).toBeGreaterThan(2);
    for (const tick of ticks) {
      expect(tick.label).toMatch(/^\d{4}$/);
      const inBreak = scale.pieces.some(
        (piece) => piece.compressed && tick.time > piece.from && tick.time < piece.to,
      );
      expect(inBreak).toBe(false);
    }
    for (const [index, tick] of ticks.entries()) {
      const next = ticks[index + 1];
      if (next) expect((next.position - tick.position) * 700).toBeGreaterThanOrEqual(44);
    }
    expect(ticks.map((tick) => tick.label)).toContain("2024");
  });

  it("labels months, then days, as the axis is zoomed in", () => {
    const months = scaleTicks(scale, 700 * 16, "en", { from: 0.8, to: 0.9 });
    expect(months.length).toBeGreaterThan(0);
    expect(months.every((tick) => /^[A-Z][a-z]{2} \d{4}$/.test(tick.label))).toBe(true);
    const days = scaleTicks(scale, 700 * 2000, "en", { from: 0.85, to: 0.851 });
    expect(days.length).toBeGreaterThan(0);
    expect(days.every((tick) => /^[A-Z][a-z]{2} \d{1,2}, \d{4}$/.test(tick.label))).toBe(true);
    // Day ticks stop at a month's end: no "Feb 30".
    const february = timeScale([interval("2023-02-01/2023-03-05")]);
    const labels = scaleTicks(february, 100_000, "en").map((tick) => tick.label);
    expect(labels).toContain("Feb 28, 2023");
    expect(labels).not.toContain("Feb 29, 2023");
    expect(labels).toContain("Mar 1, 2023");
  });

  it("labels in the story's language, BCE years as the article writes them", () => {
    const french = scaleTicks(scale, 700 * 16, "fr", { from: 0.8, to: 0.9 });
    expect(french.some((tick) => /oct\.|nov\.|déc\.|janv\./.test(tick.label))).toBe(true);
    const ancient = timeScale(["-0300", "-0280", "-0260", "-0240", "-0220", "-0201"].map(interval));
    const labels = scaleTicks(ancient, 700, "en").map((tick) => tick.label);
    expect(labels[0]).toMatch(/^301 BCE$/);
    expect(labels).toContain("281 BCE");
  });
});
