// A deliberately naive second model of pymalloc (Objects/obmalloc.c) for differential tests of obmalloc.ts:
// plain arrays instead of intrusive lists, a linear re-sort of usable_arenas instead of nfp2lasta, free lists
// as stacks. Slow (O(arenas) per pool change) and only small requests; it shares nothing with obmalloc.ts but
// the geometry and the mmap placement rule, so the two agree only if both follow CPython's rules.

import type { Address, AllocatorGeometry } from '../index';
import { MMAP_TOP } from '../obmalloc';

interface RefPool {
  readonly addr: Address;
  readonly arena: RefArena;
  szidx: number;
  count: number;
  /** The free list as a stack: the head (next block handed out) is the last element. */
  free: number[];
  nextoffset: number;
  maxnextoffset: number;
}

interface RefArena {
  readonly index: number;
  readonly slot: number;
  readonly firstPool: Address;
  carved: RefPool[];
  freepools: RefPool[];
  nfreepools: number;
  readonly ntotalpools: number;
}

export class ReferenceHeap {
  private usable: RefArena[] = [];
  private readonly usedpools: RefPool[][] = [];
  private readonly slots: (RefArena | null)[] = [];
  private unused: number[] = [];
  private maxarenas = 0;
  released = 0;

  constructor(private readonly g: AllocatorGeometry) {
    for (let i = 0; i < g.NB_SMALL_SIZE_CLASSES; i++) this.usedpools.push([]);
  }

  private newArena(): RefArena {
    if (this.unused.length === 0) {
      const n = this.maxarenas === 0 ? this.g.INITIAL_ARENA_OBJECTS : this.maxarenas * 2;
      for (let i = n - 1; i >= this.maxarenas; i--) this.unused.push(i);
      this.maxarenas = n;
    }
    const index = this.unused.pop()!;
    let slot = this.slots.indexOf(null);
    if (slot < 0) slot = this.slots.length;
    const address = MMAP_TOP - (slot + 1) * this.g.ARENA_SIZE;
    const excess = address % this.g.POOL_SIZE;
    const a: RefArena = {
      index,
      slot,
      firstPool: excess === 0 ? address : address + this.g.POOL_SIZE - excess,
      carved: [],
      freepools: [],
      nfreepools: excess === 0 ? this.g.MAX_POOLS_IN_ARENA : this.g.MAX_POOLS_IN_ARENA - 1,
      ntotalpools: excess === 0 ? this.g.MAX_POOLS_IN_ARENA : this.g.MAX_POOLS_IN_ARENA - 1,
    };
    this.slots[slot] = a;
    return a;
  }

  malloc(nbytes: number): Address {
    if (nbytes === 0 || nbytes > this.g.SMALL_REQUEST_THRESHOLD) throw new Error('reference heap: small requests only');
    const c = (nbytes - 1) >> 4;
    const size = (c + 1) << 4;
    const used = this.usedpools[c];
    if (used.length > 0) {
      const pool = used[0];
      pool.count++;
      const off = pool.free.pop()!;
      if (pool.free.length === 0) {
        if (pool.nextoffset <= pool.maxnextoffset) {
          pool.free.push(pool.nextoffset);
          pool.nextoffset += size;
        } else {
          used.shift(); // full
        }
      }
      return pool.addr + off;
    }
    if (this.usable.length === 0) this.usable.push(this.newArena());
    const ao = this.usable[0];
    let pool = ao.freepools.pop();
    if (pool === undefined) {
      pool = { addr: ao.firstPool + ao.carved.length * this.g.POOL_SIZE, arena: ao, szidx: -1, count: 0, free: [], nextoffset: 0, maxnextoffset: 0 };
      ao.carved.push(pool);
    }
    ao.nfreepools--;
    if (ao.nfreepools === 0) this.usable.shift();
    used.unshift(pool);
    pool.count = 1;
    if (pool.szidx === c) return pool.addr + pool.free.pop()!;
    pool.szidx = c;
    pool.nextoffset = 48 + 2 * size;
    pool.maxnextoffset = this.g.POOL_SIZE - size;
    pool.free = [48 + size];
    return pool.addr + 48;
  }

  private find(addr: Address): RefPool {
    const slot = Math.floor((MMAP_TOP - 1 - addr) / this.g.ARENA_SIZE);
    const a = this.slots[slot];
    const pool = a?.carved.find((p) => addr >= p.addr && addr < p.addr + this.g.POOL_SIZE);
    if (!pool) throw new Error('reference heap: unknown address');
    return pool;
  }

  free(addr: Address): void {
    const pool = this.find(addr);
    const wasFull = pool.free.length === 0;
    pool.free.push(addr - pool.addr);
    pool.count--;
    const used = this.usedpools[pool.szidx];
    if (wasFull) {
      used.unshift(pool);
      return;
    }
    if (pool.count > 0) return;
    used.splice(used.indexOf(pool), 1);
    const ao = pool.arena;
    ao.freepools.push(pool);
    ao.nfreepools++;
    const pos = this.usable.indexOf(ao);
    const isLast = pos === this.usable.length - 1;
    if (ao.nfreepools === ao.ntotalpools && (this.g.RELEASE_LAST_ARENA || !isLast)) {
      if (pos >= 0) this.usable.splice(pos, 1);
      this.slots[ao.slot] = null;
      this.unused.push(ao.index);
      this.released++;
      return;
    }
    if (pos >= 0) this.usable.splice(pos, 1);
    // Sorted by nfreepools; among equals, the arena that just changed goes first.
    let i = 0;
    while (i < this.usable.length && this.usable[i].nfreepools < ao.nfreepools) i++;
    this.usable.splice(i, 0, ao);
  }

  realloc(addr: Address, nbytes: number): Address {
    const pool = this.find(addr);
    const size = (pool.szidx + 1) << 4;
    if (nbytes <= size && 4 * nbytes > 3 * size) return addr;
    const fresh = this.malloc(nbytes);
    this.free(addr);
    return fresh;
  }

  /** usable_arenas as (arena index, nfreepools), head first. */
  usableArenas(): [number, number][] {
    return this.usable.map((a) => [a.index, a.nfreepools]);
  }

  usedPools(c: number): Address[] {
    return this.usedpools[c].map((p) => p.addr);
  }
}
