// Models the methods of the builtin types as method descriptors in their type dicts (Objects/listobject.c,
// dictobject.c, tupleobject.c, setobject.c, longobject.c, floatobject.c, typeobject.c object methods,
// exceptions.c BaseException methods). str methods live in strmethods.ts.
// Longer than ~400 lines: a flat table of short methods, grouped by type.

import { introspectionAttr } from './frameattrs';
import { PyObject, PyType, INCREF, DECREF, slotHook } from '../objects/object';
import * as M from '../objects/models';
import { PyDict, newDict, dictSet, dictGet, dictLookup, dictPopIndex, dictClear, dictPresize, dictPresizeKeys, dictCopy, dictMerge } from '../objects/dict';
import { extraRepr as A_extraRepr } from '../objects/repr';
import { reprEnter, reprLeave } from '../objects/reprenter';
import * as C from '../objects/callables';
import * as E from '../objects/exceptions';
import * as A from '../objects/abstract';
import * as O from '../objects/ops';
import * as I from '../objects/iter';
import { newSet, setAdd, setFind, setDiscardAt, setKeys, setClear, PySet, setMerge, newSetIter } from '../objects/set';
import { PyInstance } from '../objects/instance';
import * as T from '../objects/types';
import { noKw, exactly, nargs, asInt, onlyKw, kwGet } from './argparse';
import { listSort } from './listsort';
import { dictUpdateFrom } from './builtins';
import { installStrMethods } from './strmethods';
import { callObject } from './call';
import { PyMappingProxy, MappingProxyType } from '../objects/typeattr';
import { ByteArrayType, PyByteArray, newByteArray, byteArrayResize } from '../objects/bytearray';
import { PyComplex } from '../objects/complex';
import { basicSizeof } from '../modules/sys';

type Impl = (self: PyObject, args: PyObject[], kw: C.Kw) => PyObject;

export function def(t: PyType, name: string, impl: Impl): void {
  const d = new C.PyMethodDescr(t, name, impl);
  d.ob_refcnt = 999999999;
  t.tp_dict.set(name, d);
}

const none = (): PyObject => (INCREF(M.None), M.None);

function idx(i: number, n: number): number {
  return i < 0 ? Math.max(0, i + n) : Math.min(i, n);
}

function installList(): void {
  const L = T.ListType;
  def(L, 'append', (s, a, kw) => {
    noKw('append', kw);
    exactly('list.append', a, 1);
    INCREF(a[0]!);
    M.listAppend(s as M.PyList, a[0]!);
    return none();
  });
  def(L, 'extend', (s, a) => {
    exactly('list.extend', a, 1);
    O.listExtend(s as M.PyList, a[0]!);
    return none();
  });
  def(L, 'insert', (s, a) => {
    nargs('insert', a, 2, 2);
    const l = s as M.PyList;
    const i = idx(asInt(a[0]!), l.items.length);
    INCREF(a[1]!);
    M.listResize(l, l.items.length + 1);
    l.items.splice(i, 0, a[1]!);
    M.listTouched(l, i);
    return none();
  });
  def(L, 'pop', (s, a) => {
    nargs('pop', a, 0, 1);
    const l = s as M.PyList;
    if (l.items.length === 0) E.raise(E.IndexError, 'pop from empty list');
    let i = a.length ? asInt(a[0]!) : -1;
    if (i < 0) i += l.items.length;
    if (i < 0 || i >= l.items.length) E.raise(E.IndexError, 'pop index out of range');
    const [v] = l.items.splice(i, 1);
    M.listResize(l, l.items.length);
    M.listTouched(l, i);
    return v!;
  });
  def(L, 'remove', (s, a) => {
    exactly('list.remove', a, 1);
    const l = s as M.PyList;
    for (let i = 0; i < l.items.length; i++) {
      if (A.richCompareBool(l.items[i]!, a[0]!, 2)) {
        const [v] = l.items.splice(i, 1);
        M.listResize(l, l.items.length);
        M.listTouched(l, i);
        DECREF(v!);
        return none();
      }
    }
    return E.raise(E.ValueError, 'list.remove(x): x not in list');
  });
  def(L, 'index', (s, a) => {
    nargs('index', a, 1, 3);
    const l = s as M.PyList;
    const n = l.items.length;
    const start = a.length > 1 ? idx(asInt(a[1]!), n) : 0;
    const stop = a.length > 2 ? idx(asInt(a[2]!), n) : n;
    for (let i = start; i < stop && i < l.items.length; i++) if (A.richCompareBool(l.items[i]!, a[0]!, 2)) return M.newInt(i);
    return E.raise(E.ValueError, `${A.reprJs(a[0]!)} is not in list`);
  });
  def(L, 'count', (s, a) => {
    exactly('list.count', a, 1);
    let c = 0;
    for (const x of (s as M.PyList).items.slice()) if (A.richCompareBool(x, a[0]!, 2)) c++;
    return M.newInt(c);
  });
  def(L, 'reverse', (s, a) => {
    exactly('list.reverse', a, 0);
    (s as M.PyList).items.reverse();
    M.listTouched(s as M.PyList, 0);
    return none();
  });
  def(L, 'clear', (s, a) => {
    exactly('list.clear', a, 0);
    const l = s as M.PyList;
    const items = l.items;
    l.items = [];
    M.listSetExact(l, 0);
    M.listTouched(l, 0);
    for (let i = items.length - 1; i >= 0; i--) DECREF(items[i]!);
    return none();
  });
  def(L, 'copy', (s, a) => {
    exactly('list.copy', a, 0);
    const items = (s as M.PyList).items.slice();
    for (const x of items) INCREF(x);
    return M.newList(items);
  });
  def(L, 'sort', (s, a, kw) => {
    if (a.length) E.raise(E.TypeError, 'sort() takes no positional arguments');
    onlyKw('sort', kw, ['key', 'reverse']);
    listSort(s as M.PyList, kwGet(kw, 'key'), kwGet(kw, 'reverse'));
    return none();
  });
  def(L, '__init__', (s, a, kw) => {
    noKw('list', kw);
    nargs('list', a, 0, 1);
    // list___init___impl: clear, then extend.
    const l = s as M.PyList;
    const old = l.items;
    l.items = [];
    M.listTouched(l, 0);
    for (let i = old.length - 1; i >= 0; i--) DECREF(old[i]!);
    if (a.length === 1) O.listExtend(l, a[0]!);
    return none();
  });
  def(L, '__len__', (s) => M.newInt((s as M.PyList).items.length));
  def(L, '__getitem__', (s, a) => O.getItem(s, a[0]!));
  def(L, '__contains__', (s, a) => M.newBool(O.contains(s, a[0]!)));
}

function installTuple(): void {
  const Tu = T.TupleType;
  def(Tu, 'index', (s, a) => {
    nargs('index', a, 1, 3);
    const items = (s as M.PyTuple).items;
    for (let i = 0; i < items.length; i++) if (A.richCompareBool(items[i]!, a[0]!, 2)) return M.newInt(i);
    return E.raise(E.ValueError, 'tuple.index(x): x not in tuple');
  });
  def(Tu, 'count', (s, a) => {
    exactly('tuple.count', a, 1);
    let c = 0;
    for (const x of (s as M.PyTuple).items) if (A.richCompareBool(x, a[0]!, 2)) c++;
    return M.newInt(c);
  });
  def(Tu, '__len__', (s) => M.newInt((s as M.PyTuple).items.length));
  def(Tu, '__getitem__', (s, a) => O.getItem(s, a[0]!));
}

function keyError(k: PyObject): never {
  INCREF(k);
  throw new E.PyErr(E.newExc(E.KeyError, M.newTuple([k])));
}

function installDict(): void {
  const D = T.DictType;
  def(D, 'get', (s, a) => {
    nargs('get', a, 1, 2);
    const v = dictGet(s as PyDict, a[0]!) ?? a[1] ?? M.None;
    INCREF(v);
    return v;
  });
  def(D, 'keys', (s) => I.newDictIter(T.DictKeysType, s as PyDict, 0));
  def(D, 'values', (s) => I.newDictIter(T.DictValuesType, s as PyDict, 1));
  def(D, 'items', (s) => I.newDictIter(T.DictItemsType, s as PyDict, 2));
  def(D, 'pop', (s, a) => {
    nargs('pop', a, 1, 2);
    const d = s as PyDict;
    const i = dictLookup(d, a[0]!);
    if (i < 0) {
      if (a.length === 2) {
        INCREF(a[1]!);
        return a[1]!;
      }
      keyError(a[0]!);
    }
    const [k, v] = dictPopIndex(d, i);
    DECREF(k);
    return v;
  });
  def(D, 'popitem', (s, a) => {
    exactly('popitem', a, 0);
    const d = s as PyDict;
    for (let i = d.ekeys.length - 1; i >= 0; i--) {
      if (d.ekeys[i] != null) {
        const [k, v] = dictPopIndex(d, i);
        d.ekeys.length = i;
        d.evals.length = i;
        d.ehash.length = i;
        d.enext.length = i;
        return M.newTuple([k, v]);
      }
    }
    return E.raise(E.KeyError, 'popitem(): dictionary is empty');
  });
  def(D, 'setdefault', (s, a) => {
    nargs('setdefault', a, 1, 2);
    const d = s as PyDict;
    const v = dictGet(d, a[0]!);
    if (v !== null) {
      INCREF(v);
      return v;
    }
    const dv = a[1] ?? M.None;
    dictSet(d, a[0]!, dv);
    INCREF(dv);
    return dv;
  });
  def(D, 'update', (s, a, kw) => {
    nargs('update', a, 0, 1);
    dictUpdateFrom(s as PyDict, a[0] ?? M.None, kw);
    return none();
  });
  def(D, 'clear', (s, a) => {
    exactly('dict.clear', a, 0);
    dictClear(s as PyDict);
    return none();
  });
  def(D, 'copy', (s, a) => {
    exactly('dict.copy', a, 0);
    return dictCopy(s as PyDict);
  });
  def(D, '__init__', (s, a, kw) => {
    nargs('dict', a, 0, 1);
    dictUpdateFrom(s as PyDict, a[0] ?? M.None, kw);
    return none();
  });
  def(D, '__len__', (s) => M.newInt((s as PyDict).used));
  def(D, '__getitem__', (s, a) => O.getItem(s, a[0]!));
  def(D, '__contains__', (s, a) => M.newBool(dictLookup(s as PyDict, a[0]!) >= 0));
  for (const t of [D, T.ListType]) {
    def(t, '__setitem__', (s, a) => {
      exactly('__setitem__', a, 2);
      O.setItem(s, a[0]!, a[1]!);
      return none();
    });
    def(t, '__delitem__', (s, a) => {
      exactly('__delitem__', a, 1);
      O.delItem(s, a[0]!);
      return none();
    });
  }
  for (const t of [T.DictKeysType, T.DictValuesType, T.DictItemsType]) {
    def(t, '__len__', (s) => M.newInt(((s as I.PyDictIter).dict?.used) ?? 0));
  }
}

function setArg(o: PyObject): PySet {
  if (o instanceof PySet) {
    INCREF(o);
    return o;
  }
  const s = newSet();
  const items = I.toArray(o);
  for (const x of items) {
    setAdd(s, x);
    DECREF(x);
  }
  return s;
}

function copySet(src: PySet, t: PyType = src.ob_type): PySet {
  const s = newSet(t === T.FrozenSetType ? T.FrozenSetType : T.SetType);
  setMerge(s, src);
  return s;
}

function installSet(): void {
  for (const S of [T.SetType, T.FrozenSetType]) {
    def(S, 'union', (s, a) => {
      const r = copySet(s as PySet);
      for (const o of a) {
        const other = setArg(o);
        setMerge(r, other);
        DECREF(other);
      }
      return r;
    });
    def(S, 'intersection', (s, a) => {
      let cur = copySet(s as PySet);
      for (const o of a) {
        const other = setArg(o);
        const r = newSet(s.ob_type === T.FrozenSetType ? T.FrozenSetType : T.SetType);
        const [small, big] = other.used > cur.used ? [cur, other] : [other, cur];
        for (const k of setKeys(small)) if (setFind(big, k) >= 0) setAdd(r, k);
        DECREF(other);
        DECREF(cur);
        cur = r;
      }
      return cur;
    });
    def(S, 'difference', (s, a) => {
      if (a.length === 1 && a[0] instanceof PySet && (s as PySet).used >> 2 > a[0].used) {
        // set_difference: copy, then discard the other's keys.
        const r = copySet(s as PySet);
        for (const k of setKeys(a[0])) {
          const i = setFind(r, k);
          if (i >= 0) DECREF(setDiscardAt(r, i));
        }
        return r;
      }
      const r = newSet(s.ob_type === T.FrozenSetType ? T.FrozenSetType : T.SetType);
      const others = a.map(setArg);
      for (const k of setKeys(s as PySet)) if (!others.some((o) => setFind(o, k) >= 0)) setAdd(r, k);
      for (const o of others) DECREF(o);
      return r;
    });
    def(S, 'symmetric_difference', (s, a) => {
      exactly('symmetric_difference', a, 1);
      // set_symmetric_difference: a copy of the other, updated with this set's keys.
      const other = setArg(a[0]!);
      const r = copySet(other, s.ob_type);
      for (const k of setKeys(s as PySet)) {
        const i = setFind(r, k);
        if (i >= 0) DECREF(setDiscardAt(r, i));
        else setAdd(r, k);
      }
      DECREF(other);
      return r;
    });
    def(S, 'issubset', (s, a) => {
      const other = setArg(a[0]!);
      const r = setKeys(s as PySet).every((k) => setFind(other, k) >= 0);
      DECREF(other);
      return M.newBool(r);
    });
    def(S, 'issuperset', (s, a) => {
      const other = setArg(a[0]!);
      const r = setKeys(other).every((k) => setFind(s as PySet, k) >= 0);
      DECREF(other);
      return M.newBool(r);
    });
    def(S, 'isdisjoint', (s, a) => {
      const other = setArg(a[0]!);
      const r = !setKeys(s as PySet).some((k) => setFind(other, k) >= 0);
      DECREF(other);
      return M.newBool(r);
    });
    def(S, 'copy', (s) => {
      if (s.ob_type === T.FrozenSetType) {
        INCREF(s);
        return s;
      }
      return copySet(s as PySet);
    });
    def(S, '__len__', (s) => M.newInt((s as PySet).used));
    def(S, '__contains__', (s, a) => M.newBool(setFind(s as PySet, a[0]!) >= 0));
  }
  const S = T.SetType;
  def(S, 'add', (s, a) => {
    exactly('set.add', a, 1);
    setAdd(s as PySet, a[0]!);
    return none();
  });
  def(S, 'remove', (s, a) => {
    exactly('set.remove', a, 1);
    const i = setFind(s as PySet, a[0]!);
    if (i < 0) keyError(a[0]!);
    DECREF(setDiscardAt(s as PySet, i));
    return none();
  });
  def(S, 'discard', (s, a) => {
    exactly('set.discard', a, 1);
    const i = setFind(s as PySet, a[0]!);
    if (i >= 0) DECREF(setDiscardAt(s as PySet, i));
    return none();
  });
  def(S, 'pop', (s, a) => {
    exactly('set.pop', a, 0);
    const st = s as PySet;
    if (st.used === 0) E.raise(E.KeyError, 'pop from an empty set');
    let i = st.finger & st.mask;
    while (st.keys[i] === null || (st.keys[i] as unknown as { dummy?: boolean }).dummy === true) {
      i++;
      if (i > st.mask) i = 0;
    }
    const k = setDiscardAt(st, i);
    st.finger = i + 1;
    return k;
  });
  def(S, 'clear', (s) => {
    setClear(s as PySet);
    return none();
  });
  def(S, 'update', (s, a) => {
    for (const o of a) {
      const other = setArg(o);
      setMerge(s as PySet, other);
      DECREF(other);
    }
    return none();
  });
  def(S, 'difference_update', (s, a) => {
    for (const o of a) {
      const other = setArg(o);
      for (const k of setKeys(other)) {
        const i = setFind(s as PySet, k);
        if (i >= 0) DECREF(setDiscardAt(s as PySet, i));
      }
      DECREF(other);
    }
    return none();
  });
  def(S, 'intersection_update', (s, a) => {
    for (const o of a) {
      const other = setArg(o);
      for (const k of setKeys(s as PySet)) {
        if (setFind(other, k) < 0) DECREF(setDiscardAt(s as PySet, setFind(s as PySet, k)));
      }
      DECREF(other);
    }
    return none();
  });
}

function isView(o: PyObject): o is I.PyDictIter {
  return o instanceof I.PyDictIter && (o.ob_type === T.DictKeysType || o.ob_type === T.DictItemsType);
}

/** PySet_New(iterable) from a dict view (its items in dict order). */
function setFromIterable(o: PyObject): PySet {
  const s = newSet();
  const items = I.toArray(o);
  for (const x of items) {
    setAdd(s, x);
    DECREF(x);
  }
  return s;
}

/** dictviews_and / _or / _sub / _xor (Objects/dictobject.c 3.11): the result is a set. */
function viewBinop(a: PyObject, b: PyObject, op: string): PyObject | null {
  let self = a, other = b;
  if (!isView(self)) {
    if (!isView(other) || op === '-') return null;
    [self, other] = [other, self];
  }
  if (op === '&') {
    const r = newSet();
    const lenSelf = A.len(self);
    // A set at least as large as the view: set.intersection(view) iterates the view.
    const [iter, cont] = other instanceof PySet && lenSelf <= other.used ? [self, other] : [other, self];
    const items = I.toArray(iter);
    try {
      for (const x of items) if (O.contains(cont, x)) setAdd(r, x);
    } finally {
      for (const x of items) DECREF(x);
    }
    return r;
  }
  const r = setFromIterable(self);
  if (op === '|' && other instanceof PySet) {
    setMerge(r, other);
    return r;
  }
  const items = I.toArray(other);
  try {
    for (const x of items) {
      const i = setFind(r, x);
      if (op === '|') setAdd(r, x);
      else if (op === '-') {
        if (i >= 0) DECREF(setDiscardAt(r, i));
      } else if (i >= 0) DECREF(setDiscardAt(r, i));
      else setAdd(r, x);
    }
  } finally {
    for (const x of items) DECREF(x);
  }
  return r;
}

/** Set operators (|, &, -, ^ and their in-place forms) and comparisons; dict | dict (PEP 584). */
function setBinop(a: PyObject, b: PyObject, op: string): PyObject | null {
  if ((isView(a) || isView(b)) && ['&', '|', '-', '^'].includes(op)) return viewBinop(a, b, op);
  if (a instanceof PyDict && b instanceof PyDict && (op === '|' || op === '|=')) {
    if (op === '|=') {
      dictMerge(a, b);
      INCREF(a);
      return a;
    }
    const r = dictCopy(a);
    dictMerge(r, b);
    return r;
  }
  if (!(a instanceof PySet) || !(b instanceof PySet)) return null;
  const base = op.replace('=', '');
  const name = base === '|' ? 'union' : base === '&' ? 'intersection' : base === '-' ? 'difference' : base === '^' ? 'symmetric_difference' : null;
  if (name === null) return null;
  const m = a.ob_type.tp_dict.get(name) as C.PyMethodDescr;
  const r = m.impl(a, [b], null) as PySet;
  if (op.endsWith('=') && a.ob_type === T.SetType) {
    setClear(a);
    setMerge(a, r);
    DECREF(r);
    INCREF(a);
    return a;
  }
  return r;
}

function setCompare(a: PyObject, b: PyObject, op: number): PyObject | null {
  if ((isView(a) && (b instanceof PySet || isView(b))) || (isView(b) && a instanceof PySet)) {
    const sa = isView(a) ? setFromIterable(a) : (INCREF(a), a as PySet);
    const sb = isView(b) ? setFromIterable(b) : (INCREF(b), b as PySet);
    try {
      return setCompare(sa, sb, op);
    } finally {
      DECREF(sa);
      DECREF(sb);
    }
  }
  if (!(a instanceof PySet) || !(b instanceof PySet)) return null;
  const sub = (x: PySet, y: PySet): boolean => x.used <= y.used && setKeys(x).every((k) => setFind(y, k) >= 0);
  switch (op) {
    case 2: return M.newBool(sub(a, b) && a.used === b.used);
    case 3: return M.newBool(!(sub(a, b) && a.used === b.used));
    case 1: return M.newBool(sub(a, b));
    case 0: return M.newBool(sub(a, b) && a.used < b.used);
    case 5: return M.newBool(sub(b, a));
    default: return M.newBool(sub(b, a) && b.used < a.used);
  }
}

function installNumbers(): void {
  def(T.IntType, 'bit_length', (s) => M.newInt(((s as M.PyInt).v < 0 ? -BigInt((s as M.PyInt).v) : BigInt((s as M.PyInt).v)).toString(2).replace(/^0$/, '').length));
  def(T.IntType, 'conjugate', (s) => (INCREF(s), s));
  def(T.IntType, '__index__', (s) => M.newInt((s as M.PyInt).v));
  def(T.FloatType, 'is_integer', (s) => M.newBool(Number.isInteger((s as M.PyFloat).v)));
  def(T.FloatType, 'as_integer_ratio', (s) => {
    const x = (s as M.PyFloat).v;
    if (!Number.isFinite(x)) E.raise(Number.isNaN(x) ? E.ValueError : E.OverflowError, Number.isNaN(x) ? 'cannot convert NaN to integer ratio' : 'cannot convert Infinity to integer ratio');
    let num = x, den = 1n;
    let e = 0;
    while (!Number.isInteger(num)) {
      num *= 2;
      e++;
    }
    let n = BigInt(num);
    den = 1n << BigInt(e);
    while (e > 0 && n % 2n === 0n) {
      n /= 2n;
      den /= 2n;
      e--;
    }
    return M.newTuple([M.newInt(n), M.newInt(den)]);
  });
  def(T.IntType, 'as_integer_ratio', (s) => M.newTuple([M.newInt((s as M.PyInt).v), M.newInt(1)]));
  for (const [t, name, op] of [
    [T.IntType, '__add__', 0], [T.IntType, '__sub__', 10], [T.IntType, '__mul__', 5], [T.IntType, '__floordiv__', 2],
    [T.IntType, '__mod__', 6], [T.IntType, '__truediv__', 11], [T.FloatType, '__add__', 0], [T.FloatType, '__sub__', 10],
    [T.FloatType, '__mul__', 5], [T.FloatType, '__truediv__', 11], [T.StrType, '__add__', 0], [T.ListType, '__add__', 0],
  ] as [PyType, string, number][]) {
    def(t, name, (s, a) => {
      exactly(name, a, 1);
      try {
        return O.binaryOp(s, a[0]!, op);
      } catch (e) {
        if (e instanceof E.PyErr && e.exc.ob_type === E.TypeError) {
          DECREF(e.exc);
          INCREF(M.NotImplemented);
          return M.NotImplemented;
        }
        throw e;
      }
    });
  }
}

function installObject(): void {
  const Ob = T.ObjectType;
  def(Ob, '__init__', (s) => none());
  def(Ob, '__repr__', (s) => M.newStr(A.reprOfDefault(s)));
  def(Ob, '__str__', (s) => A.repr(s));
  def(Ob, '__eq__', (s, a) => {
    if (s === a[0]) return M.newBool(true);
    INCREF(M.NotImplemented);
    return M.NotImplemented;
  });
  def(Ob, '__ne__', (s, a) => {
    const r = A.richCompare(s, a[0]!, 2);
    if (r === M.NotImplemented) return r;
    const v = A.isTrue(r);
    DECREF(r);
    return M.newBool(!v);
  });
  def(Ob, '__hash__', (s) => M.newInt(A.hash(s)));
  def(Ob, '__setattr__', (s, a) => {
    exactly('__setattr__', a, 2);
    A.genericSetAttr(s, (a[0] as M.PyStr).v, a[1]!);
    return none();
  });
  def(Ob, '__delattr__', (s, a) => {
    A.genericSetAttr(s, (a[0] as M.PyStr).v, null);
    return none();
  });
  def(Ob, '__getattribute__', (s, a) => A.genericGetAttr(s, (a[0] as M.PyStr).v));
  def(Ob, '__sizeof__', (s) => M.newInt(basicSizeof(s)));
  def(Ob, '__format__', (s, a) => {
    const spec = (a[0] as M.PyStr).v;
    if (spec !== '') E.raise(E.TypeError, `unsupported format string passed to ${s.ob_type.tp_name}.__format__`);
    return A.str(s);
  });
  def(Ob, '__init_subclass__', () => none());
  def(Ob, '__dir__', () => E.raise(E.TypeError, 'dir() is not supported yet'));
  const newD = C.newBuiltin('__new__', (args) => {
    if (args.length < 1 || !(args[0] instanceof PyType)) E.raise(E.TypeError, 'object.__new__(X): X is not a type object');
    const t = args[0] as PyType;
    if (t === T.ObjectType) {
      const o = new PyInstance(t);
      A.allocPlainObject(o);
      return o;
    }
    if (E.isExceptionType(t)) {
      const rest = args.slice(1);
      for (const x of rest) INCREF(x);
      return E.newExc(t, M.newTuple(rest));
    }
    return A.allocInstanceOf(t);
  });
  newD.ob_refcnt = 999999999;
  Ob.tp_dict.set('__new__', newD);
  // type methods
  def(T.TypeType, 'mro', (s) => M.newList((s as PyType).tp_mro.map((t) => (INCREF(t), t))));
  def(T.TypeType, '__subclasses__', () => E.raise(E.TypeError, '__subclasses__ is not supported yet'));
}

function installExceptions(): void {
  const B = E.BaseException;
  def(B, '__init__', (s, a) => {
    const e = s as E.PyExc;
    const old = e.args;
    for (const x of a) INCREF(x);
    e.args = M.newTuple(a.slice());
    if (slotHook !== null) slotHook.touched(e, 0);
    DECREF(old);
    return none();
  });
  def(B, 'with_traceback', (s, a) => {
    const e = s as E.PyExc;
    const tb = a[0]!;
    INCREF(tb);
    const old = e.traceback;
    e.traceback = tb === M.None ? null : tb;
    if (tb === M.None) DECREF(tb);
    if (old !== null) DECREF(old);
    INCREF(s);
    return s;
  });
  A.specialAttrHook.fn = (o, name) => {
    if (o instanceof E.PyExc) {
      switch (name) {
        case 'args': INCREF(o.args); return o.args;
        case '__traceback__': { const v = o.traceback ?? M.None; INCREF(v); return v; }
        case '__context__': { const v = o.context ?? M.None; INCREF(v); return v; }
        case '__cause__': { const v = o.cause ?? M.None; INCREF(v); return v; }
        case '__suppress_context__': return M.newBool(o.suppressContext);
        case 'value':
          if (o.ob_type.isSubtypeOf(E.StopIteration)) {
            const v = o.value ?? (o.args.items[0] ?? M.None);
            INCREF(v);
            return v;
          }
          break;
      }
    }
    if (name === '__class__') {
      INCREF(o.ob_type);
      return o.ob_type;
    }
    if (name === '__dict__' && o instanceof C.PyModule) {
      INCREF(o.dict);
      return o.dict;
    }
    if (o instanceof C.PyFunction) {
      switch (name) {
        case '__name__': INCREF(o.name); return o.name;
        case '__qualname__': INCREF(o.qualname); return o.qualname;
        case '__doc__': { const v = o.doc ?? M.None; INCREF(v); return v; }
        case '__module__': { const v = o.module ?? M.None; INCREF(v); return v; }
        case '__defaults__': { const v = o.defaults ?? M.None; INCREF(v); return v; }
        case '__closure__': { const v = o.closure ?? M.None; INCREF(v); return v; }
        case '__code__': INCREF(o.code); return o.code;
        case '__globals__': INCREF(o.globals); return o.globals;
        case '__annotations__': {
          // func_get_annotations: created on first access; 3.11 stores MAKE_FUNCTION's tuple form until then.
          if (o.annotations === null || o.annotations instanceof M.PyTuple) {
            const d = newDict();
            const tup = o.annotations as M.PyTuple | null;
            if (tup !== null) for (let i = 0; i + 1 < tup.items.length; i += 2) dictSet(d, tup.items[i]!, tup.items[i + 1]!);
            if (tup !== null) DECREF(tup);
            o.annotations = d;
          }
          INCREF(o.annotations!);
          return o.annotations!;
        }
      }
    }
    if (o instanceof C.PyMethod) {
      if (name === '__self__') { INCREF(o.self); return o.self; }
      if (name === '__func__') { INCREF(o.func); return o.func; }
      return A.getAttr(o.func, name);
    }
    if (o instanceof C.PyBuiltin && name === '__name__') return M.newStr(o.name);
    if (o instanceof C.PyBuiltin && name === '__self__') {
      const v = o.self ?? M.None;
      INCREF(v);
      return v;
    }
    if (o instanceof M.PyCell && name === 'cell_contents') {
      if (o.ref === null) E.raise(E.ValueError, 'Cell is empty');
      INCREF(o.ref!);
      return o.ref!;
    }
    if (o instanceof M.PyRange) {
      if (name === 'start') return M.newInt(o.start);
      if (name === 'stop') return M.newInt(o.stop);
      if (name === 'step') return M.newInt(o.step);
    }
    if (o instanceof M.PySlice && (name === 'start' || name === 'stop' || name === 'step')) {
      const v = o[name];
      INCREF(v);
      return v;
    }
    if (o instanceof C.PyProperty) {
      const v = name === 'fget' ? o.fget : name === 'fset' ? o.fset : name === 'fdel' ? o.fdel : undefined;
      if (v !== undefined) {
        const r = v ?? M.None;
        INCREF(r);
        return r;
      }
      if (name === 'setter' || name === 'getter' || name === 'deleter') {
        return C.newBuiltin(name, (args) => {
          const fn = args[0]!;
          INCREF(fn);
          const keep = (x: PyObject | null): PyObject | null => (x === null ? null : (INCREF(x), x));
          const p = new C.PyProperty(
            name === 'getter' ? fn : keep(o.fget),
            name === 'setter' ? fn : keep(o.fset),
            name === 'deleter' ? fn : keep(o.fdel),
            keep(o.doc),
          );
          A.allocDescr(p);
          return p;
        }, o);
      }
    }
    if (o instanceof C.PySuper) return superGetAttr(o, name);
    if (name === 'real' && o instanceof M.PyInt) return M.newInt(o.v);
    if (name === 'imag' && o instanceof M.PyInt) return M.newInt(0);
    if (name === 'real' && o instanceof M.PyFloat) return M.newFloat(o.v);
    if (o instanceof PyComplex && (name === 'real' || name === 'imag')) return M.newFloat(name === 'real' ? o.re : o.im);
    return introspectionAttr(o, name);
  };
}

/** super_getattro: look the name up in the MRO of the object's type, after `type`. */
function superGetAttr(s: C.PySuper, name: string): PyObject {
  const mro = s.objType!.tp_mro;
  let i = mro.indexOf(s.type) + 1;
  for (; i < mro.length; i++) {
    const v = mro[i]!.tp_dict.get(name);
    if (v !== undefined) {
      const obj = s.obj === s.objType ? null : s.obj;
      if (v instanceof C.PyStaticMethod && v.ob_type === T.ClassMethodType) return C.newMethod(v.callable, s.objType!);
      return A.descrGet(v, obj, s.objType!);
    }
  }
  return E.raise(E.AttributeError, `'super' object has no attribute '${name}'`);
}

/**
 * set_repr (Objects/setobject.c 3.11): Py_ReprEnter first (an empty set enters too), then the body is the repr of
 * PySequence_List(so) without its brackets: a keys list made and released, whose own list_repr enters as well.
 */
function setRepr(o: PySet): string {
  const name = o.ob_type.tp_name;
  if (reprEnter(o)) return `${name}(...)`;
  try {
    if (o.used === 0) return `${name}()`;
    const keys = M.newList([]);
    let listrepr: string;
    try {
      O.listExtend(keys, o);
      listrepr = A.reprJs(keys);
    } finally {
      DECREF(keys);
    }
    const body = '{' + listrepr.slice(1, -1) + '}';
    return o.ob_type === T.SetType ? body : `${name}(${body})`;
  } finally {
    reprLeave(o);
  }
}

/** dictview_repr (Objects/dictobject.c 3.11): under Py_ReprEnter ("..." when recursive), "%s(%R)" of PySequence_List(view). */
function dictViewRepr(o: PyObject): string {
  if (reprEnter(o)) return '...';
  try {
    const seq = M.newList([]);
    try {
      O.listExtend(seq, o);
      return `${o.ob_type.tp_name}(${A.reprJs(seq)})`;
    } finally {
      DECREF(seq);
    }
  } finally {
    reprLeave(o);
  }
}

function installBytes(): void {
  def(T.BytesType, 'decode', (s) => {
    const b = (s as M.PyBytes).v;
    let out = '';
    for (let i = 0; i < b.length; ) {
      const c = b[i]!;
      let cp: number, n: number;
      if (c < 0x80) [cp, n] = [c, 1];
      else if (c >= 0xc0 && c < 0xe0) [cp, n] = [c & 0x1f, 2];
      else if (c >= 0xe0 && c < 0xf0) [cp, n] = [c & 0x0f, 3];
      else if (c >= 0xf0 && c < 0xf8) [cp, n] = [c & 0x07, 4];
      else return E.raise(E.UnicodeError, `'utf-8' codec can't decode byte 0x${c.toString(16)} in position ${i}: invalid start byte`);
      for (let k = 1; k < n; k++) cp = (cp << 6) | (b[i + k]! & 0x3f);
      out += String.fromCodePoint(cp);
      i += n;
    }
    return M.newStr(out);
  });
  const bv = (o: PyObject): number[] => (o instanceof M.PyBytes ? [...o.v] : o instanceof PyByteArray ? o.bytes : E.raise(E.TypeError, `a bytes-like object is required, not '${o.ob_type.tp_name}'`));
  const mk = (self: PyObject, v: number[]): PyObject => (self instanceof PyByteArray ? newByteArray(v) : M.newBytes(Uint8Array.from(v)));
  const latin = (v: number[]): string => String.fromCharCode(...v);
  const unlatin = (s2: string): number[] => [...s2].map((c) => c.charCodeAt(0));
  const isWs = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
  for (const BT of [T.BytesType, ByteArrayType]) {
    def(BT, 'upper', (s) => mk(s, bv(s).map((c) => (c >= 97 && c <= 122 ? c - 32 : c))));
    def(BT, 'lower', (s) => mk(s, bv(s).map((c) => (c >= 65 && c <= 90 ? c + 32 : c))));
    def(BT, 'split', (s, a) => {
      const v = bv(s);
      const sepO = a[0];
      const parts: number[][] = [];
      if (sepO === undefined || sepO === M.None) {
        let cur: number[] | null = null;
        for (const c of v) {
          if (isWs(c)) {
            if (cur !== null) parts.push(cur);
            cur = null;
          } else (cur ??= []).push(c);
        }
        if (cur !== null) parts.push(cur);
      } else {
        const sep = latin(bv(sepO));
        if (sep === '') E.raise(E.ValueError, 'empty separator');
        for (const p2 of latin(v).split(sep)) parts.push(unlatin(p2));
      }
      return M.newList(parts.map((p2) => mk(s, p2)));
    });
    def(BT, 'replace', (s, a) => {
      nargs('replace', a, 2, 3);
      return mk(s, unlatin(latin(bv(s)).split(latin(bv(a[0]!))).join(latin(bv(a[1]!)))));
    });
    def(BT, 'find', (s, a) => M.newInt(latin(bv(s)).indexOf(a[0] instanceof M.PyInt ? String.fromCharCode(Number(a[0].v)) : latin(bv(a[0]!)))));
    def(BT, 'count', (s, a) => {
      const hay = latin(bv(s)), n = latin(bv(a[0]!));
      return M.newInt(n === '' ? hay.length + 1 : hay.split(n).length - 1);
    });
    def(BT, 'startswith', (s, a) => M.newBool(latin(bv(s)).startsWith(latin(bv(a[0]!)))));
    def(BT, 'endswith', (s, a) => M.newBool(latin(bv(s)).endsWith(latin(bv(a[0]!)))));
    def(BT, 'strip', (s) => {
      const v = bv(s);
      let i = 0, j = v.length;
      while (i < j && isWs(v[i]!)) i++;
      while (j > i && isWs(v[j - 1]!)) j--;
      return mk(s, v.slice(i, j));
    });
    def(BT, 'join', (s, a) => {
      const items = I.toArray(a[0]!);
      try {
        const sep = bv(s);
        const out: number[] = [];
        items.forEach((x, i) => {
          if (i > 0) out.push(...sep);
          if (!(x instanceof M.PyBytes || x instanceof PyByteArray)) E.raise(E.TypeError, `sequence item ${i}: expected a bytes-like object, ${x.ob_type.tp_name} found`);
          out.push(...bv(x));
        });
        return mk(s, out);
      } finally {
        for (const x of items) DECREF(x);
      }
    });
  }
  const fromhex = C.newBuiltin('fromhex', (args) => {
    const txt = (args[1] as M.PyStr).v.replace(/\s+/g, '');
    const out: number[] = [];
    for (let i = 0; i < txt.length; i += 2) out.push(parseInt(txt.slice(i, i + 2), 16));
    return args[0] === ByteArrayType ? newByteArray(out) : M.newBytes(Uint8Array.from(out));
  });
  fromhex.ob_refcnt = 999999999;
  const fcm = new C.PyStaticMethod(T.ClassMethodType, fromhex);
  fcm.ob_refcnt = 999999999;
  T.BytesType.tp_dict.set('fromhex', fcm);
  T.BytesType.tp_call = (_t, args) => {
    nargs('bytes', args, 0, 1);
    const src = args[0];
    if (src === undefined) return M.newBytes(new Uint8Array(0));
    if (src instanceof M.PyBytes) {
      INCREF(src);
      return src;
    }
    if (src instanceof PyByteArray) return M.newBytes(Uint8Array.from(src.bytes));
    if (src instanceof M.PyInt) return M.newBytes(new Uint8Array(Number(src.v)));
    if (src instanceof M.PyStr) return E.raise(E.TypeError, 'string argument without an encoding');
    const items = I.toArray(src);
    const vals = items.map((x) => asInt(x));
    for (const x of items) DECREF(x);
    for (const v of vals) if (v < 0 || v > 255) E.raise(E.ValueError, 'bytes must be in range(0, 256)');
    return M.newBytes(Uint8Array.from(vals));
  };
  def(T.BytesType, 'hex', (s) => M.newStr([...(s as M.PyBytes).v].map((x) => x.toString(16).padStart(2, '0')).join('')));
}

function installByteArray(): void {
  const B = ByteArrayType;
  def(B, 'append', (s, a) => {
    exactly('bytearray.append', a, 1);
    const v = asInt(a[0]!);
    if (v < 0 || v > 255) E.raise(E.ValueError, 'byte must be in range(0, 256)');
    const b = s as PyByteArray;
    byteArrayResize(b, b.bytes.length + 1);
    b.bytes.push(v);
    return none();
  });
  def(B, 'extend', (s, a) => {
    const b = s as PyByteArray;
    const items = I.toArray(a[0]!);
    const vals = items.map((x) => asInt(x));
    for (const x of items) DECREF(x);
    byteArrayResize(b, b.bytes.length + vals.length);
    b.bytes.push(...vals);
    return none();
  });
  def(B, 'decode', (s) => {
    const bytes = M.newBytes(Uint8Array.from((s as PyByteArray).bytes));
    const d = T.BytesType.tp_dict.get('decode') as C.PyMethodDescr;
    try {
      return d.impl(bytes, [], null);
    } finally {
      DECREF(bytes);
    }
  });
  def(B, '__len__', (s) => M.newInt((s as PyByteArray).bytes.length));
  ByteArrayType.tp_call = (_t, args) => {
    nargs('bytearray', args, 0, 1);
    const src = args[0];
    if (src === undefined) return newByteArray([]);
    if (src instanceof M.PyBytes) return newByteArray(src.v);
    if (src instanceof M.PyInt) return newByteArray(new Array(Number(src.v)).fill(0));
    if (src instanceof M.PyStr) return E.raise(E.TypeError, 'string argument without an encoding');
    const items = I.toArray(src);
    const vals = items.map((x) => asInt(x));
    for (const x of items) DECREF(x);
    return newByteArray(vals);
  };
}

export function installMethods(): void {
  installBytes();
  installByteArray();
  const fromkeys = C.newBuiltin('fromkeys', (args) => {
    nargs('fromkeys', args, 2, 3);
    const src = args[1]!;
    const value = args[2] ?? M.None;
    const d = newDict();
    if (src instanceof PyDict || src instanceof PySet) {
      const n = src instanceof PyDict ? src.used : src.used;
      dictPresizeKeys(d, n, src instanceof PyDict ? src.unicode : false);
    }
    try {
      for (const k of I.toArray(src)) {
        dictSet(d, k, value);
        DECREF(k);
      }
    } catch (e) {
      DECREF(d);
      throw e;
    }
    return d;
  });
  fromkeys.ob_refcnt = 999999999;
  const cm = new C.PyStaticMethod(T.ClassMethodType, fromkeys);
  cm.ob_refcnt = 999999999;
  T.DictType.tp_dict.set('fromkeys', cm);
  // Chained: modules loaded earlier (weak references, finalizers) installed their reprs before this runs.
  const prevExtraRepr = A_extraRepr.fn;
  A_extraRepr.fn = (o) => {
    if (o instanceof PySet) return setRepr(o);
    if (o instanceof PyMappingProxy) return `mappingproxy(${A.reprJs(o.mapping)})`;
    if (o instanceof PyByteArray) {
      const tmp = M.newBytes(Uint8Array.from(o.bytes));
      try {
        return `bytearray(${A.reprJs(tmp)})`;
      } finally {
        DECREF(tmp);
      }
    }
    if (o instanceof I.PyDictIter && o.dict !== null && (o.ob_type === T.DictKeysType || o.ob_type === T.DictValuesType || o.ob_type === T.DictItemsType)) {
      return dictViewRepr(o);
    }
    return prevExtraRepr(o);
  };
  O.lengthHintHook.fn = (o) => {
    if (o instanceof I.PySeqIter) {
      const seq = o.seq;
      if (seq === null) return 0;
      if (seq instanceof M.PyList || seq instanceof M.PyTuple) return o.ob_type === T.ListRevIterType ? o.index + 1 : Math.max(0, seq.items.length - o.index);
      return null;
    }
    if (o instanceof I.PyRangeIter) return o.remaining;
    if (o instanceof I.PyDictIter) return o.dict === null ? 0 : o.dict.used;
    if (o instanceof PySet) return o.used;
    if (o instanceof M.PyBytes) return o.v.length;
    if (o instanceof PyByteArray) return o.bytes.length;
    if (o.ob_type.isHeap && o.ob_type.lookup('__len__') !== undefined) return A.len(o);
    return null;
  };
  installList();
  installTuple();
  installDict();
  installSet();
  installNumbers();
  installObject();
  installExceptions();
  installStrMethods(def);
  O.opHooks.setBinop = setBinop;
  A.setCompareHook.fn = setCompare;
  I.iterHooks.getIter = (o) => {
    if (o instanceof PyMappingProxy) return I.getIter(o.mapping);
    if (o instanceof M.PyBytes) return I.newSeqIter(T.BytesIterType, o);
    if (o instanceof PyByteArray) return I.newSeqIter(T.ByteArrayIterType, o);
    if (o instanceof PySet) return newSetIter(o);
    if (o instanceof I.PyDictIter && (o.ob_type === T.DictKeysType || o.ob_type === T.DictValuesType || o.ob_type === T.DictItemsType)) {
      const kind = o.ob_type === T.DictKeysType ? 0 : o.ob_type === T.DictValuesType ? 1 : 2;
      const t = kind === 0 ? T.DictKeyIterType : kind === 1 ? T.DictValueIterType : T.DictItemIterType;
      return I.newDictIter(t, o.dict!, kind);
    }
    return null;
  };
  I.truthHook.fn = A.isTrue;
  I.eqHook.fn = A.eq;
  A.superAttrHook.fn = superGetAttr;
  for (const name of ['keys', 'values', 'items', 'get', 'copy']) {
    def(MappingProxyType, name, (s, a, kw) => (T.DictType.tp_dict.get(name) as C.PyMethodDescr).impl((s as PyMappingProxy).mapping, a, kw));
  }
  O.containsHook.fn = (c, v) => (c instanceof PySet ? setFind(c, v) >= 0 : c instanceof PyMappingProxy ? O.contains(c.mapping, v) : null);
  A.lenHook.fn = (o) =>
    o instanceof PyMappingProxy ? o.mapping.used : o instanceof PySet ? o.used : o instanceof PyByteArray ? o.bytes.length : o instanceof I.PyDictIter && o.dict !== null ? o.dict.used : null;
  void callObject;
  void dictClear;
}
