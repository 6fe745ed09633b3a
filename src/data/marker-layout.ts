/**
 * Where the timeline's markers go so that none overlaps another: each marker's label is a box
 * from its date onward; boxes that would collide go to the next row, and when every row is taken
 * the marker joins its neighbour in a cluster ("3 events"). The selected event and the one with
 * keyboard focus then stand out of their clusters (`standOut`), so they are always shown on their
 * own, and a new selection moves nothing else.
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
  /** Taken out of the cluster it was in, and laid over it. */
  raised?: boolean;
}

/** Space kept between two boxes in a row, in pixels. */
const GAP = 8;

/** Where the box of the event at `index` starts and ends; near the axis's end it stands back. */
function box(
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  index: number,
  width: number,
  label: number,
): [number, number] {
  const start = Math.max(0, Math.min(starts[index] as number, width - label));
  return [start, Math.max(start + label, ends[index] as number) + GAP];
}

/**
 * Lays out events whose marks run from `starts[i]` to `ends[i]` pixels on an axis `width` pixels
 * long, with labels `label` pixels wide in at most `rows` rows. Items come back in the order of
 * their first events.
 */
export function layoutMarkers(
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  width: number,
  label: number,
  rows: number,
): LayoutItem[] {
  const items: LayoutItem[] = [];
  const last: LayoutItem[] = [];
  const rowEnds: number[] = Array(rows).fill(Number.NEGATIVE_INFINITY);
  for (let index = 0; index < starts.length; index++) {
    const [start, end] = box(starts, ends, index, width, label);
    const row = rowEnds.findIndex((rowEnd) => rowEnd <= start);
    if (row >= 0) {
      last[row] = { members: [index], row, start, end };
      items.push(last[row]);
      rowEnds[row] = end;
      continue;
    }
    // Every row is taken here: join the nearest marker before it.
    let target = last[0] as LayoutItem;
    for (const candidate of last) if (candidate.start >= target.start) target = candidate;
    target.members.push(index);
  }
  return items;
}

/**
 * The layout with the events `keep` (indexes) on their own: each one in a cluster is taken out
 * of it (the cluster keeps its place, one event fewer) and laid over it, raised, at its own
 * date. Laying out 10,000 events again takes longer than a frame; this takes next to no time.
 */
export function standOut(
  items: readonly LayoutItem[],
  keep: readonly number[],
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  width: number,
  label: number,
): LayoutItem[] {
  const out = [...items];
  for (const index of new Set(keep)) {
    const at = out.findIndex(({ members }) => members.includes(index));
    const cluster = out[at];
    if (!cluster || cluster.members.length < 2) continue;
    out[at] = { ...cluster, members: cluster.members.filter((member) => member !== index) };
    const [start, end] = box(starts, ends, index, width, label);
    // In the order of first events, as the layout gives them.
    let place = 0;
    while (place < out.length && ((out[place] as LayoutItem).members[0] as number) < index) place++;
    out.splice(place, 0, { members: [index], row: cluster.row, start, end, raised: true });
  }
  return out;
}
