// Tests of the cyclic collector model: the phase events carry gc_refs for every object of the collected
// generation, and (property) a full collection frees exactly the objects unreachable from the roots.
import { describe, it, expect, afterEach } from 'vitest';
import fc from 'fast-check';
import { runProgram } from '../run';
import { setGcListener, type GcListener } from './collect';
import { GcPhase, GcReach } from '../trace/events';
import type { PyObject } from '../objects/object';

const run = (src: string) => runProgram(src, { profile: '3.11', filename: 'main.py' });

afterEach(() => setGcListener(null));

describe('collection phases', () => {
  it('reports gc_refs for every object of the young generation in update_refs, subtract_refs and move_unreachable', () => {
    const seen: { phase: GcPhase; refs: Map<PyObject, [number, GcReach]> }[] = [];
    const generations: number[] = [];
    const l: GcListener = {
      start: (g) => generations.push(g),
      phase: (p) => seen.push({ phase: p, refs: new Map() }),
      refs: (o, r, reach) => seen[seen.length - 1]!.refs.set(o, [r, reach]),
      stop: () => {},
    };
    setGcListener(l);
    const r = run('import gc\ngc.disable()\na = []\nb = [a]\na.append(b)\ndel a, b\nkeep = [1]\nprint(gc.collect(0))\n');
    expect(r.stdout).toBe('2\n');
    // gc.collect(0), then the two shutdown collections (before and after __main__'s globals are cleared).
    expect(generations).toEqual([0, 2, 2]);
    const upd = seen.find((s) => s.phase === GcPhase.UPDATE_REFS)!;
    const sub = seen.find((s) => s.phase === GcPhase.SUBTRACT_REFS)!;
    const mv = seen.find((s) => s.phase === GcPhase.MOVE_UNREACHABLE)!;
    expect(upd.refs.size).toBeGreaterThan(2);
    // Every object counted in update_refs appears with a value in the next two phases.
    for (const o of upd.refs.keys()) {
      expect(sub.refs.has(o)).toBe(true);
      expect(mv.refs.has(o)).toBe(true);
      expect(upd.refs.get(o)![0]).toBeGreaterThanOrEqual(1);
    }
    // The two cycle lists: refcount 1 each, gc_refs 0 after subtract_refs, tentatively unreachable.
    const garbage = [...mv.refs].filter(([, [, reach]]) => reach === GcReach.TENTATIVELY_UNREACHABLE);
    expect(garbage.length).toBe(2);
    for (const [o] of garbage) {
      expect(upd.refs.get(o)![0]).toBe(1);
      expect(sub.refs.get(o)![0]).toBe(0);
    }
  });

  it('frees a 100,000-long chain of lists without overflowing the JavaScript stack', () => {
    const r = run('import gc\nhead = None\nfor i in range(100000):\n    head = [head]\ndel head\nprint(gc.collect())\n');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('0\n');
  });

  it('frees a 20,000-long cycle through the collector (tp_clear then refcounting)', () => {
    const r = run('import gc\ngc.disable()\nfirst = [None]\nhead = first\nfor i in range(20000):\n    head = [head]\nfirst[0] = head\ndel head, first\nprint(gc.collect())\n');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('20001\n');
  });
});

/** A random object graph: node i points to `edges[i]`; `roots` are kept in a global list. */
const graphArb = fc
  .integer({ min: 1, max: 12 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: 3 }), { minLength: n, maxLength: n }),
      roots: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: n }),
    }),
  );

function reachable(n: number, edges: number[][], roots: number[]): boolean[] {
  const seen = new Array<boolean>(n).fill(false);
  const stack = [...roots];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (seen[i]) continue;
    seen[i] = true;
    for (const j of edges[i]!) stack.push(j);
  }
  return seen;
}

describe('collector properties', () => {
  it('a full collection keeps every object reachable from a root and frees every other one', () => {
    fc.assert(
      fc.property(graphArb, fc.integer({ min: 0, max: 2 }), ({ n, edges, roots }, gen) => {
        const lines = [
          'import gc, weakref',
          'gc.disable()',
          'class Node:',
          '    pass',
          `nodes = [Node() for _ in range(${n})]`,
          ...edges.map((es, i) => `nodes[${i}].out = [${es.map((j) => `nodes[${j}]`).join(', ')}]`),
          `roots = [${roots.map((i) => `nodes[${i}]`).join(', ')}]`,
          'refs = [weakref.ref(x) for x in nodes]',
          'del nodes',
          `gc.collect(${gen})`,
          'gc.collect()',
          "print(''.join('1' if r() is not None else '0' for r in refs))",
        ];
        const r = run(lines.join('\n') + '\n');
        const want = reachable(n, edges, roots).map((b) => (b ? '1' : '0')).join('');
        expect(r.stderr).toBe('');
        expect(r.stdout).toBe(want + '\n');
      }),
      { numRuns: 60, seed: 5 },
    );
  });
});

describe('tracking events', () => {
  it('reports a new list in generation 0, its promotion by collect(0) and its untracking at deallocation', async () => {
    const { setTrackListener } = await import('./state');
    const moves: number[] = [];
    let target: PyObject | null = null;
    const { PyList, PyInt } = await import('../objects/models');
    setTrackListener((o, g) => {
      // The list x = [12345]: found by its item once it has been filled in.
      if (target === null && o instanceof PyList && o.items.length === 1) {
        const it = o.items[0];
        if (it instanceof PyInt && it.v === 12345) target = o;
      }
      if (o === target) moves.push(g);
    });
    try {
      const r = run('import gc\ngc.disable()\ngc.collect()\nx = [12345]\ngc.collect(0)\ngc.collect(1)\ndel x\nprint("ok")\n');
      expect(r.stdout).toBe('ok\n');
    } finally {
      setTrackListener(null);
    }
    // Linked into generation 0 at creation, promoted by collect(0) and collect(1), untracked by its dealloc.
    expect(moves).toEqual([0, 1, 2, -1]);
  });
});
