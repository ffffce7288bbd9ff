// Models PyDictObject of CPython 3.11 (Objects/dictobject.c): insertion-ordered entries, the keys table's
// geometry (log2 size, usable, nentries, unicode or general entries) that getsizeof reports, insertion_resize
// with GROWTH_RATE = used*3, lazy tracking (MAINTAIN_TRACKING), the dict free list (80), and dict_dealloc's
// DECREF order (entries in order, key then value).
//
// Invariants:
// 1. ekeys[i] === null iff entry i is deleted (a DKIX_DUMMY slot); nentries = ekeys.length.
// 2. usable + nentries = USABLE_FRACTION(size) while a real table exists; `log2 === 0` means Py_EMPTY_KEYS.
// 3. strIdx indexes entries whose key is an exact str; hIdx chains (via enext) all other live entries by hash.
// Lookup uses JS maps rather than CPython's probe sequence: dict order never depends on the probe
// sequence, only on insertion, so this costs nothing in fidelity.

import { PyObject, DECREF, INCREF, allocObject, freeObject, trashcanBegin, trashcanEnd, SharedKeys, slotHook, refCause } from './object';
import { heap } from './heap';
import { PyStr } from './models';
import * as T from './types';

export type HashFn = (o: PyObject) => number | bigint;
export type EqFn = (a: PyObject, b: PyObject) => boolean;

/** Hooks for non-str keys, installed by the abstract layer (they may call Python code). */
export const dictHooks: {
  hash: HashFn;
  eq: EqFn;
  mayTrack: (o: PyObject) => boolean;
  trackChanged?: (d: PyDict, tracked: boolean) => void;
} = {
  hash: () => 0,
  eq: (a, b) => a === b,
  mayTrack: () => false,
};

export class PyDict extends PyObject {
  ekeys: (PyObject | null)[] = [];
  evals: (PyObject | null)[] = [];
  ehash: (number | bigint)[] = [];
  enext: number[] = [];
  strIdx = new Map<string, number>();
  hIdx = new Map<number | bigint, number>();
  used = 0;
  log2 = 0;
  usable = 0;
  unicode = true;
  keysAddr = 0;
  private isTracked = false;
  /** MAINTAIN_TRACKING / _PyDict_MaybeUntrack: a change is reported to dictHooks.trackChanged (the GC_TRACK event). */
  get tracked(): boolean {
    return this.isTracked;
  }
  set tracked(v: boolean) {
    if (v === this.isTracked) return;
    this.isTracked = v;
    dictHooks.trackChanged?.(this, v);
  }
  /** A split dict materialised from an instance's values (its keys are the class's shared keys). */
  splitKeys: SharedKeys | null = null;
  /** An instance's attribute storage that CPython keeps as a values array: no dict object, no keys table. */
  hidden = false;
  /**
   * The object whose attributes this dict holds (an instance's managed or materialised dict, a function's or an
   * exception's __dict__), set by ensureDict; null for other dicts. The recorder labels its entries as attributes.
   */
  owner: PyObject | null = null;
  /** Instance state when the dict is an instance of a class deriving from dict. */
  dict: PyDict | null = null;
  dictMaterialised = false;
  slots: (PyObject | null)[] | null = null;
  finalized = false;
  valuesAddr = 0;
  constructor() {
    super(T.DictType);
  }
}

const dictFree: number[] = [];
export function newDict(viaTypeAlloc = false): PyDict {
  const d = new PyDict();
  // PyDict_New takes the free list; dict() goes through tp_alloc and never does.
  if (!viaTypeAlloc && dictFree.length > 0) {
    d.addr = dictFree.pop()!;
    heap.gc?.link(d);
  } else allocObject(d, 64, true);
  return d;
}

const usableFraction = (n: number): number => ((n << 1) / 3) | 0;
export function keysSize(d: PyDict): number {
  if (d.log2 === 0) return 0;
  const size = 1 << d.log2;
  const ix = size <= 0xff ? 1 : size <= 0xffff ? 2 : size <= 0xffffffff ? 4 : 8;
  return 32 + ix * size + usableFraction(size) * (d.unicode ? 16 : 24);
}
/** calculate_log2_keysize: bit_length(((minsize | PyDict_MINSIZE) - 1) | (PyDict_MINSIZE - 1)). */
function calcLog2(minsize: number): number {
  const v = ((minsize | 8) - 1) | 7;
  return 32 - Math.clz32(v);
}
/** estimate_log2_keysize: room for n items without a resize. */
function estimateLog2(n: number): number {
  return calcLog2((n * 3 + 1) >> 1);
}

// 3.11's dict-keys free list (PyDict_MAXFREELIST 80): only 8-slot tables of str-only keys (PyDictUnicodeEntry,
// 32 + 8 + 5 * 16 = 120 bytes) are kept on free and handed out again by new_keys_object; every other table
// goes back to pymalloc. Its occupancy at start-up is not recorded, so it starts empty: a program's first
// small str-keyed dicts take pymalloc blocks where CPython may reuse start-up tables.
const keysFree: number[] = [];
const KEYS_FREELIST_LOG2 = 3;

/** free_keys_object (and dictresize's own copy of it): to the keys free list or back to pymalloc. */
function freeKeys(addr: number, log2: number, unicode: boolean, owner: PyDict | null = null, nbytes = 0): void {
  if (addr === 0) return;
  if (slotHook !== null && owner !== null) slotHook.block(owner, 1, addr, nbytes);
  if (log2 === KEYS_FREELIST_LOG2 && unicode && keysFree.length < 80) keysFree.push(addr);
  else heap.free(addr);
}

/**
 * new_keys_object, then the old table is freed (dictresize allocates before it frees). `clone` is
 * clone_combined_dict_keys, which asks PyObject_Malloc directly and never takes the keys free list.
 */
function newKeys(d: PyDict, log2: number, unicode: boolean, clone = false): void {
  const old = d.keysAddr, oldLog2 = d.log2, oldUnicode = d.unicode;
  const oldSize = old !== 0 ? keysSize(d) : 0;
  d.log2 = log2;
  d.unicode = unicode;
  d.usable = usableFraction(1 << log2);
  if (d.hidden) d.keysAddr = 0;
  else if (!clone && log2 === KEYS_FREELIST_LOG2 && unicode && keysFree.length > 0) d.keysAddr = keysFree.pop()!;
  else d.keysAddr = heap.malloc(keysSize(d));
  if (slotHook !== null && d.keysAddr !== 0) slotHook.block(d, 0, d.keysAddr, keysSize(d));
  freeKeys(old, oldLog2, oldUnicode, d, oldSize);
}

/** dictresize: compacts the entries into a new table of 2**log2 slots. */
function resize(d: PyDict, log2: number, unicode: boolean): void {
  const ks = d.ekeys, vs = d.evals, hs = d.ehash;
  d.ekeys = [];
  d.evals = [];
  d.ehash = [];
  d.enext = [];
  d.strIdx.clear();
  d.hIdx.clear();
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k === null || k === undefined) continue;
    index(d, k, vs[i]!, hs[i]!);
  }
  newKeys(d, log2, unicode);
  d.usable -= d.ekeys.length;
}

function index(d: PyDict, k: PyObject, v: PyObject, h: number | bigint): void {
  const i = d.ekeys.length;
  d.ekeys.push(k);
  d.evals.push(v);
  d.ehash.push(h);
  if (k instanceof PyStr && k.ob_type === T.StrType) {
    d.strIdx.set(k.v, i);
    d.enext.push(-1);
  } else {
    const head = d.hIdx.get(h);
    d.enext.push(head === undefined ? -1 : head);
    d.hIdx.set(h, i);
  }
}

/** Finds the entry index of key, or -1. May call __hash__/__eq__ (and so raise). */
export function dictLookup(d: PyDict, key: PyObject): number {
  if (key instanceof PyStr && key.ob_type === T.StrType) {
    const i = d.strIdx.get(key.v);
    if (i !== undefined) return i;
    if (d.hIdx.size === 0) return -1;
  }
  if (d.hIdx.size === 0) {
    if (!(key instanceof PyStr && key.ob_type === T.StrType)) dictHooks.hash(key);
    return -1;
  }
  const h = dictHooks.hash(key);
  let i = d.hIdx.get(h);
  while (i !== undefined && i >= 0) {
    const k = d.ekeys[i];
    if (k === key || (k != null && dictHooks.eq(k, key))) return i;
    i = d.enext[i];
  }
  return -1;
}

export function dictGet(d: PyDict, key: PyObject): PyObject | null {
  const i = dictLookup(d, key);
  return i < 0 ? null : d.evals[i]!;
}

export function dictGetStr(d: PyDict, key: string): PyObject | null {
  const i = d.strIdx.get(key);
  return i === undefined ? null : d.evals[i]!;
}

/** insertdict: takes new references to key and value (INCREFs them); DECREFs a replaced value. */
export function dictSet(d: PyDict, key: PyObject, value: PyObject): void {
  const i = dictLookup(d, key);
  if (!d.tracked && (dictHooks.mayTrack(key) || dictHooks.mayTrack(value))) d.tracked = true;
  if (i >= 0) {
    const old = d.evals[i]!;
    refCause(8 /* RefCause.DICT_VALUE */, d, d.ekeys[i]!);
    INCREF(value);
    d.evals[i] = value;
    if (slotHook !== null) {
      slotHook.dictEntry(d, d.ekeys[i]!, value);
      refCause(8 /* RefCause.DICT_VALUE */, d, d.ekeys[i]!);
    }
    DECREF(old);
    return;
  }
  const isStr = key instanceof PyStr && key.ob_type === T.StrType;
  const h = isStr ? 0 : dictHooks.hash(key);
  refCause(7 /* RefCause.DICT_KEY */, d, key);
  INCREF(key);
  refCause(8 /* RefCause.DICT_VALUE */, d, key);
  INCREF(value);
  if (slotHook !== null) {
    // A first non-str key turns the table general: every str key becomes a slot of its own (DICT_KEY).
    const unicode = d.unicode;
    dictSetNew(d, key, value, isStr, h);
    if (unicode !== d.unicode) slotHook.touched(d, 0);
    else slotHook.dictEntry(d, key, value);
    return;
  }
  dictSetNew(d, key, value, isStr, h);
}

/** insertdict's new-entry half: the references are taken. */
function dictSetNew(d: PyDict, key: PyObject, value: PyObject, isStr: boolean, h: number | bigint): void {
  if (d.splitKeys !== null) {
    const sk = d.splitKeys;
    if (isStr && (sk.names.has((key as PyStr).v) || sk.usable > 0)) {
      if (!sk.names.has((key as PyStr).v)) {
        sk.names.set((key as PyStr).v, sk.names.size);
        sk.usable--;
      }
      index(d, key, value, h);
      d.used++;
      return;
    }
    // insertion_resize: the split table becomes a combined one.
    d.splitKeys = null;
    resize(d, calcLog2(d.used * 3), isStr);
  }
  if (d.log2 === 0) {
    newKeys(d, 3, isStr);
  } else {
    if (d.unicode && !isStr) resize(d, calcLog2(d.used * 3), false);
    if (d.usable <= 0) resize(d, calcLog2(d.used * 3), d.unicode);
  }
  index(d, key, value, h);
  d.usable--;
  d.used++;
}

/** Removes entry i and returns its key and value (references transferred to the caller). */
export function dictPopIndex(d: PyDict, i: number): [PyObject, PyObject] {
  const k = d.ekeys[i]!;
  const v = d.evals[i]!;
  d.ekeys[i] = null;
  d.evals[i] = null;
  if (k instanceof PyStr && k.ob_type === T.StrType && d.strIdx.get(k.v) === i) d.strIdx.delete(k.v);
  else {
    const h = d.ehash[i]!;
    let j = d.hIdx.get(h);
    let prev = -1;
    while (j !== undefined && j >= 0 && j !== i) {
      prev = j;
      j = d.enext[j];
    }
    const nxt = d.enext[i]!;
    if (prev < 0) {
      if (nxt < 0) d.hIdx.delete(h);
      else d.hIdx.set(h, nxt);
    } else d.enext[prev] = nxt;
  }
  d.used--;
  if (slotHook !== null) slotHook.dictEntry(d, k, null);
  return [k, v];
}

/** dict.clear(): the entries are released in order after the dict points at the empty keys. */
export function dictClear(d: PyDict): void {
  const ks = d.ekeys, vs = d.evals;
  d.ekeys = [];
  d.evals = [];
  d.ehash = [];
  d.enext = [];
  d.strIdx.clear();
  d.hIdx.clear();
  d.used = 0;
  freeKeys(d.keysAddr, d.log2, d.unicode, d, d.keysAddr !== 0 ? keysSize(d) : 0);
  d.keysAddr = 0;
  d.log2 = 0;
  d.usable = 0;
  d.unicode = true;
  if (slotHook !== null) slotHook.touched(d, 0);
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k == null) continue;
    DECREF(k);
    DECREF(vs[i]!);
  }
}

/** _PyDict_NewPresized: BUILD_MAP and friends presize for more than 5 items (general entries). */
export function dictPresize(d: PyDict, n: number): void {
  if (n <= 5) return;
  newKeys(d, estimateLog2(n), false);
}

/** dict_merge(a, b, override=1) for a dict `b` (Objects/dictobject.c 3.11): clone, or one presizing resize. */
export function dictMerge(a: PyDict, b: PyDict): void {
  if (a === b || b.used === 0) return;
  const nentries = b.ekeys.length;
  if (a.used === 0 && b.used === nentries && (b.log2 === 3 || usableFraction((1 << b.log2) / 2) < b.used)) {
    // clone_combined_dict_keys: the same table geometry.
    newKeys(a, b.log2, b.unicode, true);
    a.usable = usableFraction(1 << b.log2);
  } else if (usableFraction(a.log2 === 0 ? 1 : 1 << a.log2) < b.used) {
    resize(a, estimateLog2(a.used + b.used), b.unicode);
  }
  for (let i = 0; i < b.ekeys.length; i++) {
    const k = b.ekeys[i];
    if (k != null) dictSet(a, k, b.evals[i]!);
  }
}

/** PyDict_Copy: a fast clone when at most 1/3 of the entries are deleted, else dict_merge into a new dict. */
export function dictCopy(src: PyDict): PyDict {
  const d = newDict();
  if (src.used > 0 && src.used >= ((src.ekeys.length * 2) / 3 | 0)) {
    newKeys(d, src.log2, src.unicode, true);
    for (let i = 0; i < src.ekeys.length; i++) {
      const k = src.ekeys[i];
      if (k != null) dictSet(d, k, src.evals[i]!);
    }
    // The clone keeps the deleted slots' positions used (dk_nentries is copied).
    d.usable = usableFraction(1 << src.log2) - src.ekeys.length;
    return d;
  }
  dictMerge(d, src);
  return d;
}

/** dict_fromkeys' presizing from a dict or set source: estimate_log2_keysize(n). */
export function dictPresizeKeys(d: PyDict, n: number, unicode: boolean): void {
  newKeys(d, estimateLog2(n), unicode);
}

/** Iterates live entries in order; the callback must not mutate the dict. */
export function dictItems(d: PyDict): [PyObject, PyObject][] {
  const out: [PyObject, PyObject][] = [];
  for (let i = 0; i < d.ekeys.length; i++) {
    const k = d.ekeys[i];
    if (k != null) out.push([k, d.evals[i]!]);
  }
  return out;
}

T.DictType.tp_dealloc = (o) => {
  const d = o as PyDict;
  if (!trashcanBegin(o)) return;
  const ks = d.ekeys, vs = d.evals;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k == null) continue;
    DECREF(k);
    DECREF(vs[i]!);
  }
  freeKeys(d.keysAddr, d.log2, d.unicode, d, d.keysAddr !== 0 ? keysSize(d) : 0);
  if (o.ob_type === T.DictType && dictFree.length < 80) dictFree.push(o.addr);
  else freeObject(o);
  trashcanEnd();
};

/** The length of the dict free list, for sys._debugmallocstats ("N free PyDictObjects"). */
export function dictFreeCount(): number {
  return dictFree.length;
}

export function resetDicts(): void {
  dictFree.length = 0;
  keysFree.length = 0;
}

/** _PyDict_ClearFreeList of a full collection: the dicts, then the keys tables, most recently freed first. */
export function clearDictFreeList(): void {
  while (dictFree.length > 0) {
    heap.free(dictFree.pop()! - 16);
    heap.gcDel(dictFree);
  }
  while (keysFree.length > 0) heap.free(keysFree.pop()!);
}

/** See seedFreeLists in models.ts: the dict free list at start-up. */
export function seedDictFreeList(n: number): void {
  for (let i = 0; i < n; i++) dictFree.push(heap.malloc(64) + 16);
}
