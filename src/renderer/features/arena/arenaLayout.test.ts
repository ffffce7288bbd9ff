import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALLOCATOR_GEOMETRY, type AllocatorGeometry } from '../../../core/memory/index';
import { Recorder } from '../../../recorder/recorder';
import { generate } from '../../../recorder/testing/synthetic';
import { frameAt, type AllocatorView, type ArenaView, type PoolView } from '../../../recorder/views';
import { arenaAt, blockAt, freePools, layoutArenas, poolsInArena, systemAt, usableArenasOrder, type ArenaGeometry } from './arenaLayout';
import { paintArenas, type Canvas2DLike } from './arenaPainter';
import { indexBlocks } from './blockObjects';
import { sizeClassRows } from './sizeClassTable';

const geo = (g: AllocatorGeometry): ArenaGeometry => ({ arenaSize: g.ARENA_SIZE, poolSize: g.POOL_SIZE, poolOverhead: g.POOL_OVERHEAD, alignment: g.ALIGNMENT });
const g311 = geo(ALLOCATOR_GEOMETRY['3.11']);

const rec = new Recorder('3.11', 256);
generate(rec, { seed: 3, events: 30_000, liveTarget: 500 }, () => rec.length);
rec.finish();
const moment = fc.integer({ min: 1, max: rec.length });

/** A recording mock of a canvas context: counts the calls. */
function mockCanvas(): Canvas2DLike & { calls: number } {
  const m = { fillStyle: '' as unknown, strokeStyle: '' as unknown, lineWidth: 1, font: '', calls: 0 } as Canvas2DLike & { calls: number };
  m.fillRect = m.strokeRect = m.clearRect = () => void m.calls++;
  m.fillText = () => void m.calls++;
  return m;
}

describe('arena layout', () => {
  it('lays out every pool of the view and, zoomed in, every block, to scale and without overlap', () => {
    fc.assert(
      fc.property(moment, fc.integer({ min: 300, max: 1600 }), (i, width) => {
        const a = frameAt(rec, i).allocator;
        const all = layoutArenas(a, g311, { width }, { kind: 'all' });
        const pools = a.arenas.flatMap((x) => x.pools);
        expect(all.pools.length).toBe(pools.length);
        expect(all.arenas.length).toBe(a.arenas.length);
        for (const p of all.pools) {
          const arena = all.arenas.find((x) => x.index === p.pool.arena)!;
          expect(p.x).toBeGreaterThanOrEqual(arena.x - 1e-9);
          expect(p.x + p.w).toBeLessThanOrEqual(arena.x + arena.w + 1e-9);
        }
        for (const arena of a.arenas) {
          const z = layoutArenas(a, g311, { width, minBlockPx: 0 }, { kind: 'arena', index: arena.index });
          const coarse = layoutArenas(a, g311, { width, minBlockPx: 1.5 }, { kind: 'arena', index: arena.index });
          if (arena.pools.length > 0) expect(coarse.blocks.length === 0).toBe(coarse.unitPx < 1.5);
          const blocks = arena.pools.reduce((n, p) => n + p.capacity, 0);
          expect(z.blocks.length).toBe(blocks);
          // To scale: every block's area is blockSize / ALIGNMENT units.
          for (const b of z.blocks.slice(0, 200)) {
            const pool = arena.pools.find((p) => b.address >= p.address && b.address < p.address + g311.poolSize)!;
            const area = b.rects.reduce((s, r) => s + r.w * r.h, 0);
            expect(area / (z.unitPx * z.unitPx)).toBeCloseTo(pool.blockSize / 16, 6);
            expect(b.state).toBe({ u: 'used', f: 'free', '.': 'unused' }[pool.blocks[b.index]!]);
          }
        }
      }),
      { numRuns: 15 },
    );
  });

  it('places each pool at its address within its arena and orders arenas as usable_arenas', () => {
    const a = frameAt(rec, rec.length).allocator;
    for (const arena of a.arenas) {
      for (const p of arena.pools) {
        const slot = (p.address - Math.ceil(arena.address / g311.poolSize) * g311.poolSize) / g311.poolSize;
        expect(Number.isInteger(slot) && slot >= 0 && slot < poolsInArena(g311, arena.address)).toBe(true);
      }
    }
    const pool = (state: PoolView['state']): PoolView => ({ address: 0, arena: 0, sizeClass: 0, blockSize: 16, state, count: 0, capacity: 1, blocks: '.' });
    const arena = (index: number, states: PoolView['state'][]): ArenaView => ({
      index,
      address: index * g311.arenaSize,
      pools: states.map((s, k) => ({ ...pool(s), address: index * g311.arenaSize + k * g311.poolSize, arena: index })),
    });
    const full = arena(3, Array<PoolView['state']>(64).fill('full'));
    const some = arena(1, ['used', 'used', 'empty']);
    const few = arena(2, ['used']);
    expect(freePools(g311, some)).toBe(62);
    expect(usableArenasOrder(g311, [few, some, full]).map((x) => x.index)).toEqual([3, 1, 2]);
    const l = layoutArenas({ geometry: g311, arenas: [few, some, full], sizeClasses: [], systemBlocks: [], allocatedBlocks: 0 }, g311, { width: 900 }, { kind: 'all' });
    expect(l.arenas.map((x) => [x.index, x.usable])).toEqual([
      [3, false],
      [1, true],
      [2, true],
    ]);
  });

  it('hit-tests blocks, arenas and the system region, and maps blocks to their objects', () => {
    fc.assert(
      fc.property(moment, (i) => {
        const view = frameAt(rec, i);
        const idx = indexBlocks(view, g311);
        const arena = view.allocator.arenas[0];
        if (arena === undefined) return;
        const z = layoutArenas(view.allocator, g311, { width: 1200 }, { kind: 'arena', index: arena.index });
        let used = 0;
        for (const b of z.blocks) {
          const r = b.rects[0]!;
          expect(blockAt(z, r.x + r.w / 2, r.y + r.h / 2)).toBe(b);
          const o = idx.objectAt.get(b.address);
          const owner = idx.extraAt.get(b.address);
          if (b.state === 'used') {
            used++;
            // an object's own block comes first among its allocations; its extra blocks follow
            if (o !== undefined) expect(idx.blocksOf.get(o.id)![0]).toBe(b.address);
            if (owner !== undefined) expect(idx.blocksOf.get(owner.id)!.slice(1)).toContain(b.address);
          } else {
            expect(o).toBeUndefined();
            expect(owner).toBeUndefined();
          }
        }
        expect(used).toBe(arena.pools.reduce((n, p) => n + p.count, 0));
        // every object in an obmalloc block of this arena sits in a block the layout shows as used
        const shown = new Map(z.blocks.map((b) => [b.address, b.state]));
        for (const o of view.objects) {
          for (const at of idx.blocksOf.get(o.id)!) if (shown.has(at)) expect(shown.get(at)).toBe('used');
          expect(idx.blocksOf.get(o.id)!.length).toBe(1 + o.blocks.length);
        }
        const all = layoutArenas(view.allocator, g311, { width: 1200 }, { kind: 'all' });
        const a0 = all.arenas[0]!;
        expect(arenaAt(all, a0.x + 1, a0.y + 1)).toBe(a0);
        for (const s of all.system) expect(systemAt(all, s.rects[0]!.x + 0.1, s.rects[0]!.y + 0.1)).toBe(s);
        expect(all.system.map((s) => s.nbytes)).toEqual(view.allocator.systemBlocks.map((s) => s.nbytes));
      }),
      { numRuns: 15 },
    );
  });

  it('zooms to one pool', () => {
    const a = frameAt(rec, rec.length).allocator;
    const p = a.arenas[0]!.pools[0]!;
    const z = layoutArenas(a, g311, { width: 640 }, { kind: 'pool', address: p.address });
    expect(z.pools.map((x) => x.pool)).toEqual([p]);
    expect(z.blocks.length).toBe(p.capacity);
    expect(z.unitPx).toBeCloseTo((640 - 8) / 32, 6);
    const capped = layoutArenas(a, g311, { width: 1600, height: 400 }, { kind: 'pool', address: p.address });
    expect(capped.height).toBeLessThanOrEqual(400);
    expect(capped.unitPx).toBeCloseTo((400 - 8) / 32, 6);
  });

  it('lists the live size-class table', () => {
    fc.assert(
      fc.property(moment, (i) => {
        const a = frameAt(rec, i).allocator;
        const rows = sizeClassRows(a, g311);
        expect(rows.length).toBe(32);
        expect(rows[0]).toMatchObject({ requestMin: 1, requestMax: 16, blockSize: 16 });
        expect(rows[31]).toMatchObject({ requestMin: 497, requestMax: 512, blockSize: 512 });
        // Agrees with the recorder's own per-class counts.
        for (const c of a.sizeClasses) expect(rows[c.sizeClass]).toMatchObject({ pools: c.pools, usedBlocks: c.usedBlocks });
        const used = rows.reduce((n, r) => n + r.usedBlocks, 0);
        // allocatedBlocks counts the system allocator's blocks too (obmalloc's _Py_AllocatedBlocks).
        expect(used + a.systemBlocks.length).toBe(a.allocatedBlocks);
      }),
      { numRuns: 20 },
    );
  });
});

describe('arena map at scale', () => {
  /** A 64-arena heap with every pool carved: 4,096 pools of mixed size classes, blocks in every state. */
  function bigHeap(n: number): AllocatorView {
    const arenas: ArenaView[] = [];
    for (let k = 0; k < n; k++) {
      const address = 0x7f00_0000_0000 + k * g311.arenaSize;
      const pools: PoolView[] = [];
      for (let j = 0; j < 64; j++) {
        const sizeClass = (k + j) % 32;
        const blockSize = (sizeClass + 1) * 16;
        const capacity = Math.floor((g311.poolSize - g311.poolOverhead) / blockSize);
        const used = (j * 37 + k) % (capacity + 1);
        const blocks = Array.from({ length: capacity }, (_, b) => (b < used ? (b % 7 === 3 ? 'f' : 'u') : b < used + 5 ? 'f' : '.')).join('');
        const count = [...blocks].filter((c) => c === 'u').length;
        const state = count === 0 ? 'empty' : count === capacity ? 'full' : 'used';
        pools.push({ address: address + j * g311.poolSize, arena: k, sizeClass, blockSize, state, count, capacity, blocks });
      }
      arenas.push({ index: k, address, pools });
    }
    return { geometry: g311, arenas, sizeClasses: [], systemBlocks: [{ address: 0x5000_0000, nbytes: 4096 }], allocatedBlocks: 0 };
  }
  it('lays out and paints a 64-arena heap within a frame (measured)', () => {
    const full = bigHeap(64);
    expect(full.arenas.length).toBe(64);
    expect(layoutArenas(full, g311, { width: 1200 }, { kind: 'all' }).pools.length).toBe(4096);
    const times: number[] = [];
    const zoomed: number[] = [];
    for (let k = 0; k < 30; k++) {
      const t0 = performance.now();
      const l = layoutArenas(full, g311, { width: 1200 }, { kind: 'all' });
      paintArenas(mockCanvas(), l);
      times.push(performance.now() - t0);
      const t1 = performance.now();
      const z = layoutArenas(full, g311, { width: 1200 }, { kind: 'arena', index: k % 64 });
      paintArenas(mockCanvas(), z);
      zoomed.push(performance.now() - t1);
    }
    times.sort((x, y) => x - y);
    zoomed.sort((x, y) => x - y);
    const p50 = times[15]!;
    console.log(`64-arena layout+paint (mock), all arenas: p50 ${p50.toFixed(2)} ms, max ${times[29]!.toFixed(2)} ms; one arena's blocks: p50 ${zoomed[15]!.toFixed(2)} ms, max ${zoomed[29]!.toFixed(2)} ms`);
    expect(p50).toBeLessThan(16);
  });
});
