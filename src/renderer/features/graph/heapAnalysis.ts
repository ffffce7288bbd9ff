// The reference graph's reading of one moment: strongly connected components of the object graph (the cycles
// reference counting alone cannot free) and what is reachable from the roots (module globals, frame locals and
// value stacks), so a cycle no root reaches is drawn as "unreachable, awaiting collection" — what
// Modules/gcmodule.c's move_unreachable would find if a collection ran now (over every generation).
//
// Cost: O(objects + references) per moment (Tarjan, iterative, and one BFS); runs once per rendered moment.

import type { MomentView } from '../../../recorder/views';

export interface HeapAnalysis {
  /** Cycles: SCCs of more than one object, or one object referring to itself; each sorted, listed by first id. */
  readonly cycles: readonly (readonly number[])[];
  /** Object id → index into cycles. */
  readonly cycleOf: ReadonlyMap<number, number>;
  /** Objects reachable from a root, a frame's locals/cells or a value stack. */
  readonly reachable: ReadonlySet<number>;
  /** Indices of cycles no root reaches: garbage only the cyclic collector can free. */
  readonly awaiting: ReadonlySet<number>;
}

/** Object-to-object adjacency of a view (references from frames are roots, not edges of the object graph). */
export function adjacency(view: MomentView): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const o of view.objects) out.set(o.id, []);
  for (const r of view.refs) {
    if (r.fromKind !== 'object') continue;
    const list = out.get(r.from);
    if (list !== undefined && out.has(r.to)) list.push(r.to);
  }
  return out;
}

/** Tarjan's algorithm without recursion (a 2,000-object chain would overflow a recursive one). */
export function stronglyConnected(adj: ReadonlyMap<number, readonly number[]>): number[][] {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const out: number[][] = [];
  let counter = 0;
  const ids = [...adj.keys()].sort((a, b) => a - b);
  for (const root of ids) {
    if (index.has(root)) continue;
    const work: [number, readonly number[], number][] = [[root, adj.get(root) ?? [], 0]];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const [v, targets] = top;
      if (top[2] < targets.length) {
        const w = targets[top[2]++]!;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push([w, adj.get(w) ?? [], 0]);
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]![0];
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === index.get(v)) {
        const comp: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          comp.push(w);
        } while (w !== v);
        if (comp.length > 1 || targets.includes(v)) out.push(comp.sort((a, b) => a - b));
      }
    }
  }
  return out.sort((a, b) => a[0]! - b[0]!);
}

/** The objects a root reaches: view.roots, and every object a frame holds (locals, cells, value stack). */
export function reachableFromRoots(view: MomentView, adj: ReadonlyMap<number, readonly number[]>): Set<number> {
  const seen = new Set<number>();
  const work: number[] = [];
  const visit = (id: number): void => {
    if (!seen.has(id) && adj.has(id)) {
      seen.add(id);
      work.push(id);
    }
  };
  for (const r of view.roots) visit(r.object);
  for (const r of view.refs) if (r.fromKind === 'frame') visit(r.to);
  for (const f of view.frames) for (const id of f.stack) visit(id);
  while (work.length > 0) for (const to of adj.get(work.pop()!) ?? []) visit(to);
  return seen;
}

export function analyseHeap(view: MomentView): HeapAnalysis {
  const adj = adjacency(view);
  const cycles = stronglyConnected(adj);
  const reachable = reachableFromRoots(view, adj);
  const cycleOf = new Map<number, number>();
  const awaiting = new Set<number>();
  cycles.forEach((c, k) => {
    for (const id of c) cycleOf.set(id, k);
    if (!reachable.has(c[0]!)) awaiting.add(k);
  });
  return { cycles, cycleOf, reachable, awaiting };
}
