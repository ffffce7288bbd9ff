// Advances the recorded state (state.ts) by one events.ts record: what Py_INCREF/Py_DECREF, _Py_Dealloc,
// pymalloc_alloc/pymalloc_free (Objects/obmalloc.c), the frame stack (Python/ceval.c) and gc_collect_main
// (Modules/gcmodule.c) did, as the VM reported it. Every event is checked against the invariants below, so a bad
// trace — a VM bug or a damaged file — stops with a TraceError instead of drawing nonsense.
// (~440 lines, kept in one file: each event kind's checks sit beside its effect, in one switch.)
//
// Invariants:
// 1. An INCREF/DECREF's new count is exactly the old count ± 1 and never negative.
// 2. Every event about an object names a live one; OBJECT_NEW names an id not live.
// 3. A reference is cleared only from the slot that holds it; owners of frame causes are frames on the stack.
// 4. A block is freed only if it is allocated; a small block is allocated only in a pool in USED or FULL state
//    of its size class, and a pool's count equals the number of its used blocks.
// 5. LINE, INSTRUCTION and stack events happen only while a frame is on the stack; FRAME_POP pops the top frame.
// 6. Every StringId operand is < the string table's length.
// 7. A BLOCK attaches an allocated block of that size, attached to no object, to a live object, and detaches only
//    a block the object holds; a block attached to a live object is not freed (or reallocated in place), and an object is not
//    deallocated while it still holds blocks (the VM detaches them first).

import type { Draft } from 'immer';
import {
  ArenaChange,
  BlockChange,
  EventKind,
  GC_REACH_COUNT,
  joinAddress,
  LABEL_IS_INDEX,
  OWNER_IS_FRAME,
  PoolStateCode,
  RefCause,
} from '../core/trace/events';
import {
  indexIn,
  NO_BLOCKS,
  NO_OWNED,
  objectAt,
  ObjectFlag,
  OBJECT_BUCKETS,
  packGcRefs,
  refKey,
  TraceError,
  type ApplyContext,
  type FrameRecord,
  type HeapState,
  type MutableState,
  type ObjectRecord,
  type PoolRecord,
} from './state';
import { RefMap } from './ref-map';

// Imported bindings read once: under a CommonJS-style loader (tsx, which runs the benchmarks) each use of an
// imported binding is a getter call, and the code below runs per event (measured: ~15% of a seek's CPU time).
const _EventKind = EventKind;
const _RefCause = RefCause;
const _LABEL_IS_INDEX = LABEL_IS_INDEX;
const _OWNER_IS_FRAME = OWNER_IS_FRAME;
const _joinAddress = joinAddress;
const _BlockChange = BlockChange;
const _ArenaChange = ArenaChange;
const _PoolStateCode = PoolStateCode;
const _GC_REACH_COUNT = GC_REACH_COUNT;

const BUCKET_MASK = OBJECT_BUCKETS - 1;

function live(s: MutableState, id: number, at: number): Draft<ObjectRecord> {
  const o = objectAt(s as HeapState, id) as Draft<ObjectRecord> | undefined;
  if (o === undefined) throw new TraceError(at, `object ${id} is not alive`);
  return o;
}

function str(ctx: ApplyContext, id: number, at: number): number {
  if (!(id >= 0 && id < ctx.stringCount)) throw new TraceError(at, `string id ${id} out of range`);
  return id;
}

function topFrame(s: MutableState, at: number): Draft<FrameRecord> {
  const f = s.frames[s.frames.length - 1];
  if (f === undefined) throw new TraceError(at, 'no frame is executing');
  return f;
}

function frameById(s: MutableState, id: number, at: number): Draft<FrameRecord> {
  for (let k = s.frames.length - 1; k >= 0; k--) if (s.frames[k]!.id === id) return s.frames[k]!;
  throw new TraceError(at, `frame ${id} is not on the stack`);
}

function checkLabel(ctx: ApplyContext, cause: number, label: number, at: number): void {
  if (_LABEL_IS_INDEX[cause]) {
    if (!(label >= 0)) throw new TraceError(at, `negative index label ${label}`);
  } else str(ctx, label, at);
}

function setRef(s: MutableState, ctx: ApplyContext, at: number, sub: number, w: Int32Array, p: number, set: boolean): void {
  const owner = w[p]!;
  const target = w[p + 1]!;
  const label = w[p + 2]!;
  if (sub === _RefCause.VALUE_STACK || sub === _RefCause.TEMPORARY) {
    throw new TraceError(at, 'value-stack and temporary references are not slots');
  }
  checkLabel(ctx, sub, label, at);
  const key = refKey(sub, label);
  if (_OWNER_IS_FRAME[sub]) {
    const refs = frameById(s, owner, at).refs;
    if (set) {
      live(s, target, at);
      refs.set(key, target);
    } else {
      if (refs.get(key) !== target) throw new TraceError(at, `slot ${sub}:${label} of ${owner} does not hold ${target}`);
      refs.delete(key);
    }
    return;
  }
  // An object's references are a persistent RefMap: the record (thawed) gets the new one.
  const o = live(s, owner, at);
  if (set) {
    live(s, target, at);
    o.refs = (o.refs as RefMap).with(key, target) as Draft<RefMap>;
  } else {
    if ((o.refs as RefMap).get(key) !== target) throw new TraceError(at, `slot ${sub}:${label} of ${owner} does not hold ${target}`);
    o.refs = (o.refs as RefMap).without(key) as Draft<RefMap>;
  }
}

function poolOf(s: MutableState, ctx: ApplyContext, address: number, at: number): Draft<PoolRecord> {
  const pa = Math.floor(address / ctx.poolSize) * ctx.poolSize;
  const pool = s.pools.get(pa);
  if (pool === undefined) throw new TraceError(at, `no pool at 0x${pa.toString(16)}`);
  return pool;
}

function blockIndex(pool: PoolRecord, ctx: ApplyContext, address: number, at: number): number {
  const bs = (pool.szidx + 1) << 4;
  const off = address - pool.address - ctx.poolOverhead;
  if (off < 0 || off % bs !== 0) throw new TraceError(at, `0x${address.toString(16)} is not a block boundary`);
  return off / bs;
}

function alloc(s: MutableState, ctx: ApplyContext, address: number, nbytes: number, at: number): void {
  if (!(nbytes >= 0)) throw new TraceError(at, `negative size ${nbytes}`);
  if (nbytes === 0 || nbytes > 512) {
    if (s.system.has(address)) throw new TraceError(at, `system block 0x${address.toString(16)} allocated twice`);
    s.system.set(address, nbytes);
  } else {
    const pool = poolOf(s, ctx, address, at);
    if (pool.state !== _PoolStateCode.USED && pool.state !== _PoolStateCode.FULL) {
      throw new TraceError(at, 'allocation from a pool that is not in use');
    }
    if ((nbytes - 1) >> 4 !== pool.szidx) throw new TraceError(at, `request of ${nbytes} bytes from a pool of class ${pool.szidx}`);
    const k = blockIndex(pool, ctx, address, at);
    const capacity = Math.floor((ctx.poolSize - ctx.poolOverhead) / ((pool.szidx + 1) << 4));
    if (k >= capacity) throw new TraceError(at, `0x${address.toString(16)} is beyond its pool`);
    if ((pool.bits[k >> 5]! & (1 << (k & 31))) !== 0) throw new TraceError(at, `block 0x${address.toString(16)} allocated twice`);
    pool.bits[k >> 5] = pool.bits[k >> 5]! | (1 << (k & 31));
    pool.count++;
    // pymalloc_pool_extend: when the free list runs dry the next untouched block is carved.
    if (k >= pool.nextIndex) pool.nextIndex = k + 1;
    if (pool.count === pool.nextIndex && pool.nextIndex < capacity) pool.nextIndex++;
  }
  s.allocatedBlocks++;
}

function free(s: MutableState, ctx: ApplyContext, address: number, at: number): void {
  if (s.systemOwned.has(address)) throw new TraceError(at, `block 0x${address.toString(16)} freed while an object holds it`);
  if (s.system.delete(address)) {
    s.allocatedBlocks--;
    return;
  }
  const pool = poolOf(s, ctx, address, at);
  const k = blockIndex(pool, ctx, address, at);
  if (k >= 1024 || (pool.bits[k >> 5]! & (1 << (k & 31))) === 0) {
    throw new TraceError(at, `free of 0x${address.toString(16)}, which is not allocated`);
  }
  if (((pool.owned[k >> 5] ?? 0) & (1 << (k & 31))) !== 0) throw new TraceError(at, `block 0x${address.toString(16)} freed while an object holds it`);
  pool.bits[k >> 5] = pool.bits[k >> 5]! & ~(1 << (k & 31));
  pool.count--;
  s.allocatedBlocks--;
}

/** Marks (or unmarks) a block as attached to an object; false if it already was (or was not). */
function markOwned(s: MutableState, ctx: ApplyContext, address: number, nbytes: number, on: boolean, at: number): boolean {
  if (nbytes === 0 || nbytes > 512) {
    if (s.systemOwned.has(address) === on) return false;
    if (on) s.systemOwned.add(address);
    else s.systemOwned.delete(address);
    return true;
  }
  const pool = poolOf(s, ctx, address, at);
  const k = blockIndex(pool, ctx, address, at);
  const word = pool.owned[k >> 5] ?? 0;
  const bit = 1 << (k & 31);
  if (((word & bit) !== 0) === on) return false;
  // NO_OWNED is shared and frozen: the first attached block of a pool gets the pool its own bitmap.
  if (pool.owned.length === 0) pool.owned = new Array<number>(32).fill(0);
  pool.owned[k >> 5] = on ? word | bit : word & ~bit;
  return true;
}

/** Whether `address` is an allocated block of exactly nbytes (system) or of nbytes' size class (a pool's). */
function allocatedAs(s: MutableState, ctx: ApplyContext, address: number, nbytes: number, at: number): boolean {
  if (nbytes === 0 || nbytes > 512) return s.system.get(address) === nbytes;
  if (!(nbytes > 0)) return false;
  const pool = poolOf(s, ctx, address, at);
  const k = blockIndex(pool, ctx, address, at);
  return (nbytes - 1) >> 4 === pool.szidx && k < 1024 && (pool.bits[k >> 5]! & (1 << (k & 31))) !== 0;
}

/** BLOCK: [object, addrLo, addrHi, nbytes] attached (sub 0) to or detached (sub 1) from the object (invariant 7). */
function block(s: MutableState, ctx: ApplyContext, at: number, sub: number, w: Int32Array, p: number): void {
  const o = live(s, w[p]!, at);
  const address = _joinAddress(w[p + 1]!, w[p + 2]!);
  const nbytes = w[p + 3]!;
  const hex = `0x${address.toString(16)}`;
  let k = 0;
  while (k < o.blocks.length && o.blocks[k] !== address) k += 2;
  if (sub === _BlockChange.ATTACHED) {
    if (k < o.blocks.length) throw new TraceError(at, `block ${hex} attached twice to object ${o.id}`);
    if (!allocatedAs(s, ctx, address, nbytes, at)) throw new TraceError(at, `block ${hex} of ${nbytes} bytes is not allocated`);
    if (!markOwned(s, ctx, address, nbytes, true, at)) throw new TraceError(at, `block ${hex} is already attached to another object`);
    o.blocks = [...o.blocks, address, nbytes];
  } else if (sub === _BlockChange.DETACHED) {
    if (k >= o.blocks.length || o.blocks[k + 1] !== nbytes) throw new TraceError(at, `object ${o.id} holds no block ${hex} of ${nbytes} bytes`);
    markOwned(s, ctx, address, nbytes, false, at);
    // NO_BLOCKS is shared and frozen: records only ever replace their blocks array, never write into it.
    o.blocks = o.blocks.length === 2 ? (NO_BLOCKS as number[]) : [...o.blocks.slice(0, k), ...o.blocks.slice(k + 2)];
  } else throw new TraceError(at, `bad block change ${sub}`);
}

/** Applies event `at` (kind/sub, operands w[p …]) to s. Works on a plain mutable state or an immer draft. */
export function applyEvent(s: MutableState, ctx: ApplyContext, at: number, kind: number, sub: number, w: Int32Array, p: number): void {
  switch (kind) {
    case _EventKind.ALLOC:
      alloc(s, ctx, _joinAddress(w[p]!, w[p + 1]!), w[p + 2]!, at);
      break;
    case _EventKind.FREE:
      free(s, ctx, _joinAddress(w[p]!, w[p + 1]!), at);
      break;
    case _EventKind.REALLOC: {
      const from = _joinAddress(w[p]!, w[p + 1]!);
      const to = _joinAddress(w[p + 2]!, w[p + 3]!);
      // A moving realloc was already reported as ALLOC + FREE; an in-place one resizes the block.
      if (from === to) {
        free(s, ctx, from, at);
        alloc(s, ctx, to, w[p + 4]!, at);
      }
      break;
    }
    case _EventKind.POOL: {
      const address = _joinAddress(w[p]!, w[p + 1]!);
      const szidx = w[p + 2]!;
      const arena = w[p + 3]!;
      if (!(szidx >= 0 && szidx < 32)) throw new TraceError(at, `size class ${szidx} out of range`);
      if (!s.arenas.has(arena)) throw new TraceError(at, `pool in arena ${arena}, which is not mapped`);
      if (address % ctx.poolSize !== 0) throw new TraceError(at, `pool address 0x${address.toString(16)} is not aligned`);
      const pool = s.pools.get(address);
      if (pool === undefined || pool.szidx !== szidx || pool.arena !== arena) {
        // (Re)initialised for a new size class: every block is untouched again (obmalloc.c's init_pool path).
        if (pool !== undefined && pool.count !== 0) throw new TraceError(at, 'a pool with used blocks was reinitialised');
        s.pools.set(address, { address, arena, szidx, state: sub, count: 0, nextIndex: 2, bits: new Array<number>(32).fill(0), owned: NO_OWNED as number[] });
      } else pool.state = sub;
      break;
    }
    case _EventKind.ARENA: {
      const index = w[p]!;
      const address = _joinAddress(w[p + 1]!, w[p + 2]!);
      if (!(index >= 0)) throw new TraceError(at, `arena index ${index} out of range`);
      if (sub === _ArenaChange.NEW) {
        if (s.arenas.has(index)) throw new TraceError(at, `arena ${index} mapped twice`);
        s.arenas.set(index, address);
      } else {
        if (s.arenas.get(index) !== address) throw new TraceError(at, `arena ${index} is not mapped at 0x${address.toString(16)}`);
        s.arenas.delete(index);
        for (const pool of [...s.pools.values()]) {
          if (pool.arena === index) {
            if (pool.count !== 0) throw new TraceError(at, `arena ${index} released with used blocks`);
            s.pools.delete(pool.address);
          }
        }
      }
      break;
    }
    case _EventKind.OBJECT_NEW: {
      const id = w[p]!;
      if (!(id >= 0)) throw new TraceError(at, `object id ${id} out of range`);
      const bucket = s.objects[id & BUCKET_MASK]!;
      if (indexIn(bucket, id) !== -1) throw new TraceError(at, `object ${id} created twice`);
      bucket.push({
        id,
        type: str(ctx, w[p + 1]!, at),
        address: _joinAddress(w[p + 2]!, w[p + 3]!),
        size: w[p + 4]!,
        repr: str(ctx, w[p + 5]!, at),
        refcnt: 1,
        gen: -1,
        createdAt: at,
        flags: 0,
        refs: RefMap.EMPTY as Draft<RefMap>,
        blocks: NO_BLOCKS as number[],
      });
      s.liveObjects++;
      break;
    }
    case _EventKind.OBJECT_FREE: {
      const id = w[p]!;
      if (live(s, id, at).blocks.length !== 0) throw new TraceError(at, `object ${id} deallocated while it holds blocks`);
      const bucket = s.objects[id & BUCKET_MASK]!;
      const k = indexIn(bucket, id);
      bucket[k] = bucket[bucket.length - 1]!;
      bucket.pop();
      s.roots.delete(id);
      s.gc.refs.delete(id);
      s.liveObjects--;
      break;
    }
    case _EventKind.REPR:
      live(s, w[p]!, at).repr = str(ctx, w[p + 1]!, at);
      break;
    case _EventKind.SIZE:
      live(s, w[p]!, at).size = w[p + 1]!;
      break;
    case _EventKind.INCREF:
    case _EventKind.DECREF: {
      const o = live(s, w[p]!, at);
      const n = w[p + 1]!;
      const expected = kind === _EventKind.INCREF ? o.refcnt + 1 : o.refcnt - 1;
      if (n !== expected || n < 0) throw new TraceError(at, `refcount of ${o.id} goes from ${o.refcnt} to ${n}`);
      if (_OWNER_IS_FRAME[sub]) frameById(s, w[p + 2]!, at);
      checkLabel(ctx, sub, w[p + 3]!, at);
      o.refcnt = n;
      break;
    }
    case _EventKind.REF_SET:
    case _EventKind.REF_CLEAR:
      setRef(s, ctx, at, sub, w, p, kind === _EventKind.REF_SET);
      break;
    case _EventKind.ROOT_ADD:
      live(s, w[p]!, at);
      s.roots.set(w[p]!, str(ctx, w[p + 1]!, at));
      break;
    case _EventKind.ROOT_REMOVE:
      if (!s.roots.delete(w[p]!)) throw new TraceError(at, `object ${w[p]} is not a root`);
      break;
    case _EventKind.FRAME_PUSH:
      s.frames.push({
        id: w[p]!,
        name: str(ctx, w[p + 1]!, at),
        firstLine: w[p + 2]!,
        line: -1,
        offset: -1,
        opcode: 0,
        oparg: 0,
        refs: new Map(),
        stack: [],
      });
      break;
    case _EventKind.FRAME_POP:
      if (topFrame(s, at).id !== w[p]) throw new TraceError(at, `frame ${w[p]} is not the top frame`);
      s.frames.pop();
      break;
    case _EventKind.LINE:
      topFrame(s, at).line = w[p]!;
      break;
    case _EventKind.INSTRUCTION: {
      const f = topFrame(s, at);
      f.offset = w[p]!;
      f.opcode = w[p + 1]!;
      f.oparg = w[p + 2]!;
      s.steps++;
      break;
    }
    case _EventKind.STACK_PUSH:
      live(s, w[p]!, at);
      topFrame(s, at).stack.push(w[p]!);
      break;
    case _EventKind.STACK_POP: {
      const f = topFrame(s, at);
      const n = w[p]!;
      if (!(n >= 0 && n <= f.stack.length)) throw new TraceError(at, `pop of ${n} from a stack of ${f.stack.length}`);
      f.stack.length -= n;
      break;
    }
    case _EventKind.GC_TRACK: {
      const g = w[p + 1]!;
      if (!(g >= -1 && g <= 2)) throw new TraceError(at, `generation ${g} out of range`);
      live(s, w[p]!, at).gen = g;
      break;
    }
    case _EventKind.GC_START:
      if (s.gc.collecting !== -1) throw new TraceError(at, 'a collection started inside a collection');
      s.gc.collecting = sub;
      s.gc.phase = -1;
      s.gc.collections[sub as 0 | 1 | 2]++;
      break;
    case _EventKind.GC_PHASE:
      if (s.gc.collecting === -1) throw new TraceError(at, 'a GC phase outside a collection');
      s.gc.phase = sub;
      break;
    case _EventKind.GC_REFS:
      if (s.gc.collecting === -1) throw new TraceError(at, 'gc_refs outside a collection');
      live(s, w[p]!, at);
      if (sub >= _GC_REACH_COUNT) throw new TraceError(at, 'bad reach code');
      if (!(w[p + 1]! >= 0)) throw new TraceError(at, `negative gc_refs ${w[p + 1]}`);
      s.gc.refs.set(w[p]!, packGcRefs(w[p + 1]!, sub));
      break;
    case _EventKind.GC_STOP:
      if (s.gc.collecting !== sub) throw new TraceError(at, `collection of generation ${sub} stopped but not started`);
      s.gc.collecting = -1;
      s.gc.phase = -1;
      s.gc.refs = new Map();
      s.gc.collected += w[p]!;
      s.gc.uncollectable += w[p + 1]!;
      break;
    case _EventKind.GC_COUNTS:
      s.gc.counts = [w[p]!, w[p + 1]!, w[p + 2]!];
      break;
    case _EventKind.GC_THRESHOLDS:
      s.gc.thresholds = [w[p]!, w[p + 1]!, w[p + 2]!];
      break;
    case _EventKind.WEAKREF_CLEARED: {
      const wr = live(s, w[p]!, at);
      wr.flags |= ObjectFlag.WEAKREF_CLEARED;
      break;
    }
    case _EventKind.WEAKREF_CALLBACK:
      live(s, w[p]!, at);
      live(s, w[p + 1]!, at);
      break;
    case _EventKind.FINALIZER: {
      const o = live(s, w[p]!, at);
      o.flags |= ObjectFlag.FINALIZED;
      break;
    }
    case _EventKind.OUTPUT:
      str(ctx, w[p]!, at);
      s.outputs++;
      break;
    case _EventKind.BLOCK:
      block(s, ctx, at, sub, w, p);
      break;
    default:
      throw new TraceError(at, `unknown event kind ${kind}`);
  }
}
