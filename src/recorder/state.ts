// The recorded picture of the simulated interpreter at one moment: objects and their references, the frame
// stack, obmalloc's arenas/pools/blocks (Objects/obmalloc.c) and the collector's counters (Modules/gcmodule.c),
// and the helpers to read it; apply.ts advances it by one event.
//
// Shape (HOUSE-STYLE.md §3): a tree of plain data, so immer can snapshot it — objects live in OBJECT_BUCKETS
// hashed buckets (bucket = id & (OBJECT_BUCKETS - 1)) and references are ids inside their owner's record
// (`refs`, keyed by refKey(cause, label)); the Python heap is cyclic, the snapshot is not. A keyframe copies only
// the buckets, records, pools and frames its K events touched (keyframes.ts).
// Hashed rather than ranged buckets: ids only grow, so ranged buckets would leave the top table growing with
// every object ever made. A bucket is a small unsorted array: a keyframe copies every bucket it touches, and a
// short array is far smaller to copy than a Map (Map buckets were part of the 75.5 B/event measured before the
// switch; see recorder.ts). 1,024 buckets keep them a few records long up to tens of thousands of live
// objects (a linear scan), and the 4 KB top table is copied once per keyframe.
// Other tables are Maps with number keys: addresses (> 2^32) as plain-object keys become strings on every
// lookup, and deletes push plain objects into V8's dictionary mode. TODO: the Map-vs-object gain was not
// measured on its own. Snapshots are read-only by type; in tests immer's deep freeze makes Map mutators throw.
//
// Invariants: those of apply.ts, which checks every event against them.

import type { Draft } from 'immer';
import type { RefMap } from './ref-map';

export const OBJECT_BUCKETS = 1024;
const BUCKET_MASK = OBJECT_BUCKETS - 1;

/** An object as recorded. Strings are StringIds into the log's table. */
export interface ObjectRecord {
  readonly id: number;
  readonly type: number;
  readonly repr: number;
  readonly address: number;
  readonly size: number;
  readonly refcnt: number;
  /** -1 = not tracked by the collector; else its generation. */
  readonly gen: number;
  /** The event index of its OBJECT_NEW. */
  readonly createdAt: number;
  /** Bit 0: finalized (tp_finalize ran); bit 1: a weakref whose referent died (cleared). */
  readonly flags: number;
  /** Outgoing references: refKey(cause, label) → target ObjectId (persistent and paged: ref-map.ts). */
  readonly refs: RefMap;
  /**
   * Extra allocations the object holds (BLOCK events: a list's ob_item array, a dict's keys table …), flat
   * [address, nbytes, address, nbytes, …] in attach order; replaced, never mutated, when one is attached or
   * detached (NO_BLOCKS when none), so a record's copy shares it.
   */
  readonly blocks: readonly number[];
}

/** The `owned` bitmap of a pool none of whose blocks is attached (shared by every such pool). */
export const NO_OWNED: readonly number[] = Object.freeze([]);

/** The blocks of an object that holds no extra allocation (shared by every such record). */
export const NO_BLOCKS: readonly number[] = Object.freeze([]);

export const ObjectFlag = {
  /** tp_finalize already ran (PEP 442: at most once). */
  FINALIZED: 1,
  /** This weakref was cleared. */
  WEAKREF_CLEARED: 2,
} as const;

export interface FrameRecord {
  readonly id: number;
  readonly name: number;
  readonly firstLine: number;
  /** -1 until the first LINE event. */
  readonly line: number;
  /** -1 until the first INSTRUCTION event. */
  readonly offset: number;
  readonly opcode: number;
  readonly oparg: number;
  /** Locals and cells: refKey(cause, label) → ObjectId. */
  readonly refs: ReadonlyMap<number, number>;
  /** The value stack, bottom first. */
  readonly stack: readonly number[];
}

export interface PoolRecord {
  readonly address: number;
  readonly arena: number;
  readonly szidx: number;
  readonly state: number;
  /** ref.count: blocks in use. */
  readonly count: number;
  /** Blocks below this index were handed out since the pool's last initialisation (nextoffset's index). */
  readonly nextIndex: number;
  /** Used blocks as a bitmap: bit k of bits[k >> 5] is set when block k is allocated (at most 1024 blocks). */
  readonly bits: readonly number[];
  /**
   * Blocks attached to an object (BLOCK), as a bitmap like `bits`; NO_OWNED while none is. Kept in the pool so a
   * keyframe copies it only with its pool (a table of every attached block, copied per keyframe, grew with the
   * number of live lists and dicts: ~80 B/event more on 20,000 nested lists).
   */
  readonly owned: readonly number[];
}

export interface GcRecord {
  readonly counts: readonly [number, number, number];
  readonly thresholds: readonly [number, number, number];
  /** The generation being collected, or -1. */
  readonly collecting: number;
  /** The current GcPhase, or -1. */
  readonly phase: number;
  /** Per object in the current collection: gc_refs * GC_REACH_SPAN + GcReach (see gcRefsOf / gcReachOf). */
  readonly refs: ReadonlyMap<number, number>;
  readonly collections: readonly [number, number, number];
  readonly collected: number;
  readonly uncollectable: number;
}

export interface HeapState {
  /** The moment this state describes: events [0, index) are applied. */
  readonly index: number;
  /** OBJECT_BUCKETS buckets (unsorted arrays); bucket bucketOf(id) holds object id. */
  readonly objects: readonly (readonly ObjectRecord[])[];
  readonly liveObjects: number;
  readonly frames: readonly FrameRecord[];
  /** Root objects → label StringId. */
  readonly roots: ReadonlyMap<number, number>;
  /** Live arenas by arena index → address. */
  readonly arenas: ReadonlyMap<number, number>;
  /** Carved pools by address. */
  readonly pools: ReadonlyMap<number, PoolRecord>;
  /** Live system-malloc blocks: address → bytes. */
  readonly system: ReadonlyMap<number, number>;
  /** System-malloc blocks (> 512 bytes) attached to an object (BLOCK); small blocks are marked in their pool. */
  readonly systemOwned: ReadonlySet<number>;
  readonly allocatedBlocks: number;
  readonly gc: GcRecord;
  /** INSTRUCTION events so far. */
  readonly steps: number;
  /** OUTPUT events so far. */
  readonly outputs: number;
}

export type MutableState = Draft<HeapState>;

export class TraceError extends Error {
  override readonly name = 'TraceError';
  constructor(
    readonly eventIndex: number,
    problem: string,
  ) {
    super(`event ${eventIndex}: ${problem}`);
  }
}

/** The allocator geometry the state needs (from src/core/memory's AllocatorGeometry). */
export interface ApplyContext {
  readonly poolSize: number;
  readonly poolOverhead: number;
  /** The string table's length; operands naming strings must be below it. */
  stringCount: number;
}

export function emptyState(): HeapState {
  return {
    index: 0,
    objects: Array.from({ length: OBJECT_BUCKETS }, (): ObjectRecord[] => []),
    liveObjects: 0,
    frames: [],
    roots: new Map(),
    arenas: new Map(),
    pools: new Map(),
    system: new Map(),
    systemOwned: new Set(),
    allocatedBlocks: 0,
    gc: {
      counts: [0, 0, 0],
      thresholds: [700, 10, 10],
      collecting: -1,
      phase: -1,
      refs: new Map(),
      collections: [0, 0, 0],
      collected: 0,
      uncollectable: 0,
    },
    steps: 0,
    outputs: 0,
  };
}

/** The key of a reference slot inside its owner: label * 16 + cause (labels are < 2^31, causes < 16). */
export function refKey(cause: number, label: number): number {
  return label * 16 + cause;
}
export function refKeyCause(key: number): number {
  return key % 16;
}
export function refKeyLabel(key: number): number {
  return Math.floor(key / 16);
}
/** Room for every GcReach code (GC_REACH_COUNT, events.ts) in a packed gc_refs. */
export const GC_REACH_SPAN = 8;
export function packGcRefs(gcRefs: number, reach: number): number {
  return gcRefs * GC_REACH_SPAN + reach;
}
export function gcRefsOf(packed: number): number {
  return Math.floor(packed / GC_REACH_SPAN);
}
export function gcReachOf(packed: number): number {
  return packed % GC_REACH_SPAN;
}

export function bucketOf(id: number): number {
  return id & BUCKET_MASK;
}

/** The position of object id in its bucket, or -1. */
export function indexIn(bucket: readonly ObjectRecord[], id: number): number {
  for (let k = 0; k < bucket.length; k++) if (bucket[k]!.id === id) return k;
  return -1;
}

export function objectAt(s: HeapState, id: number): ObjectRecord | undefined {
  const b = s.objects[id & BUCKET_MASK]!;
  for (let k = 0; k < b.length; k++) if (b[k]!.id === id) return b[k];
  return undefined;
}

/** Calls f for every live object (bucket order, then id order within a bucket). */
export function forEachObject(s: HeapState, f: (o: ObjectRecord) => void): void {
  for (const b of s.objects) for (const o of b) f(o);
}
