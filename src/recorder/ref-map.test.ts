import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RefMap } from './ref-map';

describe('RefMap', () => {
  it('reads like a Map after any sequence of sets and deletes, and its shape depends on its contents only', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 1e6 })), { maxLength: 400 }), (ops) => {
        let r = RefMap.EMPTY;
        const model = new Map<number, number>();
        for (const [set, key, value] of ops) {
          if (set) {
            r = r.with(key, value);
            model.set(key, value);
          } else {
            r = r.without(key);
            model.delete(key);
          }
        }
        expect(r.size).toBe(model.size);
        for (const [k, v] of model) expect(r.get(k)).toBe(v);
        expect(new Map(r)).toEqual(model);
        expect([...r.values()].sort((a, b) => a - b)).toEqual([...model.values()].sort((a, b) => a - b));
        // Invariant 1: the same entries, however reached, give the same pages.
        const rebuilt = RefMap.from(model);
        expect(rebuilt.pages.map((p) => [...p].sort((a, b) => a[0] - b[0]))).toEqual(r.pages.map((p) => [...p].sort((a, b) => a[0] - b[0])));
      }),
      { numRuns: 200 },
    );
  });

  it('never changes the map it was derived from, and shares the pages a change does not touch', () => {
    const big = RefMap.from(Array.from({ length: 2000 }, (_, i) => [i * 16 + 5, i] as const));
    const copy = new Map(big);
    const next = big.with(7 * 16 + 5, 99).without(8 * 16 + 5);
    expect(new Map(big)).toEqual(copy);
    expect(next.get(7 * 16 + 5)).toBe(99);
    expect(next.has(8 * 16 + 5)).toBe(false);
    expect(next.size).toBe(1999);
    const shared = next.pages.filter((p, k) => p === big.pages[k]).length;
    expect(shared).toBe(big.pages.length - 2);
    expect(big.without(123_456)).toBe(big);
  });
});
