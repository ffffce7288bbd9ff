// Models BINARY_OP's dispatch (Objects/abstract.c binary_op1 / binary_iop1, the slot_nb_* wrappers of
// typeobject.c with their reflected-operand rule), sequence concatenation/repetition, subscripts
// (list_subscript, tuple, str, dict, range, slice semantics of PySlice_Unpack/AdjustIndices),
// `in`, and unary operators, with CPython 3.11's exact TypeError texts.

import { PyObject, INCREF, DECREF, slotHook, refCause } from './object';
import * as M from './models';
import { PyDict, dictGet, dictSet, dictLookup, dictPopIndex } from './dict';
import * as E from './exceptions';
import { numberBinop } from './numbers';
import { callSpecial, eq, reprJs, richCompareBool, isTrue } from './abstract';
import { getIter, iterNext, toArray } from './iter';
import { percentFormat } from './format';
import { complexBinop, PyComplex, newComplex } from './complex';
import { PyByteArray, newByteArray } from './bytearray';
import { PyMappingProxy } from './typeattr';
import * as T from './types';
import { PyFunction as C_PyFunction, PyMethodDescr as C_PyMethodDescr } from './callables';
import { isProxy, withUnwrapped, withUnwrapped2 } from './weakproxy';

export const NB_OPS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'] as const;
const NB_NAMES: Record<string, string> = {
  '+': 'add', '&': 'and', '//': 'floordiv', '<<': 'lshift', '@': 'matmul', '*': 'mul', '%': 'mod', '|': 'or',
  '**': 'pow', '>>': 'rshift', '-': 'sub', '/': 'truediv', '^': 'xor',
};

export const opHooks: { setBinop: (a: PyObject, b: PyObject, op: string) => PyObject | null } = { setBinop: () => null };

/** BINARY_OP with oparg (0..25; >= 13 are in-place). */
export function binaryOp(a: PyObject, b: PyObject, oparg: number): PyObject {
  if (isProxy(a) || isProxy(b)) return proxyBinaryOp(a, b, oparg);
  const inplace = oparg >= 13;
  const op = NB_OPS[inplace ? oparg - 13 : oparg]!;
  if (inplace) {
    const r = inplaceOp(a, b, op);
    if (r !== null) return r;
  }
  const r = binop1(a, b, op);
  if (r !== M.NotImplemented) return r;
  DECREF(r);
  return binopError(a, b, op + (inplace ? '=' : ''));
}

/**
 * An operand is a weakref proxy (WRAP_BINARY of weakrefobject.c): a class instance on the left sees the proxy
 * itself first (its __iop__/__op__); otherwise, or when that returns NotImplemented, the proxy's slot unwraps
 * both operands and starts over.
 */
function proxyBinaryOp(a: PyObject, b: PyObject, oparg: number): PyObject {
  if (!isProxy(a) && a.ob_type.isHeap) {
    const inplace = oparg >= 13;
    const name = NB_NAMES[NB_OPS[inplace ? oparg - 13 : oparg]!]!;
    for (const n of inplace ? [`__i${name}__`, `__${name}__`] : [`__${name}__`]) {
      const m = a.ob_type.lookup(n);
      if (m === undefined) continue;
      const r = callSpecial(a, m, [b]);
      if (r !== M.NotImplemented) return r;
      DECREF(r);
    }
  }
  return withUnwrapped2(a, b, (x, y) => binaryOp(x, y, oparg));
}

function binopError(a: PyObject, b: PyObject, sym: string): never {
  const ta = a.ob_type.tp_name, tb = b.ob_type.tp_name;
  if ((sym === '+' || sym === '+=') && (a instanceof M.PyStr || a instanceof M.PyList || a instanceof M.PyTuple) && !a.ob_type.isHeap) {
    E.raise(E.TypeError, `can only concatenate ${ta} (not "${tb}") to ${ta}`);
  }
  if ((sym === '*' || sym === '*=') && (isSeq(a) || isSeq(b))) {
    E.raise(E.TypeError, `can't multiply sequence by non-int of type '${isSeq(a) ? tb : ta}'`);
  }
  if (sym === '**') E.raise(E.TypeError, `unsupported operand type(s) for ** or pow(): '${ta}' and '${tb}'`);
  return E.raise(E.TypeError, `unsupported operand type(s) for ${sym}: '${ta}' and '${tb}'`);
}
const isSeq = (o: PyObject): boolean => o instanceof M.PyStr || o instanceof M.PyList || o instanceof M.PyTuple || o instanceof M.PyBytes;

function inplaceOp(a: PyObject, b: PyObject, op: string): PyObject | null {
  const t = a.ob_type;
  if (t.isHeap) {
    const m = t.lookup(`__i${NB_NAMES[op]}__`);
    if (m !== undefined) {
      const r = callSpecial(a, m, [b]);
      if (r !== M.NotImplemented) return r;
      DECREF(r);
    }
    if (!(a instanceof M.PyList)) return null;
  }
  if (a instanceof M.PyList) {
    if (op === '+') {
      listExtend(a, b);
      INCREF(a);
      return a;
    }
    if (op === '*' && b instanceof M.PyInt) {
      const n = Number(b.v);
      const items = a.items.slice();
      if (n <= 0) {
        a.items = [];
        M.listSetExact(a, 0);
        M.listTouched(a, 0);
        for (const x of items) DECREF(x);
      } else {
        const total = items.length * n;
        if (total > a.allocated) M.listResize(a, total);
        for (let k = 1; k < n; k++) for (const x of items) {
          INCREF(x);
          a.items.push(x);
        }
        M.listTouched(a, items.length);
      }
      INCREF(a);
      return a;
    }
  }
  const s = opHooks.setBinop(a, b, op + '=');
  if (s !== null) return s;
  return null;
}

/** PyObject_LengthHint(o, dflt): __len__ first, then the iterator's length hint, else the default. */
export function lengthHint(o: PyObject, dflt: number): number {
  if (o instanceof M.PyList || o instanceof M.PyTuple) return o.items.length;
  if (o instanceof PyDict) return o.used;
  if (o instanceof M.PyStr) return [...o.v].length;
  if (o instanceof M.PyRange) return o.len;
  const h = lengthHintHook.fn(o);
  if (h !== null) return h;
  return dflt;
}
export const lengthHintHook: { fn: (o: PyObject) => number | null } = { fn: () => null };

/** list_extend (Objects/listobject.c 3.11): exact preallocation into a never-allocated list, else one list_resize. */
export function listExtend(l: M.PyList, iterable: PyObject): void {
  if (iterable instanceof M.PyList || iterable instanceof M.PyTuple) {
    const src = iterable.items.slice();
    if (src.length === 0) return;
    if (l.allocated === 0 && l.itemsAddr === 0) M.listPreallocateExact(l, src.length);
    else M.listResize(l, l.items.length + src.length);
    const from = l.items.length;
    for (const x of src) {
      INCREF(x);
      l.items.push(x);
    }
    M.listTouched(l, from);
    return;
  }
  const it = getIter(iterable);
  try {
    const n = lengthHint(iterable, 8);
    if (l.allocated === 0 && l.itemsAddr === 0) {
      if (n > 0) M.listPreallocateExact(l, n);
    } else M.listResize(l, l.items.length + n);
    for (;;) {
      const v = iterNext(it);
      if (v === null) break;
      M.listAppend(l, v);
    }
  } finally {
    DECREF(it);
  }
  // Cut back the result list if the initial guess was too large.
  if (l.items.length < l.allocated) M.listResize(l, l.items.length);
}

function binop1(a: PyObject, b: PyObject, op: string): PyObject {
  const ta = a.ob_type, tb = b.ob_type;
  if (!ta.isHeap && !tb.isHeap) return builtinBinop(a, b, op);
  const name = NB_NAMES[op]!;
  const ma = ta.isHeap ? ta.lookup(`__${name}__`) : undefined;
  const mb = ta !== tb && tb.isHeap ? tb.lookup(`__r${name}__`) : undefined;
  let triedB = false;
  if (mb !== undefined && tb.isSubtypeOf(ta) && ma !== mb) {
    triedB = true;
    const r = callSpecial(b, mb, [a]);
    if (r !== M.NotImplemented) return r;
    DECREF(r);
  }
  if (ma !== undefined) {
    const r = callSpecial(a, ma, [b]);
    if (r !== M.NotImplemented) return r;
    DECREF(r);
  } else if (!ta.isHeap) {
    const r = builtinBinop(a, b, op);
    if (r !== M.NotImplemented) return r;
    DECREF(r);
  }
  if (!triedB && mb !== undefined) {
    return callSpecial(b, mb, [a]);
  }
  INCREF(M.NotImplemented);
  return M.NotImplemented;
}

function repeatCount(n: PyObject): number {
  const v = (n as M.PyInt).v;
  return Math.max(0, Number(v));
}

function builtinBinop(a: PyObject, b: PyObject, op: string): PyObject {
  if (op === '+') {
    if (a instanceof M.PyStr && b instanceof M.PyStr) {
      // PyUnicode_Concat: concatenating the empty string hands back the other operand (an exact str) itself.
      const keep = a.v === '' ? b : b.v === '' ? a : null;
      if (keep !== null && keep.ob_type === T.StrType) {
        INCREF(keep);
        return keep;
      }
      return M.newStr(a.v + b.v);
    }
    if (a instanceof M.PyList && b instanceof M.PyList) {
      const items = [...a.items, ...b.items];
      for (const x of items) INCREF(x);
      return M.newList(items);
    }
    if (a instanceof M.PyTuple && b instanceof M.PyTuple) {
      if (b.items.length === 0 && a.ob_type === T.TupleType) {
        INCREF(a);
        return a;
      }
      if (a.items.length === 0 && b.ob_type === T.TupleType) {
        INCREF(b);
        return b;
      }
      const items = [...a.items, ...b.items];
      for (const x of items) INCREF(x);
      return M.newTuple(items);
    }
  } else if (op === '*') {
    let seq: PyObject | null = null, n: PyObject | null = null;
    if (isSeq(a) && b instanceof M.PyInt) [seq, n] = [a, b];
    else if (isSeq(b) && a instanceof M.PyInt) [seq, n] = [b, a];
    if (seq !== null && n !== null) {
      const k = repeatCount(n);
      if (seq instanceof M.PyBytes) {
        const out = new Uint8Array(seq.v.length * k);
        for (let i = 0; i < k; i++) out.set(seq.v, i * seq.v.length);
        return M.newBytes(out);
      }
      if (seq instanceof M.PyStr) {
        if (k === 1) {
          INCREF(seq);
          return seq;
        }
        return M.newStr(seq.v.repeat(k));
      }
      const src = (seq as M.PyList).items;
      const items: PyObject[] = [];
      for (let i = 0; i < k; i++) for (const x of src) {
        INCREF(x);
        items.push(x);
      }
      if (seq instanceof M.PyTuple) {
        if (k === 1) {
          for (const x of items) DECREF(x);
          INCREF(seq);
          return seq;
        }
        return M.newTuple(items);
      }
      return M.newList(items);
    }
    if (a instanceof M.PyBytes && b instanceof M.PyBytes) {
      const out = new Uint8Array(a.v.length + b.v.length);
      out.set(a.v);
      out.set(b.v, a.v.length);
      return M.newBytes(out);
    }
  } else if (op === '%' && a instanceof M.PyStr) {
    return M.newStr(percentFormat(a.v, b));
  }
  const cx = complexBinop(a, b, op);
  if (cx !== null) return cx;
  const r = numberBinop(a, b, op);
  if (r !== M.NotImplemented) return r;
  DECREF(r);
  const s = opHooks.setBinop(a, b, op);
  if (s !== null) return s;
  INCREF(M.NotImplemented);
  return M.NotImplemented;
}

// ---------------- unary ----------------
export function unaryOp(o: PyObject, op: '-' | '+' | '~'): PyObject {
  if (isProxy(o)) return withUnwrapped(o, (x) => unaryOp(x, op));
  if (o instanceof M.PyInt) {
    const v = o.v;
    if (op === '-') return M.newInt(typeof v === 'number' ? -v : -v);
    if (op === '+') return M.newInt(v);
    return M.newInt(typeof v === 'number' ? -v - 1 : -v - 1n);
  }
  if (o instanceof M.PyFloat && op !== '~') return M.newFloat(op === '-' ? -o.v : o.v);
  if (o instanceof PyComplex && op !== '~') return newComplex(op === '-' ? -o.re : o.re, op === '-' ? -o.im : o.im);
  if (o.ob_type.isHeap) {
    const m = o.ob_type.lookup(op === '-' ? '__neg__' : op === '+' ? '__pos__' : '__invert__');
    if (m !== undefined) return callSpecial(o, m, []);
  }
  return E.raise(E.TypeError, `bad operand type for unary ${op}: '${o.ob_type.tp_name}'`);
}

// ---------------- subscripts ----------------
export function indexOf(o: PyObject, what: string): number {
  if (o instanceof M.PyInt) return Number(o.v);
  if (o.ob_type.isHeap) {
    const m = o.ob_type.lookup('__index__');
    if (m !== undefined) {
      const r = callSpecial(o, m, []);
      const v = Number((r as M.PyInt).v);
      DECREF(r);
      return v;
    }
  }
  return E.raise(E.TypeError, `${what} indices must be integers or slices, not ${o.ob_type.tp_name}`);
}

/** PySlice_Unpack + PySlice_AdjustIndices: [start, stop, step, slicelength]. */
export function sliceIndices(s: M.PySlice, length: number): [number, number, number, number] {
  const num = (o: PyObject, dflt: number): number => {
    if (o === M.None) return dflt;
    if (o instanceof M.PyInt) return Number(o.v);
    return E.raise(E.TypeError, 'slice indices must be integers or None or have an __index__ method');
  };
  const step = num(s.step, 1);
  if (step === 0) E.raise(E.ValueError, 'slice step cannot be zero');
  let start = num(s.start, step < 0 ? length - 1 : 0);
  let stop = num(s.stop, step < 0 ? -1 : length);
  if (s.start !== M.None) {
    if (start < 0) {
      start += length;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= length) start = step < 0 ? length - 1 : length;
  }
  if (s.stop !== M.None) {
    if (stop < 0) {
      stop += length;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  }
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

/** A static type's slot given as a method descriptor in its own dict (types modelled outside objects/). */
export function staticSlot(o: PyObject, name: string): C_PyMethodDescr | null {
  const t = o.ob_type;
  if (t.isHeap) return null;
  const m = t.tp_dict.get(name);
  return m instanceof C_PyMethodDescr && m.owner === t ? m : null;
}

function userOverride(o: PyObject, name: string): PyObject | null {
  if (!o.ob_type.isHeap) return null;
  const m = o.ob_type.lookup(name);
  return m instanceof C_PyFunction ? m : null;
}

export function getItem(o: PyObject, key: PyObject): PyObject {
  if (isProxy(o) || isProxy(key)) return withUnwrapped2(o, key, getItem);
  if (o instanceof PyMappingProxy) return getItem(o.mapping, key);
  const ov = userOverride(o, '__getitem__');
  if (ov !== null) return callSpecial(o, ov, [key]);
  if (o instanceof M.PyList || o instanceof M.PyTuple) {
    const isList = o instanceof M.PyList;
    const items = o.items;
    if (key instanceof M.PySlice) {
      const [start, , step, n] = sliceIndices(key, items.length);
      const out: PyObject[] = [];
      for (let i = 0, j = start; i < n; i++, j += step) {
        INCREF(items[j]!);
        out.push(items[j]!);
      }
      if (!isList && n === items.length && step === 1 && o.ob_type === T.TupleType) {
        for (const x of out) DECREF(x);
        INCREF(o);
        return o;
      }
      return isList ? M.newList(out) : M.newTuple(out);
    }
    if (!(key instanceof M.PyInt) && !key.ob_type.isHeap) {
      E.raise(E.TypeError, `${isList ? 'list' : 'tuple'} indices must be integers or slices, not ${key.ob_type.tp_name}`);
    }
    let i = indexOf(key, isList ? 'list' : 'tuple');
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) E.raise(E.IndexError, `${isList ? 'list' : 'tuple'} index out of range`);
    const v = items[i]!;
    INCREF(v);
    return v;
  }
  if (o instanceof PyDict) {
    const v = dictGet(o, key);
    if (v === null) {
      if (o.ob_type !== T.DictType) {
        const m = o.ob_type.lookup('__missing__');
        if (m !== undefined) return callSpecial(o, m, [key]);
      }
      INCREF(key);
      throw new E.PyErr(E.newExc(E.KeyError, M.newTuple([key])));
    }
    INCREF(v);
    return v;
  }
  if (o instanceof M.PyStr) {
    const cps = [...o.v];
    if (key instanceof M.PySlice) {
      const [start, , step, n] = sliceIndices(key, cps.length);
      // unicode_subscript: a full forward slice of an exact str is the str itself.
      if (start === 0 && step === 1 && n === cps.length && o.ob_type === T.StrType) {
        INCREF(o);
        return o;
      }
      let s = '';
      for (let i = 0, j = start; i < n; i++, j += step) s += cps[j];
      return M.newStr(s);
    }
    if (!(key instanceof M.PyInt)) E.raise(E.TypeError, `string indices must be integers, not '${key.ob_type.tp_name}'`);
    let i = Number((key as M.PyInt).v);
    if (i < 0) i += cps.length;
    if (i < 0 || i >= cps.length) E.raise(E.IndexError, 'string index out of range');
    return M.newStr(cps[i]!);
  }
  if (o instanceof M.PyRange) {
    if (key instanceof M.PySlice) {
      const [start, , step, n] = sliceIndices(key, o.len);
      const s = o.start + start * o.step;
      return M.newRange(s, s + n * step * o.step, step * o.step);
    }
    let i = indexOf(key, 'range');
    if (i < 0) i += o.len;
    if (i < 0 || i >= o.len) E.raise(E.IndexError, 'range object index out of range');
    return M.newInt(o.start + i * o.step);
  }
  if (o instanceof PyByteArray) {
    if (key instanceof M.PySlice) {
      const [start, , step, n] = sliceIndices(key, o.bytes.length);
      const out: number[] = [];
      for (let i = 0, j = start; i < n; i++, j += step) out.push(o.bytes[j]!);
      return newByteArray(out);
    }
    let i = indexOf(key, 'bytearray');
    if (i < 0) i += o.bytes.length;
    if (i < 0 || i >= o.bytes.length) E.raise(E.IndexError, 'bytearray index out of range');
    return M.newInt(o.bytes[i]!);
  }
  if (o instanceof M.PyBytes) {
    if (key instanceof M.PySlice) {
      const [start, , step, n] = sliceIndices(key, o.v.length);
      const out = new Uint8Array(n);
      for (let i = 0, j = start; i < n; i++, j += step) out[i] = o.v[j]!;
      return M.newBytes(out);
    }
    let i = indexOf(key, 'byte');
    if (i < 0) i += o.v.length;
    if (i < 0 || i >= o.v.length) E.raise(E.IndexError, 'index out of range');
    return M.newInt(o.v[i]!);
  }
  const t = o.ob_type;
  if (t.isHeap) {
    const m = t.lookup('__getitem__');
    if (m !== undefined) return callSpecial(o, m, [key]);
  }
  // A static type modelled outside objects/ (weakref.WeakValueDictionary…) gives its mp_subscript as a method.
  const sm = staticSlot(o, '__getitem__');
  if (sm !== null) return sm.impl(o, [key], null);
  if (o instanceof T.TypeType.constructor && false) return o;
  if (o.ob_type === T.TypeType) {
    const cg = (o as unknown as { lookup(n: string): PyObject | undefined }).lookup('__class_getitem__');
    if (cg !== undefined) return callSpecial(o, cg, [key]);
    E.raise(E.TypeError, `type '${(o as unknown as { tp_name: string }).tp_name}' is not subscriptable`);
  }
  return E.raise(E.TypeError, `'${t.tp_name}' object is not subscriptable`);
}

export function setItem(o: PyObject, key: PyObject, v: PyObject): void {
  if (isProxy(o)) return withUnwrapped(o, (x) => setItem(x, key, v));
  const ov = userOverride(o, '__setitem__');
  if (ov !== null) {
    DECREF(callSpecial(o, ov, [key, v]));
    return;
  }
  if (o instanceof M.PyList) {
    if (key instanceof M.PySlice) return listAssignSlice(o, key, v);
    if (!(key instanceof M.PyInt)) E.raise(E.TypeError, `list indices must be integers or slices, not ${key.ob_type.tp_name}`);
    let i = Number((key as M.PyInt).v);
    if (i < 0) i += o.items.length;
    if (i < 0 || i >= o.items.length) E.raise(E.IndexError, 'list assignment index out of range');
    const old = o.items[i]!;
    refCause(5 /* RefCause.LIST_ITEM */, o, i);
    INCREF(v);
    o.items[i] = v;
    if (slotHook !== null) {
      slotHook.touched(o, i, i + 1);
      refCause(5 /* RefCause.LIST_ITEM */, o, i);
    }
    DECREF(old);
    return;
  }
  if (o instanceof PyDict) {
    dictSet(o, key, v);
    return;
  }
  if (o instanceof PyByteArray && key instanceof M.PyInt) {
    let i = Number(key.v);
    if (i < 0) i += o.bytes.length;
    if (i < 0 || i >= o.bytes.length) E.raise(E.IndexError, 'bytearray index out of range');
    if (!(v instanceof M.PyInt) || v.v < 0 || v.v > 255) E.raise(E.ValueError, 'byte must be in range(0, 256)');
    o.bytes[i] = Number((v as M.PyInt).v);
    return;
  }
  const t = o.ob_type;
  if (t.isHeap) {
    const m = t.lookup('__setitem__');
    if (m !== undefined) {
      DECREF(callSpecial(o, m, [key, v]));
      return;
    }
  }
  const sm = staticSlot(o, '__setitem__');
  if (sm !== null) return DECREF(sm.impl(o, [key, v], null));
  E.raise(E.TypeError, `'${t.tp_name}' object does not support item assignment`);
}

function listAssignSlice(l: M.PyList, s: M.PySlice, v: PyObject): void {
  const [start, stop, step, n] = sliceIndices(s, l.items.length);
  const src = toArray(v);
  if (step === 1) {
    const hi = Math.max(start, stop);
    const removed = l.items.splice(start, hi - start, ...src);
    const newsize = l.items.length;
    if (newsize > l.allocated || newsize < l.allocated >> 1) M.listResize(l, newsize);
    M.listTouched(l, start);
    // list_ass_slice releases the recycled items from the last to the first.
    for (let k = removed.length - 1; k >= 0; k--) DECREF(removed[k]!);
    return;
  }
  if (src.length !== n) {
    for (const x of src) DECREF(x);
    E.raise(E.ValueError, `attempt to assign sequence of size ${src.length} to extended slice of size ${n}`);
  }
  const old: PyObject[] = [];
  for (let i = 0, j = start; i < n; i++, j += step) {
    old.push(l.items[j]!);
    l.items[j] = src[i]!;
  }
  M.listTouched(l, 0);
  for (const x of old) DECREF(x);
}

export function delItem(o: PyObject, key: PyObject): void {
  if (isProxy(o)) return withUnwrapped(o, (x) => delItem(x, key));
  const ov = userOverride(o, '__delitem__');
  if (ov !== null) {
    DECREF(callSpecial(o, ov, [key]));
    return;
  }
  if (o instanceof M.PyList) {
    if (key instanceof M.PySlice) {
      const [start, , step, n] = sliceIndices(key, o.items.length);
      const removed: PyObject[] = [];
      const idx = new Set<number>();
      for (let i = 0, j = start; i < n; i++, j += step) idx.add(j);
      const keep: PyObject[] = [];
      o.items.forEach((x, i) => (idx.has(i) ? removed : keep).push(x));
      o.items = keep;
      M.listResize(o, keep.length);
      M.listTouched(o, step === 1 ? start : 0);
      if (step === 1) for (let k = removed.length - 1; k >= 0; k--) DECREF(removed[k]!);
      else for (const x of removed) DECREF(x);
      return;
    }
    let i = indexOf(key, 'list');
    if (i < 0) i += o.items.length;
    if (i < 0 || i >= o.items.length) E.raise(E.IndexError, 'list assignment index out of range');
    const [old] = o.items.splice(i, 1);
    M.listResize(o, o.items.length);
    M.listTouched(o, i);
    DECREF(old!);
    return;
  }
  if (o instanceof PyDict) {
    const i = dictLookup(o, key);
    if (i < 0) {
      INCREF(key);
      throw new E.PyErr(E.newExc(E.KeyError, M.newTuple([key])));
    }
    const [k, v] = dictPopIndex(o, i);
    DECREF(k);
    DECREF(v);
    return;
  }
  const t = o.ob_type;
  if (t.isHeap) {
    const m = t.lookup('__delitem__');
    if (m !== undefined) {
      DECREF(callSpecial(o, m, [key]));
      return;
    }
  }
  const sm = staticSlot(o, '__delitem__');
  if (sm !== null) return DECREF(sm.impl(o, [key], null));
  E.raise(E.TypeError, `'${t.tp_name}' object doesn't support item deletion`);
}

export const containsHook: { fn: (c: PyObject, v: PyObject) => boolean | null } = { fn: () => null };

/** PySequence_Contains. */
export function contains(c: PyObject, v: PyObject): boolean {
  if (isProxy(c)) return withUnwrapped(c, (x) => contains(x, v));
  const ov = userOverride(c, '__contains__');
  if (ov !== null) {
    const r = callSpecial(c, ov, [v]);
    const b = isTrue(r);
    DECREF(r);
    return b;
  }
  if (c instanceof M.PyList || c instanceof M.PyTuple) {
    for (let i = 0; i < c.items.length; i++) if (eq(c.items[i]!, v)) return true;
    return false;
  }
  if (c instanceof PyDict) return dictLookup(c, v) >= 0;
  if (c instanceof M.PyStr) {
    if (!(v instanceof M.PyStr)) E.raise(E.TypeError, `'in <string>' requires string as left operand, not ${v.ob_type.tp_name}`);
    return c.v.includes((v as M.PyStr).v);
  }
  if (c instanceof M.PyRange && v instanceof M.PyInt) {
    const x = Number(v.v);
    if (c.step > 0 ? x < c.start || x >= c.stop : x > c.start || x <= c.stop) return false;
    return (x - c.start) % c.step === 0;
  }
  const h = containsHook.fn(c, v);
  if (h !== null) return h;
  const t = c.ob_type;
  if (t.isHeap) {
    const m = t.lookup('__contains__');
    if (m !== undefined) {
      const r = callSpecial(c, m, [v]);
      const b = isTrue(r);
      DECREF(r);
      return b;
    }
  }
  let it: PyObject;
  try {
    it = getIter(c);
  } catch (e) {
    if (e instanceof E.PyErr && e.exc.ob_type === E.TypeError) {
      DECREF(e.exc);
      E.raise(E.TypeError, `argument of type '${t.tp_name}' is not iterable`);
    }
    throw e;
  }
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return false;
      const found = richCompareBool(x, v, 2);
      DECREF(x);
      if (found) return true;
    }
  } finally {
    DECREF(it);
  }
}

export { reprJs };
