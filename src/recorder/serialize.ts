// The state at a window's start, as JSON-safe plain data for the trace file, and its validating reader: a
// window file replays from this state instead of from an empty interpreter. Mirrors state.ts's HeapState field
// by field; Maps become flat [key, value, key, value, …] arrays.

import { freeze } from 'immer';
import { RefMap } from './ref-map';
import { LABEL_IS_INDEX, REF_CAUSE_COUNT } from '../core/trace/events';
import { TraceError, emptyState, bucketOf, NO_BLOCKS, NO_OWNED, objectAt, type FrameRecord, type HeapState, type ObjectRecord, type PoolRecord } from './state';

export interface SerializedState {
  /** Per object: [id, type, repr, address, size, refcnt, gen, createdAt, flags, ...refs pairs]. */
  readonly objects: readonly (readonly number[])[];
  readonly frames: readonly {
    readonly head: readonly number[];
    readonly refs: readonly number[];
    readonly stack: readonly number[];
  }[];
  readonly roots: readonly number[];
  readonly arenas: readonly number[];
  /** Per pool: [address, arena, szidx, state, count, nextIndex, ...32 bitmap words as unsigned 32-bit]. */
  readonly pools: readonly (readonly number[])[];
  readonly system: readonly number[];
  /** [allocatedBlocks, steps, collecting, phase, collected, uncollectable, counts×3, thresholds×3, collections×3]. */
  readonly scalars: readonly number[];
  readonly gcRefs: readonly number[];
  /**
   * Blocks attached to objects (BLOCK events), flat [object, address, nbytes, …] by object id, then attach order.
   * Absent in files written before BLOCK existed (none attached).
   */
  readonly blocks?: readonly number[];
}

function pairs(m: Iterable<readonly [number, number]>): number[] {
  const out: number[] = [];
  for (const [k, v] of m) out.push(k, v);
  return out;
}

/** The state as plain data. The window's own moments start at 0, so `outputs` and `index` are not kept. */
export function serializeState(s: HeapState): SerializedState {
  const objects: number[][] = [];
  for (const b of s.objects) {
    for (const o of b) {
      objects.push([o.id, o.type, o.repr, o.address, o.size, o.refcnt, o.gen, o.createdAt - s.index, o.flags, ...pairs(o.refs)]);
    }
  }
  objects.sort((a, b) => a[0]! - b[0]!);
  const g = s.gc;
  return {
    objects,
    frames: s.frames.map((f) => ({ head: [f.id, f.name, f.firstLine, f.line, f.offset, f.opcode, f.oparg], refs: pairs(f.refs), stack: [...f.stack] })),
    roots: pairs(s.roots),
    arenas: pairs(s.arenas),
    pools: [...s.pools.values()].map((p) => [p.address, p.arena, p.szidx, p.state, p.count, p.nextIndex, ...p.bits.map((b) => b >>> 0)]),
    system: pairs(s.system),
    scalars: [s.allocatedBlocks, s.steps, g.collecting, g.phase, g.collected, g.uncollectable, ...g.counts, ...g.thresholds, ...g.collections],
    gcRefs: pairs(g.refs),
    blocks: objects.flatMap((a) => {
      const o = objectAt(s, a[0]!)!;
      const out: number[] = [];
      for (let k = 0; k < o.blocks.length; k += 2) out.push(o.id, o.blocks[k]!, o.blocks[k + 1]!);
      return out;
    }),
  };
}

function bad(what: string): never {
  throw new TraceError(0, `the window's starting state is malformed (${what})`);
}
function ints(v: unknown, what: string, min: number): number[] {
  if (!Array.isArray(v)) bad(what);
  for (const x of v) if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < min) bad(what);
  return v as number[];
}
function toMap(v: unknown, what: string, min: number): Map<number, number> {
  const a = ints(v, what, min);
  if (a.length % 2 !== 0) bad(what);
  const m = new Map<number, number>();
  for (let i = 0; i < a.length; i += 2) {
    if (m.has(a[i]!)) bad(`${what}: duplicate key`);
    m.set(a[i]!, a[i + 1]!);
  }
  return m;
}

/** Reference slots: key = label * 16 + cause, with a known cause and, for named causes, a string label. */
function toRefs(v: unknown, what: string, stringCount: number): Map<number, number> {
  const m = toMap(v, what, 0);
  for (const key of m.keys()) {
    const cause = key % 16;
    const label = Math.floor(key / 16);
    if (cause >= REF_CAUSE_COUNT || (!LABEL_IS_INDEX[cause] && label >= stringCount)) bad(`${what}: bad slot ${key}`);
  }
  return m;
}

/**
 * Attaches serialized blocks [object, address, nbytes, …] to their (live) objects, each an allocated block of that
 * size (a system block of exactly nbytes, or a used block of a pool of nbytes' size class), at most once per
 * object (apply.ts invariant 7). Returns the owners table.
 */
function attachBlocks(s: HeapState, flat: readonly number[], g: Geometry): Set<number> {
  if (flat.length % 3 !== 0) bad('blocks');
  const systemOwned = new Set<number>();
  for (let i = 0; i < flat.length; i += 3) {
    const [id, address, nbytes] = [flat[i]!, flat[i + 1]!, flat[i + 2]!];
    const o = objectAt(s, id) as { blocks: readonly number[] } | undefined;
    if (o === undefined) bad(`block of object ${id}, which is not alive`);
    let allocated: boolean;
    let fresh = true;
    if (nbytes === 0 || nbytes > 512) {
      allocated = s.system.get(address) === nbytes;
      fresh = !systemOwned.has(address);
      systemOwned.add(address);
    } else {
      const pool = s.pools.get(address - (address % g.poolSize));
      allocated = false;
      if (pool !== undefined) {
        const bs = (pool.szidx + 1) << 4;
        const off = address - pool.address - g.poolOverhead;
        const k = off / bs;
        allocated = off >= 0 && Number.isInteger(k) && k < 1024 && (nbytes - 1) >> 4 === pool.szidx && (pool.bits[k >> 5]! & (1 << (k & 31))) !== 0;
        if (allocated) {
          const p = pool as unknown as { owned: number[] };
          if (p.owned.length === 0) p.owned = new Array<number>(32).fill(0);
          fresh = (p.owned[k >> 5]! & (1 << (k & 31))) === 0;
          p.owned[k >> 5] = p.owned[k >> 5]! | (1 << (k & 31));
        }
      }
    }
    if (!allocated) bad(`block 0x${address.toString(16)} of object ${id} is not allocated`);
    for (let k = 0; k < o.blocks.length; k += 2) if (o.blocks[k] === address) bad(`block 0x${address.toString(16)} twice on object ${id}`);
    if (!fresh) bad(`block 0x${address.toString(16)} attached to two objects`);
    o.blocks = [...o.blocks, address, nbytes];
  }
  return systemOwned;
}

/** The allocator geometry a state's pools are laid out in (the trace's profile's). */
export interface Geometry {
  readonly poolSize: number;
  readonly poolOverhead: number;
}

/** Reads and checks a serialized state; every string id must be < stringCount. Returns a frozen HeapState. */
export function deserializeState(v: unknown, stringCount: number, g: Geometry): HeapState {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) bad('not an object');
  const r = v as Record<string, unknown>;
  const expected = ['objects', 'frames', 'roots', 'arenas', 'pools', 'system', 'scalars', 'gcRefs', 'blocks'];
  for (const k of Object.keys(r)) if (!expected.includes(k)) bad(`unknown field ${k}`);
  const sid = (x: number, what: string): number => (x < stringCount ? x : bad(`${what}: string id out of range`));
  const s = emptyState() as unknown as {
    -readonly [K in keyof HeapState]: HeapState[K];
  };
  const objects = s.objects as ObjectRecord[][];
  if (!Array.isArray(r['objects'])) bad('objects');
  let live = 0;
  for (const raw of r['objects'] as unknown[]) {
    const a = ints(raw, 'object', -Number.MAX_SAFE_INTEGER);
    if (a.length < 9 || (a.length - 9) % 2 !== 0) bad('object');
    const [id, type, repr, address, size, refcnt, gen, createdAt, flags] = a as [number, number, number, number, number, number, number, number, number];
    if (id < 0 || type < 0 || repr < 0 || address < 0 || refcnt < 0 || gen < -1 || gen > 2 || flags < 0 || flags > 3) bad(`object ${id}`);
    const b = objects[bucketOf(id)]!;
    if (b.some((x) => x.id === id)) bad(`object ${id} twice`);
    b.push({
      id,
      type: sid(type, 'type'),
      repr: sid(repr, 'repr'),
      address,
      size,
      refcnt,
      gen,
      createdAt,
      flags,
      refs: RefMap.from(toRefs(a.slice(9), `refs of ${id}`, stringCount)),
      blocks: NO_BLOCKS,
    });
    live++;
  }
  s.liveObjects = live;
  if (!Array.isArray(r['frames'])) bad('frames');
  s.frames = (r['frames'] as unknown[]).map((raw): FrameRecord => {
    if (typeof raw !== 'object' || raw === null) bad('frame');
    const f = raw as Record<string, unknown>;
    const head = ints(f['head'], 'frame head', -1);
    if (head.length !== 7) bad('frame head');
    return {
      id: head[0]!,
      name: sid(head[1]!, 'frame name'),
      firstLine: head[2]!,
      line: head[3]!,
      offset: head[4]!,
      opcode: head[5]!,
      oparg: head[6]!,
      refs: toRefs(f['refs'], 'frame refs', stringCount),
      stack: ints(f['stack'], 'frame stack', 0),
    };
  });
  s.roots = toMap(r['roots'], 'roots', 0);
  for (const label of s.roots.values()) sid(label, 'root label');
  s.arenas = toMap(r['arenas'], 'arenas', 0);
  const pools = new Map<number, PoolRecord>();
  if (!Array.isArray(r['pools'])) bad('pools');
  for (const raw of r['pools'] as unknown[]) {
    const a = ints(raw, 'pool', 0);
    if (a.length !== 6 + 32 || a[2]! > 31 || a[3]! > 2 || a.slice(6).some((b) => b > 0xffffffff)) bad('pool');
    pools.set(a[0]!, { address: a[0]!, arena: a[1]!, szidx: a[2]!, state: a[3]!, count: a[4]!, nextIndex: a[5]!, bits: a.slice(6).map((x) => x | 0), owned: NO_OWNED });
  }
  s.pools = pools;
  s.system = toMap(r['system'], 'system blocks', 0);
  const sc = ints(r['scalars'], 'scalars', -1);
  if (sc.length !== 15) bad('scalars');
  s.allocatedBlocks = sc[0]!;
  s.steps = sc[1]!;
  s.gc = {
    collecting: sc[2]!,
    phase: sc[3]!,
    collected: sc[4]!,
    uncollectable: sc[5]!,
    counts: [sc[6]!, sc[7]!, sc[8]!],
    thresholds: [sc[9]!, sc[10]!, sc[11]!],
    collections: [sc[12]!, sc[13]!, sc[14]!],
    refs: toMap(r['gcRefs'], 'gc refs', 0),
  };
  if (s.gc.collecting > 2) bad('collecting');
  s.systemOwned = attachBlocks(s as HeapState, r['blocks'] === undefined ? [] : ints(r['blocks'], 'blocks', 0), g);
  return freeze(s as HeapState, true);
}
