import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Recorder } from '../../../recorder/recorder';
import { generate } from '../../../recorder/testing/synthetic';
import { frameAt } from '../../../recorder/views';
import { toElements } from './graphElements';
import { DEFAULT_PLACE, layoutChange, placeNodes, type LayoutChange, type Point } from './stableLayout';

const gap = DEFAULT_PLACE.gap;
const dist = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);

function checkInvariants(prev: ReadonlyMap<string, Point>, change: LayoutChange, out: Map<string, Point>): void {
  const removed = new Set(change.removed);
  // 1. kept nodes do not move
  for (const [id, p] of prev) {
    if (removed.has(id)) expect(out.has(id)).toBe(false);
    else expect(out.get(id)).toEqual(p);
  }
  const all = [...out];
  for (const a of change.added) {
    const p = out.get(a.id)!;
    // 2. a new node keeps its distance from every other node
    for (const [id, q] of all) if (id !== a.id) expect(dist(p, q)).toBeGreaterThanOrEqual(gap - 1e-6);
  }
}

describe('stable layout', () => {
  const pointArb = fc.record({ x: fc.integer({ min: -2000, max: 2000 }), y: fc.integer({ min: -2000, max: 2000 }) });

  it('keeps positions, spaces new nodes, and is deterministic, for any previous layout and change', () => {
    fc.assert(
      fc.property(fc.array(pointArb, { maxLength: 60 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 1000 }), (pts, nNew, seed) => {
        // previous positions spaced by construction: drop points too close to an earlier one
        const prev = new Map<string, Point>();
        pts.forEach((p, k) => {
          if ([...prev.values()].every((q) => dist(p, q) >= gap)) prev.set(`p${k}`, p);
        });
        const old = [...prev.keys()];
        const removed = old.filter((_, k) => (k * 7 + seed) % 5 === 0);
        const added = Array.from({ length: nNew }, (_, k) => ({
          id: `n${k}`,
          referrers: old.length > 0 && k % 3 !== 2 ? [old[(k * 13 + seed) % old.length]!] : k > 0 && k % 3 === 2 ? [`n${k - 1}`] : [],
          referents: [],
        }));
        const change = { added, removed };
        const a = placeNodes(prev, change);
        checkInvariants(prev, change, a.positions);
        expect(a.fading).toEqual(removed);
        expect(placeNodes(prev, change).positions).toEqual(a.positions);
      }),
      { numRuns: 200 },
    );
  });

  it('places a new node near its referrer', () => {
    const prev = new Map<string, Point>([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 5000, y: 0 }],
    ]);
    const out = placeNodes(prev, { added: [{ id: 'n', referrers: ['b'], referents: [] }], removed: [] }).positions;
    expect(dist(out.get('n')!, { x: 5000, y: 0 })).toBeCloseTo(gap, 6);
  });

  it('over a recorded run, moving moment by moment: nothing that stays ever moves, and new nodes land near referrers', () => {
    const rec = new Recorder('3.11', 256);
    generate(rec, { seed: 11, events: 6_000, liveTarget: 150 }, () => rec.length);
    rec.finish();
    let positions = new Map<string, Point>();
    let near = 0;
    let placedWithReferrer = 0;
    for (let i = 0; i <= rec.length; i += 37) {
      const els = toElements(frameAt(rec, i));
      const change = layoutChange(new Set(positions.keys()), els.nodes, els.edges, (id) => !id.startsWith('c'));
      const out = placeNodes(positions, change).positions;
      checkInvariants(positions, change, out);
      for (const a of change.added) {
        const refs = a.referrers.map((r) => positions.get(r) ?? out.get(r)).filter((p) => p !== undefined);
        if (refs.length === 1) {
          placedWithReferrer++;
          if (dist(out.get(a.id)!, refs[0]!) <= DEFAULT_PLACE.maxRings * gap + 1e-6) near++;
        }
      }
      positions = out;
    }
    expect(placedWithReferrer).toBeGreaterThan(50);
    expect(near).toBe(placedWithReferrer);
  });
});
