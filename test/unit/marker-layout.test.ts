import { describe, expect, it } from "vitest";
import { type LayoutItem, layoutMarkers, standOut } from "../../src/data/marker-layout.js";

/** Whether two items' boxes overlap in the same row. */
function overlaps(a: LayoutItem, b: LayoutItem): boolean {
  return a.row === b.row && a.start < b.end && b.start < a.end;
}

function expectNoOverlap(items: LayoutItem[]): void {
  for (const [index, item] of items.entries()) {
    for (const other of items.slice(index + 1)) expect(overlaps(item, other)).toBe(false);
  }
}

describe("layoutMarkers", () => {
  it("keeps markers that have room in the first row, side by side", () => {
    const items = layoutMarkers([0, 200, 400], [0, 200, 400], 1000, 150, 3);
    expect(items.map((item) => [item.members, item.row])).toEqual([
      [[0], 0],
      [[1], 0],
      [[2], 0],
    ]);
  });

  it("stacks markers too close to show side by side, then clusters them", () => {
    const starts = [0, 10, 20, 30, 40];
    const items = layoutMarkers(starts, starts, 1000, 150, 3);
    expect(items.map((item) => item.row)).toEqual([0, 1, 2]);
    // The fourth and fifth join the nearest marker before them: a cluster of three.
    expect(items.map((item) => item.members)).toEqual([[0], [1], [2, 3, 4]]);
    expectNoOverlap(items);
  });

  it("takes the kept events (selected, focused) out of their clusters, and moves nothing else", () => {
    const starts = Array.from({ length: 100 }, (_, index) => index);
    const base = layoutMarkers(starts, starts, 1000, 150, 3);
    const items = standOut(base, [50, 51, 0], starts, starts, 1000, 150);
    const alone = items.filter((item) => item.members.length === 1).flatMap((item) => item.members);
    expect(alone).toContain(50);
    expect(alone).toContain(51);
    // Every event is shown once, alone or in a cluster; the order of first events holds.
    expect(items.flatMap((item) => item.members).sort((a, b) => a - b)).toEqual(starts);
    const firsts = items.map((item) => item.members[0] as number);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    // The raised ones sit at their own date, in their cluster's row; every other item is kept.
    const raised = items.filter((item) => item.raised);
    expect(raised.map((item) => [item.members[0], item.start])).toEqual([
      [50, 50],
      [51, 51],
    ]);
    const others = items.filter((item) => !item.raised);
    expect(others.map(({ row, start }) => [row, start])).toEqual(
      base.map(({ row, start }) => [row, start]),
    );
    // Standing alone already (event 0): nothing changes.
    expect(standOut(base, [0], starts, starts, 1000, 150)).toEqual(base);
  });

  it("gives a span's bar its whole length, and keeps labels inside the axis", () => {
    const items = layoutMarkers([0, 100, 990], [600, 100, 990], 1000, 150, 3);
    expect(items[0]?.end).toBeGreaterThanOrEqual(600);
    // The event at 100 cannot sit beside the span: it goes to the next row.
    expect(items[1]?.row).toBe(1);
    // A label near the end stands back so it ends at the axis's end.
    expect(items[2]?.start).toBe(850);
  });

  it("lays out 10,000 events into a few dozen items", () => {
    const starts = Array.from({ length: 10_000 }, (_, index) => index * 0.12);
    const items = layoutMarkers(starts, starts, 1200, 168, 3);
    expect(items.length).toBeLessThan(40);
    expect(items.reduce((sum, item) => sum + item.members.length, 0)).toBe(10_000);
    expectNoOverlap(items);
  });
});
