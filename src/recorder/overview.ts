// A whole-trace summary for the timeline's lanes and the memory chart (DESIGN.md §5): per bucket of events, the
// top frame's line, OBJECT_NEW/OBJECT_FREE counts, live objects, pymalloc blocks in use, arenas and the
// collector's counts and thresholds (Modules/gcmodule.c's gc.get_count()/get_threshold()), plus every collection
// with its phases and every LINE event. Plain data (type aliases, so they are PlainData for the RPC schema).
//
// Cost: one linear pass over the log that keeps only counters and the frame stack's lines (no HeapState, no
// keyframe), so it is O(events) with a few array stores per event; the service caches it per bucket count.

import { ArenaChange, EventKind, GcPhase } from '../core/trace/events';
import { CHUNK_BITS } from './log';
import type { Recorder } from './recorder';

/** One collection: the moments of its GC_START (start), after its GC_STOP (end) and of each GC_PHASE. */
export type CollectionOverview = {
  generation: number;
  /** The moment whose next event is GC_START (the collection begins at moment start + 1). */
  start: number;
  /** The moment right after GC_STOP. */
  end: number;
  collected: number;
  uncollectable: number;
  /** Each GC_PHASE: its name (e.g. 'move-unreachable') and the moment right after it. */
  phases: { phase: string; at: number }[];
};

export type TraceOverview = {
  /** Trace length (events). */
  events: number;
  /** min(requested, events); 0 for an empty trace. */
  buckets: number;
  /** Events per bucket; bucket k covers events [k*bucketSize, (k+1)*bucketSize) (the last may be shorter). */
  bucketSize: number;
  /** Per bucket: the top frame's line at the bucket's end (-1: no frame or no line yet). */
  line: number[];
  /** Per bucket: OBJECT_NEW events in it. */
  allocs: number[];
  /** Per bucket: OBJECT_FREE events in it. */
  frees: number[];
  /** Per bucket, at its end. */
  liveObjects: number[];
  /** Per bucket, at its end: blocks allocated (pymalloc and system, as MomentView.allocator.allocatedBlocks). */
  blocksInUse: number[];
  /** Per bucket, at its end: arenas mapped. */
  arenas: number[];
  /** gc.get_count() per generation, at each bucket's end. */
  counts: [number[], number[], number[]];
  /** gc.get_threshold() per generation, at each bucket's end. */
  thresholds: [number[], number[], number[]];
  collections: CollectionOverview[];
  /** LINE events: `at` is the moment right after the event. At most MAX_OVERVIEW_LINES (then every k-th). */
  lines: { at: number; line: number }[];
  /** True when `lines` keeps only every k-th LINE event. */
  linesSampled: boolean;
};

/** The largest bucket count the service accepts. */
export const MAX_OVERVIEW_BUCKETS = 4096;
/** The most LINE entries an overview carries. */
export const MAX_OVERVIEW_LINES = 100_000;

/** GcPhase names as views.ts prints them ('update-refs', 'move-unreachable', …). */
const PHASE_NAME: readonly string[] = Object.entries(GcPhase)
  .sort((a, b) => a[1] - b[1])
  .map(([k]) => k.toLowerCase().replaceAll('_', '-'));

/**
 * The overview of rec in at most `requested` buckets. Starts from moment 0's state (an empty interpreter, or a
 * window's base) and walks the log once, sampling the counters at each bucket's end.
 */
export function computeOverview(rec: Recorder, requested: number): TraceOverview {
  if (!(Number.isInteger(requested) && requested >= 1 && requested <= MAX_OVERVIEW_BUCKETS)) {
    throw new RangeError(`buckets must be an integer in 1…${MAX_OVERVIEW_BUCKETS}, got ${requested}`);
  }
  const log = rec.log;
  const n = log.length;
  const bucketSize = n === 0 ? 1 : Math.ceil(n / Math.min(requested, n));
  const buckets = n === 0 ? 0 : Math.ceil(n / bucketSize);
  const base = rec.keyframes[0]!;

  const line: number[] = new Array<number>(buckets);
  const allocs: number[] = new Array<number>(buckets).fill(0);
  const frees: number[] = new Array<number>(buckets).fill(0);
  const liveObjects: number[] = new Array<number>(buckets);
  const blocksInUse: number[] = new Array<number>(buckets);
  const arenas: number[] = new Array<number>(buckets);
  const counts: [number[], number[], number[]] = [new Array<number>(buckets), new Array<number>(buckets), new Array<number>(buckets)];
  const thresholds: [number[], number[], number[]] = [new Array<number>(buckets), new Array<number>(buckets), new Array<number>(buckets)];
  const collections: CollectionOverview[] = [];

  // The frame stack as the lines of its frames (top last); only LINE, FRAME_PUSH and FRAME_POP change it.
  const frameLines: number[] = base.frames.map((f) => f.line);
  let live = base.liveObjects;
  let blocks = base.allocatedBlocks;
  let arenaCount = base.arenas.size;
  let c0 = base.gc.counts[0];
  let c1 = base.gc.counts[1];
  let c2 = base.gc.counts[2];
  let t0 = base.gc.thresholds[0];
  let t1 = base.gc.thresholds[1];
  let t2 = base.gc.thresholds[2];
  let current: CollectionOverview | null = null;
  // LINE events: moment after each, then line; sampled down at the end when there are too many.
  let lineEvents = new Int32Array(1024);
  let lineCount = 0;

  const mask = (1 << CHUNK_BITS) - 1;
  let bucket = 0;
  let bucketEnd = Math.min(n, bucketSize);
  let bucketAllocs = 0;
  let bucketFrees = 0;
  for (let i = 0; i < n; ) {
    const ch = log.chunks[i >>> CHUNK_BITS]!;
    const w = ch.words;
    const offsets = ch.offsets;
    const end = Math.min(bucketEnd, ((i >>> CHUNK_BITS) + 1) << CHUNK_BITS);
    for (; i < end; i++) {
      const p = offsets[i & mask]!;
      const h = w[p]!;
      switch (h & 0xff) {
        case EventKind.ALLOC:
          blocks++;
          break;
        case EventKind.FREE:
          blocks--;
          break;
        case EventKind.ARENA:
          arenaCount += ((h >>> 8) & 0xff) === ArenaChange.NEW ? 1 : -1;
          break;
        case EventKind.OBJECT_NEW:
          bucketAllocs++;
          live++;
          break;
        case EventKind.OBJECT_FREE:
          bucketFrees++;
          live--;
          break;
        case EventKind.FRAME_PUSH:
          frameLines.push(-1);
          break;
        case EventKind.FRAME_POP:
          frameLines.pop();
          break;
        case EventKind.LINE: {
          const l = w[p + 1]!;
          if (frameLines.length > 0) frameLines[frameLines.length - 1] = l;
          if (lineCount * 2 + 2 > lineEvents.length) {
            const grown = new Int32Array(lineEvents.length * 2);
            grown.set(lineEvents);
            lineEvents = grown;
          }
          lineEvents[lineCount * 2] = i + 1;
          lineEvents[lineCount * 2 + 1] = l;
          lineCount++;
          break;
        }
        case EventKind.GC_START:
          current = { generation: (h >>> 8) & 0xff, start: i, end: -1, collected: 0, uncollectable: 0, phases: [] };
          break;
        case EventKind.GC_PHASE:
          current?.phases.push({ phase: PHASE_NAME[(h >>> 8) & 0xff] ?? '?', at: i + 1 });
          break;
        case EventKind.GC_STOP:
          if (current !== null) {
            current.end = i + 1;
            current.collected = w[p + 1]!;
            current.uncollectable = w[p + 2]!;
            collections.push(current);
            current = null;
          }
          break;
        case EventKind.GC_COUNTS:
          c0 = w[p + 1]!;
          c1 = w[p + 2]!;
          c2 = w[p + 3]!;
          break;
        case EventKind.GC_THRESHOLDS:
          t0 = w[p + 1]!;
          t1 = w[p + 2]!;
          t2 = w[p + 3]!;
          break;
        default:
          // An in-place REALLOC frees and allocates the same block (net 0 blocks); a moving one was reported as
          // ALLOC + FREE already. Every other kind leaves the overview's counters alone.
          break;
      }
    }
    if (i === bucketEnd) {
      line[bucket] = frameLines.length === 0 ? -1 : frameLines[frameLines.length - 1]!;
      allocs[bucket] = bucketAllocs;
      frees[bucket] = bucketFrees;
      liveObjects[bucket] = live;
      blocksInUse[bucket] = blocks;
      arenas[bucket] = arenaCount;
      counts[0][bucket] = c0;
      counts[1][bucket] = c1;
      counts[2][bucket] = c2;
      thresholds[0][bucket] = t0;
      thresholds[1][bucket] = t1;
      thresholds[2][bucket] = t2;
      bucketAllocs = bucketFrees = 0;
      bucket++;
      bucketEnd = Math.min(n, bucketEnd + bucketSize);
    }
  }
  // A trace cut off inside a collection (a budget, a cancel) still shows the collection, up to the end.
  if (current !== null) {
    current.end = n;
    collections.push(current);
  }

  const step = Math.ceil(lineCount / MAX_OVERVIEW_LINES) || 1;
  const lines: { at: number; line: number }[] = [];
  for (let k = 0; k < lineCount; k += step) lines.push({ at: lineEvents[k * 2]!, line: lineEvents[k * 2 + 1]! });
  return {
    events: n,
    buckets,
    bucketSize,
    line,
    allocs,
    frees,
    liveObjects,
    blocksInUse,
    arenas,
    counts,
    thresholds,
    collections,
    lines,
    linesSampled: step > 1,
  };
}
