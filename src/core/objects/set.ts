// Models PySetObject of CPython 3.11 (Objects/setobject.c): the open-addressing table with LINEAR_PROBES = 9
// and PERTURB_SHIFT = 5, the 8-entry smalltable, set_add_entry / set_insert_clean / set_table_resize
// (fill*5 >= mask*3 → used*4, or used*2 above 50000) and set_merge, so that iteration order — which is the
// table order — matches CPython's. Dummies (deleted slots) are kept as in CPython.
//
// Invariants:
// 1. keys[i] is null (never used), DUMMY (deleted) or a live key whose hash is hashes[i].
// 2. used = live keys; fill = live + dummies; the table has mask+1 slots.

import { PyObject, INCREF, DECREF, allocObject, freeObject, trashcanBegin, trashcanEnd, PyType, slotHook, refCause } from './object';
import { heap } from './heap';
import { hash, eq } from './abstract';
import * as T from './types';
import * as E from './exceptions';

const DUMMY = { dummy: true } as unknown as PyObject;
const LINEAR_PROBES = 9;

export class PySet extends PyObject {
  keys: (PyObject | null)[] = new Array(8).fill(null);
  hashes: (number | bigint)[] = new Array(8).fill(0);
  mask = 7;
  fill = 0;
  used = 0;
  tableAddr = 0;
  finger = 0;
  constructor(t: PyType) {
    super(t);
  }
}

export function newSet(t: PyType = T.SetType): PySet {
  const s = new PySet(t);
  allocObject(s, 16 + 200, true);
  return s;
}

const lowBits = (h: number | bigint, mask: number): number =>
  typeof h === 'number' && h >= 0 && h < 2 ** 31 ? h & mask : Number(BigInt.asUintN(64, BigInt(h)) & BigInt(mask));

function nextIndex(i: number, perturb: bigint, mask: number): number {
  return Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
}

function insertClean(keys: (PyObject | null)[], hashes: (number | bigint)[], mask: number, key: PyObject, h: number | bigint): void {
  let perturb = BigInt.asUintN(64, BigInt(h));
  let i = lowBits(h, mask);
  for (;;) {
    if (keys[i] === null) break;
    let found = false;
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 0; j < LINEAR_PROBES; j++) {
        i++;
        if (keys[i] === null) {
          found = true;
          break;
        }
      }
      if (found) break;
    }
    perturb >>= 5n;
    i = nextIndex(i, perturb, mask);
  }
  keys[i] = key;
  hashes[i] = h;
}

function tableResize(s: PySet, minused: number): void {
  let newsize = 8;
  while (newsize <= minused) newsize <<= 1;
  const oldKeys = s.keys, oldHashes = s.hashes;
  s.keys = new Array(newsize).fill(null);
  s.hashes = new Array(newsize).fill(0);
  s.mask = newsize - 1;
  const oldAddr = s.tableAddr;
  const oldSize = 16 * oldKeys.length;
  s.tableAddr = newsize > 8 ? heap.malloc(16 * newsize) : 0;
  if (slotHook !== null) {
    if (s.tableAddr !== 0) slotHook.block(s, 0, s.tableAddr, 16 * newsize);
    if (oldAddr !== 0) slotHook.block(s, 1, oldAddr, oldSize);
  }
  if (oldAddr !== 0) heap.free(oldAddr);
  for (let i = 0; i < oldKeys.length; i++) {
    const k = oldKeys[i];
    if (k !== null && k !== DUMMY) insertClean(s.keys, s.hashes, s.mask, k!, oldHashes[i]!);
  }
  s.fill = s.used;
}

/** set_add_entry: INCREFs key when it is inserted. */
export function setAdd(s: PySet, key: PyObject, h: number | bigint = hash(key)): void {
  for (;;) {
    const mask = s.mask;
    let i = lowBits(h, mask);
    let perturb = BigInt.asUintN(64, BigInt(h));
    let freeslot = -1;
    let restart = false;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let done = false;
      for (;;) {
        const k = s.keys[i];
        if (k === null) {
          const slot = freeslot >= 0 ? freeslot : i;
          refCause(9 /* RefCause.SET_ITEM */, s, key);
          INCREF(key);
          if (freeslot < 0) s.fill++;
          s.used++;
          s.keys[slot] = key;
          s.hashes[slot] = h;
          if (slotHook !== null) slotHook.setEntry(s, key, true);
          if (freeslot < 0 && s.fill * 5 >= mask * 3) tableResize(s, s.used > 50000 ? s.used * 2 : s.used * 4);
          return;
        }
        if (k !== DUMMY && s.hashes[i] === h) {
          if (k === key) return;
          const before = s.keys;
          const same = eq(k!, key);
          if (before !== s.keys || s.mask !== mask) {
            restart = true;
            done = true;
            break;
          }
          if (same) return;
        } else if (k === DUMMY && freeslot < 0) freeslot = i;
        if (probes-- === 0) break;
        i++;
      }
      if (done) break;
      perturb >>= 5n;
      i = nextIndex(i, perturb, mask);
    }
    if (!restart) return;
  }
}

/** set_lookkey: the slot of key, or -1. */
export function setFind(s: PySet, key: PyObject, h: number | bigint = hash(key)): number {
  const mask = s.mask;
  let i = lowBits(h, mask);
  let perturb = BigInt.asUintN(64, BigInt(h));
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (;;) {
      const k = s.keys[i];
      if (k === null) return -1;
      if (k !== DUMMY && s.hashes[i] === h && (k === key || eq(k!, key))) return i;
      if (probes-- === 0) break;
      i++;
    }
    perturb >>= 5n;
    i = nextIndex(i, perturb, mask);
  }
}

export function setDiscardAt(s: PySet, i: number): PyObject {
  const k = s.keys[i]!;
  s.keys[i] = DUMMY;
  s.hashes[i] = -1;
  s.used--;
  if (slotHook !== null) slotHook.setEntry(s, k, false);
  return k;
}

export function setContains(s: PySet, key: PyObject): boolean {
  return setFind(s, key) >= 0;
}

/** Live keys in table (iteration) order; borrowed. */
export function setKeys(s: PySet): PyObject[] {
  const out: PyObject[] = [];
  for (const k of s.keys) if (k !== null && k !== DUMMY) out.push(k);
  return out;
}

/** set_merge of another set (one resize up front, then clean inserts into an empty table). */
export function setMerge(s: PySet, other: PySet): void {
  if (other.used === 0) return;
  if ((s.fill + other.used) * 5 >= s.mask * 3) tableResize(s, (s.used + other.used) * 2);
  if (s.fill === 0 && s.mask === other.mask && other.fill === other.used) {
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k !== null && k !== DUMMY) {
        INCREF(k!);
        s.keys[i] = k;
        s.hashes[i] = other.hashes[i]!;
      }
    }
    s.fill = other.fill;
    s.used = other.used;
    if (slotHook !== null) slotHook.touched(s, 0);
    return;
  }
  if (s.fill === 0) {
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k !== null && k !== DUMMY) {
        INCREF(k!);
        insertClean(s.keys, s.hashes, s.mask, k!, other.hashes[i]!);
        s.fill++;
        s.used++;
      }
    }
    if (slotHook !== null) slotHook.touched(s, 0);
    return;
  }
  for (let i = 0; i <= other.mask; i++) {
    const k = other.keys[i];
    if (k !== null && k !== DUMMY) setAdd(s, k!, other.hashes[i]!);
  }
}

export function setClear(s: PySet): void {
  const keys = s.keys;
  s.keys = new Array(8).fill(null);
  s.hashes = new Array(8).fill(0);
  s.mask = 7;
  s.fill = 0;
  s.used = 0;
  if (s.tableAddr !== 0) {
    if (slotHook !== null) slotHook.block(s, 1, s.tableAddr, 16 * keys.length);
    heap.free(s.tableAddr);
  }
  s.tableAddr = 0;
  if (slotHook !== null) slotHook.touched(s, 0);
  for (const k of keys) if (k !== null && k !== DUMMY) DECREF(k);
}

/** A frozenset constant: built by adding the items one by one (steals the item references). */
export function constFrozenSet(items: PyObject[]): PySet {
  const s = newSet(T.FrozenSetType);
  for (const it of items) {
    setAdd(s, it);
    DECREF(it);
  }
  return s;
}

const setDealloc = (o: PyObject): void => {
  const s = o as PySet;
  // set_dealloc: PyObject_ClearWeakRefs before the entries are released.
  if (heap.gc !== null) heap.gc.clearWeakrefs(o);
  if (!trashcanBegin(o)) return;
  for (const k of s.keys) if (k !== null && k !== DUMMY) DECREF(k);
  if (s.tableAddr !== 0) {
    if (slotHook !== null) slotHook.block(s, 1, s.tableAddr, 16 * s.keys.length);
    heap.free(s.tableAddr);
  }
  freeObject(o);
  trashcanEnd();
};
T.SetType.tp_dealloc = setDealloc;
T.FrozenSetType.tp_dealloc = setDealloc;

export function setSizeof(s: PySet): number {
  return 16 + 200 + (s.mask + 1 > 8 ? 16 * (s.mask + 1) : 0);
}

export { DUMMY };

/** setiterobject: walks the table by slot (si_pos); a size change since creation is an error (si_used). */
export class PySetIter extends PyObject {
  pos = 0;
  used: number;
  len: number;
  constructor(public set: PySet | null) {
    super(T.SetIterType);
    this.used = set === null ? 0 : set.used;
    this.len = this.used;
  }
}

/** set_iter: a new set_iterator holding a reference to the set. */
export function newSetIter(s: PySet): PySetIter {
  INCREF(s);
  const it = new PySetIter(s);
  allocObject(it, 16 + T.SetIterType.basicsize, true);
  return it;
}

/** setiter_iternext: the next live key (a new reference), or null once exhausted (the set is released). */
export function setIterNext(si: PySetIter): PyObject | null {
  const s = si.set;
  if (s === null) return null;
  if (si.used !== s.used) {
    si.used = -1;
    E.raise(E.RuntimeError, 'Set changed size during iteration');
  }
  let i = si.pos;
  while (i <= s.mask && (s.keys[i] === null || s.keys[i] === DUMMY)) i++;
  si.pos = i + 1;
  if (i > s.mask) {
    si.set = null;
    DECREF(s);
    return null;
  }
  si.len--;
  const k = s.keys[i]!;
  INCREF(k);
  return k;
}

T.SetIterType.tp_dealloc = (o) => {
  const si = o as PySetIter;
  const s = si.set;
  si.set = null;
  if (s !== null) DECREF(s);
  freeObject(o);
};
