// Advances an immutable HeapState (state.ts) over a range of the event log and returns the next immutable
// state, sharing everything the range did not touch: the mechanism behind both keyframes and seek (DESIGN.md §4).
//
// Why not one immer draft per range (immer's `produce` with the events applied to the draft): measured at about
// 215,000 events/s, synthetic generator included, far from the 1,000,000/s the recorder must sustain. Instead
// a cheap pass over the range names what it will touch (object ids, buckets, pools, frames, …); exactly those
// parts are copied ("thawed") out of the frozen base, the events are applied to plain objects (measured 7-12
// million events/s), and the new parts are frozen — the copy-on-write and structural sharing immer would do, at
// record granularity (an untouched object of a touched bucket is shared, too), without a proxy per access.
// In tests (setStrictSnapshots) immer's deep freeze seals everything, Maps included.
//
// Invariants:
// 1. touched() over-approximates what applyEvent writes for the range; a miss would write into a frozen object,
//    which throws in strict mode, so the property test (seek by any path = replay from 0) would catch it.
// 2. advance never mutates its base.

import { freeze, Immer } from 'immer';
import { CHUNK_BITS, type EventLog } from './log';
import { EventKind, joinAddress, OWNER_IS_FRAME } from '../core/trace/events';
import { bucketOf, indexIn, type ApplyContext, type HeapState, type MutableState, type ObjectRecord, type PoolRecord } from './state';
import { applyRange, type Peaks } from './replay';

// Imported bindings read once: under a CommonJS-style loader (tsx, which runs the benchmarks) each use of an
// imported binding is a getter call, and the code below runs per event (measured: ~15% of a seek's CPU time).
const _EventKind = EventKind;
const _OWNER_IS_FRAME = OWNER_IS_FRAME;
const _joinAddress = joinAddress;

/** What a range of events writes. */
interface Touched {
  readonly ids: Set<number>;
  /** Objects whose outgoing references change (their record is copied; its RefMap is replaced, not written). */
  readonly refIds: Set<number>;
  readonly buckets: Set<number>;
  readonly pools: Set<number>;
  allPools: boolean;
  frames: boolean;
  roots: boolean;
  arenas: boolean;
  system: boolean;
  systemOwned: boolean;
  gc: boolean;
}

function touched(log: EventLog, ctx: ApplyContext, from: number, to: number): Touched {
  const t: Touched = {
    ids: new Set(),
    refIds: new Set(),
    buckets: new Set(),
    pools: new Set(),
    allPools: false,
    frames: false,
    roots: false,
    arenas: false,
    system: false,
    systemOwned: false,
    gc: false,
  };
  const ps = ctx.poolSize;
  const obj = (id: number): void => {
    t.ids.add(id);
    t.buckets.add(bucketOf(id));
  };
  const block = (lo: number, hi: number): void => {
    t.system = true;
    t.pools.add(Math.floor(_joinAddress(lo, hi) / ps) * ps);
  };
  const mask = (1 << CHUNK_BITS) - 1;
  for (let i = from; i < to; i++) {
    const ch = log.chunks[i >>> CHUNK_BITS]!;
    const w = ch.words;
    const p = ch.offsets[i & mask]!;
    const h = w[p]!;
    switch (h & 0xff) {
      case _EventKind.ALLOC:
      case _EventKind.FREE:
        block(w[p + 1]!, w[p + 2]!);
        break;
      case _EventKind.REALLOC:
        block(w[p + 1]!, w[p + 2]!);
        block(w[p + 3]!, w[p + 4]!);
        break;
      case _EventKind.POOL:
        t.pools.add(_joinAddress(w[p + 1]!, w[p + 2]!));
        break;
      case _EventKind.ARENA:
        t.arenas = true;
        t.allPools = true;
        break;
      case _EventKind.OBJECT_FREE:
        obj(w[p + 1]!);
        t.roots = true;
        t.gc = true;
        break;
      case _EventKind.OBJECT_NEW:
      case _EventKind.REPR:
      case _EventKind.SIZE:
      case _EventKind.INCREF:
      case _EventKind.DECREF:
      case _EventKind.GC_TRACK:
      case _EventKind.WEAKREF_CLEARED:
      case _EventKind.FINALIZER:
        obj(w[p + 1]!);
        break;
      case _EventKind.REF_SET:
      case _EventKind.REF_CLEAR:
        if (_OWNER_IS_FRAME[(h >>> 8) & 0xff]) t.frames = true;
        else {
          obj(w[p + 1]!);
          t.refIds.add(w[p + 1]!);
        }
        break;
      case _EventKind.ROOT_ADD:
      case _EventKind.ROOT_REMOVE:
        t.roots = true;
        break;
      case _EventKind.FRAME_PUSH:
      case _EventKind.FRAME_POP:
      case _EventKind.LINE:
      case _EventKind.INSTRUCTION:
      case _EventKind.STACK_PUSH:
      case _EventKind.STACK_POP:
        t.frames = true;
        break;
      case _EventKind.GC_START:
      case _EventKind.GC_PHASE:
      case _EventKind.GC_REFS:
      case _EventKind.GC_STOP:
      case _EventKind.GC_COUNTS:
      case _EventKind.GC_THRESHOLDS:
        t.gc = true;
        break;
      case _EventKind.BLOCK: {
        obj(w[p + 1]!);
        // Its owned mark lives in its pool, or in systemOwned for a system block.
        const nbytes = w[p + 4]!;
        if (nbytes === 0 || nbytes > 512) t.systemOwned = true;
        else t.pools.add(Math.floor(_joinAddress(w[p + 2]!, w[p + 3]!) / ps) * ps);
        break;
      }
      default:
        // WEAKREF_CALLBACK and OUTPUT write only top-level counters; unknown kinds are rejected by applyEvent.
        break;
    }
  }
  return t;
}

function thawObject(o: ObjectRecord, _refs: boolean): ObjectRecord {
  // refs is a persistent RefMap: applyEvent replaces it rather than writing into it, so the copy shares it.
  return { ...o };
}
function thawPool(p: PoolRecord): PoolRecord {
  return { ...p, bits: p.bits.slice(), owned: p.owned.length === 0 ? p.owned : p.owned.slice() };
}

/** A plain, writable copy of base in every place touched by t; everything else is base's frozen data. */
function thaw(base: HeapState, t: Touched): MutableState {
  let objects = base.objects;
  if (t.buckets.size > 0) {
    const copy = objects.slice();
    for (const b of t.buckets) copy[b] = copy[b]!.slice();
    for (const id of t.ids) {
      const b = copy[bucketOf(id)] as ObjectRecord[];
      const k = indexIn(b, id);
      if (k !== -1) b[k] = thawObject(b[k]!, t.refIds.has(id));
    }
    objects = copy;
  }
  let pools = base.pools;
  if (t.allPools) {
    const copy = new Map<number, PoolRecord>();
    for (const [k, p] of pools) copy.set(k, thawPool(p));
    pools = copy;
  } else if (t.pools.size > 0) {
    const copy = new Map(pools);
    for (const a of t.pools) {
      const p = copy.get(a);
      if (p !== undefined) copy.set(a, thawPool(p));
    }
    pools = copy;
  }
  const g = base.gc;
  return {
    ...base,
    objects,
    pools,
    frames: t.frames ? base.frames.map((f) => ({ ...f, refs: new Map(f.refs), stack: f.stack.slice() })) : base.frames,
    roots: t.roots ? new Map(base.roots) : base.roots,
    arenas: t.arenas ? new Map(base.arenas) : base.arenas,
    system: t.system ? new Map(base.system) : base.system,
    systemOwned: t.systemOwned ? new Set(base.systemOwned) : base.systemOwned,
    gc: t.gc
      ? { ...g, counts: [...g.counts], thresholds: [...g.thresholds], collections: [...g.collections], refs: new Map(g.refs) }
      : g,
  } as MutableState;
}

/** The frozen state after events [base.index, to) of log, sharing untouched parts with base. */
export function advance(base: HeapState, log: EventLog, ctx: ApplyContext, to: number, peaks?: Peaks): HeapState {
  if (to === base.index) return base;
  const t = touched(log, ctx, base.index, to);
  const work = thaw(base, t);
  applyRange(work, log, ctx, base.index, to, peaks);
  return snapshot(base, work, t);
}

/**
 * The state after [base.index, to) for a seek: the same structural sharing as advance, without immer. `thaw`
 * already built a complete state that shares every untouched part with base, so immer's produce would only
 * re-install it — and finalizing its draft walks all OBJECT_BUCKETS entries of the top table (measured ~0.3 ms of
 * a ~1 ms seek). Seek results are a transient cache, not keyframes; tests still deep-freeze them (strict mode).
 */
export function advanceForSeek(base: HeapState, log: EventLog, ctx: ApplyContext, to: number): HeapState {
  if (to === base.index) return base;
  const t = touched(log, ctx, base.index, to);
  const work = thaw(base, t);
  applyRange(work, log, ctx, base.index, to);
  if (strictSnapshots) return freeze(work as HeapState, true);
  const next = work as HeapState;
  freezeTouched(next, base, t);
  return next;
}

function snapshot(base: HeapState, work: MutableState, t: Touched): HeapState {
  // One produce per keyframe: the recipe only installs what the range made dirty (the touched buckets, tables,
  // frames and counters) into the draft; immer copies the paths to them and shares the rest with base.
  const next = (strictSnapshots ? strictImmer : fastImmer).produce(base, (draft) => {
    const d = draft as unknown as Record<string, unknown>;
    const w = work as unknown as Record<string, unknown>;
    const b = base as unknown as Record<string, unknown>;
    for (const k in w) {
      if (k === 'objects') continue;
      if (w[k] !== b[k]) d[k] = w[k];
    }
    if (work.objects !== base.objects) {
      const objs = draft.objects as unknown as ObjectRecord[][];
      for (const bk of t.buckets) objs[bk] = work.objects[bk] as ObjectRecord[];
    }
  });
  if (!strictSnapshots) freezeTouched(next, base, t);
  return next;
}

/**
 * immer's own deep freeze of what a keyframe adds costs 1.7 µs per new Map (it replaces the Map's mutators) and
 * every touched record holds one: with it the recorder fell below 1,000,000 events/s. So the product's producer
 * does not auto-freeze; freezeTouched freezes the new records, buckets, pools and frames instead (Maps are then
 * read-only by type only). Tests use the strict producer, whose deep freeze makes any Map mutator throw.
 */
const fastImmer = new Immer({ autoFreeze: false });
const strictImmer = new Immer({ autoFreeze: true });

/**
 * When true, every snapshot is deep-frozen with immer's freeze (Maps included: their mutators then throw), so a
 * write that touched() did not foresee fails loudly. Tests turn it on. Off, only the new records, pools, frames
 * and arrays are Object.freeze'd and the new Maps are read-only by type: immer's freeze of a record holding a
 * Map measured 1.7 µs (it redefines the Map's mutators), against 0.4 µs for a plain record.
 */
let strictSnapshots = false;
export function setStrictSnapshots(on: boolean): void {
  strictSnapshots = on;
}

function freezeTouched(s: HeapState, base: HeapState, t: Touched): void {
  if (s.objects !== base.objects) {
    for (const b of t.buckets) {
      const bucket = s.objects[b]!;
      for (const o of bucket) if (!Object.isFrozen(o)) Object.freeze(o);
      Object.freeze(bucket);
    }
    Object.freeze(s.objects);
  }
  if (s.pools !== base.pools) for (const p of s.pools.values()) if (!Object.isFrozen(p)) Object.freeze(Object.freeze(p.bits) && p);
  if (s.frames !== base.frames) {
    for (const f of s.frames) Object.freeze(Object.freeze(f.stack) && f);
    Object.freeze(s.frames);
  }
  if (s.gc !== base.gc) {
    Object.freeze(s.gc.counts);
    Object.freeze(s.gc.thresholds);
    Object.freeze(s.gc.collections);
    Object.freeze(s.gc);
  }
  Object.freeze(s);
}
