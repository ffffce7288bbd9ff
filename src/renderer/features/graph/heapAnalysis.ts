// The reference graph's reading of one moment: strongly connected components of the object graph (the cycles
// reference counting alone cannot free) and what is reachable from the roots (module globals, frame locals and
// value stacks, and whatever is held from outside the object graph), so a cycle nothing reaches is drawn as
// "unreachable, awaiting collection" — what Modules/gcmodule.c's move_unreachable would find if a collection ran
// now (over every generation).
//
// Cost: O(objects + references) per moment (Tarjan, iterative, and one BFS); runs once per rendered moment.

import type { MomentView } from '../../../recorder/views';
import { stronglyConnected as sccOf } from '../../../shared/scc';

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

/**
 * Object-to-object adjacency of a view (references from frames are roots, not edges of the object graph). Weak
 * references are left out: a weakref's tp_traverse does not visit its referent, so to the collector they make
 * no cycle and keep nothing reachable.
 */
export function adjacency(view: MomentView): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const o of view.objects) out.set(o.id, []);
  for (const r of view.refs) {
    if (r.fromKind !== 'object' || r.weak) continue;
    const list = out.get(r.from);
    if (list !== undefined && out.has(r.to)) list.push(r.to);
  }
  return out;
}

/** The cycles of the object graph (src/shared/scc.ts), visiting objects in id order. */
export function stronglyConnected(adj: ReadonlyMap<number, readonly number[]>): number[][] {
  return sccOf([...adj.keys()].sort((a, b) => a - b), (id) => adj.get(id) ?? []);
}

/**
 * Objects holding references no drawn reference accounts for: refcount minus the strong references from other
 * objects of the view, as Modules/gcmodule.c's update_refs / subtract_refs leave gc_refs. Something outside the
 * object graph holds them (the interpreter's module table, a C stack, a frame), so they are reachable whatever
 * the roots say. A reference the view does not carry errs on the safe side: the object counts as held.
 */
export function externallyHeld(view: MomentView): number[] {
  const internal = new Map<number, number>();
  for (const r of view.refs) if (r.fromKind === 'object' && !r.weak) internal.set(r.to, (internal.get(r.to) ?? 0) + 1);
  return view.objects.filter((o) => o.refcnt > (internal.get(o.id) ?? 0)).map((o) => o.id);
}

/**
 * The objects a root reaches: view.roots, every object a frame holds (locals, cells, value stack), and every object
 * held from outside the object graph (externallyHeld) — the collector's own notion of reachable.
 */
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
  for (const id of externallyHeld(view)) visit(id);
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
