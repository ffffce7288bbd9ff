import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALLOCATOR_GEOMETRY } from '../../../core/memory/index';
import { EventKind, joinAddress } from '../../../core/trace/events';
import { Recorder } from '../../../recorder/recorder';
import { generate } from '../../../recorder/testing/synthetic';
import { frameAt } from '../../../recorder/views';
import type { ArenaGeometry } from './arenaLayout';
import { blockChanges } from './blockChanges';

const g = ALLOCATOR_GEOMETRY['3.11'];
const geo: ArenaGeometry = { arenaSize: g.ARENA_SIZE, poolSize: g.POOL_SIZE, poolOverhead: g.POOL_OVERHEAD, alignment: g.ALIGNMENT };

describe('block changes between moments', () => {
  const rec = new Recorder('3.11', 256);
  generate(rec, { seed: 8, events: 20_000, liveTarget: 300 }, () => rec.length);
  rec.finish();

  it('one event: an ALLOC is one allocated block at its address, a FREE one freed block', () => {
    let allocs = 0;
    let frees = 0;
    for (let i = 0; i < rec.length && (allocs < 20 || frees < 20); i++) {
      const k = rec.log.kind(i);
      if (k !== EventKind.ALLOC && k !== EventKind.FREE) continue;
      const c = blockChanges(frameAt(rec, i).allocator, frameAt(rec, i + 1).allocator, geo);
      const addr = joinAddress(rec.log.operand(i, 0), rec.log.operand(i, 1));
      if (k === EventKind.ALLOC) {
        allocs++;
        expect(c).toEqual({ allocated: [addr], freed: [] });
      } else {
        frees++;
        expect(c).toEqual({ allocated: [], freed: [addr] });
      }
    }
    expect(allocs).toBeGreaterThanOrEqual(20);
    expect(frees).toBeGreaterThanOrEqual(20);
  });

  it('over any jump, used blocks after = used before + allocated − freed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: rec.length }), fc.integer({ min: 0, max: rec.length }), (i, j) => {
        const a = frameAt(rec, i).allocator;
        const b = frameAt(rec, j).allocator;
        const c = blockChanges(a, b, geo);
        expect(a.allocatedBlocks + c.allocated.length - c.freed.length).toBe(b.allocatedBlocks);
      }),
      { numRuns: 40 },
    );
  });
});

describe('painting the changes', () => {
  it('outlines exactly the allocated blocks in green and the freed in red', async () => {
    const { layoutArenas } = await import('./arenaLayout');
    const { paintArenas } = await import('./arenaPainter');
    const rec = new Recorder('3.11', 256);
    generate(rec, { seed: 2, events: 5_000, liveTarget: 100 }, () => rec.length);
    rec.finish();
    const a = frameAt(rec, 2000).allocator;
    const b = frameAt(rec, 2600).allocator;
    const c = blockChanges(a, b, geo);
    expect(c.allocated.length + c.freed.length).toBeGreaterThan(0);
    const l = layoutArenas(b, geo, { width: 1200 }, { kind: 'arena', index: b.arenas[0]!.index });
    const strokes: string[] = [];
    const ctx = { fillStyle: '' as unknown, strokeStyle: '' as unknown, lineWidth: 1, font: '' } as import('./arenaPainter').Canvas2DLike;
    ctx.fillRect = ctx.clearRect = ctx.fillText = () => undefined;
    ctx.strokeRect = () => void strokes.push(String(ctx.strokeStyle));
    paintArenas(ctx, l, { allocated: new Set(c.allocated), freed: new Set(c.freed) });
    const shown = new Map(l.blocks.map((x) => [x.address, x.rects.length]));
    const count = (list: readonly number[]): number => list.reduce((n, addr) => n + (shown.get(addr) ?? 0), 0);
    expect(count(c.allocated) + count(c.freed)).toBeGreaterThan(0);
    expect(strokes.filter((s) => s === '#00c853').length).toBe(count(c.allocated));
    // A block freed and allocated again at the same address (its pool re-carved for another size class) is
    // marked as allocated: it holds something new.
    const reused = new Set(c.allocated);
    expect(strokes.filter((s) => s === '#d50000').length).toBe(count(c.freed.filter((x) => !reused.has(x))));
  });
});
