// Models CPython 3.11's iterator objects (Objects/listobject.c listiterobject, tupleobject.c, rangeobject.c
// rangeiterobject, dictobject.c dictiterobject, unicodeobject.c, enumobject.c, bltinmodule.c zip/map/filter,
// iterobject.c seqiterobject) and PyObject_GetIter / PyIter_Next. An exhausted list/tuple iterator drops
// its sequence at once (it_seq = NULL), which getrefcount can observe.

import { PyObject, PyType, INCREF, DECREF, XDECREF, allocObject, freeObject, slotHook } from './object';
import * as M from './models';
import { PyDict } from './dict';
import * as E from './exceptions';
import { callSpecial, call } from './abstract';
import * as T from './types';
import { PyFunction } from './callables';
import { PySetIter, setIterNext } from './set';
import { isProxy, withUnwrapped } from './weakproxy';

export class PySeqIter extends PyObject {
  index = 0;
  constructor(t: PyType, public seq: PyObject | null) {
    super(t);
  }
}
export class PyRangeIter extends PyObject {
  constructor(public next: number, public step: number, public remaining: number) {
    super(T.RangeIterType);
  }
}
/** dict_keyiterator / valueiterator / itemiterator: `kind` 0 keys, 1 values, 2 items. */
export class PyDictIter extends PyObject {
  pos = 0;
  len: number;
  constructor(t: PyType, public dict: PyDict | null, public kind: number) {
    super(t);
    this.len = dict === null ? 0 : dict.used;
  }
}
/** enumerate / zip / map / filter / reversed: iterators over other iterators. */
export class PyCompositeIter extends PyObject {
  count: PyObject | null = null;
  constructor(t: PyType, public iters: PyObject[], public func: PyObject | null) {
    super(t);
  }
}

function alloc<O extends PyObject>(o: O, size: number, gc = true): O {
  allocObject(o, size, gc);
  return o;
}

export function newSeqIter(t: PyType, seq: PyObject): PySeqIter {
  INCREF(seq);
  return alloc(new PySeqIter(t, seq), 16 + 32);
}
for (const t of [T.ListIterType, T.TupleIterType, T.StrIterType, T.ListRevIterType, T.SeqIterType, T.BytesIterType, T.ByteArrayIterType]) {
  t.tp_dealloc = (o) => {
    XDECREF((o as PySeqIter).seq);
    freeObject(o);
  };
}
for (const t of [T.DictKeyIterType, T.DictValueIterType, T.DictItemIterType, T.DictKeysType, T.DictValuesType, T.DictItemsType]) {
  t.tp_dealloc = (o) => {
    XDECREF((o as PyDictIter).dict);
    freeObject(o);
  };
}
for (const t of [T.EnumerateType, T.ZipType, T.MapType, T.FilterType, T.ReversedType, T.CallIterType]) {
  t.tp_dealloc = (o) => {
    const c = o as PyCompositeIter;
    for (const it of c.iters) DECREF(it);
    XDECREF(c.func);
    XDECREF(c.count);
    freeObject(o);
  };
}

/** callable_iterator: iter(callable, sentinel). */
export function newCallIter(callable: PyObject, sentinel: PyObject): PyCompositeIter {
  INCREF(sentinel);
  const it = newComposite(T.CallIterType, [sentinel], callable);
  return it;
}

export function newDictIter(t: PyType, d: PyDict, kind: number): PyDictIter {
  INCREF(d);
  return alloc(new PyDictIter(t, d, kind), 16 + t.basicsize);
}

export function newRangeIter(r: M.PyRange): PyRangeIter {
  return alloc(new PyRangeIter(r.start, r.step, r.len), 48, false);
}

export function newComposite(t: PyType, iters: PyObject[], func: PyObject | null): PyCompositeIter {
  if (func !== null) INCREF(func);
  return alloc(new PyCompositeIter(t, iters, func), 16 + 40);
}

export const iterHooks: { getIter: (o: PyObject) => PyObject | null; next: (it: PyObject) => PyObject | null | undefined } = {
  getIter: () => null,
  next: () => undefined,
};

/** PyObject_GetIter. New reference. */
export function getIter(o: PyObject): PyObject {
  if (isProxy(o)) return withUnwrapped(o, getIter);
  if (o.ob_type.isHeap && !(o instanceof PySeqIter)) {
    const m = o.ob_type.lookup('__iter__');
    if (m instanceof PyFunction) {
      const r = callSpecial(o, m, []);
      if (!isIterator(r)) {
        const tn = r.ob_type.tp_name;
        DECREF(r);
        E.raise(E.TypeError, `iter() returned non-iterator of type '${tn}'`);
      }
      return r;
    }
  }
  if (o instanceof M.PyList) return newSeqIter(T.ListIterType, o);
  if (o instanceof M.PyTuple) return newSeqIter(T.TupleIterType, o);
  if (o instanceof M.PyRange) return newRangeIter(o);
  if (o instanceof PyDict) return newDictIter(T.DictKeyIterType, o, 0);
  if (o instanceof M.PyStr) return newSeqIter(T.StrIterType, o);
  const h = iterHooks.getIter(o);
  if (h !== null) return h;
  if (isIterator(o)) {
    INCREF(o);
    return o;
  }
  const t = o.ob_type;
  if (t.isHeap) {
    const m = t.lookup('__iter__');
    if (m !== undefined && m !== M.None) {
      const r = callSpecial(o, m, []);
      if (!isIterator(r)) {
        const tn = r.ob_type.tp_name;
        DECREF(r);
        E.raise(E.TypeError, `iter() returned non-iterator of type '${tn}'`);
      }
      return r;
    }
    if (t.lookup('__getitem__') !== undefined) return newSeqIter(T.SeqIterType, o);
  }
  return E.raise(E.TypeError, `'${t.tp_name}' object is not iterable`);
}

export function isIterator(o: PyObject): boolean {
  // A proxy has tp_iternext (proxy_iternext), so PyIter_Check is true whatever its referent.
  if (isProxy(o)) return true;
  if (o instanceof PyDictIter) return o.ob_type === T.DictKeyIterType || o.ob_type === T.DictValueIterType || o.ob_type === T.DictItemIterType;
  if (o instanceof PySeqIter || o instanceof PyRangeIter || o instanceof PyCompositeIter || o instanceof PySetIter) return true;
  if (o.ob_type === T.GeneratorType) return true;
  if (o.ob_type.isHeap) return o.ob_type.lookup('__next__') !== undefined;
  return false;
}

/** tp_iternext: a new reference, or null when exhausted (no StopIteration object is created). */
export function iterNext(it: PyObject): PyObject | null {
  if (isProxy(it)) {
    return withUnwrapped(it, (x) => (isIterator(x) ? iterNext(x) : E.raise(E.TypeError, `Weakref proxy referenced a non-iterator '${x.ob_type.tp_name}' object`)));
  }
  if (it instanceof PySeqIter) {
    const seq = it.seq;
    if (seq === null) return null;
    if (it.ob_type === T.ListRevIterType) {
      const items = (seq as M.PyList).items;
      if (it.index >= 0 && it.index < items.length) {
        const v = items[it.index--]!;
        INCREF(v);
        return v;
      }
      it.seq = null;
      if (slotHook !== null) slotHook.touched(it, 0);
      DECREF(seq);
      return null;
    }
    if (seq instanceof M.PyList || seq instanceof M.PyTuple) {
      if (it.index < seq.items.length) {
        const v = seq.items[it.index++]!;
        INCREF(v);
        return v;
      }
      it.seq = null;
      if (slotHook !== null) slotHook.touched(it, 0);
      DECREF(seq);
      return null;
    }
    if (it.ob_type === T.BytesIterType || it.ob_type === T.ByteArrayIterType) {
      // striter_next / bytearrayiter_next: a bytearray is read as it is now, so growth shows.
      const b = seq instanceof M.PyBytes ? seq.v : (seq as unknown as { bytes: number[] }).bytes;
      if (it.index < b.length) return M.newInt(b[it.index++]!);
      it.seq = null;
      if (slotHook !== null) slotHook.touched(it, 0);
      DECREF(seq);
      return null;
    }
    if (seq instanceof M.PyStr) {
      if (it.index < seq.v.length) {
        const cp = seq.v.codePointAt(it.index)!;
        it.index += cp > 0xffff ? 2 : 1;
        return M.newStr(String.fromCodePoint(cp));
      }
      it.seq = null;
      if (slotHook !== null) slotHook.touched(it, 0);
      DECREF(seq);
      return null;
    }
    // sequence-protocol iterator over __getitem__
    const idx = M.newInt(it.index);
    try {
      const r = callSpecial(seq, seq.ob_type.lookup('__getitem__')!, [idx]);
      it.index++;
      return r;
    } catch (e) {
      if (e instanceof E.PyErr && (e.exc.ob_type.isSubtypeOf(E.IndexError) || e.exc.ob_type.isSubtypeOf(E.StopIteration))) {
        DECREF(e.exc);
        it.seq = null;
        if (slotHook !== null) slotHook.touched(it, 0);
        DECREF(seq);
        return null;
      }
      throw e;
    } finally {
      DECREF(idx);
    }
  }
  if (it instanceof PyRangeIter) {
    if (it.remaining <= 0) return null;
    const v = it.next;
    it.next += it.step;
    it.remaining--;
    return M.newInt(v);
  }
  if (it instanceof PyDictIter) {
    const d = it.dict;
    if (d === null) return null;
    if (d.used !== it.len) {
      it.len = -1;
      E.raise(E.RuntimeError, 'dictionary changed size during iteration');
    }
    while (it.pos < d.ekeys.length && d.ekeys[it.pos] == null) it.pos++;
    if (it.pos >= d.ekeys.length) {
      it.dict = null;
      if (slotHook !== null) slotHook.touched(it, 0);
      DECREF(d);
      return null;
    }
    const i = it.pos++;
    const k = d.ekeys[i]!, v = d.evals[i]!;
    if (it.kind === 0) {
      INCREF(k);
      return k;
    }
    if (it.kind === 1) {
      INCREF(v);
      return v;
    }
    INCREF(k);
    INCREF(v);
    return M.newTuple([k, v]);
  }
  if (it instanceof PyCompositeIter) return compositeNext(it);
  if (it instanceof PySetIter) return setIterNext(it);
  const h = iterHooks.next(it);
  if (h !== undefined) return h;
  const t = it.ob_type;
  const m = t.lookup('__next__');
  if (m === undefined) E.raise(E.TypeError, `'${t.tp_name}' object is not an iterator`);
  try {
    return callSpecial(it, m!, []);
  } catch (e) {
    if (e instanceof E.PyErr && e.exc.ob_type.isSubtypeOf(E.StopIteration)) {
      DECREF(e.exc);
      return null;
    }
    throw e;
  }
}

function compositeNext(c: PyCompositeIter): PyObject | null {
  const t = c.ob_type;
  if (t === T.EnumerateType) {
    const v = iterNext(c.iters[0]!);
    if (v === null) return null;
    const n = c.count!;
    const next = M.newInt((n as M.PyInt).v as number + 1);
    c.count = next;
    if (slotHook !== null) slotHook.touched(c, 0);
    return M.newTuple([n, v]);
  }
  if (t === T.ZipType) {
    if (c.iters.length === 0) return null;
    const out: PyObject[] = [];
    for (const it of c.iters) {
      const v = iterNext(it);
      if (v === null) {
        for (const o of out) DECREF(o);
        return null;
      }
      out.push(v);
    }
    return M.newTuple(out);
  }
  if (t === T.MapType) {
    const args: PyObject[] = [];
    for (const it of c.iters) {
      const v = iterNext(it);
      if (v === null) {
        for (const o of args) DECREF(o);
        return null;
      }
      args.push(v);
    }
    try {
      return call(c.func!, args, null);
    } finally {
      for (const o of args) DECREF(o);
    }
  }
  if (t === T.CallIterType) {
    if (c.func === null) return null;
    const r = call(c.func, [], null);
    if (richEq(r, c.iters[0]!)) {
      DECREF(r);
      const f = c.func;
      c.func = null;
      if (slotHook !== null) slotHook.touched(c, 0);
      DECREF(f);
      return null;
    }
    return r;
  }
  if (t === T.FilterType) {
    for (;;) {
      const v = iterNext(c.iters[0]!);
      if (v === null) return null;
      let ok: boolean;
      if (c.func === null || c.func === M.None) ok = truth(v);
      else {
        const r = call(c.func, [v], null);
        ok = truth(r);
        DECREF(r);
      }
      if (ok) return v;
      DECREF(v);
    }
  }
  return null;
}

export const truthHook: { fn: (o: PyObject) => boolean } = { fn: () => true };
export const eqHook: { fn: (a: PyObject, b: PyObject) => boolean } = { fn: (a, b) => a === b };
const richEq = (a: PyObject, b: PyObject): boolean => eqHook.fn(a, b);
const truth = (o: PyObject): boolean => truthHook.fn(o);

/** Collects an iterable into a JS array of new references. */
export function toArray(o: PyObject): PyObject[] {
  if (o instanceof M.PyList || o instanceof M.PyTuple) {
    for (const x of o.items) INCREF(x);
    return o.items.slice();
  }
  const it = getIter(o);
  const out: PyObject[] = [];
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === null) break;
      out.push(v);
    }
  } catch (e) {
    for (const x of out) DECREF(x);
    throw e;
  } finally {
    DECREF(it);
  }
  return out;
}
