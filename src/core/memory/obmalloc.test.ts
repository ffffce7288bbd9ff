// Layout tests of the obmalloc model against the real allocators (fixtures recorded by
// src/core/memory/oracle/record_obmalloc.py through ctypes on CPython 3.8-3.13), plus exact unit tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ProfileName } from '../api';
import {
  ALLOCATOR_GEOMETRY,
  BlockState,
  PoolState,
  blockSizeOf,
  blocksPerPool,
  createHeap,
  sizeClassOf,
  type Address,
  type Heap,
} from './index';
import { collectMallocStats } from './debugMallocStats';
import { checkHeapInvariants } from './invariants';
import { MMAP_TOP } from './obmalloc';
import { SYSTEM_HEAP_BASE } from './systemHeap';

/** kinds[k] 0: addrs[k] = malloc(args[k]); 1: free(live[args[k]]) (= addrs[k]), swap-removing it from live. */
interface Walk {
  kinds: number[];
  args: number[];
  addrs: number[];
}

interface Fixture {
  version: string;
  ARENA_SIZE: number;
  POOL_SIZE: number;
  stats_start: string;
  sync: { consumed: number; extra: number; after_warm: string };
  layout: { addrs: number[]; freed: number[]; again: number[] };
  walk: Walk;
  walk2: Walk & { after: string };
  realloc_keep: Record<string, number[]>;
  arenas: { count: number; before: string; filled: string; freed: string };
}

const PROFILES: ProfileName[] = ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13'];
const fixture = (p: ProfileName): Fixture =>
  JSON.parse(gunzipSync(readFileSync(join(__dirname, 'fixtures', `obmalloc_${p}.json.gz`))).toString('utf8')) as Fixture;

/** The first index where two sequences differ, -1 if none (a toEqual diff of 60,000 strings takes minutes). */
function firstMismatch(a: readonly string[], b: readonly string[]): string {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return `step ${i}: simulated ${a[i]}, CPython ${b[i]}`;
  return 'none';
}

/** Replays a walk on the simulated heap: the address of every step (allocated or freed) and the blocks left. */
function replay(heap: Heap, w: Walk): { addrs: Address[]; live: Address[] } {
  const live: Address[] = [];
  const addrs = w.kinds.map((kind, k) => {
    if (kind === 0) {
      const a = heap.malloc(w.args[k]);
      live.push(a);
      return a;
    }
    const a = live[w.args[k]];
    heap.free(a);
    live[w.args[k]] = live[live.length - 1];
    live.pop();
    return a;
  });
  return { addrs, live };
}

/** Names addresses as "pool ordinal (by first appearance):block index", which survives different base addresses. */
function canonicaliser(poolSize: number, blockSize: number): (a: Address) => string {
  const pools = new Map<number, number>();
  return (a) => {
    const pool = a - (a % poolSize);
    let ord = pools.get(pool);
    if (ord === undefined) pools.set(pool, (ord = pools.size));
    return `${ord}:${(a - pool - 48) / blockSize}`;
  };
}

function footer(text: string): Record<string, number> {
  const m: Record<string, number> = {};
  for (const line of text.split('\n')) {
    if (!line.includes(' = ') || line.startsWith('Small')) continue;
    const [k, v] = line.split('=');
    m[k.trim()] = Number(v.trim().replace(/,/g, ''));
  }
  return m;
}

describe.each(PROFILES)('obmalloc %s against CPython', (profile) => {
  const g = ALLOCATOR_GEOMETRY[profile];
  const fx = fixture(profile);

  it('has the measured ARENA_SIZE and POOL_SIZE', () => {
    expect(fx.version.startsWith(profile + '.')).toBe(true);
    expect(g.ARENA_SIZE).toBe(fx.ARENA_SIZE);
    expect(g.POOL_SIZE).toBe(fx.POOL_SIZE);
  });

  it('blocks per pool match every class row of the real _debugmallocstats', () => {
    let rows = 0;
    for (const line of fx.stats_start.split('\n')) {
      const m = /^\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$/.exec(line);
      if (!m) continue;
      const [szidx, size, pools, inUse, avail] = m.slice(1).map(Number);
      expect(blockSizeOf(g, szidx)).toBe(size);
      expect(inUse + avail).toBe(pools * blocksPerPool(g, szidx));
      rows++;
    }
    expect(rows).toBeGreaterThan(25);
  });

  // The probe syncs the real allocator with a clean heap (see record_obmalloc.py, section 2).
  // On 3.8 walk 2 is not compared: when walk 1's blocks are all freed, the simulated arena is empty and 3.8
  // unmaps it, while in CPython some object of the interpreter's own (not identified; the probe's warm-up does
  // not prevent it) keeps that arena, so walk 2 starts in a reused pool there and in a fresh arena here.
  // TODO: find what pins it, then compare 3.8's walk 2 too.
  const compareWalk2 = profile !== '3.8';

  it(`reproduces the layout, LIFO reuse and ${compareWalk2 ? 'two malloc/free walks (4,000 and 60,000 steps)' : 'a 4,000-step malloc/free walk'} block for block`, () => {
    const heap = createHeap(g);
    // extra = 0: the first pool found was fresh. Otherwise the probe went through one recycled pool (1 + extra
    // blocks), which stays full of kept blocks in the same arena: the simulation starts with one such pool.
    if (fx.sync.extra > 0) {
      expect(fx.sync.extra + 1).toBe(blocksPerPool(g, 27));
      for (let i = 0; i < blocksPerPool(g, 27); i++) heap.malloc(448);
    }
    const real = canonicaliser(fx.POOL_SIZE, 448);
    const sim = canonicaliser(g.POOL_SIZE, 448);
    const first: Address[] = [];
    for (let i = 0; i < fx.layout.addrs.length; i++) first.push(heap.malloc(448));
    expect(first.map(sim)).toEqual(fx.layout.addrs.map(real));
    for (const i of fx.layout.freed) heap.free(first[i]);
    const again = [0, 1, 2, 3].map(() => heap.malloc(448));
    expect(again.map(sim)).toEqual(fx.layout.again.map(real));

    const walk1 = replay(heap, fx.walk);
    expect(firstMismatch(walk1.addrs.map(sim), fx.walk.addrs.map(real))).toBe('none');
    expect(checkHeapInvariants(heap)).toEqual([]);
    if (!compareWalk2) return;

    // As the probe did next: free walk 1's live blocks in live order, the four again, the rest of the layout;
    // then walk 2, and free its live blocks.
    for (const a of walk1.live) heap.free(a);
    for (const a of again) heap.free(a);
    first.forEach((a, i) => fx.layout.freed.includes(i) || heap.free(a));
    const walk2 = replay(heap, fx.walk2);
    expect(firstMismatch(walk2.addrs.map(sim), fx.walk2.addrs.map(real))).toBe('none');
    const after = heap.arenaCounters();
    // Walk 2 grew to several arenas and partly drained: as many arenas were mapped and released as in CPython
    // since the end of the probe's section 1 (the sync's new arena is the simulation's first).
    const [rb, ra] = [footer(fx.arenas.freed), footer(fx.walk2.after)];
    const realMapped = ra['# arenas allocated total'] - rb['# arenas allocated total'];
    const realReleased = ra['# arenas reclaimed'] - rb['# arenas reclaimed'];
    expect(realMapped).toBeGreaterThanOrEqual(5);
    expect(after.arenasAllocatedTotal).toBe(realMapped);
    expect(after.arenasReclaimed).toBe(realReleased);
    // The class-27 line of _debugmallocstats at the same moment. CPython's extra blocks since the warm-up are the
    // sync's (every class-27 block that was available then, plus every free pool filled: all full pools now),
    // so pools and blocks in use differ by exactly those, and the available blocks are walk 2's alone.
    if (fx.sync.extra === 0) {
      const row27 = (text: string): number[] =>
        /^\s+27\s+448\s+(\d+)\s+(\d+)\s+(\d+)$/m.exec(text)!.slice(1).map(Number);
      const [p0, u0] = row27(fx.sync.after_warm);
      const unused0 = Number(/^(\d+) unused pools/m.exec(fx.sync.after_warm)![1]);
      const [p1, u1, a1] = row27(fx.walk2.after);
      const sim27 = collectMallocStats(heap).rows.find((r) => r.szidx === 27)!;
      expect(sim27.availBlocks).toBe(a1);
      expect(sim27.numPools).toBe(p1 - p0 - unused0);
      expect(sim27.blocksInUse).toBe(u1 - u0 - fx.sync.consumed);
    }
    expect(checkHeapInvariants(heap)).toEqual([]);
  });

  it("applies pymalloc_realloc's keep-or-move rule as CPython does", () => {
    const heap = createHeap(g);
    for (const start of [448, 112]) {
      const keep: number[] = [];
      for (let nb = 1; nb <= 600; nb++) {
        const p = heap.malloc(start);
        const q = heap.realloc(p, nb);
        keep.push(q === p ? 1 : 0);
        heap.free(q);
      }
      expect(keep).toEqual(fx.realloc_keep[String(start)]);
    }
    expect(heap.getAllocatedBlocks()).toBe(0);
  });

  it('releases emptied arenas by the same rule (3.8: all; 3.9+: all but the last)', () => {
    const [before, filled, freed] = [fx.arenas.before, fx.arenas.filled, fx.arenas.freed].map(footer);
    const realNew = filled['# arenas allocated total'] - before['# arenas allocated total'];
    const realReclaimed = freed['# arenas reclaimed'] - filled['# arenas reclaimed'];
    expect(realNew).toBeGreaterThan(1);
    const heap = createHeap(g);
    const blocks: Address[] = [];
    for (let i = 0; i < fx.arenas.count; i++) blocks.push(heap.malloc(448));
    const simNew = heap.arenaCounters().arenasAllocatedTotal;
    for (const b of blocks) heap.free(b);
    const simReclaimed = heap.arenaCounters().arenasReclaimed;
    expect(simNew - simReclaimed).toBe(realNew - realReclaimed);
    expect(checkHeapInvariants(heap)).toEqual([]);
  });
});

describe('geometry', () => {
  it('computes size classes and blocks per pool as obmalloc.c does', () => {
    const g11 = ALLOCATOR_GEOMETRY['3.11'];
    const g8 = ALLOCATOR_GEOMETRY['3.8'];
    expect([1, 16, 17, 448, 512].map((n) => sizeClassOf(g11, n))).toEqual([0, 0, 1, 27, 31]);
    expect(sizeClassOf(g11, 0)).toBe(-1);
    expect(sizeClassOf(g11, 513)).toBe(-1);
    for (let i = 0; i < 32; i++) {
      expect(blocksPerPool(g11, i)).toBe(Math.floor((16384 - 48) / ((i + 1) * 16)));
      expect(blocksPerPool(g8, i)).toBe(Math.floor((4096 - 48) / ((i + 1) * 16)));
    }
    expect(blocksPerPool(g11, 0)).toBe(1021);
    expect(blocksPerPool(g11, 27)).toBe(36);
    expect(blocksPerPool(g8, 27)).toBe(9);
    expect(g11.USABLE_POOLS_PER_ARENA).toBe(63);
    expect(g8.USABLE_POOLS_PER_ARENA).toBe(64);
  });
});

describe('layout units (3.11 and 3.8)', () => {
  const fresh = (p: ProfileName): Heap => createHeap(ALLOCATOR_GEOMETRY[p]);

  it('advances by the block size in a fresh pool, the first block at offset 48', () => {
    for (const p of ['3.11', '3.8'] as const) {
      const h = fresh(p);
      const g = h.geometry;
      for (const n of [1, 24, 100, 448, 512]) {
        const bs = blockSizeOf(g, sizeClassOf(g, n));
        const a = h.malloc(n);
        expect(a % g.POOL_SIZE).toBe(48);
        expect(h.malloc(n) - a).toBe(bs);
        expect(h.malloc(n) - a).toBe(2 * bs);
      }
    }
  });

  it('starts a new pool every 36 blocks of 448 B on 3.11 and every 9 on 3.8', () => {
    for (const [p, per] of [['3.11', 36], ['3.8', 9]] as const) {
      const h = fresh(p);
      const a = Array.from({ length: per * 4 }, () => h.malloc(448));
      const jumps = a.flatMap((x, i) => (i > 0 && x - a[i - 1] !== 448 ? [i] : []));
      expect(jumps).toEqual([per, 2 * per, 3 * per]);
      for (const x of a) expect(((x % h.geometry.POOL_SIZE) - 48) % 448).toBe(0);
    }
  });

  it('reuses freed blocks LIFO: free 10, 20, 30, 40 -> next four are 40, 30, 20, 10', () => {
    for (const p of ['3.11', '3.8'] as const) {
      const h = fresh(p);
      const a = Array.from({ length: 80 }, () => h.malloc(448));
      for (const i of [10, 20, 30, 40]) h.free(a[i]);
      expect([0, 1, 2, 3].map(() => a.indexOf(h.malloc(448)))).toEqual([40, 30, 20, 10]);
    }
  });

  it('puts arenas at page-aligned 0x7f… addresses, loses the first partial pool on 3.10+', () => {
    const h = fresh('3.11');
    const x = h.malloc(16);
    const [a] = h.allocatedArenas();
    expect(a.address).toBe(MMAP_TOP - (1 << 20));
    expect(a.address % 4096).toBe(0);
    expect(a.address % 16384).not.toBe(0);
    expect(a.firstPoolAddress - a.address).toBe(16384 - (a.address % 16384));
    expect(x).toBe(a.firstPoolAddress + 48);
    expect(Math.floor(a.address / 2 ** 40)).toBe(0x7f);
    const h8 = fresh('3.8');
    h8.malloc(16);
    const [a8] = h8.allocatedArenas();
    expect(a8.firstPoolAddress).toBe(a8.address);
    expect(a8.ntotalpools).toBe(64);
  });

  it('keeps a recycled pool of the same class with its free list, reinitialises one of another class', () => {
    const h = fresh('3.11');
    const keep = h.malloc(16); // keeps the arena busy
    const a = Array.from({ length: 5 }, () => h.malloc(448));
    const pool = a[0] - (a[0] % 16384);
    for (const i of [1, 3, 0, 4, 2]) h.free(a[i]); // pool now empty, free list 2,4,0,3,1,(bump)
    expect(h.allocatedArenas()[0].freepools).toEqual([pool]);
    expect(h.malloc(448)).toBe(a[2]); // same class: the old free list, head first
    expect(h.malloc(448)).toBe(a[4]);
    for (const x of [a[2], a[4]]) h.free(x);
    expect(h.malloc(100)).toBe(pool + 48); // another class reuses the emptied pool from scratch
    h.free(keep);
    expect(checkHeapInvariants(h)).toEqual([]);
  });

  it('links a pool that stops being full at the front of usedpools', () => {
    const h = fresh('3.11');
    const a = Array.from({ length: 36 * 2 + 1 }, () => h.malloc(448)); // pools A, B full; C used
    const [A, , C] = [a[0], a[36], a[72]].map((x) => x - (x % 16384));
    expect(h.usedPools(27)).toEqual([C]);
    h.free(a[5]);
    expect(h.usedPools(27)).toEqual([A, C]);
    expect(h.malloc(448)).toBe(a[5]);
    expect(h.usedPools(27)).toEqual([C]);
    expect(h.blockInfo(a[5])).toMatchObject({ kind: 'pymalloc', szidx: 27, blockIndex: 5, state: BlockState.USED });
    const pools = h.allocatedArenas()[0].pools;
    expect(pools.map((p) => p.state)).toEqual([PoolState.FULL, PoolState.FULL, PoolState.USED]);
  });

  it('grows the arenas vector 16, 32 and reuses the released arena_object and the highest free mmap slot', () => {
    const h = fresh('3.8');
    const per = 64 * 9;
    const blocks: Address[] = [];
    for (let i = 0; i < per * 16 + 10; i++) blocks.push(h.malloc(448));
    expect(h.arenaCounters()).toMatchObject({ arenasCurrent: 17, maxarenas: 32 });
    const firstArena = h.allocatedArenas()[0];
    expect(firstArena.address).toBe(MMAP_TOP - 256 * 1024);
    for (let i = 0; i < per; i++) h.free(blocks[i]); // 3.8: the first arena is unmapped as soon as it is empty
    expect(h.arenaCounters()).toMatchObject({ arenasCurrent: 16, arenasReclaimed: 1 });
    const b = h.malloc(16); // a pool of the partly used last arena: no new arena
    expect(h.arenaCounters().arenasAllocatedTotal).toBe(17);
    expect(h.blockInfo(b)).toMatchObject({ arenaIndex: 16 });
    for (let i = 0; i < 8 + 61 * 9; i++) h.malloc(448); // fill arena 16; the next pool needs a new arena
    expect(h.arenaCounters().arenasAllocatedTotal).toBe(17);
    const c = h.malloc(448);
    expect(h.arenaCounters().arenasAllocatedTotal).toBe(18);
    // unused_arena_objects is LIFO: arena_object 0 again, mapped at the highest free address (slot 0 again).
    expect(h.blockInfo(c)).toMatchObject({ arenaIndex: 0 });
    expect(h.allocatedArenas()[0].address).toBe(firstArena.address);
    expect(checkHeapInvariants(h)).toEqual([]);
  });

  it('routes 0 and > 512 bytes to a system heap below the arenas', () => {
    const h = fresh('3.11');
    const big = h.malloc(513);
    const zero = h.malloc(0);
    expect(big).toBeGreaterThanOrEqual(SYSTEM_HEAP_BASE);
    expect(big).toBeLessThan(MMAP_TOP - 2 ** 36);
    expect(big % 16).toBe(0);
    expect(zero - big).toBe(528); // chunk of 513 + 8 rounded to 16
    expect(h.blockInfo(big)).toEqual({ kind: 'system', address: big, nbytes: 513 });
    expect(h.getAllocatedBlocks()).toBe(2);
    expect(h.allocatedArenas()).toEqual([]);
    expect(h.realloc(big, 100)).toBe(big); // a system block stays with the system realloc
    h.free(big);
    expect(h.malloc(520)).toBe(big); // same chunk size (528): reused, although realloc shrank the request
    expect(() => h.free(big + 16)).toThrow(/did not hand out/);
    const s = h.malloc(32);
    h.free(s);
    expect(() => h.free(s)).toThrow(/not an allocated block/);
  });
});

describe('events', () => {
  it('reports allocations, pool state changes and arena changes in order', () => {
    const h = createHeap(ALLOCATOR_GEOMETRY['3.8']);
    const log: string[] = [];
    const hex = (a: number): string => (a === -1 ? '-' : (a % 65536).toString(16));
    h.setListener({
      onDidAlloc: (a, n, sz, pool, ar) => log.push(`alloc ${hex(a)} ${n} c${sz} p${hex(pool)} a${ar}`),
      onDidFree: (a, sz, pool, ar) => log.push(`free ${hex(a)} c${sz} p${hex(pool)} a${ar}`),
      onDidRealloc: (a, b, n) => log.push(`realloc ${hex(a)}->${hex(b)} ${n}`),
      onDidChangePool: (pool, state, sz, ar) => log.push(`pool ${hex(pool)} ${state} c${sz} a${ar}`),
      onDidChangeArena: (ev, ar, addr) => log.push(`${ev} a${ar} ${hex(addr)}`),
    });
    const blocks = Array.from({ length: 9 }, () => h.malloc(448)); // one 3.8 pool holds 9 blocks of 448
    h.free(blocks[0]);
    const moved = h.realloc(blocks[1], 16);
    for (const b of blocks.slice(2)) h.free(b);
    h.free(moved);
    const big = h.malloc(1000);
    h.free(big);
    const base = MMAP_TOP - 256 * 1024;
    const a = hex(base);
    const p2 = hex(base + 4096);
    expect(log).toEqual([
      `arena-new a0 ${a}`,
      `pool ${a} used c27 a0`,
      ...blocks.slice(0, 8).map((b) => `alloc ${hex(b)} 448 c27 p${a} a0`),
      `pool ${a} full c27 a0`, // the ninth allocation fills the pool
      `alloc ${hex(blocks[8])} 448 c27 p${a} a0`,
      `free ${hex(blocks[0])} c27 p${a} a0`,
      `pool ${a} used c27 a0`, // no longer full: back on usedpools
      `pool ${p2} used c0 a0`, // realloc to 16 bytes moves the block to a new class-0 pool
      `alloc ${hex(moved)} 16 c0 p${p2} a0`,
      `free ${hex(blocks[1])} c27 p${a} a0`,
      `realloc ${hex(blocks[1])}->${hex(moved)} 16`,
      ...blocks.slice(2, 9).map((b) => `free ${hex(b)} c27 p${a} a0`),
      `pool ${a} empty c27 a0`,
      `free ${hex(moved)} c0 p${p2} a0`,
      `pool ${p2} empty c0 a0`,
      `arena-released a0 ${a}`, // 3.8: the arena goes as soon as its last pool is empty
      `alloc ${hex(big)} 1000 c-1 p- a-1`,
      `free ${hex(big)} c-1 p- a-1`,
    ]);
    expect(blocks[1] - blocks[0]).toBe(448);
    expect(moved).toBe(base + 4096 + 48);
  });
});
