// Models the memory layout and payload of CPython 3.11's builtin objects (Objects/longobject.c, floatobject.c,
// unicodeobject.c, listobject.c, tupleobject.c, cellobject.c, funcobject.c, classobject.c, methodobject.c,
// rangeobject.c, sliceobject.c, moduleobject.c, exceptions.c) together with their constructors and
// deallocators, whose order of DECREFs is CPython's (e.g. list_dealloc releases items last to first).
// Longer than ~400 lines on purpose: these records share constructors, free lists and dealloc helpers,
// and splitting them would scatter one concept (object lifetime) over many files.
//
// Invariants:
// 1. Every container field that holds a PyObject owns one strong reference to it.
// 2. Free lists hold addresses of dead objects' blocks only, never live objects; reuse is LIFO.
// 3. Static objects (small ints, (), '', None, True, False) live outside the heap and start at
//    the profile's static refcount (999999999 on 3.11).

import type { CodeObject } from '../bytecode/code';
import { PyObject, PyType, DECREF, XDECREF, INCREF, allocObject, freeObject, trashcanBegin, trashcanEnd, slotHook } from './object';
import { heap } from './heap';
import * as T from './types';

export const STATIC_REFCNT = 999999999;
let staticAddr = 0x55d5a0000000;
function staticObj<O extends PyObject>(o: O, size: number): O {
  o.ob_refcnt = STATIC_REFCNT;
  o.addr = staticAddr;
  staticAddr += (size + 15) & ~15;
  return o;
}

// ---------------- int ----------------
export class PyInt extends PyObject {
  constructor(t: PyType, public v: number | bigint) {
    super(t);
  }
}
/** Number of 30-bit digits of |v| (0 for zero), as ob_size. */
export function intDigits(v: number | bigint): number {
  if (typeof v === 'number') {
    let a = Math.abs(v);
    let n = 0;
    while (a >= 1) {
      a = Math.floor(a / 1073741824);
      n++;
    }
    return n;
  }
  let a = v < 0n ? -v : v;
  let n = 0;
  while (a > 0n) {
    a >>= 30n;
    n++;
  }
  return n;
}
const SMALL_INTS: PyInt[] = [];
for (let i = -5; i <= 256; i++) SMALL_INTS.push(staticObj(new PyInt(T.IntType, i), 32));

export function newInt(v: number | bigint): PyInt {
  if (typeof v === 'bigint') {
    if (v >= -9007199254740991n && v <= 9007199254740991n) v = Number(v);
  } else if (Object.is(v, -0)) v = 0;
  if (typeof v === 'number' && v >= -5 && v <= 256) {
    const o = SMALL_INTS[v + 5]!;
    INCREF(o);
    return o;
  }
  const o = new PyInt(T.IntType, v);
  const nd = intDigits(v);
  // _PyLong_FromMedium allocates sizeof(PyLongObject) (= 32 after padding) for one digit; _PyLong_New 24 + 4n.
  allocObject(o, nd <= 1 ? 32 : 24 + 4 * nd, false);
  return o;
}
/**
 * An int result whose digit array CPython allocated at `ndigits` before long_normalize trimmed it (x_add
 * asks for one digit more than the longer operand, x_mul for the sum of both sizes): the block keeps the
 * larger request. Small results are the cached ints, as maybe_small_long / PyLong_FromLong give them.
 */
export function newIntSized(v: number | bigint, ndigits: number): PyInt {
  if (typeof v === 'bigint' && v >= -9007199254740991n && v <= 9007199254740991n) v = Number(v);
  if (typeof v === 'number' && v >= -5 && v <= 256) return newInt(v);
  const o = new PyInt(T.IntType, v);
  allocObject(o, 24 + 4 * Math.max(1, ndigits, intDigits(v)), false);
  return o;
}
export function smallInt(v: number): PyInt {
  return SMALL_INTS[v + 5]!;
}

// ---------------- bool / None / singletons ----------------
export const None = staticObj(new PyObject(T.NoneType), 16);
export const NotImplemented = staticObj(new PyObject(T.NotImplementedType), 16);
export const Ellipsis = staticObj(new PyObject(T.EllipsisType), 16);
export const True = staticObj(new PyInt(T.BoolType, 1), 32);
export const False = staticObj(new PyInt(T.BoolType, 0), 32);
export function newBool(b: boolean): PyInt {
  const o = b ? True : False;
  INCREF(o);
  return o;
}

// ---------------- float (free list of 100) ----------------
export class PyFloat extends PyObject {
  constructor(public v: number) {
    super(T.FloatType);
  }
}
const floatFree: number[] = [];
export function newFloat(v: number): PyFloat {
  const o = new PyFloat(v);
  if (floatFree.length > 0) o.addr = floatFree.pop()!;
  else allocObject(o, 24, false);
  return o;
}
T.FloatType.tp_dealloc = (o) => {
  if (o.ob_type === T.FloatType && floatFree.length < 100) floatFree.push(o.addr);
  else freeObject(o);
};

// ---------------- str ----------------
export class PyStr extends PyObject {
  interned = false;
  hash: number | bigint = -1;
  constructor(public v: string) {
    super(T.StrType);
  }
}
/** The compact-string request size (= getsizeof) of 3.11: ASCII 48+len+1, else 72+(len+1)*kind. */
export function strSize(s: string): number {
  let max = 0;
  let len = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c > max) max = c;
    len++;
  }
  if (max < 128) return 48 + len + 1;
  const kind = max < 256 ? 1 : max < 65536 ? 2 : 4;
  return 72 + (len + 1) * kind;
}
const interned = new Map<string, PyStr>();
/** A str of the runtime's statically allocated strings (_Py_ID / _Py_STR, Include/internal/pycore_global_strings.h 3.11). */
export function staticStr(v: string): PyStr {
  return staticObj(new PyStr(v), strSize(v));
}
const EMPTY_STR = staticObj(new PyStr(''), 49);
EMPTY_STR.interned = true;
const LATIN1: PyStr[] = [];
for (let i = 0; i < 256; i++) {
  const s = staticObj(new PyStr(String.fromCharCode(i)), 50);
  s.interned = i < 128;
  LATIN1.push(s);
}
export function newStr(v: string): PyStr {
  if (v.length <= 1) {
    if (v.length === 0) {
      INCREF(EMPTY_STR);
      return EMPTY_STR;
    }
    const c = v.charCodeAt(0);
    if (c < 256) {
      const o = LATIN1[c]!;
      INCREF(o);
      return o;
    }
  }
  const o = new PyStr(v);
  allocObject(o, strSize(v), false);
  return o;
}
/** PyUnicode_InternFromString / InternInPlace: the interned table's two references are not counted (3.10+). */
export function internStr(v: string): PyStr {
  const hit = interned.get(v);
  if (hit !== undefined) {
    INCREF(hit);
    return hit;
  }
  const o = newStr(v);
  if (o.ob_refcnt >= STATIC_REFCNT) return o;
  o.interned = true;
  interned.set(v, o);
  return o;
}
T.StrType.tp_dealloc = (o) => {
  const s = o as PyStr;
  if (s.interned) interned.delete(s.v);
  freeObject(o);
};

// ---------------- bytes ----------------
export class PyBytes extends PyObject {
  constructor(public v: Uint8Array) {
    super(T.BytesType);
  }
}
export function newBytes(v: Uint8Array): PyBytes {
  const o = new PyBytes(v);
  allocObject(o, 33 + v.length, false);
  return o;
}

// ---------------- tuple (free lists by size 1..19, 2000 each) ----------------
export class PyTuple extends PyObject {
  constructor(public items: PyObject[]) {
    super(T.TupleType);
  }
}
export const EMPTY_TUPLE = staticObj(new PyTuple([]), 40);
EMPTY_TUPLE.addr += 16;
// tupleFree[n] holds freed n-tuples, n = 1..20. 3.11 is lopsided: maybe_freelist_push keeps sizes 1..20 but
// tuple_alloc pops only sizes below PyTuple_MAXSAVESIZE (20), so a freed 20-tuple is parked until a full
// collection clears the lists (memory/tuple_freelist_20.py shows it; 3.8 keeps only sizes 1..19).
const tupleFree: number[][] = [];
for (let i = 0; i <= 20; i++) tupleFree.push([]);
/** Steals the references in `items`. */
export function newTuple(items: PyObject[]): PyTuple {
  const n = items.length;
  if (n === 0) {
    INCREF(EMPTY_TUPLE);
    return EMPTY_TUPLE;
  }
  const o = new PyTuple(items);
  if (n < 20 && tupleFree[n]!.length > 0) {
    o.addr = tupleFree[n]!.pop()!;
    heap.gc?.link(o);
  } else allocObject(o, 16 + 24 + 8 * n, true);
  return o;
}
T.TupleType.tp_dealloc = (o) => {
  const t = o as PyTuple;
  if (!trashcanBegin(o)) return;
  const items = t.items;
  for (let i = items.length - 1; i >= 0; i--) DECREF(items[i]!);
  const n = items.length;
  if (o.ob_type === T.TupleType && n <= 20 && tupleFree[n]!.length < 2000) tupleFree[n]!.push(o.addr);
  else freeObject(o);
  trashcanEnd();
};

// ---------------- list (free list of 80; items array allocated apart) ----------------
export class PyList extends PyObject {
  allocated = 0;
  itemsAddr = 0;
  /** Instance state when the list is an instance of a class deriving from list. */
  dict: PyObject | null = null;
  dictMaterialised = false;
  slots: (PyObject | null)[] | null = null;
  finalized = false;
  valuesAddr = 0;
  constructor(public items: PyObject[]) {
    super(T.ListType);
  }
}
const listFree: number[] = [];
/** PyList_New(n) with the items given (references stolen); allocated = n exactly. */
export function newList(items: PyObject[], viaTypeAlloc = false): PyList {
  const o = new PyList(items);
  // PyList_New takes the free list; list() goes through tp_alloc (PyType_GenericAlloc) and never does.
  if (!viaTypeAlloc && listFree.length > 0) {
    o.addr = listFree.pop()!;
    heap.gc?.link(o);
  } else allocObject(o, 56, true);
  o.allocated = items.length;
  if (items.length > 0) {
    o.itemsAddr = heap.malloc(8 * items.length);
    if (slotHook !== null) slotHook.block(o, 0, o.itemsAddr, 8 * items.length);
  }
  return o;
}
/** list_resize from Objects/listobject.c (3.9+ growth pattern), then sets the size. */
export function listResize(l: PyList, newsize: number): void {
  const allocated = l.allocated;
  if (allocated >= newsize && newsize >= allocated >> 1) return;
  let newAllocated = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - l.items.length > newAllocated - newsize) newAllocated = (newsize + 3) & ~3;
  if (newsize === 0) newAllocated = 0;
  if (slotHook !== null && l.itemsAddr !== 0) slotHook.block(l, 1, l.itemsAddr, 8 * allocated);
  if (newAllocated === 0) {
    if (l.itemsAddr !== 0) heap.free(l.itemsAddr);
    l.itemsAddr = 0;
  } else {
    l.itemsAddr = heap.realloc(l.itemsAddr, 8 * newAllocated);
    if (slotHook !== null) slotHook.block(l, 0, l.itemsAddr, 8 * newAllocated);
  }
  l.allocated = newAllocated;
}
/** list_preallocate_exact (3.10+): rounds up to even. */
export function listPreallocateExact(l: PyList, n: number): void {
  n = (n + 1) & ~1;
  listReplaceItems(l, n);
}
/** A new items array of exactly n slots replaces the old one (malloc first, then free, as CPython). */
function listReplaceItems(l: PyList, n: number): void {
  const old = l.itemsAddr;
  l.itemsAddr = n > 0 ? heap.malloc(8 * n) : 0;
  if (slotHook !== null) {
    if (l.itemsAddr !== 0) slotHook.block(l, 0, l.itemsAddr, 8 * n);
    if (old !== 0) slotHook.block(l, 1, old, 8 * l.allocated);
  }
  if (old !== 0) heap.free(old);
  l.allocated = n;
}
/** Sets the capacity exactly (e.g. [None]*k, list slices). */
export function listSetExact(l: PyList, n: number): void {
  listReplaceItems(l, n);
}
/** A list's items from index `from` on changed (the recorder re-reads them; one compare when nobody records). */
export function listTouched(l: PyList, from: number): void {
  if (slotHook !== null) slotHook.touched(l, from);
}
/** PyList_Append / LIST_APPEND: the list takes the reference it is given. */
export function listAppend(l: PyList, v: PyObject): void {
  const n = l.items.length;
  if (l.allocated <= n) listResize(l, n + 1);
  l.items.push(v);
  if (slotHook !== null) slotHook.touched(l, n);
}
T.ListType.tp_dealloc = (o) => {
  const l = o as PyList;
  if (!trashcanBegin(o)) return;
  const items = l.items;
  for (let i = items.length - 1; i >= 0; i--) DECREF(items[i]!);
  items.length = 0;
  if (l.itemsAddr !== 0) {
    if (slotHook !== null) slotHook.block(l, 1, l.itemsAddr, 8 * l.allocated);
    heap.free(l.itemsAddr);
  }
  if (o.ob_type === T.ListType && listFree.length < 80) listFree.push(o.addr);
  else freeObject(o);
  trashcanEnd();
};

// ---------------- cell ----------------
export class PyCell extends PyObject {
  constructor(public ref: PyObject | null) {
    super(T.CellType);
  }
}
export function newCell(ref: PyObject | null): PyCell {
  const o = new PyCell(ref);
  allocObject(o, 40, true);
  return o;
}
T.CellType.tp_dealloc = (o) => {
  XDECREF((o as PyCell).ref);
  freeObject(o);
};

// ---------------- code ----------------
export class PyCode extends PyObject {
  constructor(
    public co: CodeObject,
    public consts: PyObject[],
    public names: PyStr[],
    public localsplusNames: PyStr[],
    public cellIndexes: number[],
  ) {
    super(T.CodeType);
  }
}

// ---------------- range / slice ----------------
export class PyRange extends PyObject {
  constructor(public start: number, public stop: number, public step: number, public len: number) {
    super(T.RangeType);
  }
}
export function newRange(start: number, stop: number, step: number): PyRange {
  let len = 0;
  if (step > 0 && start < stop) len = Math.floor((stop - start - 1) / step) + 1;
  else if (step < 0 && start > stop) len = Math.floor((start - stop - 1) / -step) + 1;
  const o = new PyRange(start, stop, step, len);
  allocObject(o, 48, false);
  return o;
}
export class PySlice extends PyObject {
  constructor(public start: PyObject, public stop: PyObject, public step: PyObject) {
    super(T.SliceType);
  }
}
/** Steals the three references. 3.11 keeps one cached slice object; modelled as a plain allocation. */
export function newSlice(start: PyObject, stop: PyObject, step: PyObject): PySlice {
  const o = new PySlice(start, stop, step);
  allocObject(o, 16 + 40, true);
  return o;
}
T.SliceType.tp_dealloc = (o) => {
  const s = o as PySlice;
  DECREF(s.step);
  DECREF(s.start);
  DECREF(s.stop);
  freeObject(o);
};

/** The free-list lengths _PyObject_DebugTypeStats prints: floats, lists, and tuples by size (index 1..20). */
export function freeListCounts(): { readonly float: number; readonly list: number; readonly tuple: readonly number[] } {
  return { float: floatFree.length, list: listFree.length, tuple: tupleFree.map((l) => l.length) };
}

/** Puts every static object and free list back to the interpreter's start-up state (one run per reset). */
export function resetModels(staticRefcnt: number): void {
  for (const o of SMALL_INTS) o.ob_refcnt = staticRefcnt;
  for (const o of LATIN1) o.ob_refcnt = staticRefcnt;
  EMPTY_STR.ob_refcnt = staticRefcnt;
  EMPTY_TUPLE.ob_refcnt = staticRefcnt;
  for (const o of [None, NotImplemented, Ellipsis, True, False]) o.ob_refcnt = staticRefcnt;
  interned.clear();
  floatFree.length = 0;
  for (const l of tupleFree) l.length = 0;
  listFree.length = 0;
}

/**
 * clear_freelists of a full collection (Modules/gcmodule.c 3.11) for tuples, floats and lists, in that order:
 * each list is emptied head first (the most recently freed block first); GC blocks go through PyObject_GC_Del.
 */
export function clearFreeLists(): void {
  for (let n = 1; n < tupleFree.length; n++) {
    const l = tupleFree[n]!;
    while (l.length > 0) {
      heap.free(l.pop()! - 16);
      heap.gcDel(l);
    }
  }
  while (floatFree.length > 0) heap.free(floatFree.pop()!);
  while (listFree.length > 0) {
    heap.free(listFree.pop()! - 16);
    heap.gcDel(listFree);
  }
}

/**
 * CPython's free lists are not empty when __main__ starts: the interpreter's start-up freed lists and tuples
 * into them. Seeds them with that many (recorded) blocks so the first [] / (a, b) reuse a free-list entry,
 * as they do in CPython, without touching gc.get_count().
 */
export function seedFreeLists(lists: number, tuples: readonly number[]): void {
  for (let i = 0; i < lists; i++) listFree.push(heap.malloc(56) + 16);
  tuples.forEach((n, size) => {
    if (size === 0) return;
    for (let i = 0; i < n; i++) tupleFree[size]!.push(heap.malloc(16 + 24 + 8 * size) + 16);
  });
}
