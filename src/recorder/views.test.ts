import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setStrictSnapshots } from './keyframes';
import { Recorder } from './recorder';
import { generate } from './testing/synthetic';
import { applyViewDiff, diffViews } from './view-diff';
import { frameAt, refOrder } from './views';

setStrictSnapshots(true);

describe('view diff', () => {
  const rec = new Recorder('3.11', 256);
  generate(rec, { seed: 21, events: 30_000, liveTarget: 400 }, () => rec.length);
  rec.finish();

  it('applied to the earlier view gives the later one, for any two moments', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: rec.length }), fc.integer({ min: 0, max: rec.length }), (i, j) => {
        const a = frameAt(rec, i);
        const b = frameAt(rec, j);
        const d = diffViews(a, b);
        expect(applyViewDiff(a, d)).toEqual(b);
        expect(structuredClone(d)).toEqual(d);
      }),
      { numRuns: 60 },
    );
  });

  it('lists objects by id and references in refOrder, strictly (one slot once)', () => {
    for (const i of [0, 5000, 17_777, rec.length]) {
      const v = frameAt(rec, i);
      for (let k = 1; k < v.objects.length; k++) expect(v.objects[k - 1]!.id).toBeLessThan(v.objects[k]!.id);
      for (let k = 1; k < v.refs.length; k++) expect(refOrder(v.refs[k - 1]!, v.refs[k]!)).toBeLessThan(0);
      expect(new Set(v.refs.map((r) => r.slot)).size).toBe(v.refs.length);
    }
  });

  it('is small for one step', () => {
    const i = 12_345;
    const d = diffViews(frameAt(rec, i), frameAt(rec, i + 1));
    expect(d.addedObjects.length + d.updatedObjects.length + d.removedObjects.length).toBeLessThanOrEqual(2);
    expect(d.addedRefs.length + d.removedRefs.length).toBeLessThanOrEqual(2);
    expect(diffViews(frameAt(rec, i), frameAt(rec, i)).updatedObjects).toEqual([]);
  });
});
