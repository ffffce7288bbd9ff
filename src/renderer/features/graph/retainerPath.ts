// "Why is this object alive?" on the graph: the shortest path of references from a root (a root object, a
// frame's locals or cells, a value stack) to the selected object, as the graph's element ids, so the graph can
// highlight it or show nothing else. The same breadth-first search as the recorder's whyAlive (queries.ts),
// over the view instead of the recorded state. Null when no root reaches it (garbage awaiting collection).
//
// Cost: O(objects + references) per query.

import type { MomentView, RefView } from '../../../recorder/views';

export interface RetainerPath {
  /** Object ids from the first one a root holds to the target. */
  readonly objects: readonly number[];
  /** Edge ids (graphElements.ts) along the path, root or frame edge first. */
  readonly edges: readonly string[];
}

export const refEdgeId = (r: RefView): string => `e${r.slot}>${r.to}`;
export const rootEdgeId = (object: number): string => `er${object}`;

export function retainerPath(view: MomentView, target: number): RetainerPath | null {
  const alive = new Set(view.objects.map((o) => o.id));
  if (!alive.has(target)) return null;
  const out = new Map<number, RefView[]>();
  // A weak reference keeps nothing alive: it is never part of a retainer path.
  for (const r of view.refs) if (r.fromKind === 'object' && !r.weak) (out.get(r.from) ?? out.set(r.from, []).get(r.from)!).push(r);
  /** How each object was first reached: the edge id and the previous object (-1 from a root or frame). */
  const prev = new Map<number, { edge: string; from: number }>();
  const queue: number[] = [];
  const reach = (to: number, edge: string, from: number): void => {
    if (prev.has(to) || !alive.has(to)) return;
    prev.set(to, { edge, from });
    queue.push(to);
  };
  for (const r of view.roots) reach(r.object, rootEdgeId(r.object), -1);
  // Innermost frame first, like whyAlive; a frame's value stack is held through the same frame.
  const byFrame = new Map<number, RefView[]>();
  for (const r of view.refs) if (r.fromKind === 'frame') (byFrame.get(r.from) ?? byFrame.set(r.from, []).get(r.from)!).push(r);
  for (let k = view.frames.length - 1; k >= 0; k--) for (const r of byFrame.get(view.frames[k]!.id) ?? []) reach(r.to, refEdgeId(r), -1);
  for (let q = 0; q < queue.length && !prev.has(target); q++) for (const r of out.get(queue[q]!) ?? []) reach(r.to, refEdgeId(r), queue[q]!);
  if (!prev.has(target)) return null;
  const objects: number[] = [];
  const edges: string[] = [];
  for (let cur = target; cur !== -1; ) {
    const step = prev.get(cur)!;
    objects.push(cur);
    edges.push(step.edge);
    cur = step.from;
  }
  return { objects: objects.reverse(), edges: edges.reverse() };
}
