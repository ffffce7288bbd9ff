// The memory chart's data, from the run's overview (src/recorder/overview.ts): one point at moment 0 and one at
// the end of each bucket, with live objects, blocks in use, arenas and each generation's count as a percentage of
// its threshold (Modules/gcmodule.c collects generation g when count g exceeds threshold g, so 100 % is "about to
// collect"). Pure; the uPlot wrapper (MemoryChart.vue) only draws it.
//
// Cost: O(buckets) once per trace (≤ 4,097 points per series).

import type { TraceOverview } from '../timeline/serviceContract';

export interface ChartData {
  /** Moments: 0, then each bucket's end. */
  readonly x: Float64Array;
  readonly liveObjects: Float64Array;
  readonly blocksInUse: Float64Array;
  readonly arenas: Float64Array;
  /** Per generation: count / threshold in percent (null where the threshold is 0: that generation is never collected automatically). */
  readonly percent: readonly [(number | null)[], (number | null)[], (number | null)[]];
  /** Per generation: the raw counts and thresholds, for the legend. */
  readonly counts: readonly [Float64Array, Float64Array, Float64Array];
  readonly thresholds: readonly [Float64Array, Float64Array, Float64Array];
}

export function chartData(o: TraceOverview): ChartData {
  const n = o.buckets + 1;
  const x = new Float64Array(n);
  const liveObjects = new Float64Array(n);
  const blocksInUse = new Float64Array(n);
  const arenas = new Float64Array(n);
  const counts = [new Float64Array(n), new Float64Array(n), new Float64Array(n)] as const;
  const thresholds = [new Float64Array(n), new Float64Array(n), new Float64Array(n)] as const;
  const percent: [(number | null)[], (number | null)[], (number | null)[]] = [new Array(n), new Array(n), new Array(n)];
  // Moment 0: nothing has happened yet; the thresholds in force are the first bucket's (set_threshold is an event).
  for (let g = 0; g < 3; g++) {
    thresholds[g]![0] = o.buckets > 0 ? o.thresholds[g]![0]! : 0;
    percent[g]![0] = thresholds[g]![0]! > 0 ? 0 : null;
  }
  for (let b = 0; b < o.buckets; b++) {
    const k = b + 1;
    x[k] = Math.min(o.events, (b + 1) * o.bucketSize);
    liveObjects[k] = o.liveObjects[b]!;
    blocksInUse[k] = o.blocksInUse[b]!;
    arenas[k] = o.arenas[b]!;
    for (let g = 0; g < 3; g++) {
      const c = o.counts[g]![b]!;
      const t = o.thresholds[g]![b]!;
      counts[g]![k] = c;
      thresholds[g]![k] = t;
      percent[g]![k] = t > 0 ? (100 * c) / t : null;
    }
  }
  return { x, liveObjects, blocksInUse, arenas, percent, counts, thresholds };
}

/** The index of the point shown for `moment`: the last point at or before it. */
export function pointAt(d: ChartData, moment: number): number {
  let lo = 0;
  let hi = d.x.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (d.x[mid]! <= moment) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface ChartPalette {
  readonly axis: string;
  readonly grid: string;
  readonly liveObjects: string;
  readonly blocksInUse: string;
  readonly arenas: string;
  readonly generations: readonly [string, string, string];
  readonly cursor: string;
}

export const CHART_PALETTES: Readonly<Record<'light' | 'dark', ChartPalette>> = {
  light: {
    axis: '#666b70',
    grid: '#ecece6',
    liveObjects: '#1f7a78',
    blocksInUse: '#5b6bbf',
    arenas: '#8d6e63',
    generations: ['#3b82c4', '#d08a1c', '#a23fb0'],
    cursor: '#d1242f',
  },
  dark: {
    axis: '#9aa3ab',
    grid: '#2f353b',
    liveObjects: '#3aa9a5',
    blocksInUse: '#9aa8f0',
    arenas: '#c8a593',
    generations: ['#6aa9e6', '#e8b257', '#cf7fdc'],
    cursor: '#ff6b6b',
  },
};
