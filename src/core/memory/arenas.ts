// Models the arena layer of Objects/obmalloc.c: the `arenas` vector of arena_objects and unused_arena_objects,
// new_arena, usable_arenas sorted by nfreepools with the nfp2lasta fingers (bpo-37029), the arena half of
// allocate_from_new_pool and insert_to_freepool (3.8 releases an empty arena at once, 3.9+ keeps the last one,
// bpo-37257), and the radix tree's node counts (3.10+). State is typed arrays indexed by pool and arena index;
// obmalloc.ts (blocks and pools) and heapViews.ts (read-only views) extend this class.
//
// mmap model: arena slot s is mapped at MMAP_TOP - (s + 1) * ARENA_SIZE, and a new arena takes the lowest free
// slot (Linux's top-down allocator reuses the highest free gap first). MMAP_TOP is 4 KiB-aligned but not
// 16 KiB-aligned, so on 3.10+ every arena loses its first partial pool (63 usable pools), as measured on most
// arenas (CPython's real mmap addresses vary with ASLR: a 16 KiB-aligned arena keeps all 64 pools; never here).
//
// Pool index: every pool of every mapped arena has an index P = NB_SMALL_SIZE_CLASSES + slot * MAX_POOLS_IN_ARENA
// + (MAX_POOLS_IN_ARENA - 1 - k), k the pool's rank inside its arena. Counting pools down from the top of the
// mmap area makes POOL_ADDR one multiplication. Indices 0..31 are the usedpools[] headers (see obmalloc.ts).
//
// Invariants (recounted by invariants.ts):
// 1. usable_arenas holds exactly the arenas with nfreepools > 0, sorted ascending by nfreepools, and
//    nfp2lasta[n] is the rightmost arena with n free pools (or none).
// 2. ao.nfreepools = pools on ao.freepools + pools never carved.
// 3. An arena is unmapped exactly when its last pool becomes empty (3.8) and, on 3.9+, it is not the last
//    arena of usable_arenas; its arena_object then heads unused_arena_objects.

import { ArenaEvent, PoolState, type Address, type AllocatorGeometry, type HeapListener } from './index';
import { SystemHeap } from './systemHeap';

/** Top of the simulated mmap area (a plausible x86-64 Linux mmap_base; 4 KiB- but not 16 KiB-aligned). */
export const MMAP_TOP: Address = 0x7f3e_9b5f_f000;
export const NONE = -1;
/** pool->szidx of a pool never initialised for a size class. */
export const DUMMY_SIZE_IDX = 0xffff;

export class ArenaStore {
  readonly geometry: AllocatorGeometry;
  protected readonly ARENA_SIZE: number;
  protected readonly POOL_SIZE: number;
  protected readonly MAXP: number;
  protected readonly NC: number;
  /** Block slots (16-byte granules) per pool: POOL_SIZE >> 4. */
  protected readonly SLOTS: number;
  /** Offset of an arena's first pool from its mmap address (0, or POOL_SIZE - excess). */
  protected readonly firstPoolOffset: number;
  protected readonly poolsPerArena: number;
  /** One past the last pool of slot 0 (the first pool address of a virtual slot -1); and 1 / POOL_SIZE. */
  protected readonly topPool: Address;
  protected readonly invPoolSize: number;

  // ---- pools (index P as above) ----
  protected poolCap = 0;
  protected poolAddr = new Float64Array(0);
  protected poolCount = new Int32Array(0);
  protected poolFree = new Int32Array(0);
  protected poolNextOffset = new Int32Array(0);
  protected poolMaxNextOffset = new Int32Array(0);
  protected poolSzidx = new Int32Array(0);
  protected poolNext = new Int32Array(0);
  protected poolPrev = new Int32Array(0);
  protected poolArena = new Int32Array(0);
  protected blockNext = new Uint16Array(0);
  protected blockUsed = new Uint8Array(0);

  // ---- mmap slots ----
  protected slotCap = 0;
  protected slotArena = new Int32Array(0);

  // ---- arena_objects (the `arenas` vector) ----
  protected maxarenas = 0;
  protected aoAddress = new Float64Array(0);
  protected aoSlot = new Int32Array(0);
  protected aoPoolsCarved = new Int32Array(0);
  protected aoNfree = new Int32Array(0);
  protected aoNtotal = new Int32Array(0);
  protected aoFreepools = new Int32Array(0);
  protected aoNext = new Int32Array(0);
  protected aoPrev = new Int32Array(0);
  protected unusedArenaObjects = NONE;
  protected usableArenasHead = NONE;
  /** nfp2lasta[nfp]: the rightmost arena in usable_arenas with nfp free pools (bpo-37029). */
  protected readonly nfpLast: Int32Array;

  protected narenasCurrentlyAllocated = 0;
  protected ntimesArenaAllocated = 0;
  protected narenasHighwater = 0;
  protected smallBlocks = 0;
  /** Radix-tree nodes created by arena_map_mark_used (keys: address >> MAP_MID_SHIFT / MAP_TOP_SHIFT). */
  protected readonly arenaMapMid = new Set<number>();
  protected readonly arenaMapBot = new Set<number>();
  protected readonly sys = new SystemHeap();
  protected listener: HeapListener | null = null;

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

  protected growPools(cap: number): void {
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

  protected growSlots(cap: number): void {
    const a = new Int32Array(cap).fill(NONE);
    a.set(this.slotArena);
    this.slotArena = a;
    this.slotCap = cap;
    this.growPools(this.NC + cap * this.MAXP);
  }

  protected slotBase(slot: number): Address {
    return MMAP_TOP - (slot + 1) * this.ARENA_SIZE;
  }

  /** The pool index of pool k of mmap slot `slot`. */
  protected poolIndex(slot: number, k: number): number {
    return this.NC + slot * this.MAXP + (this.MAXP - 1 - k);
  }

  // ------------------------------------------------------------------ arenas

  /** new_arena(): take an arena_object (growing the vector 16, 32, 64, …) and map ARENA_SIZE bytes. */
  protected newArena(): number {
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
  protected markArenaMap(base: Address): void {
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

  /**
   * allocate_from_new_pool's arena half: the head of usable_arenas (a new arena if there is none) gives its most
   * recently emptied pool, or carves the next one (szidx DUMMY); the arena leaves usable_arenas when full.
   */
  protected takePool(): number {
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
    return P;
  }

  /** insert_to_freepool's arena half: P goes on its arena's freepools, then the four cases of arena management. */
  protected returnPool(P: number): void {
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

  /** The pool index of a pymalloc address (address_in_range + POOL_ADDR), or NONE. */
  protected poolOf(addr: Address): number {
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
}
