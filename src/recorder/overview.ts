// A whole-trace summary for the timeline's lanes and the memory chart (DESIGN.md §5): per bucket of events, the
// top frame's line, OBJECT_NEW/OBJECT_FREE counts, live objects, pymalloc blocks in use, arenas and the
// collector's counts and thresholds (Modules/gcmodule.c's gc.get_count()/get_threshold()), plus every collection
// with its phases and every LINE event. Plain data (type aliases, so they are PlainData for the RPC schema).
//
// Cost: one linear pass over the log that keeps only counters and the frame stack's lines (no HeapState, no
// keyframe), so it is O(events) with a few array stores per event; the service caches it per bucket count.

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
