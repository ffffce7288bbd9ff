// Models pymalloc's block and pool layer (Objects/obmalloc.c): pymalloc_alloc, pymalloc_pool_extend, the pool
// half of allocate_from_new_pool (pool initialisation), pymalloc_free, insert_to_usedpool, the pool half of
// insert_to_freepool, pymalloc_realloc, and _PyObject_Malloc/_Free/_Realloc's fallback to the system malloc.
// The arena layer is arenas.ts; read-only views are heapViews.ts.
//
// usedpools: pool indices 0..31 are the list headers (CPython's fudged pseudo-pools), so usedpools[i] is empty
// when poolNext[i] === i. Free lists are intrusive as in CPython: blockNext[P * SLOTS + (offset >> 4)] holds the
// offset of the next free block (0 = NULL: offset 0 is the pool header, never a block). No object is allocated
// per operation; with no listener the cost of the events hook is one null check.
//
// Invariants (recounted by invariants.ts):
// 1. A block is handed out at most once until it is freed.
// 2. Every block of a carved pool is exactly one of: used, on its pool's free list, or at/after nextoffset.
// 3. pool.count = used blocks; a pool is on usedpools[szidx] iff 0 < count < capacity; empty pools are on
//    their arena's freepools.
// 4. Small addresses are 16-aligned and inside their pool, past the pool header.

import { PoolState, type Address } from './index';
import { ArenaStore, DUMMY_SIZE_IDX, NONE } from './arenas';

export { MMAP_TOP } from './arenas';

export class PyMallocCore extends ArenaStore {
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
    const P = this.takePool();
    const ua = this.poolArena[P];
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

  /** Validates a small block address and returns its offset in pool P; throws on a foreign or free block. */
  protected checkedOffset(P: number, addr: Address, what: string): number {
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
    this.returnPool(P);
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

  getAllocatedBlocks(): number {
    return this.smallBlocks + this.sys.count;
  }
}
