// What the UI draws at one moment (DESIGN.md §5): objects, references, roots, frames, obmalloc's arenas/pools/
// blocks (Objects/obmalloc.c) and the collector's counters (Modules/gcmodule.c), built from a recorded state; the
// text of events and reference labels is event-text.ts's. Views are plain data (numbers, strings, arrays, plain
// objects) so they survive structuredClone and JSON; a ViewDiff between two views lets the renderer update
// incrementally.
//
// Cost: frameAt is O(objects + references + pools) at the moment — measured for a 2,000-object heap in
// bench/recorder.bench.ts — plus a seek; the diff is O(size of both views). Because seek shares unchanged
// records between moments, the views of a record (and of a pool) are cached by the record's identity: scrubbing
// rebuilds only what changed, and the diff recognises unchanged views by identity before comparing fields.

import { ALLOCATOR_GEOMETRY } from '../core/memory/index';
import { PoolStateCode, RefCause } from '../core/trace/events';
import { describeEvent, opname, PHASE_NAME, REACH_NAME, refLabel } from './event-text';
import type { Recorder } from './recorder';
import type { RefMap } from './ref-map';
export { describeEvent, opname, refLabel } from './event-text';
import { gcReachOf, gcRefsOf, ObjectFlag, refKeyCause, refKeyLabel, type HeapState, type ObjectRecord, type PoolRecord } from './state';

export interface ObjectView {
  readonly id: number;
  readonly type: string;
  readonly repr: string;
  readonly refcnt: number;
  readonly size: number;
  readonly address: number;
  /** obmalloc size class of the object's block, or -1 for the system allocator (> 512 bytes). */
  readonly sizeClass: number;
  /** Generation, or -1 when not tracked by the collector. */
  readonly generation: number;
  readonly tracked: boolean;
  /** During a collection: gc_refs as the current phase defines them; otherwise null. */
  readonly gcRefs: number | null;
  /** During a collection: 'counting' | 'reachable' | 'tentatively-unreachable' | 'unreachable' | 'cleared'; otherwise null. */
  readonly reach: string | null;
  readonly finalized: boolean;
  readonly weakrefCleared: boolean;
  /** The root label if the object is a root, else null. */
  readonly root: string | null;
  /**
   * The object's extra allocations (BLOCK events: a list's ob_item array, a dict's keys table, a set's table),
   * beside its own block at `address`; by address.
   */
  readonly blocks: readonly { readonly address: number; readonly nbytes: number }[];
}

export interface RefView {
  /** The slot's identity within the moment: holder and label ("o12 attribute `next`", "f3 local `x`"). */
  readonly slot: string;
  /** 'object' (from is an ObjectId) or 'frame' (from is a FrameId). */
  readonly fromKind: 'object' | 'frame';
  readonly from: number;
  readonly to: number;
  /** The RefCause name, e.g. 'attribute'. */
  readonly cause: string;
  /** What the UI prints on the edge: "local `x`", "list item 3", "attribute `next`", "dict value ['a']". */
  readonly label: string;
  /** A weak reference (cause 'weak': a weakref → its referent); it does not count in the referent's refcount. */
  readonly weak: boolean;
}

export interface FrameView {
  readonly id: number;
  readonly name: string;
  readonly firstLine: number;
  readonly line: number;
  readonly offset: number;
  readonly opname: string;
  readonly oparg: number;
  /** Value stack, bottom first (object ids). */
  readonly stack: readonly number[];
}

export interface PoolView {
  readonly address: number;
  readonly arena: number;
  readonly sizeClass: number;
  readonly blockSize: number;
  readonly state: 'used' | 'full' | 'empty';
  readonly count: number;
  readonly capacity: number;
  /** One character per block: 'u' used, 'f' on the free list, '.' never used since the pool's initialisation. */
  readonly blocks: string;
}

export interface ArenaView {
  readonly index: number;
  readonly address: number;
  readonly pools: readonly PoolView[];
}

export interface SizeClassView {
  readonly sizeClass: number;
  readonly blockSize: number;
  readonly pools: number;
  readonly usedBlocks: number;
}

/** The profile's obmalloc geometry (ALLOCATOR_GEOMETRY): what the arena map draws to scale. */
export interface AllocatorGeometryView {
  readonly arenaSize: number;
  readonly poolSize: number;
  /** POOL_OVERHEAD: the pool header before the first block. */
  readonly poolOverhead: number;
  /** ALIGNMENT: the block-size step between size classes. */
  readonly alignment: number;
}

export interface AllocatorView {
  readonly geometry: AllocatorGeometryView;
  readonly arenas: readonly ArenaView[];
  readonly sizeClasses: readonly SizeClassView[];
  /** Blocks of the system allocator (requests of 0 or > 512 bytes). */
  readonly systemBlocks: readonly { readonly address: number; readonly nbytes: number }[];
  readonly allocatedBlocks: number;
}

export interface GcView {
  readonly counts: readonly number[];
  readonly thresholds: readonly number[];
  /** The generation being collected, or -1. */
  readonly collecting: number;
  readonly phase: string | null;
  readonly collections: readonly number[];
}

export interface EventView {
  readonly index: number;
  readonly kind: string;
  readonly text: string;
}

/** The whole picture at moment `index` (events [0, index) applied). */
export interface MomentView {
  readonly index: number;
  readonly eventCount: number;
  /** The event that led to this moment (index - 1), or null at moment 0. */
  readonly lastEvent: EventView | null;
  readonly objects: readonly ObjectView[];
  readonly refs: readonly RefView[];
  readonly frames: readonly FrameView[];
  readonly roots: readonly { readonly object: number; readonly label: string }[];
  readonly allocator: AllocatorView;
  readonly line: number;
  readonly steps: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly gc: GcView;
}

const CAUSE_NAME = Object.fromEntries(Object.entries(RefCause).map(([k, v]) => [v, k.toLowerCase().replace('_', '-')]));
const POOL_STATE = ['used', 'full', 'empty'] as const;
const NO_BLOCKS: readonly { readonly address: number; readonly nbytes: number }[] = Object.freeze([]);

/** An object's extra blocks by address (the record keeps them flat, in attach order). */
function blocksOf(o: ObjectRecord): readonly { readonly address: number; readonly nbytes: number }[] {
  if (o.blocks.length === 0) return NO_BLOCKS;
  const out: { address: number; nbytes: number }[] = [];
  for (let k = 0; k < o.blocks.length; k += 2) out.push({ address: o.blocks[k]!, nbytes: o.blocks[k + 1]! });
  return out.sort((a, b) => a.address - b.address);
}
const geometries = new Map<string, AllocatorGeometryView>();
function geometryOf(rec: Recorder): AllocatorGeometryView {
  let g = geometries.get(rec.profile);
  if (g === undefined) {
    const a = ALLOCATOR_GEOMETRY[rec.profile];
    geometries.set(rec.profile, (g = Object.freeze({ arenaSize: a.ARENA_SIZE, poolSize: a.POOL_SIZE, poolOverhead: a.POOL_OVERHEAD, alignment: a.ALIGNMENT })));
  }
  return g;
}

function allocatorView(rec: Recorder, s: HeapState): AllocatorView {
  // Seek shares the pools, arenas and system tables between moments when no event touched them: the whole view
  // is then the previous one (so the diff settles it by identity).
  const cache = cacheOf(rec);
  const known = cache.allocators.get(s.pools);
  if (known !== undefined && known.arenas === s.arenas && known.system === s.system && known.view.allocatedBlocks === s.allocatedBlocks) {
    return known.view;
  }
  const { poolSize, poolOverhead } = rec.ctx;
  const byArena = new Map<number, PoolView[]>();
  const classes = new Map<number, { pools: number; used: number }>();
  for (const p of s.pools.values()) {
    const bs = (p.szidx + 1) << 4;
    let view = cache.pools.get(p);
    if (view === undefined) {
      const capacity = Math.floor((poolSize - poolOverhead) / bs);
      const chars = new Array<string>(capacity);
      for (let k = 0; k < capacity; k++) chars[k] = (p.bits[k >> 5]! & (1 << (k & 31))) !== 0 ? 'u' : k < p.nextIndex ? 'f' : '.';
      view = {
        address: p.address,
        arena: p.arena,
        sizeClass: p.szidx,
        blockSize: bs,
        state: POOL_STATE[p.state] ?? 'used',
        count: p.count,
        capacity,
        blocks: chars.join(''),
      };
      cache.pools.set(p, view);
    }
    const list = byArena.get(p.arena) ?? [];
    list.push(view);
    byArena.set(p.arena, list);
    if (p.state !== PoolStateCode.EMPTY) {
      const c = classes.get(p.szidx) ?? { pools: 0, used: 0 };
      c.pools++;
      c.used += p.count;
      classes.set(p.szidx, c);
    }
  }
  const arenas = [...s.arenas].sort((a, b) => a[0] - b[0]).map(([index, address]) => ({
    index,
    address,
    pools: (byArena.get(index) ?? []).sort((a, b) => a.address - b.address),
  }));
  const sizeClasses = [...classes]
    .sort((a, b) => a[0] - b[0])
    .map(([sizeClass, c]) => ({ sizeClass, blockSize: (sizeClass + 1) << 4, pools: c.pools, usedBlocks: c.used }));
  let systemBlocks = cache.system.get(s.system);
  if (systemBlocks === undefined) {
    systemBlocks = [...s.system].sort((a, b) => a[0] - b[0]).map(([address, nbytes]) => ({ address, nbytes }));
    cache.system.set(s.system, systemBlocks);
  }
  const view: AllocatorView = { geometry: geometryOf(rec), arenas, sizeClasses, systemBlocks, allocatedBlocks: s.allocatedBlocks };
  cache.allocators.set(s.pools, { arenas: s.arenas, system: s.system, view });
  return view;
}

/** An object's cached view and its outgoing references, already in view order (by label). */
interface ObjectEntry {
  readonly id: number;
  readonly view: ObjectView;
  readonly refs: readonly RefView[];
}

interface ViewCache {
  readonly objects: WeakMap<ObjectRecord, ObjectEntry>;
  readonly pools: WeakMap<PoolRecord, PoolView>;
  readonly allocators: WeakMap<ReadonlyMap<number, PoolRecord>, { readonly arenas: ReadonlyMap<number, number>; readonly system: ReadonlyMap<number, number>; readonly view: AllocatorView }>;
  readonly system: WeakMap<ReadonlyMap<number, number>, AllocatorView['systemBlocks']>;
  readonly roots: WeakMap<ReadonlyMap<number, number>, MomentView['roots']>;
  /** An object's references in view order, by its refs Map (each Map belongs to one object). */
  readonly refs: WeakMap<RefMap, readonly RefView[]>;
  readonly labels: Map<number, string>;
}
const caches = new WeakMap<Recorder, ViewCache>();
function cacheOf(rec: Recorder): ViewCache {
  let c = caches.get(rec);
  if (c === undefined) {
    c = { objects: new WeakMap(), pools: new WeakMap(), allocators: new WeakMap(), system: new WeakMap(), roots: new WeakMap(), refs: new WeakMap(), labels: new Map() };
    caches.set(rec, c);
  }
  return c;
}

function makeRef(c: ViewCache, strings: readonly string[], fromKind: 'object' | 'frame', from: number, key: number, to: number): RefView {
  let label = c.labels.get(key);
  if (label === undefined) c.labels.set(key, (label = refLabel(strings, refKeyCause(key), refKeyLabel(key))));
  const cause = refKeyCause(key);
  return { slot: `${fromKind === 'object' ? 'o' : 'f'}${from} ${label}`, fromKind, from, to, cause: CAUSE_NAME[cause]!, label, weak: cause === RefCause.WEAK };
}

function entryOf(rec: Recorder, s: HeapState, cache: ViewCache, o: ObjectRecord): ObjectEntry {
  let entry = cache.objects.get(o);
  if (entry !== undefined) return entry;
  const strings = rec.log.strings;
  const poolSize = rec.ctx.poolSize;
  // The size class is the block's, which only the allocator state knows; it is fixed for the record's life.
  const view: ObjectView = {
    id: o.id,
    type: strings[o.type]!,
    repr: strings[o.repr]!,
    refcnt: o.refcnt,
    size: o.size,
    address: o.address,
    sizeClass: s.system.has(o.address) ? -1 : (s.pools.get(Math.floor(o.address / poolSize) * poolSize)?.szidx ?? -1),
    generation: o.gen,
    tracked: o.gen >= 0,
    gcRefs: null,
    reach: null,
    finalized: (o.flags & ObjectFlag.FINALIZED) !== 0,
    weakrefCleared: (o.flags & ObjectFlag.WEAKREF_CLEARED) !== 0,
    root: null,
    blocks: blocksOf(o),
  };
  // A record copied for a refcount change shares its RefMap with the record before (keyframes.ts thawObject):
  // its references' views are reused rather than rebuilt (their slot strings are most of a view's garbage).
  let refs = cache.refs.get(o.refs);
  if (refs === undefined) {
    const built: RefView[] = [];
    for (const [key, to] of o.refs) built.push(makeRef(cache, strings, 'object', o.id, key, to));
    if (built.length > 1) built.sort(byLabel);
    cache.refs.set(o.refs, (refs = built));
  }
  cache.objects.set(o, (entry = { id: o.id, view, refs }));
  return entry;
}

function byLabel(a: RefView, b: RefView): number {
  return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}

/**
 * The view of a recorded state (see frameAt).
 *
 * Cost (bench/recorder.bench.ts, ~4,000 objects and ~6,000 references): the objects' views and their references
 * come from the per-record cache, so a view is one pass over the buckets, a numeric sort of the object ids (packed
 * with their positions into one Float64Array: a native sort, no comparator calls) and the references appended in
 * that order — already sorted (refOrder), with no string comparison across holders.
 */
export function viewOf(rec: Recorder, s: HeapState): MomentView {
  const strings = rec.log.strings;
  const cache = cacheOf(rec);
  const collecting = s.gc.collecting !== -1;
  const entries: ObjectEntry[] = [];
  for (const bucket of s.objects) for (const o of bucket) entries.push(entryOf(rec, s, cache, o));
  const n = entries.length;
  // id * 2^21 + position stays exact below 2^53 for ids < 2^32 and fewer than 2^21 objects.
  const sorted: ObjectEntry[] = new Array<ObjectEntry>(n);
  if (n < 1 << 21) {
    const keys = new Float64Array(n);
    for (let k = 0; k < n; k++) keys[k] = entries[k]!.id * 2097152 + k;
    keys.sort();
    for (let k = 0; k < n; k++) sorted[k] = entries[keys[k]! % 2097152]!;
  } else {
    entries.sort((a, b) => a.id - b.id).forEach((e, k) => (sorted[k] = e));
  }
  const frameRefs: { readonly id: number; readonly refs: RefView[] }[] = [];
  const frames: FrameView[] = s.frames.map((f) => {
    const own: RefView[] = [];
    for (const [key, to] of f.refs) own.push(makeRef(cache, strings, 'frame', f.id, key, to));
    f.stack.forEach((to, depth) => own.push(makeRef(cache, strings, 'frame', f.id, depth * 16 + RefCause.VALUE_STACK, to)));
    frameRefs.push({ id: f.id, refs: own.sort(byLabel) });
    return {
      id: f.id,
      name: strings[f.name]!,
      firstLine: f.firstLine,
      line: f.line,
      offset: f.offset,
      opname: f.offset < 0 ? '' : opname(rec, f.opcode),
      oparg: f.oparg,
      stack: [...f.stack],
    };
  });
  // Frames stay in stack order (bottom first); their references go by frame id (a resumed generator's frame keeps
  // its older id on top of newer frames).
  const refs: RefView[] = [];
  for (const g of frameRefs.sort((x, y) => x.id - y.id)) for (const r of g.refs) refs.push(r);
  const objects: ObjectView[] = new Array<ObjectView>(n);
  for (let k = 0; k < n; k++) {
    const entry = sorted[k]!;
    const gc = collecting ? s.gc.refs.get(entry.id) : undefined;
    const root = s.roots.get(entry.id);
    objects[k] =
      gc === undefined && root === undefined
        ? entry.view
        : {
            ...entry.view,
            gcRefs: gc === undefined ? null : gcRefsOf(gc),
            reach: gc === undefined ? null : REACH_NAME[gcReachOf(gc)]!,
            root: root === undefined ? null : strings[root]!,
          };
    for (const r of entry.refs) refs.push(r);
  }
  let roots = cache.roots.get(s.roots);
  if (roots === undefined) {
    roots = [...s.roots].sort((a, b) => a[0] - b[0]).map(([object, label]) => ({ object, label: strings[label]! }));
    cache.roots.set(s.roots, roots);
  }
  const top = s.frames[s.frames.length - 1];
  const out = rec.outputText(s.outputs);
  return {
    index: s.index,
    eventCount: rec.length,
    lastEvent: s.index === 0 ? null : describeEvent(rec, s.index - 1),
    objects,
    refs,
    frames,
    roots,
    allocator: allocatorView(rec, s),
    line: top === undefined ? -1 : top.line,
    steps: s.steps,
    stdout: out.stdout,
    stderr: out.stderr,
    gc: {
      counts: [...s.gc.counts],
      thresholds: [...s.gc.thresholds],
      collecting: s.gc.collecting,
      phase: s.gc.phase === -1 ? null : PHASE_NAME[s.gc.phase]!,
      collections: [...s.gc.collections],
    },
  };
}

/**
 * The order of MomentView.refs: frames' references before objects', holders by id, then by label (the slot is
 * holder + label, so this is a total order on a moment's slots). viewOf produces it without sorting across holders.
 */
export function refOrder(a: RefView, b: RefView): number {
  if (a.fromKind !== b.fromKind) return a.fromKind === 'frame' ? -1 : 1;
  if (a.from !== b.from) return a.from - b.from;
  return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}

/** Sorted in view order (refOrder). */
export function sortRefs(refs: RefView[]): RefView[] {
  return refs.sort(refOrder);
}

/** What the UI draws at moment i. */
export function frameAt(rec: Recorder, i: number): MomentView {
  return viewOf(rec, rec.seek(i));
}
