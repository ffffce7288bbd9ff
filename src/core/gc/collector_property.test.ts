// Property tests of the collector over random object graphs built by real programs (lists, dicts and instances,
// random edges, roots held in __main__'s module dict, random deletions of edges and roots, gc.collect(g) for a
// random g, then a full collection):
// (a) every object reachable from a root is alive and intact (same edges, in the same order) afterwards;
// (b) everything unreachable is gone: gc.collect()'s results add up to the tracked objects that only a cycle kept
//     alive (refcounting freed the rest), and no unreachable node is left in gc.get_objects().
// The expectations come from the graph itself (reachability, strongly connected components, the tracking rules
// of CPYTHON-FACTS §2.4); a second test checks on a sample that CPython 3.11 prints the same thing, so the
// expectations are CPython's, not this model's.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProgram } from '../run';

type Kind = 'list' | 'dict' | 'inst';
interface Graph {
  readonly kinds: readonly Kind[];
  /** edges[i]: the targets of node i, in slot order (list items, dict keys e0…, attributes e0…). */
  readonly edges: readonly (readonly number[])[];
  /** Per node, which edge slots are deleted after the graph is built. */
  readonly dropped: readonly (readonly boolean[])[];
  readonly roots: readonly number[];
  /** Roots whose global is deleted again (`del rI`). */
  readonly droppedRoots: readonly boolean[];
  readonly generation: number;
}

const graphArb: fc.Arbitrary<Graph> = fc.integer({ min: 1, max: 10 }).chain((n) =>
  fc.record({
    kinds: fc.array(fc.constantFrom<Kind>('list', 'dict', 'inst'), { minLength: n, maxLength: n }),
    edges: fc.array(fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 3 }), { minLength: n, maxLength: n }),
    dropped: fc.array(fc.array(fc.integer({ min: 0, max: 4 }).map((x) => x === 0), { minLength: 3, maxLength: 3 }), { minLength: n, maxLength: n }),
    roots: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: 3 }),
    droppedRoots: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    generation: fc.integer({ min: 0, max: 2 }),
  }),
);

/** The edges still present once the dropped slots are deleted. */
function liveEdges(g: Graph, i: number): number[] {
  return g.edges[i]!.filter((_, k) => !g.dropped[i]![k]);
}

function reach(g: Graph, from: Iterable<number>, edgesOf: (i: number) => readonly number[]): Set<number> {
  const seen = new Set<number>();
  const stack = [...from];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (seen.has(i)) continue;
    seen.add(i);
    stack.push(...edgesOf(i));
  }
  return seen;
}

/** Nodes on a cycle (reachable from one of their own successors): refcounting alone cannot free them. */
function onCycle(g: Graph): number[] {
  const n = g.kinds.length;
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (reach(g, liveEdges(g, i), (j) => liveEdges(g, j)).has(i)) out.push(i);
  return out;
}

function program(g: Graph): string {
  const n = g.kinds.length;
  const L = ['import gc', 'gc.disable()', 'MARK = object()', 'class Node:', '    def __init__(self, i):', '        self.i = i', 'nodes = []'];
  for (let i = 0; i < n; i++) L.push({ list: `nodes.append([MARK, ${i}])`, dict: `nodes.append({MARK: ${i}})`, inst: `nodes.append(Node(${i}))` }[g.kinds[i]!]);
  for (let i = 0; i < n; i++) {
    g.edges[i]!.forEach((j, k) => {
      L.push({ list: `nodes[${i}].append(nodes[${j}])`, dict: `nodes[${i}]["e${k}"] = nodes[${j}]`, inst: `nodes[${i}].e${k} = nodes[${j}]` }[g.kinds[i]!]);
    });
  }
  for (let i = 0; i < n; i++) {
    g.edges[i]!.forEach((_, k) => {
      if (!g.dropped[i]![k]) return;
      L.push({ list: `nodes[${i}][${2 + k}] = None`, dict: `del nodes[${i}]["e${k}"]`, inst: `del nodes[${i}].e${k}` }[g.kinds[i]!]);
    });
  }
  g.roots.forEach((r) => L.push(`r${r} = nodes[${r}]`));
  L.push('del nodes');
  g.roots.forEach((r, k) => {
    if (g.droppedRoots[k]) L.push(`del r${r}`);
  });
  const kept = g.roots.filter((_, k) => !g.droppedRoots[k]);
  L.push(
    `a = gc.collect(${g.generation})`,
    'b = gc.collect()',
    'print(a + b)',
    'def key(o):',
    '    if type(o) is list:',
    '        return o[1]',
    '    if type(o) is dict:',
    '        return o[MARK]',
    '    return o.i',
    'def edges(o):',
    '    if type(o) is list:',
    '        return [key(x) for x in o[2:] if x is not None]',
    '    if type(o) is dict:',
    '        return [key(o[k]) for k in ("e0", "e1", "e2") if k in o]',
    '    return [key(getattr(o, k)) for k in ("e0", "e1", "e2") if hasattr(o, k)]',
    'def is_node(o):',
    '    return type(o) is Node or (type(o) is list and len(o) > 1 and o[0] is MARK) or (type(o) is dict and MARK in o)',
    'print(sorted(key(o) for o in gc.get_objects() if is_node(o)))',
    `todo = [${kept.map((r) => `r${r}`).join(', ')}]`,
    'seen = {}',
    'while todo:',
    '    o = todo.pop()',
    '    if key(o) in seen:',
    '        continue',
    '    seen[key(o)] = edges(o)',
    '    if type(o) is list:',
    '        todo.extend(x for x in o[2:] if x is not None)',
    '    elif type(o) is dict:',
    '        todo.extend(o[k] for k in ("e0", "e1", "e2") if k in o)',
    '    else:',
    '        todo.extend(getattr(o, k) for k in ("e0", "e1", "e2") if hasattr(o, k))',
    'for k in sorted(seen):',
    '    print(k, seen[k])',
  );
  return L.join('\n') + '\n';
}

/** What the program must print, from the graph alone. */
function expected(g: Graph): string {
  const n = g.kinds.length;
  const kept = g.roots.filter((_, k) => !g.droppedRoots[k]);
  const live = reach(g, kept, (i) => liveEdges(g, i));
  // Refcounting frees what neither a root nor a cycle holds; the collector frees the rest of the unreachable.
  const heldByCycle = reach(g, onCycle(g), (i) => liveEdges(g, i));
  // Lists and instances are tracked at creation; a dict from its first container value on (MAINTAIN_TRACKING),
  // and a full collection untracks a surviving dict that holds no container any more (untrack_dicts).
  const trackedWhileCollected = (i: number): boolean => g.kinds[i] !== 'dict' || g.edges[i]!.length > 0;
  const trackedAfter = (i: number): boolean => g.kinds[i] !== 'dict' || liveEdges(g, i).length > 0;
  let collected = 0;
  for (const i of heldByCycle) if (!live.has(i) && trackedWhileCollected(i)) collected++;
  const lines = [String(collected), `[${[...live].filter(trackedAfter).sort((x, y) => x - y).join(', ')}]`];
  for (let i = 0; i < n; i++) if (live.has(i)) lines.push(`${i} [${liveEdges(g, i).join(', ')}]`);
  return lines.join('\n') + '\n';
}

describe('collector properties over random graphs', () => {
  it('keeps everything reachable from a root intact and frees every unreachable cycle, counting it exactly', () => {
    fc.assert(
      fc.property(graphArb, (g) => {
        const r = runProgram(program(g), { profile: '3.11', filename: 'main.py' });
        expect(r.stderr).toBe('');
        expect(r.stdout).toBe(expected(g));
      }),
      { numRuns: 150, seed: 311 },
    );
  });

  const python = '/root/.pyenv/versions/3.11.7/bin/python3';
  it.skipIf(!existsSync(python))('states what CPython 3.11 prints (a sample of the same graphs run by python3.11)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hs-gcprop-'));
    try {
      for (const g of fc.sample(graphArb, { numRuns: 25, seed: 311 })) {
        const file = join(dir, 'main.py');
        writeFileSync(file, program(g));
        const out = execFileSync(python, [file], { env: { PYTHONHASHSEED: '0', PATH: '/usr/bin:/bin' }, encoding: 'utf8' });
        expect(out).toBe(expected(g));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
