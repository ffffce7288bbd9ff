// Models pymalloc (Objects/obmalloc.c): pymalloc_alloc, allocate_from_new_pool, pymalloc_pool_extend, pymalloc_free,
// insert_to_usedpool, insert_to_freepool, new_arena, pymalloc_realloc, with 3.8's and 3.9+'s arena-release rules.
// One file because the hot paths share private typed-array state; splitting would cost an indirection per call.
//
// Representation (no object is allocated per operation): every pool slot of every mapped arena has an index
// P = NB_SMALL_SIZE_CLASSES + slot * MAX_POOLS_IN_ARENA + (MAX_POOLS_IN_ARENA - 1 - k), where `slot` is the mmap
// slot (see mmap model below) and k the pool's rank inside the arena. Counting pools down from the top of the
// mmap area makes POOL_ADDR a single multiplication: P = NC + floor((TOP_POOL - address) / POOL_SIZE). Indices 0..31 are the usedpools[] list headers (CPython's
// fudged pseudo-pools), so usedpools[i] is empty when poolNext[i] === i. Free lists are intrusive as in
// CPython: blockNext[P * SLOTS + (offset >> 4)] holds the offset of the next free block (0 = NULL, since
// offset 0 is the pool header and never a block).
//
// mmap model: arena slot s is mapped at MMAP_TOP - (s + 1) * ARENA_SIZE, and a new arena takes the lowest free
// slot (Linux's top-down allocator reuses the highest free gap first). MMAP_TOP is 4 KiB-aligned but not
// 16 KiB-aligned, so on 3.10+ every arena loses its first partial pool (63 usable pools), as measured.
//
// Invariants (checked by obmalloc.test.ts against a recount):
// 1. A block is handed out at most once until it is freed.
// 2. Every block of a carved pool is exactly one of: used, on its pool's free list, or at/after nextoffset.
// 3. pool.count = used blocks; a pool is on usedpools[szidx] iff 0 < count < capacity; empty pools are on
//    their arena's freepools; ao.nfreepools = empty pools + uncarved pools.
// 4. usable_arenas holds exactly the arenas with nfreepools > 0, sorted ascending by nfreepools, and
//    nfp2lasta[n] is the rightmost arena with n free pools (or none).
// 5. An arena is unmapped exactly when its last pool becomes empty (3.8) and, on 3.9+, it is not the last
//    arena of usable_arenas.
// 6. Small addresses are 16-aligned and inside their pool, past the pool header.

import {
  ArenaEvent,
  BlockState,
  PoolState,
  type Address,
  type AllocatorGeometry,
  type ArenaCounters,
  type ArenaView,
  type BlockInfo,
  type Heap,
  type HeapListener,
  type PoolView,
  type SystemBlockView,
} from './index';
import { SystemHeap } from './systemHeap';

/** Top of the simulated mmap area (a plausible x86-64 Linux mmap_base; 4 KiB- but not 16 KiB-aligned). */
export const MMAP_TOP: Address = 0x7f3e_9b5f_f000;
const NONE = -1;
const DUMMY_SIZE_IDX = 0xffff;

export function createHeap(geometry: AllocatorGeometry): Heap {
  return new PyMalloc(geometry);
}

class PyMalloc implements Heap {
  readonly geometry: AllocatorGeometry;
  private readonly ARENA_SIZE: number;
  private readonly POOL_SIZE: number;
  private readonly MAXP: number;
  private readonly NC: number;
  /** Block slots (16-byte granules) per pool: POOL_SIZE >> 4. */
  private readonly SLOTS: number;
  /** Offset of an arena's first pool from its mmap address (0, or POOL_SIZE - excess). */
  private readonly firstPoolOffset: number;
  private readonly poolsPerArena: number;
  /** One past the last pool of slot 0 (the first pool address of a virtual slot -1); and 1 / POOL_SIZE. */
  private readonly topPool: Address;
  private readonly invPoolSize: number;

  // ---- pools (index P as above) ----
  private poolCap = 0;
  private poolAddr = new Float64Array(0);
  private poolCount = new Int32Array(0);
  private poolFree = new Int32Array(0);
  private poolNextOffset = new Int32Array(0);
  private poolMaxNextOffset = new Int32Array(0);
  private poolSzidx = new Int32Array(0);
  private poolNext = new Int32Array(0);
  private poolPrev = new Int32Array(0);
  private poolArena = new Int32Array(0);
  private blockNext = new Uint16Array(0);
  private blockUsed = new Uint8Array(0);

  // ---- mmap slots ----
  private slotCap = 0;
  private slotArena = new Int32Array(0);

  // ---- arena_objects (the `arenas` vector) ----
  private maxarenas = 0;
  private aoAddress = new Float64Array(0);
  private aoSlot = new Int32Array(0);
  private aoPoolsCarved = new Int32Array(0);
  private aoNfree = new Int32Array(0);
  private aoNtotal = new Int32Array(0);
  private aoFreepools = new Int32Array(0);
  private aoNext = new Int32Array(0);
  private aoPrev = new Int32Array(0);
  private unusedArenaObjects = NONE;
  private usableArenasHead = NONE;
  /** nfp2lasta[nfp]: the rightmost arena in usable_arenas with nfp free pools (bpo-37029). */
  private readonly nfpLast: Int32Array;

  private narenasCurrentlyAllocated = 0;
  private ntimesArenaAllocated = 0;
  private narenasHighwater = 0;
  private smallBlocks = 0;
  /** Radix-tree nodes created by arena_map_mark_used (keys: address >> MAP_MID_SHIFT / MAP_TOP_SHIFT). */
  private readonly arenaMapMid = new Set<number>();
  private readonly arenaMapBot = new Set<number>();
  private readonly sys = new SystemHeap();
  private listener: HeapListener | null = null;

  constructor(g: AllocatorGeometry) {
    this.geometry = g;
    this.ARENA_SIZE = g.ARENA_SIZE;
    this.POOL_SIZE = g.POOL_SIZE;
    this.MAXP = g.MAX_POOLS_IN_ARENA;
    this.NC = g.NB_SMALL_SIZE_CLASSES;
    this.SLOTS = g.POOL_SIZE >> g.ALIGNMENT_SHIFT;
    if (MMAP_TOP % g.MMAP_ALIGNMENT !== 0) throw new Error('MMAP_TOP must be page-aligned');
    const excess = (MMAP_TOP - g.ARENA_SIZE) % g.POOL_SIZE;
    this.firstPoolOffset = excess === 0 ? 0 : g.POOL_SIZE - excess;
    this.poolsPerArena = excess === 0 ? this.MAXP : this.MAXP - 1;
    this.topPool = MMAP_TOP - g.ARENA_SIZE + this.firstPoolOffset + this.MAXP * g.POOL_SIZE;
    this.invPoolSize = 1 / g.POOL_SIZE;
    if (this.poolsPerArena !== g.USABLE_POOLS_PER_ARENA) throw new Error('geometry and mmap model disagree');
    this.nfpLast = new Int32Array(this.MAXP + 1).fill(NONE);
    this.growPools(this.NC);
    for (let i = 0; i < this.NC; i++) {
      this.poolNext[i] = i;
      this.poolPrev[i] = i;
    }
  }

  setListener(listener: HeapListener | null): void {
    this.listener = listener;
  }

  // ------------------------------------------------------------------ storage growth (rare)

  private growPools(cap: number): void {
    const old = this.poolCap;
    if (cap <= old) return;
    const g = <T extends Float64Array | Int32Array | Uint16Array | Uint8Array>(a: T, n: number, fill = 0): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      if (fill !== 0) b.fill(fill, a.length);
      return b;
    };
    this.poolAddr = g(this.poolAddr, cap);
    this.poolCount = g(this.poolCount, cap);
    this.poolFree = g(this.poolFree, cap);
    this.poolNextOffset = g(this.poolNextOffset, cap);
    this.poolMaxNextOffset = g(this.poolMaxNextOffset, cap);
    this.poolSzidx = g(this.poolSzidx, cap, DUMMY_SIZE_IDX);
    this.poolNext = g(this.poolNext, cap, NONE);
    this.poolPrev = g(this.poolPrev, cap, NONE);
    this.poolArena = g(this.poolArena, cap, NONE);
    this.blockNext = g(this.blockNext, cap * this.SLOTS);
    this.blockUsed = g(this.blockUsed, cap * this.SLOTS);
    this.poolCap = cap;
  }

  private growSlots(cap: number): void {
    const a = new Int32Array(cap).fill(NONE);
    a.set(this.slotArena);
    this.slotArena = a;
    this.slotCap = cap;
    this.growPools(this.NC + cap * this.MAXP);
  }

  private slotBase(slot: number): Address {
    return MMAP_TOP - (slot + 1) * this.ARENA_SIZE;
  }

  /** The pool index of pool k of mmap slot `slot`. */
  private poolIndex(slot: number, k: number): number {
    return this.NC + slot * this.MAXP + (this.MAXP - 1 - k);
  }

  // ------------------------------------------------------------------ arenas

  /** new_arena(): take an arena_object (growing the vector 16, 32, 64, …) and map ARENA_SIZE bytes. */
  private newArena(): number {
    if (this.unusedArenaObjects === NONE) {
      const numarenas = this.maxarenas === 0 ? this.geometry.INITIAL_ARENA_OBJECTS : this.maxarenas * 2;
      const grow = <T extends Float64Array | Int32Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(numarenas);
        b.set(a);
        return b;
      };
      this.aoAddress = grow(this.aoAddress);
      this.aoSlot = grow(this.aoSlot);
      this.aoPoolsCarved = grow(this.aoPoolsCarved);
      this.aoNfree = grow(this.aoNfree);
      this.aoNtotal = grow(this.aoNtotal);
      this.aoFreepools = grow(this.aoFreepools);
      this.aoNext = grow(this.aoNext);
      this.aoPrev = grow(this.aoPrev);
      for (let i = this.maxarenas; i < numarenas; i++) {
        this.aoAddress[i] = 0;
        this.aoSlot[i] = NONE;
        this.aoNext[i] = i < numarenas - 1 ? i + 1 : NONE;
      }
      this.unusedArenaObjects = this.maxarenas;
      this.maxarenas = numarenas;
    }
    const ao = this.unusedArenaObjects;
    this.unusedArenaObjects = this.aoNext[ao];
    // mmap: the lowest free slot, i.e. the highest free address below MMAP_TOP.
    let slot = 0;
    while (slot < this.slotCap && this.slotArena[slot] !== NONE) slot++;
    if (slot >= this.slotCap) this.growSlots(Math.max(16, this.slotCap * 2));
    this.slotArena[slot] = ao;
    const address = this.slotBase(slot);
    this.aoAddress[ao] = address;
    this.aoSlot[ao] = slot;
    this.narenasCurrentlyAllocated++;
    this.ntimesArenaAllocated++;
    if (this.narenasCurrentlyAllocated > this.narenasHighwater) this.narenasHighwater = this.narenasCurrentlyAllocated;
    this.aoFreepools[ao] = NONE;
    this.aoPoolsCarved[ao] = 0;
    this.aoNfree[ao] = this.poolsPerArena;
    this.aoNtotal[ao] = this.poolsPerArena;
    const first = address + this.firstPoolOffset;
    for (let k = 0; k < this.MAXP; k++) {
      const P = this.poolIndex(slot, k);
      this.poolAddr[P] = first + k * this.POOL_SIZE;
      this.poolCount[P] = 0;
      this.poolFree[P] = 0;
      this.poolSzidx[P] = DUMMY_SIZE_IDX;
      this.poolNext[P] = NONE;
      this.poolPrev[P] = NONE;
      this.poolArena[P] = ao;
    }
    this.markArenaMap(address);
    this.listener?.onDidChangeArena(ArenaEvent.ARENA_NEW, ao, address);
    return ao;
  }

  /**
   * arena_map_mark_used(base, 1): creates the mid and bottom nodes covering the arena's first byte and, when the
   * arena is not ARENA_SIZE-aligned, its successor's first byte. Only the node counts are kept (for the
   * "arena map counts" lines): address_in_range is answered by the slot table instead.
   */
  private markArenaMap(base: Address): void {
    const ignore = this.geometry.RADIX_IGNORE_BITS;
    if (ignore === null) return;
    const arenaBits = Math.log2(this.ARENA_SIZE);
    const addressBits = 64 - ignore;
    const interior = Math.floor((addressBits - arenaBits + 2) / 3);
    const botBits = addressBits - arenaBits - 2 * interior;
    const midShift = arenaBits + botBits;
    const topShift = midShift + interior;
    const mark = (a: Address): void => {
      this.arenaMapMid.add(Math.floor(a / 2 ** topShift));
      this.arenaMapBot.add(Math.floor(a / 2 ** midShift));
    };
    mark(base);
    if (base % this.ARENA_SIZE !== 0) mark(base + this.ARENA_SIZE);
  }

  // ------------------------------------------------------------------ malloc

  malloc(nbytes: number): Address {
    if (nbytes === 0 || nbytes > 512) {
      const a = this.sys.malloc(nbytes);
      if (this.listener !== null) this.listener.onDidAlloc(a, nbytes, -1, -1, -1);
      return a;
    }
    const size = (nbytes - 1) >> 4;
    const pool = this.poolNext[size];
    let P: number;
    let off: number;
    if (pool !== size) {
      // usedpools[size] has a pool: pop the head of its free list.
      P = pool;
      this.poolCount[P]++;
      off = this.poolFree[P];
      const next = this.blockNext[P * this.SLOTS + (off >> 4)];
      this.poolFree[P] = next;
      if (next === 0) this.poolExtend(P, size);
    } else {
      P = this.allocateFromNewPool(size);
      off = this.lastOffset;
    }
    this.blockUsed[P * this.SLOTS + (off >> 4)] = 1;
    this.smallBlocks++;
    const addr = this.poolAddr[P] + off;
    if (this.listener !== null) this.listener.onDidAlloc(addr, nbytes, size, this.poolAddr[P], this.poolArena[P]);
    return addr;
  }

  /** pymalloc_pool_extend: bump nextoffset, or unlink the now-full pool from usedpools. */
  private poolExtend(P: number, size: number): void {
    const nextoffset = this.poolNextOffset[P];
    if (nextoffset <= this.poolMaxNextOffset[P]) {
      this.poolFree[P] = nextoffset;
      this.poolNextOffset[P] = nextoffset + ((size + 1) << 4);
      this.blockNext[P * this.SLOTS + (nextoffset >> 4)] = 0;
      return;
    }
    const next = this.poolNext[P];
    const prev = this.poolPrev[P];
    this.poolNext[prev] = next;
    this.poolPrev[next] = prev;
    this.poolNext[P] = NONE;
    this.poolPrev[P] = NONE;
    if (this.listener !== null) this.listener.onDidChangePool(this.poolAddr[P], PoolState.FULL, size, this.poolArena[P]);
  }

  /** Offset of the block allocateFromNewPool handed out (a second return value without an allocation). */
  private lastOffset = 0;

  /** allocate_from_new_pool: reuse the head arena's most recently emptied pool, or carve a new one. */
  private allocateFromNewPool(size: number): number {
    const nfp2lasta = this.nfpLast;
    if (this.usableArenasHead === NONE) {
      const ao = this.newArena();
      this.aoNext[ao] = NONE;
      this.aoPrev[ao] = NONE;
      this.usableArenasHead = ao;
      nfp2lasta[this.aoNfree[ao]] = ao;
    }
    const ua = this.usableArenasHead;
    const nf = this.aoNfree[ua];
    // ua had the smallest nfreepools; after taking a pool it still does.
    if (nfp2lasta[nf] === ua) nfp2lasta[nf] = NONE;
    if (nf > 1) nfp2lasta[nf - 1] = ua;

    let P = this.aoFreepools[ua];
    if (P !== NONE) {
      this.aoFreepools[ua] = this.poolNext[P];
    } else {
      P = this.poolIndex(this.aoSlot[ua], this.aoPoolsCarved[ua]);
      this.aoPoolsCarved[ua]++;
      this.poolSzidx[P] = DUMMY_SIZE_IDX;
    }
    this.aoNfree[ua] = nf - 1;
    if (nf - 1 === 0) {
      // Wholly allocated: the arena leaves usable_arenas.
      const next = this.aoNext[ua];
      this.usableArenasHead = next;
      if (next !== NONE) this.aoPrev[next] = NONE;
      this.aoNext[ua] = NONE;
      this.aoPrev[ua] = NONE;
    }
    // Frontlink to usedpools[size] (it is empty, so the pool becomes its only element).
    const head = this.poolNext[size];
    this.poolNext[P] = head;
    this.poolPrev[P] = size;
    this.poolPrev[head] = P;
    this.poolNext[size] = P;
    this.poolCount[P] = 1;
    const S = P * this.SLOTS;
    if (this.poolSzidx[P] === size) {
      // The pool last held this size class: its header and free list are still valid.
      const off = this.poolFree[P];
      this.poolFree[P] = this.blockNext[S + (off >> 4)];
      this.lastOffset = off;
    } else {
      const bs = (size + 1) << 4;
      const first = this.geometry.POOL_OVERHEAD;
      this.poolSzidx[P] = size;
      this.poolNextOffset[P] = first + 2 * bs;
      this.poolMaxNextOffset[P] = this.POOL_SIZE - bs;
      this.poolFree[P] = first + bs;
      this.blockNext[S + ((first + bs) >> 4)] = 0;
      this.lastOffset = first;
    }
    if (this.listener !== null) this.listener.onDidChangePool(this.poolAddr[P], PoolState.USED, size, ua);
    return P;
  }

  // ------------------------------------------------------------------ free

  /** The pool index of a pymalloc address (address_in_range + POOL_ADDR), or NONE. */
  private poolOf(addr: Address): number {
    // t counts pool-sized steps down from TOP_POOL; exact, since POOL_SIZE is a power of two.
    const t = Math.floor((this.topPool - 1 - addr) * this.invPoolSize);
    if (t < 0 || t >= this.slotCap * this.MAXP) return NONE;
    const slot = (t / this.MAXP) | 0;
    const ao = this.slotArena[slot];
    if (ao === NONE) return NONE;
    const k = this.MAXP - 1 - (t - slot * this.MAXP);
    if (k >= this.aoPoolsCarved[ao]) return NONE;
    return this.NC + t;
  }

  /** Validates a small block address and returns its offset in pool P; throws on a foreign or free block. */
  private checkedOffset(P: number, addr: Address, what: string): number {
    const off = (addr - this.poolAddr[P]) | 0; // < POOL_SIZE: int32 arithmetic from here
    const sz = this.poolSzidx[P];
    const bs = (sz + 1) << 4;
    const o = off - this.geometry.POOL_OVERHEAD;
    if (sz === DUMMY_SIZE_IDX || o < 0 || o % bs !== 0 || this.blockUsed[P * this.SLOTS + (off >> 4)] !== 1) {
      throw new Error(`${what} of an address that is not an allocated block: 0x${addr.toString(16)}`);
    }
    return off;
  }

  free(addr: Address): void {
    if (addr === 0) return;
    const P = this.poolOf(addr);
    if (P === NONE) {
      this.sys.free(addr);
      if (this.listener !== null) this.listener.onDidFree(addr, -1, -1, -1);
      return;
    }
    this.pymallocFree(P, this.checkedOffset(P, addr, 'free'), addr);
  }

  private pymallocFree(P: number, off: number, addr: Address): void {
    const S = P * this.SLOTS;
    const lastfree = this.poolFree[P];
    this.blockNext[S + (off >> 4)] = lastfree;
    this.blockUsed[S + (off >> 4)] = 0;
    this.poolFree[P] = off;
    const count = --this.poolCount[P];
    this.smallBlocks--;
    const listener = this.listener;
    if (listener !== null) listener.onDidFree(addr, this.poolSzidx[P], this.poolAddr[P], this.poolArena[P]);
    if (lastfree === 0) {
      // The pool was full: link it at the front of usedpools[szidx] (insert_to_usedpool).
      const sz = this.poolSzidx[P];
      const next = this.poolNext[sz];
      this.poolNext[P] = next;
      this.poolPrev[P] = sz;
      this.poolPrev[next] = P;
      this.poolNext[sz] = P;
      if (listener !== null) listener.onDidChangePool(this.poolAddr[P], PoolState.USED, sz, this.poolArena[P]);
      return;
    }
    if (count !== 0) return;
    this.insertToFreepool(P);
  }

  /** insert_to_freepool: the pool became empty; then the four cases of arena management. */
  private insertToFreepool(P: number): void {
    const next = this.poolNext[P];
    const prev = this.poolPrev[P];
    this.poolNext[prev] = next;
    this.poolPrev[next] = prev;
    const ao = this.poolArena[P];
    this.poolNext[P] = this.aoFreepools[ao];
    this.poolPrev[P] = NONE;
    this.aoFreepools[ao] = P;
    if (this.listener !== null) this.listener.onDidChangePool(this.poolAddr[P], PoolState.EMPTY, this.poolSzidx[P], ao);

    const nfp2lasta = this.nfpLast;
    let nf = this.aoNfree[ao];
    const lastnf = nf === 0 ? NONE : nfp2lasta[nf];
    if (lastnf === ao) {
      const p = this.aoPrev[ao];
      nfp2lasta[nf] = p !== NONE && this.aoNfree[p] === nf ? p : NONE;
    }
    this.aoNfree[ao] = ++nf;

    // Case 1: the arena is wholly free. 3.8 unmaps it always; 3.9+ keeps it if it is the last of usable_arenas.
    if (nf === this.aoNtotal[ao] && (this.geometry.RELEASE_LAST_ARENA || this.aoNext[ao] !== NONE)) {
      const pa = this.aoPrev[ao];
      const na = this.aoNext[ao];
      if (pa === NONE) this.usableArenasHead = na;
      else this.aoNext[pa] = na;
      if (na !== NONE) this.aoPrev[na] = pa;
      // (3.8 with ntotalpools == 1 would also need nfp2lasta cleanup; pools per arena are 63 or 64 here.)
      this.aoNext[ao] = this.unusedArenaObjects;
      this.aoPrev[ao] = NONE;
      this.unusedArenaObjects = ao;
      const address = this.aoAddress[ao];
      const slot = this.aoSlot[ao];
      this.slotArena[slot] = NONE;
      for (let k = 0; k < this.MAXP; k++) {
        this.poolArena[this.poolIndex(slot, k)] = NONE;
        this.poolNext[this.poolIndex(slot, k)] = NONE;
      }
      this.aoAddress[ao] = 0;
      this.aoSlot[ao] = NONE;
      this.narenasCurrentlyAllocated--;
      if (this.listener !== null) this.listener.onDidChangeArena(ArenaEvent.ARENA_RELEASED, ao, address);
      return;
    }
    // Case 2: the arena was full; it goes to the head of usable_arenas.
    if (nf === 1) {
      const head = this.usableArenasHead;
      this.aoNext[ao] = head;
      this.aoPrev[ao] = NONE;
      if (head !== NONE) this.aoPrev[head] = ao;
      this.usableArenasHead = ao;
      if (nfp2lasta[1] === NONE) nfp2lasta[1] = ao;
      return;
    }
    if (nfp2lasta[nf] === NONE) nfp2lasta[nf] = ao;
    // Case 4: ao was the rightmost with its old count, so the list is still sorted.
    if (ao === lastnf) return;
    // Case 3: slide ao right, just after lastnf.
    const pa = this.aoPrev[ao];
    const na = this.aoNext[ao];
    if (pa !== NONE) this.aoNext[pa] = na;
    else this.usableArenasHead = na;
    this.aoPrev[na] = pa;
    this.aoPrev[ao] = lastnf;
    const after = this.aoNext[lastnf];
    this.aoNext[ao] = after;
    if (after !== NONE) this.aoPrev[after] = ao;
    this.aoNext[lastnf] = ao;
  }

  // ------------------------------------------------------------------ realloc

  realloc(addr: Address, nbytes: number): Address {
    if (addr === 0) return this.malloc(nbytes);
    const P = this.poolOf(addr);
    if (P === NONE) {
      // Not pymalloc's: the system realloc keeps it, whatever the new size.
      const fresh = this.sys.realloc(addr, nbytes);
      if (this.listener !== null) this.listener.onDidRealloc(addr, fresh, nbytes);
      return fresh;
    }
    const off = this.checkedOffset(P, addr, 'realloc');
    const size = (this.poolSzidx[P] + 1) << 4;
    // Keep the block if it still fits and does not shrink to 75 % or less.
    if (nbytes <= size && 4 * nbytes > 3 * size) {
      if (this.listener !== null) this.listener.onDidRealloc(addr, addr, nbytes);
      return addr;
    }
    const fresh = this.malloc(nbytes);
    this.pymallocFree(P, off, addr);
    if (this.listener !== null) this.listener.onDidRealloc(addr, fresh, nbytes);
    return fresh;
  }

  // ------------------------------------------------------------------ inspection (allocates; not for hot paths)

  getAllocatedBlocks(): number {
    return this.smallBlocks + this.sys.count;
  }

  blockInfo(addr: Address): BlockInfo | null {
    const P = this.poolOf(addr);
    if (P === NONE) {
      const n = this.sys.sizeOf(addr);
      return n === undefined ? null : { kind: 'system', address: addr, nbytes: n };
    }
    const off = addr - this.poolAddr[P];
    const sz = this.poolSzidx[P];
    if (sz === DUMMY_SIZE_IDX) return null;
    const bs = (sz + 1) << 4;
    const o = off - this.geometry.POOL_OVERHEAD;
    if (o < 0 || o % bs !== 0 || o / bs >= Math.floor((this.POOL_SIZE - this.geometry.POOL_OVERHEAD) / bs)) return null;
    return {
      kind: 'pymalloc',
      address: addr,
      szidx: sz,
      blockSize: bs,
      poolAddress: this.poolAddr[P],
      arenaIndex: this.poolArena[P],
      blockIndex: o / bs,
      state: this.blockState(P, off),
    };
  }

  private blockState(P: number, off: number): BlockState {
    if (this.blockUsed[P * this.SLOTS + (off >> 4)] === 1) return BlockState.USED;
    return off < this.poolNextOffset[P] ? BlockState.FREE : BlockState.UNTOUCHED;
  }

  poolBlockStates(pool: Address): readonly BlockState[] {
    const P = this.poolOf(pool);
    if (P === NONE || this.poolAddr[P] !== pool) throw new Error(`not a carved pool: 0x${pool.toString(16)}`);
    const sz = this.poolSzidx[P];
    if (sz === DUMMY_SIZE_IDX) return [];
    const bs = (sz + 1) << 4;
    const n = Math.floor((this.POOL_SIZE - this.geometry.POOL_OVERHEAD) / bs);
    const out: BlockState[] = [];
    for (let i = 0; i < n; i++) out.push(this.blockState(P, this.geometry.POOL_OVERHEAD + i * bs));
    return out;
  }

  private poolView(P: number): PoolView {
    const sz = this.poolSzidx[P];
    const count = this.poolCount[P];
    const freeblocks: Address[] = [];
    if (sz !== DUMMY_SIZE_IDX) {
      for (let off = this.poolFree[P]; off !== 0; off = this.blockNext[P * this.SLOTS + (off >> 4)]) {
        freeblocks.push(this.poolAddr[P] + off);
      }
    }
    const state = count === 0 ? PoolState.EMPTY : this.poolFree[P] === 0 ? PoolState.FULL : PoolState.USED;
    return {
      address: this.poolAddr[P],
      state,
      szidx: sz === DUMMY_SIZE_IDX ? -1 : sz,
      blockSize: sz === DUMMY_SIZE_IDX ? 0 : (sz + 1) << 4,
      count,
      nextoffset: this.poolNextOffset[P],
      maxnextoffset: this.poolMaxNextOffset[P],
      freeblocks,
    };
  }

  private arenaView(ao: number): ArenaView {
    const slot = this.aoSlot[ao];
    const pools: PoolView[] = [];
    for (let k = 0; k < this.aoPoolsCarved[ao]; k++) pools.push(this.poolView(this.poolIndex(slot, k)));
    const freepools: Address[] = [];
    for (let P = this.aoFreepools[ao]; P !== NONE; P = this.poolNext[P]) freepools.push(this.poolAddr[P]);
    return {
      index: ao,
      address: this.aoAddress[ao],
      firstPoolAddress: this.aoAddress[ao] + this.firstPoolOffset,
      ntotalpools: this.aoNtotal[ao],
      nfreepools: this.aoNfree[ao],
      poolsCarved: this.aoPoolsCarved[ao],
      pools,
      freepools,
    };
  }

  usableArenas(): readonly ArenaView[] {
    const out: ArenaView[] = [];
    for (let ao = this.usableArenasHead; ao !== NONE; ao = this.aoNext[ao]) out.push(this.arenaView(ao));
    return out;
  }

  allocatedArenas(): readonly ArenaView[] {
    const out: ArenaView[] = [];
    for (let ao = 0; ao < this.maxarenas; ao++) if (this.aoAddress[ao] !== 0) out.push(this.arenaView(ao));
    return out;
  }

  usedPools(szidx: number): readonly Address[] {
    const out: Address[] = [];
    for (let P = this.poolNext[szidx]; P !== szidx; P = this.poolNext[P]) out.push(this.poolAddr[P]);
    return out;
  }

  systemBlocks(): readonly SystemBlockView[] {
    return this.sys.blocks();
  }

  arenaCounters(): ArenaCounters {
    return {
      arenasAllocatedTotal: this.ntimesArenaAllocated,
      arenasReclaimed: this.ntimesArenaAllocated - this.narenasCurrentlyAllocated,
      arenasHighwater: this.narenasHighwater,
      arenasCurrent: this.narenasCurrentlyAllocated,
      maxarenas: this.maxarenas,
      arenaMapMidNodes: this.arenaMapMid.size,
      arenaMapBotNodes: this.arenaMapBot.size,
    };
  }

  nfp2lasta(): readonly number[] {
    return [...this.nfpLast];
  }
}
