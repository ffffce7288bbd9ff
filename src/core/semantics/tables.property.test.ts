import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashInt } from './hash';
import { newSetTable, setAdd, setDiscard, setKeys, setPop, type SetTableState } from './settable';
import { dictDelete, dictInsertNew, dictNew, usableFraction } from './dictkeys';

const eq = (a: bigint, b: bigint): boolean => a === b;

function checkSetInvariants(so: SetTableState<bigint>): void {
  expect(so.slots.length).toBe(so.mask + 1);
  expect((so.mask + 1) & so.mask).toBe(0);
  const active = so.slots.filter((s) => s !== null && !('dummy' in s)).length;
  const dummies = so.slots.filter((s) => s !== null && 'dummy' in s).length;
  expect(active).toBe(so.used);
  expect(active + dummies).toBe(so.fill);
  expect(so.fill).toBeLessThan(so.mask + 1); // at least one empty slot ends every probe
  expect(new Set(setKeys(so)).size).toBe(so.used);
}

describe('set table invariants', () => {
  it('hold after any sequence of add / discard / pop', () => {
    const op = fc.oneof(
      fc.record({ k: fc.constant('add' as const), v: fc.bigInt(-40n, 200n) }),
      fc.record({ k: fc.constant('discard' as const), v: fc.bigInt(-40n, 200n) }),
      fc.record({ k: fc.constant('pop' as const), v: fc.constant(0n) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const so = newSetTable<bigint>();
        const model = new Set<bigint>();
        for (const { k, v } of ops) {
          if (k === 'add') {
            expect(setAdd(so, v, hashInt(v), eq)).toBe(!model.has(v));
            model.add(v);
          } else if (k === 'discard') {
            expect(setDiscard(so, v, hashInt(v), eq)).toBe(model.delete(v));
          } else if (model.size > 0) {
            expect(model.delete(setPop(so))).toBe(true);
          }
          checkSetInvariants(so);
        }
        expect(new Set(setKeys(so))).toEqual(model);
      }),
      { numRuns: 200 },
    );
  });
});

describe('dict keys invariants', () => {
  it('usable + nentries is the usable fraction of the table; used ≤ nentries', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.boolean()), { maxLength: 400 }), (ops) => {
        const d = dictNew();
        for (const [insert, isStr] of ops) {
          if (insert || d.used === 0) dictInsertNew(d, isStr);
          else dictDelete(d);
          expect(d.usable + d.nentries).toBe(usableFraction(2 ** d.log2Size));
          expect(d.used).toBeLessThanOrEqual(d.nentries);
          expect(d.usable).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
