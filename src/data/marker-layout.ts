/**
 * Where the timeline's markers go so that none overlaps another: each marker's label is a box
 * from its date onward; boxes that would collide go to the next row, and when every row is taken
 * the marker joins its neighbour in a cluster ("3 events"). The selected event and the one with
 * keyboard focus are placed first, so they are always shown on their own.
 *
 * Pure data code: no Lit, no DOM.
 */

export interface LayoutItem {
  /** Indexes of the events it shows, ascending; more than one for a cluster. */
  members: number[];
  row: number;
  /** Where its box starts and ends, in pixels along the axis. */
  start: number;
  end: number;
}

/** Space kept between two boxes in a row, in pixels. */
const GAP = 8;

/**
 * Lays out events whose marks run from `starts[i]` to `ends[i]` pixels on an axis `width` pixels
 * long, with labels `label` pixels wide in at most `rows` rows. Items come back in date order.
 */
export function layoutMarkers(
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  width: number,
  label: number,
  rows: number,
  keep: readonly number[] = [],
): LayoutItem[] {
  const count = starts.length;
  // Near the axis's end a label stands back, so it is never cut off.
  const boxStart = (index: number) => Math.max(0, Math.min(starts[index] as number, width - label));
  const boxEnd = (index: number, start: number) =>
    Math.max(start + label, ends[index] as number) + GAP;
  const items: LayoutItem[] = [];
  const kept = [...new Set(keep)]
    .filter((index) => index >= 0 && index < count)
    .sort((a, b) => a - b);
  // Where the kept markers sit: [row, start, end] each.
  const reserved: number[][] = [];
  const free = (row: number, start: number, end: number) =>
    !reserved.some(
      ([at, from, to]) => at === row && (from as number) < end && start < (to as number),
    );
  for (const index of kept) {
    const start = boxStart(index);
    const end = boxEnd(index, start);
    let row = 0;
    while (row < rows - 1 && !free(row, start, end)) row++;
    reserved.push([row, start, end]);
    items.push({ members: [index], row, start, end });
  }
  const last: LayoutItem[] = [];
  const rowEnds: number[] = Array(rows).fill(Number.NEGATIVE_INFINITY);
  let nextKept = 0;
  for (let index = 0; index < count; index++) {
    if (index === kept[nextKept]) {
      nextKept++;
      continue;
    }
    const start = boxStart(index);
    const end = boxEnd(index, start);
    let row = 0;
    while (
      row < rows &&
      ((rowEnds[row] as number) > start || (reserved.length > 0 && !free(row, start, end)))
    )
      row++;
    if (row < rows) {
      const item = { members: [index], row, start, end };
      items.push(item);
      last[row] = item;
      rowEnds[row] = end;
      continue;
    }
    // Every row is taken here: join the nearest marker before it.
    let target: LayoutItem | undefined;
    for (const candidate of last) {
      if (candidate && candidate.start >= (target?.start ?? -1)) target = candidate;
    }
    if (target) target.members.push(index);
    else {
      // Only kept markers are near: this one starts a cluster the next ones can join.
      last[0] = { members: [index], row: 0, start, end };
      items.push(last[0]);
    }
  }
  return items.sort((a, b) => (a.members[0] as number) - (b.members[0] as number));
}
