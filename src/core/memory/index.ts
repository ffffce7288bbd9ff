// Models CPython's small-object allocator (pymalloc) and the system malloc behind it, per profile.
// Mirrors Objects/obmalloc.c (3.8: monolithic pymalloc_alloc/pymalloc_free; 3.10-3.11: allocate_from_new_pool,
// insert_to_usedpool, insert_to_freepool; 3.12+: same logic under Include/internal/pycore_obmalloc.h).
//
// This file is the public contract of src/core/memory: the per-profile geometry, the Heap interface the object
// model allocates through, the read-only views the arena map draws, and the event listener the recorder uses.
// The simulated heap starts clean; real CPython has already used many blocks and several arenas at start-up, so
// absolute addresses and per-class counts differ from a real run by that start-up state, while relative layout
// (block stride, pool boundaries, LIFO reuse, arena ordering and release) is exact: obmalloc.test.ts replays
// allocation sequences recorded from CPython 3.8-3.13 (oracle/record_obmalloc.py) block for block.
//
// Use: `const heap = createHeap(ALLOCATOR_GEOMETRY[profile])`; `heap.malloc(n)` for PyObject_Malloc(n) (an
// object's request includes its pre-header, e.g. the 16-byte PyGC_Head of GC types, so id() is the block
// address plus that pre-header); `debugMallocStats(heap)` is the allocator part of sys._debugmallocstats();
// `heap.setListener(l)` observes every operation. Files: arenas.ts (arena layer), obmalloc.ts (pools and
// blocks), heapViews.ts (views, createHeap), systemHeap.ts (requests of 0 or > 512 bytes), debugMallocStats.ts,
// typeStats.ts (the free-list lines sys._debugmallocstats prints after it), invariants.ts (a full recount for
// tests). layout38.test.ts runs the memory/ programs recorded from CPython 3.8 on the 3.8 geometry.

import type { ProfileName } from '../api';

/** A simulated 64-bit address. Always an exact integer (< 2^53); arena addresses look like mmap's (0x7f…). */
export type Address = number;

/** The constants of one CPython version's obmalloc (CPYTHON-FACTS.md §1.1). */
export interface AllocatorGeometry {
  readonly profile: ProfileName;
  /** Bytes per arena: 256 KiB (3.8, 3.9) or 1 MiB (3.10+, ARENA_BITS = 20). */
  readonly ARENA_SIZE: number;
  /** Bytes per pool: 4 KiB (3.8, 3.9, SYSTEM_PAGE_SIZE) or 16 KiB (3.10+, POOL_BITS = 14). */
  readonly POOL_SIZE: number;
  /** sizeof(struct pool_header) rounded up to ALIGNMENT: 48 on 64-bit. */
  readonly POOL_OVERHEAD: number;
  /** 16 on 64-bit; block sizes are multiples of it. */
  readonly ALIGNMENT: number;
  readonly ALIGNMENT_SHIFT: number;
  /** Requests above this (or of 0 bytes) go to the system malloc. */
  readonly SMALL_REQUEST_THRESHOLD: number;
  /** SMALL_REQUEST_THRESHOLD / ALIGNMENT = 32. */
  readonly NB_SMALL_SIZE_CLASSES: number;
  /** ARENA_SIZE / POOL_SIZE = 64. */
  readonly MAX_POOLS_IN_ARENA: number;
  /** The `arenas` vector starts with 16 arena_objects and doubles when exhausted. */
  readonly INITIAL_ARENA_OBJECTS: number;
  /** mmap's alignment (the page size). An arena not aligned to POOL_SIZE loses its first partial pool. */
  readonly MMAP_ALIGNMENT: number;
  /**
   * Pools an arena yields once its address is known: 64 when mmap's alignment is enough for POOL_SIZE (3.8, 3.9),
   * 63 on 3.10+ where the 4 KiB-aligned mapping is (in this model, always) not 16 KiB-aligned.
   */
  readonly USABLE_POOLS_PER_ARENA: number;
  /**
   * true on 3.8: a wholly free arena is unmapped at once. false on 3.9+ (bpo-37257): it is unmapped only if it is
   * not the last arena of usable_arenas (`ao->nextarena != NULL`), to avoid thrashing.
   */
  readonly RELEASE_LAST_ARENA: boolean;
  /**
   * The radix tree behind address_in_range (3.10+, WITH_PYMALLOC_RADIX_TREE): how many high address bits it
   * ignores (3.10: 16; 3.11+: 0, measured from the "arena map" lines of _debugmallocstats). null on 3.8/3.9,
   * which have no radix tree.
   */
  readonly RADIX_IGNORE_BITS: number | null;
}

function geometry(
  profile: ProfileName,
  largeArenas: boolean,
  releaseLast: boolean,
  radixIgnoreBits: number | null,
): AllocatorGeometry {
  const ARENA_SIZE = largeArenas ? 1 << 20 : 256 << 10;
  const POOL_SIZE = largeArenas ? 1 << 14 : 4 << 10;
  const MMAP_ALIGNMENT = 4096;
  return Object.freeze({
    profile,
    ARENA_SIZE,
    POOL_SIZE,
    POOL_OVERHEAD: 48,
    ALIGNMENT: 16,
    ALIGNMENT_SHIFT: 4,
    SMALL_REQUEST_THRESHOLD: 512,
    NB_SMALL_SIZE_CLASSES: 32,
    MAX_POOLS_IN_ARENA: ARENA_SIZE / POOL_SIZE,
    INITIAL_ARENA_OBJECTS: 16,
    MMAP_ALIGNMENT,
    USABLE_POOLS_PER_ARENA: POOL_SIZE > MMAP_ALIGNMENT ? ARENA_SIZE / POOL_SIZE - 1 : ARENA_SIZE / POOL_SIZE,
    RELEASE_LAST_ARENA: releaseLast,
    RADIX_IGNORE_BITS: radixIgnoreBits,
  });
}

/** Per-profile geometry. 3.9 keeps 3.8's sizes but not its arena-release rule; 3.10+ use large arenas and pools. */
export const ALLOCATOR_GEOMETRY: Readonly<Record<ProfileName, AllocatorGeometry>> = Object.freeze({
  '3.8': geometry('3.8', false, true, null),
  '3.9': geometry('3.9', false, false, null),
  '3.10': geometry('3.10', true, false, 16),
  '3.11': geometry('3.11', true, false, 0),
  '3.12': geometry('3.12', true, false, 0),
  '3.13': geometry('3.13', true, false, 0),
});

/** The size class of a small request: `(nbytes - 1) >> ALIGNMENT_SHIFT`; -1 if the request goes to the system malloc. */
export function sizeClassOf(g: AllocatorGeometry, nbytes: number): number {
  return nbytes === 0 || nbytes > g.SMALL_REQUEST_THRESHOLD ? -1 : (nbytes - 1) >> g.ALIGNMENT_SHIFT;
}

/** INDEX2SIZE: the block size of a size class. */
export function blockSizeOf(g: AllocatorGeometry, szidx: number): number {
  return (szidx + 1) << g.ALIGNMENT_SHIFT;
}

/** Blocks per pool of a size class: (POOL_SIZE - POOL_OVERHEAD) / size. */
export function blocksPerPool(g: AllocatorGeometry, szidx: number): number {
  return Math.floor((g.POOL_SIZE - g.POOL_OVERHEAD) / blockSizeOf(g, szidx));
}

/** The state of a carved pool (obmalloc.c's comment "used / full / empty"). */
export const PoolState = {
  /** In usedpools[szidx]: some blocks allocated, some available. */
  USED: 'used',
  /** All blocks allocated; in no list. */
  FULL: 'full',
  /** No block allocated; on its arena's freepools list (keeps its old szidx until reused). */
  EMPTY: 'empty',
} as const;
export type PoolState = (typeof PoolState)[keyof typeof PoolState];

/** The state of one block slot of a carved pool. */
export const BlockState = {
  /** Handed out and not yet freed. */
  USED: 0,
  /** On the pool's freeblock list. */
  FREE: 1,
  /** Beyond nextoffset: never handed out since the pool was (re)initialised for its size class. */
  UNTOUCHED: 2,
} as const;
export type BlockState = (typeof BlockState)[keyof typeof BlockState];

/** A carved pool, for the arena map and the inspector. */
export interface PoolView {
  readonly address: Address;
  readonly state: PoolState;
  /** The size class the pool was last initialised for; -1 if never (DUMMY_SIZE_IDX). */
  readonly szidx: number;
  readonly blockSize: number;
  /** ref.count: blocks in use. */
  readonly count: number;
  readonly nextoffset: number;
  readonly maxnextoffset: number;
  /** Addresses on the freeblock list, head first (the next block handed out is [0]). */
  readonly freeblocks: readonly Address[];
}

/** An arena with memory behind it. */
export interface ArenaView {
  /** The arena_object's index in the `arenas` vector (pool->arenaindex). */
  readonly index: number;
  /** The mmap'ed address (ao->address). */
  readonly address: Address;
  /** The first POOL_SIZE-aligned address in the arena. */
  readonly firstPoolAddress: Address;
  readonly ntotalpools: number;
  readonly nfreepools: number;
  /** Pools carved so far (pool_address high-water mark); pools beyond were never touched. */
  readonly poolsCarved: number;
  /** Carved pools in address order. */
  readonly pools: readonly PoolView[];
  /** The arena's freepools list, head first (the next pool reused is [0]). */
  readonly freepools: readonly Address[];
}

/** A block of the simulated system malloc (requests of 0 or > 512 bytes). */
export interface SystemBlockView {
  readonly address: Address;
  /** The size requested. */
  readonly nbytes: number;
}

/** What owns an address. */
export type BlockInfo =
  | {
      readonly kind: 'pymalloc';
      readonly address: Address;
      readonly szidx: number;
      readonly blockSize: number;
      readonly poolAddress: Address;
      readonly arenaIndex: number;
      /** Index of the block in its pool: (address - pool - POOL_OVERHEAD) / blockSize. */
      readonly blockIndex: number;
      readonly state: BlockState;
    }
  | { readonly kind: 'system'; readonly address: Address; readonly nbytes: number };

/** Counters printed by _debugmallocstats' footer and used by the memory-over-time chart. */
export interface ArenaCounters {
  /** ntimes_arena_allocated */
  readonly arenasAllocatedTotal: number;
  /** ntimes_arena_allocated - narenas_currently_allocated */
  readonly arenasReclaimed: number;
  /** narenas_highwater */
  readonly arenasHighwater: number;
  /** narenas_currently_allocated */
  readonly arenasCurrent: number;
  /** maxarenas: the length of the `arenas` vector. */
  readonly maxarenas: number;
  /** arena_map_mid_count / arena_map_bot_count: radix-tree nodes ever created (never freed); 0 without a tree. */
  readonly arenaMapMidNodes: number;
  readonly arenaMapBotNodes: number;
}

/** How a pool or an arena changed (for the recorder and the arena map). */
export const ArenaEvent = {
  /** new_arena: an arena was mmap'ed. */
  ARENA_NEW: 'arena-new',
  /** The arena was unmapped; its arena_object went to unused_arena_objects. */
  ARENA_RELEASED: 'arena-released',
} as const;
export type ArenaEvent = (typeof ArenaEvent)[keyof typeof ArenaEvent];

/**
 * Optional observer. Calls are positional (no event object is allocated); when no listener is set the allocator
 * pays one null check per operation. pool/arena arguments are addresses and arena indices; szidx is -1 for the
 * system malloc (pool and arenaIndex are then -1 too).
 */
export interface HeapListener {
  onDidAlloc(address: Address, nbytes: number, szidx: number, pool: Address, arenaIndex: number): void;
  onDidFree(address: Address, szidx: number, pool: Address, arenaIndex: number): void;
  /** A realloc that kept the block in place; a moving realloc reports onDidAlloc then onDidFree, then this. */
  onDidRealloc(oldAddress: Address, newAddress: Address, nbytes: number): void;
  /** A pool changed state (USED/FULL/EMPTY), or was (re)initialised for szidx. */
  onDidChangePool(pool: Address, state: PoolState, szidx: number, arenaIndex: number): void;
  onDidChangeArena(event: ArenaEvent, arenaIndex: number, address: Address): void;
}

/** The simulated heap: pymalloc for small requests, a simple deterministic system malloc for the rest. */
export interface Heap {
  readonly geometry: AllocatorGeometry;
  /** _PyObject_Malloc. Never fails. */
  malloc(nbytes: number): Address;
  /** _PyObject_Realloc (addr 0 means malloc). */
  realloc(addr: Address, nbytes: number): Address;
  /** _PyObject_Free (addr 0 is ignored). Throws on an address the heap did not hand out, or a double free. */
  free(addr: Address): void;
  /** sys.getallocatedblocks(): pymalloc blocks in use plus system blocks. */
  getAllocatedBlocks(): number;
  /** What owns addr, or null if nothing does. */
  blockInfo(addr: Address): BlockInfo | null;
  /** Arenas in usable_arenas order (sorted by nfreepools ascending; full arenas are not in it). */
  usableArenas(): readonly ArenaView[];
  /** Every arena with memory behind it, in `arenas` vector order. */
  allocatedArenas(): readonly ArenaView[];
  /** Pools on usedpools[szidx], head first. */
  usedPools(szidx: number): readonly Address[];
  /** The block states of a carved pool, one per block index. */
  poolBlockStates(pool: Address): readonly BlockState[];
  /** Live system-malloc blocks in address order. */
  systemBlocks(): readonly SystemBlockView[];
  arenaCounters(): ArenaCounters;
  /** nfp2lasta[n]: the arena index of the rightmost arena in usable_arenas with n free pools, or -1. */
  nfp2lasta(): readonly number[];
  /** Set or clear (null) the observer. */
  setListener(listener: HeapListener | null): void;
}

export { createHeap } from './heapViews';
export { debugMallocStats, collectMallocStats, formatMallocStats, type MallocStats } from './debugMallocStats';
