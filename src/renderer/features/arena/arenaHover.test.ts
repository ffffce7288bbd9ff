import { describe, expect, it } from 'vitest';
import { ALLOCATOR_GEOMETRY } from '../../../core/memory/index';
import { Recorder } from '../../../recorder/recorder';
import { generate } from '../../../recorder/testing/synthetic';
import { frameAt } from '../../../recorder/views';
import { hoverAt, hex } from './arenaHover';
import { layoutArenas, type ArenaGeometry } from './arenaLayout';
import { indexBlocks } from './blockObjects';

const g = ALLOCATOR_GEOMETRY['3.11'];
const geo: ArenaGeometry = { arenaSize: g.ARENA_SIZE, poolSize: g.POOL_SIZE, poolOverhead: g.POOL_OVERHEAD, alignment: g.ALIGNMENT };

describe('arena map hover', () => {
  const rec = new Recorder('3.11', 256);
  generate(rec, { seed: 12, events: 15_000, liveTarget: 300 }, () => rec.length);
  rec.finish();
  const view = frameAt(rec, rec.length);
  const idx = indexBlocks(view, geo);

  it('names the object, its address, size class, pool and arena over a used block', () => {
    const arena = view.allocator.arenas[0]!;
    const l = layoutArenas(view.allocator, geo, { width: 1200 }, { kind: 'arena', index: arena.index });
    let named = 0;
    for (const b of l.blocks) {
      const r = b.rects[0]!;
      const h = hoverAt(l, idx, r.x + r.w / 2, r.y + r.h / 2)!;
      const o = idx.objectAt.get(b.address);
      if (o !== undefined) {
        named++;
        expect(h.object).toBe(o.id);
        expect(h.text).toContain(`${o.type} #${o.id} at ${hex(o.address)}`);
        expect(h.text).toContain(`size class ${o.sizeClass} (${(o.sizeClass + 1) * 16}-byte blocks)`);
        expect(h.text).toContain(`arena ${arena.index}`);
      } else {
        // An object's extra block (a list's item array …) names and selects its owner; any other block nothing.
        const owner = b.state === 'used' ? idx.extraAt.get(b.address) : undefined;
        expect(h.object).toBe(owner?.id ?? null);
        if (owner !== undefined) expect(h.text).toContain(` of ${owner.type} #${owner.id} at ${hex(b.address)}`);
      }
    }
    expect(named).toBeGreaterThan(0);
  });

  it('describes pools when zoomed out, and the system allocator with sizes', () => {
    const l = layoutArenas(view.allocator, geo, { width: 200 }, { kind: 'all' });
    expect(l.blocks.length).toBe(0);
    const p = l.pools[0]!;
    expect(hoverAt(l, idx, p.x + 1, p.y + 1)!.text).toContain(`${p.pool.count}/${p.pool.capacity} blocks used`);
    const s = l.system[0];
    if (s !== undefined) expect(hoverAt(l, idx, s.rects[0]!.x + 0.1, s.rects[0]!.y + 0.1)!.text).toContain(`${s.nbytes} bytes`);
    expect(view.allocator.systemBlocks.length).toBeGreaterThan(0);
  });
});
