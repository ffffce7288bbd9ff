// Models the set algebra of Objects/setobject.c (3.11) on the table emulation of settable.ts, because the
// result's iteration order depends on the algorithm: set_intersection (iterates the smaller set),
// set_difference (copy-and-update when len(so)/4 > len(other)), set_symmetric_difference (starts from a copy
// of other), set_or/set_union (copy then update), set_intersection_update (the result's table is swapped in),
// set_difference_update_internal and set_symmetric_difference_update, for set (or frozenset) operands.
// Iterable operands are the VM's loop over setAdd/setDiscard/setContains with the hashes it computes.

import {
  newSetTable, setAdd, setContains, setDiscard, setEntries, setMerge, setPurgeDummiesAfterDifferenceUpdate,
  type KeyEq, type SetTableState,
} from './settable';

/** set_clear_internal (the pop finger is left as it was). */
function clearKeepFinger<K>(so: SetTableState<K>): void {
  const e = newSetTable<K>();
  Object.assign(so, { mask: e.mask, fill: e.fill, used: e.used, slots: e.slots });
}

/** set_copy / make_new_set(type, so): a new table filled by set_merge. */
export function setCopy<K>(so: SetTableState<K>, eq: KeyEq<K>): SetTableState<K> {
  const r = newSetTable<K>();
  setMerge(r, so, eq);
  return r;
}

/** so | other (set_or): a copy of so, updated with other. */
export function setUnion<K>(so: SetTableState<K>, other: SetTableState<K>, eq: KeyEq<K>): SetTableState<K> {
  const r = setCopy(so, eq);
  if (other !== so) setMerge(r, other, eq);
  return r;
}

/** so & other (set_intersection with a set): iterates the smaller one, keeping its key objects. */
export function setIntersection<K>(so: SetTableState<K>, other: SetTableState<K>, eq: KeyEq<K>): SetTableState<K> {
  if (so === other) return setCopy(so, eq);
  let big = so;
  let small = other;
  if (other.used > so.used) {
    big = other;
    small = so;
  }
  const r = newSetTable<K>();
  for (const e of setEntries(small)) if (setContains(big, e.key, e.hash, eq)) setAdd(r, e.key, e.hash, eq);
  return r;
}

/** so &= other (set_intersection_update): the intersection's table replaces so's. */
export function setIntersectionUpdate<K>(so: SetTableState<K>, other: SetTableState<K>, eq: KeyEq<K>): void {
  const r = setIntersection(so, other, eq);
  Object.assign(so, { mask: r.mask, fill: r.fill, used: r.used, slots: r.slots });
}

/** so -= other with a set other (set_difference_update_internal): discard each of other's keys, then purge. */
export function setDifferenceUpdate<K>(so: SetTableState<K>, other: SetTableState<K>, eq: KeyEq<K>): void {
  if (so === other) {
    clearKeepFinger(so);
    return;
  }
  for (const e of setEntries(other)) setDiscard(so, e.key, e.hash, eq);
  setPurgeDummiesAfterDifferenceUpdate(so);
}

/** so - other with a set other (set_difference). */
export function setDifference<K>(so: SetTableState<K>, other: SetTableState<K>, eq: KeyEq<K>): SetTableState<K> {
  if (so.used >> 2 > other.used) {
    const r = setCopy(so, eq);
    setDifferenceUpdate(r, other, eq);
    return r;
  }
  const r = newSetTable<K>();
  for (const e of setEntries(so)) if (!setContains(other, e.key, e.hash, eq)) setAdd(r, e.key, e.hash, eq);
  return r;
}

/** so ^= other with a set other (set_symmetric_difference_update). */
export function setSymmetricDifferenceUpdate<K>(so: SetTableState<K>, other: SetTableState<K>, eq: KeyEq<K>): void {
  if (so === other) {
    clearKeepFinger(so);
    return;
  }
  for (const e of setEntries(other)) {
    if (!setDiscard(so, e.key, e.hash, eq)) setAdd(so, e.key, e.hash, eq);
  }
}

/** so ^ other (set_symmetric_difference): a copy of other, updated with so. */
export function setSymmetricDifference<K>(so: SetTableState<K>, other: SetTableState<K>, eq: KeyEq<K>): SetTableState<K> {
  const r = setCopy(other, eq);
  setSymmetricDifferenceUpdate(r, so, eq);
  return r;
}
