// What each pixel column of the timeline shows, computed from the run's overview (src/recorder/overview.ts) for
// a viewport: the range of source lines executed, the allocation and free rates, and the collections in view.
// Pure and allocation-light: the lanes are recomputed only when the viewport, the size or the trace changes,
// never on a scrub step (the cursor is drawn on its own layer).
//
// Cost: lineColumns is O(LINE entries in view + width) (binary search to the window), densityColumns
// O(buckets in view + width), visibleCollections O(log collections + collections in view).

import type { TraceOverview } from './serviceContract';
import { nextLineIndex } from './playback';
import type { Viewport } from './viewport';

export interface LineColumns {
  /** Per column: the smallest / largest line executed in it (or in effect at its start); -1 when none. */
  readonly min: Int32Array;
  readonly max: Int32Array;
  /** Smallest and largest line of the whole run (the lane's scale does not jump while zooming). */
  readonly lo: number;
  readonly hi: number;
}

const lineRange = new WeakMap<TraceOverview, { lo: number; hi: number }>();

function wholeRunLines(o: TraceOverview): { lo: number; hi: number } {
  let r = lineRange.get(o);
  if (!r) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const { line } of o.lines) if (line >= 0) ((lo = Math.min(lo, line)), (hi = Math.max(hi, line)));
    r = lo <= hi ? { lo, hi } : { lo: -1, hi: -1 };
    lineRange.set(o, r);
  }
  return r;
}

const columnOf = (v: Viewport, width: number, moment: number): number => Math.floor(((moment - v.from) / (v.to - v.from)) * width);

export function lineColumns(o: TraceOverview, v: Viewport, width: number): LineColumns {
  const w = Math.max(0, Math.floor(width));
  const min = new Int32Array(w).fill(-1);
  const max = new Int32Array(w).fill(-1);
  const { lo, hi } = wholeRunLines(o);
  const lines = o.lines;
  // The line in effect at the window's start: the last LINE at or before it.
  let k = nextLineIndex(lines, v.from);
  let current = k > 0 ? lines[k - 1]!.line : -1;
  let col = 0;
  const mark = (c: number, line: number) => {
    if (line < 0 || c < 0 || c >= w) return;
    if (min[c] === -1 || line < min[c]!) min[c] = line;
    if (line > max[c]!) max[c] = line;
  };
  for (; k < lines.length && lines[k]!.at <= v.to; k++) {
    const c = columnOf(v, w, lines[k]!.at);
    for (; col < Math.min(c, w); col++) mark(col, current); // columns the line in effect spans
    current = lines[k]!.line;
    mark(Math.min(c, w - 1), current);
  }
  const end = Math.min(w, Math.ceil(columnOf(v, w, Math.min(v.to, o.events))) + 1);
  for (; col < end; col++) mark(col, current);
  return { min, max, lo, hi };
}

export interface DensityColumns {
  /** Per column: OBJECT_NEW / OBJECT_FREE per event (0…1), averaged over the buckets the column covers. */
  readonly allocs: Float64Array;
  readonly frees: Float64Array;
  /** The largest per-event rate of any bucket in the run (the lane's scale). */
  readonly peak: number;
}

const peaks = new WeakMap<TraceOverview, number>();

function peakRate(o: TraceOverview): number {
  let p = peaks.get(o);
  if (p === undefined) {
    p = 0;
    for (let b = 0; b < o.buckets; b++) {
      const n = bucketLength(o, b);
      if (n > 0) p = Math.max(p, o.allocs[b]! / n, o.frees[b]! / n);
    }
    peaks.set(o, p);
  }
  return p;
}

const bucketLength = (o: TraceOverview, b: number): number => Math.max(0, Math.min(o.bucketSize, o.events - b * o.bucketSize));

export function densityColumns(o: TraceOverview, v: Viewport, width: number): DensityColumns {
  const w = Math.max(0, Math.floor(width));
  const allocs = new Float64Array(w);
  const frees = new Float64Array(w);
  const span = v.to - v.from;
  if (o.buckets > 0 && o.bucketSize > 0 && span > 0) {
    for (let c = 0; c < w; c++) {
      // Events [e0, e1) the column covers; the buckets overlapping it contribute by their overlap.
      const e0 = Math.max(0, v.from + (c / w) * span);
      const e1 = Math.min(o.events, v.from + ((c + 1) / w) * span);
      if (e1 <= e0) continue;
      let a = 0;
      let f = 0;
      const last = Math.min(o.buckets - 1, Math.floor((e1 - 1e-9) / o.bucketSize));
      for (let b = Math.floor(e0 / o.bucketSize); b <= last; b++) {
        const b0 = b * o.bucketSize;
        const n = bucketLength(o, b);
        if (n === 0) continue;
        const overlap = Math.min(e1, b0 + n) - Math.max(e0, b0);
        if (overlap <= 0) continue;
        a += (o.allocs[b]! / n) * overlap;
        f += (o.frees[b]! / n) * overlap;
      }
      allocs[c] = a / (e1 - e0);
      frees[c] = f / (e1 - e0);
    }
  }
  return { allocs, frees, peak: peakRate(o) };
}

/** Indices [first, last) of the collections overlapping the window (collections are in start order). */
export function visibleCollections(o: TraceOverview, v: Viewport): { first: number; last: number } {
  const cs = o.collections;
  let lo = 0;
  let hi = cs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cs[mid]!.end < v.from) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last < cs.length && cs[last]!.start <= v.to) last++;
  return { first: lo, last };
}
