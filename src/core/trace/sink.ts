// The interface through which the simulated interpreter reports memory events (events.ts) to whoever records
// them; mirrors where CPython's own hooks sit (Py_INCREF/Py_DECREF, _Py_Dealloc, obmalloc, gc_collect_main).
//
// Cost contract: the VM holds `sink: TraceSink | null` and guards every call with one null check, so a run that
// is not recorded pays one compare per hook. Every method takes numbers (ids, counts, interned StringIds) and
// returns nothing: the VM never builds an object per event. Strings are interned once (`intern`) — a code
// object's names when it is created, a type's name once — and passed as ids afterwards; a short repr is interned
// when it is produced. Order contract: the VM reports INSTRUCTION before the instruction's effects, so every
// refcount change is attributed to the last INSTRUCTION event before it (its cause's instruction).

import type { Address, ArenaEvent, HeapListener, PoolState } from '../memory/index';
import {
  ArenaChange,
  PoolStateCode,
  type BlockChange,
  type FinalizerKind,
  type FrameId,
  type GcPhase,
  type GcReach,
  type ObjectId,
  type OutputStream,
  type RefCause,
  type StringId,
} from './events';

export interface TraceSink {
  /** Interns text in the trace's string table; the same text always yields the same id. */
  intern(text: string): StringId;

  alloc(address: Address, nbytes: number): void;
  free(address: Address): void;
  realloc(oldAddress: Address, newAddress: Address, nbytes: number): void;
  pool(pool: Address, state: PoolStateCode, szidx: number, arenaIndex: number): void;
  arena(change: ArenaChange, arenaIndex: number, address: Address): void;

  /** An object exists from now on with refcount 1. `size` is its sys.getsizeof. */
  objectNew(object: ObjectId, typeName: StringId, address: Address, size: number, shortRepr: StringId): void;
  objectFree(object: ObjectId): void;
  repr(object: ObjectId, shortRepr: StringId): void;
  size(object: ObjectId, size: number): void;
  /**
   * An extra allocation of `object` (its list items, dict table, set table, buffer) was attached (right after
   * its ALLOC/REALLOC) or detached (right before its FREE / the REALLOC replacing it). Optional while recorders
   * adopt it: the VM calls it as `sink.block?.(…)`.
   */
  block?(object: ObjectId, change: BlockChange, address: Address, nbytes: number): void;

  /** `owner`/`label` per RefCause: a FrameId or ObjectId (or -1), a StringId or an index. */
  incref(object: ObjectId, newRefcnt: number, cause: RefCause, owner: number, label: number): void;
  decref(object: ObjectId, newRefcnt: number, cause: RefCause, owner: number, label: number): void;
  refSet(cause: RefCause, owner: number, target: ObjectId, label: number): void;
  refClear(cause: RefCause, owner: number, target: ObjectId, label: number): void;
  rootAdd(object: ObjectId, label: StringId): void;
  rootRemove(object: ObjectId): void;

  framePush(frame: FrameId, codeName: StringId, firstLine: number): void;
  framePop(frame: FrameId): void;
  line(line: number): void;
  instruction(offset: number, opcode: number, oparg: number): void;
  stackPush(object: ObjectId): void;
  stackPop(count: number): void;

  /** generation -1 = untracked. */
  gcTrack(object: ObjectId, generation: number): void;
  gcStart(generation: number): void;
  gcPhase(phase: GcPhase): void;
  gcRefs(object: ObjectId, gcRefs: number, reach: GcReach): void;
  gcStop(generation: number, collected: number, uncollectable: number): void;
  gcCounts(count0: number, count1: number, count2: number): void;
  gcThresholds(threshold0: number, threshold1: number, threshold2: number): void;
  weakrefCleared(weakref: ObjectId, referent: ObjectId): void;
  weakrefCallback(weakref: ObjectId, callback: ObjectId): void;
  finalizer(object: ObjectId, kind: FinalizerKind): void;
  output(stream: OutputStream, text: StringId): void;
}

const POOL_CODE: Readonly<Record<PoolState, PoolStateCode>> = {
  used: PoolStateCode.USED,
  full: PoolStateCode.FULL,
  empty: PoolStateCode.EMPTY,
};

/**
 * Adapts src/core/memory's HeapListener to a sink, so `heap.setListener(heapListenerFor(sink))` records the
 * allocator. The listener's pool/arena arguments beyond what the events keep are derivable (a block's pool is
 * POOL_ADDR(p), the address rounded down to POOL_SIZE), so they are dropped.
 */
export function heapListenerFor(sink: TraceSink, beforeFree: ((address: Address) => void) | null = null): HeapListener {
  // A moving pymalloc realloc is reported by the model as ALLOC(new), FREE(old), REALLOC; a moving system
  // realloc (a block of more than 512 bytes) only as REALLOC. The events contract wants the ALLOC + FREE in both
  // cases, so they are added when the two before the REALLOC were not exactly those.
  let lastAlloc = -1;
  let lastFree = -1;
  return {
    onDidAlloc: (address, nbytes) => {
      lastAlloc = address;
      sink.alloc(address, nbytes);
    },
    onDidFree: (address) => {
      lastFree = address;
      if (beforeFree !== null) beforeFree(address);
      sink.free(address);
    },
    onDidRealloc: (oldAddress, newAddress, nbytes) => {
      if (beforeFree !== null && oldAddress === newAddress) beforeFree(oldAddress);
      if (oldAddress !== newAddress && !(lastAlloc === newAddress && lastFree === oldAddress)) {
        sink.alloc(newAddress, nbytes);
        sink.free(oldAddress);
      }
      lastAlloc = lastFree = -1;
      sink.realloc(oldAddress, newAddress, nbytes);
    },
    onDidChangePool: (pool, state, szidx, arenaIndex) => sink.pool(pool, POOL_CODE[state], szidx, arenaIndex),
    onDidChangeArena: (event: ArenaEvent, arenaIndex, address) =>
      sink.arena(event === 'arena-new' ? ArenaChange.NEW : ArenaChange.RELEASED, arenaIndex, address),
  };
}
