// The difference between two moments' views (views.ts), so the renderer can update incrementally: objects by id,
// references by slot, and the other fields replaced whole. Unchanged records yield the very same cached view
// objects, so most of the comparison is by identity.

import { sortRefs, type AllocatorView, type MomentView, type ObjectView, type RefView } from './views';

/** The changes from one view to another, keyed by object id and reference slot; other fields are replaced whole. */
export interface ViewDiff {
  readonly from: number;
  readonly to: number;
  readonly addedObjects: readonly ObjectView[];
  readonly updatedObjects: readonly ObjectView[];
  readonly removedObjects: readonly number[];
  readonly addedRefs: readonly RefView[];
  readonly removedRefs: readonly RefView[];
  /** The other top-level fields that differ, with their new values. */
  readonly changed: Partial<Omit<MomentView, 'objects' | 'refs'>>;
}

function sameObject(a: ObjectView, b: ObjectView): boolean {
  if (a === b) return true;
  for (const k in a) if (a[k as keyof ObjectView] !== b[k as keyof ObjectView]) return false;
  return true;
}

export function diffViews(a: MomentView, b: MomentView): ViewDiff {
  const before = new Map(a.objects.map((o) => [o.id, o]));
  const addedObjects: ObjectView[] = [];
  const updatedObjects: ObjectView[] = [];
  for (const o of b.objects) {
    const old = before.get(o.id);
    if (old === undefined) addedObjects.push(o);
    else {
      before.delete(o.id);
      if (!sameObject(old, o)) updatedObjects.push(o);
    }
  }
  // Unchanged records yield the very same RefView objects (cached), so identity settles most references.
  const same = new Set<RefView>(a.refs);
  const fresh: RefView[] = [];
  for (const r of b.refs) if (!same.delete(r)) fresh.push(r);
  const oldRefs = new Map<string, RefView>();
  for (const r of same) oldRefs.set(`${r.slot}>${r.to}`, r);
  const addedRefs: RefView[] = [];
  for (const r of fresh) if (!oldRefs.delete(`${r.slot}>${r.to}`)) addedRefs.push(r);
  const changed: Record<string, unknown> = {};
  for (const k of Object.keys(b) as (keyof MomentView)[]) {
    if (k === 'objects' || k === 'refs') continue;
    const x = a[k];
    const y = b[k];
    if (x !== y && !(k === 'allocator' ? sameAllocator(a.allocator, b.allocator) : JSON.stringify(x) === JSON.stringify(y))) changed[k] = y;
  }
  return {
    from: a.index,
    to: b.index,
    addedObjects,
    updatedObjects,
    removedObjects: [...before.keys()],
    addedRefs,
    removedRefs: [...oldRefs.values()],
    changed: changed as ViewDiff['changed'],
  };
}

function sameAllocator(a: AllocatorView, b: AllocatorView): boolean {
  if (a.allocatedBlocks !== b.allocatedBlocks || a.arenas.length !== b.arenas.length) return false;
  for (let k = 0; k < a.arenas.length; k++) {
    const x = a.arenas[k]!;
    const y = b.arenas[k]!;
    if (x.index !== y.index || x.address !== y.address || x.pools.length !== y.pools.length) return false;
    for (let j = 0; j < x.pools.length; j++) if (x.pools[j] !== y.pools[j] && JSON.stringify(x.pools[j]) !== JSON.stringify(y.pools[j])) return false;
  }
  return JSON.stringify(a.sizeClasses) === JSON.stringify(b.sizeClasses) && JSON.stringify(a.systemBlocks) === JSON.stringify(b.systemBlocks);
}

/** Applies a diff to the view it was computed from; the result equals the diff's target view. */
export function applyViewDiff(a: MomentView, d: ViewDiff): MomentView {
  const objects = new Map(a.objects.map((o) => [o.id, o]));
  for (const id of d.removedObjects) objects.delete(id);
  for (const o of d.updatedObjects) objects.set(o.id, o);
  for (const o of d.addedObjects) objects.set(o.id, o);
  const gone = new Set(d.removedRefs.map((r) => `${r.slot}>${r.to}`));
  const refs = a.refs.filter((r) => !gone.has(`${r.slot}>${r.to}`)).concat(d.addedRefs);
  return {
    ...a,
    ...d.changed,
    objects: [...objects.values()].sort((x, y) => x.id - y.id),
    refs: sortRefs(refs),
  };
}
