// Models the hash table of set and frozenset from Objects/setobject.c (3.11): set_add_entry (linear probing
// of LINEAR_PROBES = 9 slots, then perturbation; a new key reuses the last dummy seen on its probe path),
// set_insert_clean, set_table_resize, set_merge, the dict branch of set_update_internal, set_discard_entry,
// set_pop's finger, set_clear_internal, set_difference_update's dummy purge, frozenset_hash, and the sizes
// sys.getsizeof reports. Keys are opaque; the VM supplies each key's hash and an equality callback.
//
// Invariants (hold between calls):
//  1. slots.length === mask + 1, a power of two ≥ 8; small === (mask === 7) means the inline smalltable.
//  2. used = number of active slots; fill = used + number of dummy slots; fill ≤ mask.
//  3. after an insertion into an unused slot, fill × 5 < mask × 3 (otherwise the table was resized).
//  4. iteration order is slot order.
// Not modelled: an __eq__ that mutates the set during a lookup (CPython restarts the probe).
//
// The state is plain data (arrays of plain records), mutated in place, so it works on immer drafts.

import { ExcType, pyErr } from './errors';

export const PySet_MINSIZE = 8;
export const LINEAR_PROBES = 9;
export const PERTURB_SHIFT = 5n;
/** sizeof(PySetObject) + the GC pre-header: the value of sys.getsizeof(set()) in 3.11. */
export const SET_OBJECT_SIZE = 216;
/** sizeof(setentry): a key pointer and a hash. */
export const SETENTRY_SIZE = 16;

export interface ActiveSlot<K> {
  readonly key: K;
  readonly hash: bigint;
}
/** A deleted slot (CPython's `dummy` key with hash -1). */
export interface DummySlot {
  readonly dummy: true;
}
export type SetSlot<K> = ActiveSlot<K> | DummySlot | null;

export interface SetTableState<K> {
  mask: number;
  fill: number;
  used: number;
  finger: number;
  slots: SetSlot<K>[];
}

export type KeyEq<K> = (stored: K, key: K) => boolean;

const isActive = <K>(s: SetSlot<K>): s is ActiveSlot<K> => s !== null && !('dummy' in s);
const U64 = (1n << 64n) - 1n;

export function newSetTable<K>(): SetTableState<K> {
  return { mask: PySet_MINSIZE - 1, fill: 0, used: 0, finger: 0, slots: new Array<SetSlot<K>>(PySet_MINSIZE).fill(null) };
}

/** Whether the table is the inline smalltable (no separate allocation). */
export function setIsSmall<K>(so: SetTableState<K>): boolean {
  return so.mask === PySet_MINSIZE - 1;
}

/** Bytes of the separately allocated table (PyMem_NEW(setentry, mask + 1)), or 0 for the smalltable. */
export function setTableBytes<K>(so: SetTableState<K>): number {
  return setIsSmall(so) ? 0 : (so.mask + 1) * SETENTRY_SIZE;
}

/** sys.getsizeof(s) (set___sizeof__ + 16 bytes of GC header). */
export function setSizeof<K>(so: SetTableState<K>): number {
  return SET_OBJECT_SIZE + setTableBytes(so);
}

function nextIndex(i: number, perturb: bigint, mask: number): number {
  return Number((BigInt(i * 5 + 1) + perturb) & BigInt(mask));
}

/** set_lookkey: the slot index holding an equal key, or -1. */
export function setLookup<K>(so: SetTableState<K>, key: K, hash: bigint, eq: KeyEq<K>): number {
  const mask = so.mask;
  let perturb = hash & U64;
  let i = Number(perturb & BigInt(mask));
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    do {
      const e = so.slots[j]!;
      if (e === null) return -1;
      if (isActive(e) && e.hash === hash && eq(e.key, key)) return j;
      j++;
    } while (probes-- > 0);
    perturb >>= PERTURB_SHIFT;
    i = nextIndex(i, perturb, mask);
  }
}

export function setContains<K>(so: SetTableState<K>, key: K, hash: bigint, eq: KeyEq<K>): boolean {
  return setLookup(so, key, hash, eq) >= 0;
}

/** set_add_entry. Returns true when the key was added, false when an equal key was already present. */
export function setAdd<K>(so: SetTableState<K>, key: K, hash: bigint, eq: KeyEq<K>): boolean {
  const mask = so.mask;
  let perturb = hash & U64;
  let i = Number(perturb & BigInt(mask));
  let freeslot = -1;
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    do {
      const e = so.slots[j]!;
      if (e === null) {
        if (freeslot >= 0) {
          so.used++;
          so.slots[freeslot] = { key, hash };
          return true;
        }
        so.fill++;
        so.used++;
        so.slots[j] = { key, hash };
        if (so.fill * 5 >= mask * 3) setTableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
        return true;
      }
      if (isActive(e)) {
        if (e.hash === hash && eq(e.key, key)) return false;
      } else {
        freeslot = j; // the last dummy on the path, as CPython's loop leaves it
      }
      j++;
    } while (probes-- > 0);
    perturb >>= PERTURB_SHIFT;
    i = nextIndex(i, perturb, mask);
  }
}

function insertClean<K>(slots: SetSlot<K>[], mask: number, key: K, hash: bigint): void {
  let perturb = hash & U64;
  let i = Number(perturb & BigInt(mask));
  for (;;) {
    if (slots[i] === null) {
      slots[i] = { key, hash };
      return;
    }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (slots[i + j] === null) {
          slots[i + j] = { key, hash };
          return;
        }
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = nextIndex(i, perturb, mask);
  }
}

/** set_table_resize: the smallest power of two > minused (at least 8), reinserting active keys in slot order. */
export function setTableResize<K>(so: SetTableState<K>, minused: number): void {
  let newsize = PySet_MINSIZE;
  while (newsize <= minused) newsize *= 2;
  if (newsize === PySet_MINSIZE && setIsSmall(so) && so.fill === so.used) return;
  const old = so.slots;
  const slots = new Array<SetSlot<K>>(newsize).fill(null);
  so.mask = newsize - 1;
  so.slots = slots;
  so.fill = so.used;
  for (const e of old) if (isActive(e)) insertClean(slots, so.mask, e.key, e.hash);
}

/** set_discard_entry. Returns whether the key was present. */
export function setDiscard<K>(so: SetTableState<K>, key: K, hash: bigint, eq: KeyEq<K>): boolean {
  const j = setLookup(so, key, hash, eq);
  if (j < 0) return false;
  so.slots[j] = { dummy: true };
  so.used--;
  return true;
}

/** set.remove: KeyError when absent (the VM raises KeyError(key)). */
export function setRemove<K>(so: SetTableState<K>, key: K, hash: bigint, eq: KeyEq<K>): boolean {
  return setDiscard(so, key, hash, eq);
}

/** set_pop: the first active slot at or after the finger, wrapping. */
export function setPop<K>(so: SetTableState<K>): K {
  if (so.used === 0) pyErr(ExcType.KeyError, "'pop from an empty set'");
  let i = so.finger & so.mask;
  while (!isActive(so.slots[i]!)) {
    i++;
    if (i > so.mask) i = 0;
  }
  const e = so.slots[i] as ActiveSlot<K>;
  so.slots[i] = { dummy: true };
  so.used--;
  so.finger = i + 1;
  return e.key;
}

/** set_clear_internal: back to an empty smalltable. */
export function setClear<K>(so: SetTableState<K>): void {
  so.mask = PySet_MINSIZE - 1;
  so.fill = 0;
  so.used = 0;
  so.slots = new Array<SetSlot<K>>(PySet_MINSIZE).fill(null);
}

/** set_merge: so |= other where other is a set or frozenset (also set(other), other.copy()). */
export function setMerge<K>(so: SetTableState<K>, other: SetTableState<K>, eq: KeyEq<K>): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) setTableResize(so, (so.used + other.used) * 2);
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    // Same geometry, no dummies: copy slot for slot.
    so.slots = other.slots.map((e) => (isActive(e) ? { key: e.key, hash: e.hash } : null));
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    for (const e of other.slots) if (isActive(e)) insertClean(so.slots, so.mask, e.key, e.hash);
    return;
  }
  for (const e of other.slots) if (isActive(e)) setAdd(so, e.key, e.hash, eq);
}

/** set_update_internal's exact-dict branch: one presizing resize, then each key with the dict's stored hash. */
export function setUpdateFromDict<K>(so: SetTableState<K>, items: readonly ActiveSlot<K>[], eq: KeyEq<K>): void {
  const n = items.length;
  if ((so.fill + n) * 5 >= so.mask * 3) setTableResize(so, (so.used + n) * 2);
  for (const e of items) setAdd(so, e.key, e.hash, eq);
}

/** The end of set_difference_update_internal: purge dummies when more than a quarter of the table. */
export function setPurgeDummiesAfterDifferenceUpdate<K>(so: SetTableState<K>): void {
  if (so.fill - so.used <= Math.floor(so.mask / 4)) return;
  setTableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

/** The keys in iteration order. */
export function setKeys<K>(so: SetTableState<K>): K[] {
  const out: K[] = [];
  for (const e of so.slots) if (isActive(e)) out.push(e.key);
  return out;
}

/** The active slots in iteration order (keys with their hashes). */
export function setEntries<K>(so: SetTableState<K>): ActiveSlot<K>[] {
  return so.slots.filter(isActive);
}

function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & U64;
}

/** frozenset_hash over the table (depends only on the active hashes). */
export function frozensetHash<K>(so: SetTableState<K>): bigint {
  let hash = 0n;
  for (const e of so.slots) if (isActive(e)) hash ^= shuffleBits(e.hash & U64);
  hash ^= ((BigInt(so.used) + 1n) * 1927868237n) & U64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & U64;
  if (hash === U64) hash = 590923713n;
  return BigInt.asIntN(64, hash);
}
