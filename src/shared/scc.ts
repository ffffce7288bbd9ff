// Reference cycles of an object graph: the strongly connected components that reference counting
// alone can never free (what Modules/gcmodule.c exists for). Shared by the recorder's cyclesAt query
// and the renderer's reference graph, so both draw and answer the same cycles.
//
// Cost: O(nodes + edges), Tarjan's algorithm without recursion (a 100,000-long chain would overflow a
// recursive one).

/**
 * The cycles among `nodes`: components of more than one node, or one node that refers to itself. Each
 * component is sorted by id, the components by their first id. `targets(id)` lists id's referents; targets
 * outside `nodes` are the caller's to leave out.
 */
export function stronglyConnected(nodes: Iterable<number>, targets: (id: number) => readonly number[]): number[][] {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const out: number[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: [number, readonly number[], number][] = [[root, targets(root), 0]];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const [v, ts] = top;
      if (top[2] < ts.length) {
        const w = ts[top[2]++]!;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push([w, targets(w), 0]);
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
        if (comp.length > 1 || ts.includes(v)) out.push(comp.sort((a, b) => a - b));
      }
    }
  }
  return out.sort((a, b) => a[0]! - b[0]!);
}
