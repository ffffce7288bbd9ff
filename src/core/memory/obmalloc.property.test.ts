// Property tests of the obmalloc model: random malloc/free/realloc sequences (>= 10,000 operations per run)
// against the invariants of obmalloc.ts (recounted by invariants.ts) and against a naive second model
// (testing/referenceHeap.ts), operation by operation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProfileName } from '../api';
import { ALLOCATOR_GEOMETRY, BlockState, createHeap, type Address, type HeapListener } from './index';
import { checkHeapInvariants } from './invariants';
import { ReferenceHeap } from './testing/referenceHeap';

type Op =
  | { readonly k: 'malloc'; readonly n: number }
  | { readonly k: 'free'; readonly i: number }
  | { readonly k: 'mallocRun'; readonly n: number; readonly len: number }
  | { readonly k: 'freeRun'; readonly i: number; readonly len: number }
  | { readonly k: 'realloc'; readonly i: number; readonly n: number };

const size = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(8, 24, 32, 100, 448, 500) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 512 }) },
  { weight: 1, arbitrary: fc.oneof(fc.constant(0), fc.integer({ min: 513, max: 4000 })) },
);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ k: fc.constant('malloc' as const), n: size }) },
  { weight: 8, arbitrary: fc.record({ k: fc.constant('free' as const), i: fc.nat() }) },
  // Bursts make whole arenas fill up and drain, so that new_arena and the release rule are exercised.
  { weight: 1, arbitrary: fc.record({ k: fc.constant('mallocRun' as const), n: size, len: fc.integer({ min: 100, max: 2000 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('freeRun' as const), i: fc.nat(), len: fc.integer({ min: 50, max: 3000 }) }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('realloc' as const), i: fc.nat(), n: size }) },
);
const program = fc.array(op, { minLength: 10_000, maxLength: 12_000 });

/** What the runs reached, so that a test also fails if the generator stops exercising arenas. */
const reached = { arenasHighwater: 0, released: 0 };

/** A plain check: vitest's expect costs microseconds, too much for a call per simulated operation. */
function check(cond: boolean, what: () => string): void {
  if (!cond) throw new Error(what());
}

function run(profile: ProfileName, ops: readonly Op[]): void {
  const g = ALLOCATOR_GEOMETRY[profile];
  const heap = createHeap(g);
  const ref = new ReferenceHeap(g);
  let released = 0;
  const listener: HeapListener = {
    onDidAlloc() {},
    onDidFree() {},
    onDidRealloc() {},
    onDidChangePool() {},
    onDidChangeArena(event) {
      if (event === 'arena-released') released++;
    },
  };
  heap.setListener(listener);
  const live: Address[] = [];
  const small = new Set<Address>();
  const handedOut = new Set<Address>();
  const isSmall = (n: number): boolean => n > 0 && n <= g.SMALL_REQUEST_THRESHOLD;

  const checkNew = (a: Address, n: number, fromSystemRealloc = false): void => {
    if (handedOut.has(a)) throw new Error(`block 0x${a.toString(16)} handed out twice`);
    handedOut.add(a);
    check(a % g.ALIGNMENT === 0, () => `unaligned 0x${a.toString(16)}`);
    const info = heap.blockInfo(a);
    if (isSmall(n) && !fromSystemRealloc) {
      if (info?.kind !== 'pymalloc') throw new Error('small request not served by pymalloc');
      check(info.state === BlockState.USED, () => 'new block not in use');
      check(info.blockSize >= n, () => 'block too small');
      check(a - info.poolAddress >= g.POOL_OVERHEAD, () => 'block inside the pool header');
      check(a + info.blockSize - info.poolAddress <= g.POOL_SIZE, () => 'block past its pool');
    } else if (info?.kind !== 'system') throw new Error('large request not served by the system heap');
  };
  const release = (a: Address): void => {
    handedOut.delete(a);
    small.delete(a);
  };
  const freeAt = (j: number): void => {
    const a = live[j];
    heap.free(a);
    if (small.has(a)) ref.free(a);
    release(a);
    live[j] = live[live.length - 1];
    live.pop();
  };

  ops.forEach((o, step) => {
    switch (o.k) {
      case 'malloc':
      case 'mallocRun': {
        const len = o.k === 'malloc' ? 1 : o.len;
        for (let r = 0; r < len; r++) {
          const a = heap.malloc(o.n);
          checkNew(a, o.n);
          if (isSmall(o.n)) {
            const b = ref.malloc(o.n);
            check(a === b, () => `step ${step}: malloc(${o.n}) gave 0x${a.toString(16)}, reference 0x${b.toString(16)}`);
            small.add(a);
          }
          live.push(a);
        }
        break;
      }
      case 'free':
        if (live.length > 0) freeAt(o.i % live.length);
        break;
      case 'freeRun':
        for (let r = 0; r < o.len && live.length > 0; r++) freeAt((o.i + r) % live.length);
        break;
      case 'realloc': {
        if (live.length === 0) break;
        const j = o.i % live.length;
        const a = live[j];
        const wasSmall = small.has(a);
        const b = heap.realloc(a, o.n);
        if (b !== a) {
          release(a);
          // A system block stays with the system realloc whatever the new size.
          checkNew(b, o.n, !wasSmall);
          if (wasSmall && isSmall(o.n)) small.add(b);
        }
        if (wasSmall) {
          // pymalloc's block: the reference decides in place vs move on its own.
          if (isSmall(o.n)) {
            const c = ref.realloc(a, o.n);
            check(c === b, () => `step ${step}: realloc(${o.n}) gave 0x${b.toString(16)}, reference 0x${c.toString(16)}`);
          }
          else ref.free(a);
        }
        live[j] = b;
        break;
      }
      default: {
        const never: never = o;
        throw new Error(`unknown op ${String(never)}`);
      }
    }
    if (step % 2000 === 1999) {
      expect(checkHeapInvariants(heap)).toEqual([]);
      expect(heap.usableArenas().map((a) => [a.index, a.nfreepools])).toEqual(ref.usableArenas());
    }
  });
  expect(checkHeapInvariants(heap)).toEqual([]);
  for (let c = 0; c < g.NB_SMALL_SIZE_CLASSES; c++) expect(heap.usedPools(c)).toEqual(ref.usedPools(c));
  expect(heap.getAllocatedBlocks()).toBe(live.length);
  expect(released).toBe(heap.arenaCounters().arenasReclaimed);
  expect(released).toBe(ref.released);
  reached.arenasHighwater = Math.max(reached.arenasHighwater, heap.arenaCounters().arenasHighwater);
  reached.released += released;
  // Free everything: 3.8 returns every arena, 3.9+ keeps exactly one.
  while (live.length > 0) freeAt(live.length - 1);
  expect(checkHeapInvariants(heap)).toEqual([]);
  const kept = heap.arenaCounters().arenasCurrent;
  const everMapped = heap.arenaCounters().arenasAllocatedTotal;
  expect(kept).toBe(everMapped === 0 ? 0 : g.RELEASE_LAST_ARENA ? 0 : 1);
}

describe.each([
  ['3.8', 8],
  ['3.9', 4],
  ['3.10', 3],
  ['3.11', 8],
  ['3.12', 3],
  ['3.13', 3],
] as const)('obmalloc %s under random programs', (profile, numRuns) => {
  it(`keeps every invariant and agrees with the reference model (${numRuns} runs of >= 10,000 ops)`, () => {
    reached.arenasHighwater = 0;
    reached.released = 0;
    // fc.check rather than fc.assert: a counterexample of 10,000 operations is too long to print usefully.
    const r = fc.check(fc.property(program, (ops) => run(profile, ops)), { numRuns, seed: 20261125, endOnFailure: true });
    expect(r.failed ? `after ${r.numRuns} runs: ${String(r.errorInstance)}` : 'ok').toBe('ok');
    expect(r.numRuns).toBe(numRuns);
    expect(reached.arenasHighwater).toBeGreaterThanOrEqual(4);
    expect(reached.released).toBeGreaterThan(0);
  });
});
