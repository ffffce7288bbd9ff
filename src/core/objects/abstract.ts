// Models the abstract object protocol of CPython 3.11 (Objects/abstract.c, object.c, typeobject.c slot
// wrappers): repr/str, hash, rich comparison, truth, len, attribute get/set (PyObject_GenericGetAttr with
// data/non-data descriptors), subscripts, iteration and calls. Builtin types are handled inline; classes
// defined in Python are reached through their dunder methods, as CPython's slot_* wrappers do.
// Every function returns a NEW reference unless its name says "borrowed".

import { PyObject, PyType, INCREF, DECREF, XDECREF, slotHook } from './object';
import * as M from './models';
import { PyDict, newDict, dictGet, dictSet, dictLookup, dictPopIndex, dictHooks } from './dict';
import * as C from './callables';
import { PyInstance, instState } from './instance';
import * as E from './exceptions';
import { numberBinop, numberCompare } from './numbers';
import { reprOf, strOf, hashOf, hashInt, type HashV } from './repr';
import * as T from './types';
import { typeGetAttr, typeSetAttr } from './typeattr';
import { PyComplex, complexEq } from './complex';
import { PyByteArray } from './bytearray';
import { isProxy, withUnwrapped, withUnwrapped2 } from './weakproxy';
import { heap } from './heap';
import { Unsupported } from '../python/errors';
import { cpythonDefines, cpythonTypeDefines } from '../modules/cpython-names';

/** Installed by the VM: run a Python function (or any callable) with borrowed arguments. */
export const vmHooks: {
  call: (callable: PyObject, args: PyObject[], kw: C.Kw) => PyObject;
} = { call: () => { throw new Error('VM not installed'); } };

export function call(f: PyObject, args: PyObject[], kw: C.Kw = null): PyObject {
  return vmHooks.call(f, args, kw);
}

export function typeName(o: PyObject): string {
  return o.ob_type.tp_name;
}

/** Looks up a special method on the type (not the instance), as _PyType_Lookup does. Borrowed. */
export function lookupSpecial(o: PyObject, name: string): PyObject | undefined {
  return o.ob_type.lookup(name);
}

/** Calls a dunder found on the type, binding self. */
export function callSpecial(o: PyObject, meth: PyObject, args: PyObject[]): PyObject {
  if (meth instanceof C.PyFunction) return vmHooks.call(meth, [o, ...args], null);
  if (meth instanceof C.PyMethodDescr) return meth.impl(o, args, null);
  if (meth instanceof C.PyStaticMethod && meth.ob_type === T.StaticMethodType) return vmHooks.call(meth.callable, args, null);
  const bound = descrGet(meth, o, o.ob_type);
  try {
    return vmHooks.call(bound, args, null);
  } finally {
    DECREF(bound);
  }
}

export function isUserClass(t: PyType): boolean {
  return t.isHeap;
}

// ---------------- repr / str ----------------
export function repr(o: PyObject): PyObject {
  if (o.ob_type.isHeap) {
    const m = lookupSpecial(o, '__repr__');
    if (m !== undefined && !(m instanceof C.PyMethodDescr)) return checkStr(callSpecial(o, m, []), '__repr__');
  }
  return M.newStr(reprOf(o));
}
export function str(o: PyObject): PyObject {
  if (o.ob_type === T.StrType) {
    INCREF(o);
    return o;
  }
  if (isProxy(o)) return withUnwrapped(o, str);
  if (o.ob_type.isHeap) {
    const m = lookupSpecial(o, '__str__');
    if (m !== undefined && !(m instanceof C.PyMethodDescr)) return checkStr(callSpecial(o, m, []), '__str__');
    const r = lookupSpecial(o, '__repr__');
    if (r !== undefined && !(r instanceof C.PyMethodDescr) && !(o instanceof E.PyExc)) return checkStr(callSpecial(o, r, []), '__repr__');
  }
  return M.newStr(strOf(o));
}
function checkStr(r: PyObject, name: string): PyObject {
  if (!(r instanceof M.PyStr)) {
    const tn = typeName(r);
    DECREF(r);
    E.raise(E.TypeError, `${name} returned non-string (type ${tn})`);
  }
  return r;
}
export function reprJs(o: PyObject): string {
  const r = repr(o) as M.PyStr;
  const s = r.v;
  DECREF(r);
  return s;
}
export function strJs(o: PyObject): string {
  const r = str(o) as M.PyStr;
  const s = r.v;
  DECREF(r);
  return s;
}

// ---------------- hash / equality ----------------
export function hash(o: PyObject): HashV {
  const t = o.ob_type;
  // A weakref proxy has no tp_hash ("mutable": its referent may die).
  if (isProxy(o)) E.raise(E.TypeError, `unhashable type: '${t.tp_name}'`);
  if (t.isHeap) {
    const h = t.lookup('__hash__');
    if (h === M.None) E.raise(E.TypeError, `unhashable type: '${t.tp_name}'`);
    if (h !== undefined && h instanceof C.PyFunction) {
      const r = callSpecial(o, h, []);
      if (!(r instanceof M.PyInt)) {
        DECREF(r);
        E.raise(E.TypeError, '__hash__ method should return an integer');
      }
      const v = r.v;
      DECREF(r);
      return typeof v === 'number' ? (v === -1 ? -2 : v) : hashInt(v);
    }
  }
  return hashOf(o);
}

export function richCompareBool(a: PyObject, b: PyObject, op: number): boolean {
  if (a === b) {
    if (op === 2) return true;
    if (op === 3) return false;
  }
  const r = richCompare(a, b, op);
  const v = isTrue(r);
  DECREF(r);
  return v;
}

export const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'] as const;
const SWAPPED = [4, 5, 2, 3, 0, 1];
const CMP_SYMS = ['<', '<=', '==', '!=', '>', '>='];

/** PyObject_RichCompare: tries the reflected method first when b's type is a subclass of a's. */
export function richCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (isProxy(a) || isProxy(b)) {
    // proxy_richcompare unwraps both operands; a class instance on the left sees the proxy itself first.
    if (!isProxy(a) && a.ob_type.isHeap) {
      const m = a.ob_type.lookup(CMP_NAMES[op]!);
      if (m !== undefined && !(m instanceof C.PyMethodDescr)) {
        const r = callSpecial(a, m, [b]);
        if (r !== M.NotImplemented) return r;
        DECREF(r);
      }
    }
    return withUnwrapped2(a, b, (x, y) => richCompare(x, y, op));
  }
  const ta = a.ob_type, tb = b.ob_type;
  let checkedReverse = false;
  if (ta !== tb && tb.isSubtypeOf(ta) && tb.isHeap && tb.lookup(CMP_NAMES[SWAPPED[op]!]!) !== undefined) {
    checkedReverse = true;
    const r = tryCompare(b, a, SWAPPED[op]!);
    if (r !== M.NotImplemented) return r;
    DECREF(r);
  }
  const r1 = tryCompare(a, b, op);
  if (r1 !== M.NotImplemented) return r1;
  DECREF(r1);
  if (!checkedReverse) {
    const r2 = tryCompare(b, a, SWAPPED[op]!);
    if (r2 !== M.NotImplemented) return r2;
    DECREF(r2);
  }
  if (op === 2) return M.newBool(a === b);
  if (op === 3) return M.newBool(a !== b);
  return E.raise(E.TypeError, `'${CMP_SYMS[op]}' not supported between instances of '${ta.tp_name}' and '${tb.tp_name}'`);
}

function tryCompare(a: PyObject, b: PyObject, op: number): PyObject {
  const t = a.ob_type;
  if (t.isHeap) {
    const m = t.lookup(CMP_NAMES[op]!);
    if (m !== undefined && !(m instanceof C.PyMethodDescr)) return callSpecial(a, m, [b]);
    if (op === 3) {
      const eq = t.lookup('__eq__');
      if (eq !== undefined && !(eq instanceof C.PyMethodDescr)) {
        const r = callSpecial(a, eq, [b]);
        if (r === M.NotImplemented) return r;
        const v = isTrue(r);
        DECREF(r);
        return M.newBool(!v);
      }
    }
  }
  return builtinCompare(a, b, op);
}

function cmpResult(c: number, op: number): PyObject {
  if (Number.isNaN(c)) return M.newBool(op === 3);
  switch (op) {
    case 0: return M.newBool(c < 0);
    case 1: return M.newBool(c <= 0);
    case 2: return M.newBool(c === 0);
    case 3: return M.newBool(c !== 0);
    case 4: return M.newBool(c > 0);
    default: return M.newBool(c >= 0);
  }
}

function builtinCompare(a: PyObject, b: PyObject, op: number): PyObject {
  const nc = numberCompare(a, b);
  if (nc !== null) return cmpResult(nc, op);
  if (op === 2 || op === 3) {
    const ce = complexEq(a, b);
    if (ce !== null) return M.newBool(op === 2 ? ce : !ce);
  }
  if (a instanceof M.PyStr && b instanceof M.PyStr) {
    const c = a.v === b.v ? 0 : codepointLess(a.v, b.v) ? -1 : 1;
    return cmpResult(c, op);
  }
  if ((a instanceof M.PyList && b instanceof M.PyList) || (a instanceof M.PyTuple && b instanceof M.PyTuple && a.ob_type === b.ob_type)) {
    return seqCompare((a as M.PyList).items, (b as M.PyList).items, op);
  }
  if (a instanceof PyDict && b instanceof PyDict && (op === 2 || op === 3)) {
    const eq = dictEqual(a, b);
    return M.newBool(op === 2 ? eq : !eq);
  }
  if (a instanceof M.PyRange && b instanceof M.PyRange && (op === 2 || op === 3)) {
    const eq = a.len === b.len && (a.len === 0 || (a.start === b.start && (a.len === 1 || a.step === b.step)));
    return M.newBool(op === 2 ? eq : !eq);
  }
  if ((a instanceof M.PyBytes || a instanceof PyByteArray) && (b instanceof M.PyBytes || b instanceof PyByteArray)) {
    const x = a instanceof M.PyBytes ? a.v : a.bytes, y = b instanceof M.PyBytes ? b.v : b.bytes;
    let c = 0;
    for (let i = 0; i < Math.min(x.length, y.length) && c === 0; i++) c = x[i]! - y[i]!;
    if (c === 0) c = x.length - y.length;
    return cmpResult(c, op);
  }
  if (a instanceof C.PyMethod && b instanceof C.PyMethod && (op === 2 || op === 3)) {
    // method_richcompare: the same self (identity) and equal functions.
    const e = a.self === b.self && eq(a.func, b.func);
    return M.newBool(op === 2 ? e : !e);
  }
  const setCmp = setCompareHook.fn(a, b, op);
  if (setCmp !== null) return setCmp;
  INCREF(M.NotImplemented);
  return M.NotImplemented;
}
export const setCompareHook: { fn: (a: PyObject, b: PyObject, op: number) => PyObject | null } = { fn: () => null };

function codepointLess(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!, y = b.codePointAt(i)!;
    if (x !== y) return x < y;
    if (x > 0xffff) i++;
  }
  return a.length < b.length;
}

function seqCompare(x: PyObject[], y: PyObject[], op: number): PyObject {
  const n = Math.min(x.length, y.length);
  let i = 0;
  for (; i < n; i++) {
    if (!richCompareBool(x[i]!, y[i]!, 2)) break;
  }
  if (i >= x.length || i >= y.length) return cmpResult(x.length - y.length, op);
  if (op === 2) return M.newBool(false);
  if (op === 3) return M.newBool(true);
  return richCompare(x[i]!, y[i]!, op);
}

function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.used !== b.used) return false;
  for (let i = 0; i < a.ekeys.length; i++) {
    const k = a.ekeys[i];
    if (k == null) continue;
    const v = a.evals[i]!;
    INCREF(k);
    INCREF(v);
    try {
      const bv = dictGet(b, k);
      if (bv === null) return false;
      INCREF(bv);
      const eq = richCompareBool(v, bv, 2);
      DECREF(bv);
      if (!eq) return false;
    } finally {
      DECREF(k);
      DECREF(v);
    }
  }
  return true;
}

export function eq(a: PyObject, b: PyObject): boolean {
  return a === b || richCompareBool(a, b, 2);
}
dictHooks.hash = hash;
dictHooks.eq = eq;

// ---------------- truth, len ----------------
export function isTrue(o: PyObject): boolean {
  if (o === M.True) return true;
  if (o === M.False || o === M.None) return false;
  if (o instanceof M.PyInt) return o.v !== 0 && o.v !== 0n;
  if (o instanceof M.PyStr) return o.v.length > 0;
  if (o instanceof M.PyList || o instanceof M.PyTuple) return o.items.length > 0;
  if (o instanceof PyDict) return o.used > 0;
  if (o instanceof M.PyFloat) return o.v !== 0;
  if (o instanceof PyComplex) return o.re !== 0 || o.im !== 0;
  const t = o.ob_type;
  if (t.isHeap) {
    const b = t.lookup('__bool__');
    if (b !== undefined && !(b instanceof C.PyMethodDescr)) {
      const r = callSpecial(o, b, []);
      if (r !== M.True && r !== M.False) {
        const tn = typeName(r);
        DECREF(r);
        E.raise(E.TypeError, `__bool__ should return bool, returned ${tn}`);
      }
      DECREF(r);
      return r === M.True;
    }
    const l = t.lookup('__len__');
    if (l !== undefined && !(l instanceof C.PyMethodDescr)) return len(o) > 0;
  }
  if (isProxy(o)) return withUnwrapped(o, isTrue);
  const lh = lenHook.fn(o);
  if (lh !== null) return lh > 0;
  return true;
}

export const lenHook: { fn: (o: PyObject) => number | null } = { fn: () => null };

export function len(o: PyObject): number {
  if (isProxy(o)) return withUnwrapped(o, len);
  if (o.ob_type.isHeap) {
    const l = o.ob_type.lookup('__len__');
    if (l instanceof C.PyFunction) return userLen(o, l);
  }
  if (o instanceof M.PyList || o instanceof M.PyTuple) return o.items.length;
  if (o instanceof M.PyStr) return [...o.v].length;
  if (o instanceof PyDict) return o.used;
  if (o instanceof M.PyRange) return o.len;
  if (o instanceof M.PyBytes) return o.v.length;
  const t = o.ob_type;
  if (t.isHeap) {
    const l = t.lookup('__len__');
    if (l !== undefined && !(l instanceof C.PyMethodDescr)) return userLen(o, l);
  }
  const lh = lenHook.fn(o);
  if (lh !== null) return lh;
  return E.raise(E.TypeError, `object of type '${t.tp_name}' has no len()`);
}

function userLen(o: PyObject, l: PyObject): number {
  {
    {
      const r = callSpecial(o, l, []);
      if (!(r instanceof M.PyInt)) {
        const tn = typeName(r);
        DECREF(r);
        E.raise(E.TypeError, `'${tn}' object cannot be interpreted as an integer`);
      }
      const v = Number(r.v);
      DECREF(r);
      if (v < 0) E.raise(E.ValueError, '__len__() should return >= 0');
      return v;
    }
  }
}

// ---------------- attributes ----------------
/** descr.__get__(obj, type) for the descriptors the simulator knows. New reference. */
export function descrGet(d: PyObject, obj: PyObject | null, type: PyType): PyObject {
  if (d instanceof C.PyFunction) {
    if (obj === null) {
      INCREF(d);
      return d;
    }
    return C.newMethod(d, obj);
  }
  if (d instanceof C.PyStaticMethod) {
    if (d.ob_type === T.StaticMethodType) {
      INCREF(d.callable);
      return d.callable;
    }
    return C.newMethod(d.callable, obj === null ? type : type);
  }
  if (d instanceof C.PyMethodDescr) {
    if (obj === null) {
      INCREF(d);
      return d;
    }
    return C.newBuiltin(d.name, (args, kw) => d.impl(obj, args, kw), obj, d.owner.tp_name);
  }
  if (d instanceof C.PyProperty) {
    if (obj === null) {
      INCREF(d);
      return d;
    }
    if (d.fget === null) E.raise(E.AttributeError, `property object has no getter`);
    return vmHooks.call(d.fget, [obj], null);
  }
  if (d instanceof C.PyGetSet) {
    if (obj === null) {
      INCREF(d);
      return d;
    }
    return d.get(obj);
  }
  if (d.ob_type.isHeap) {
    const g = d.ob_type.lookup('__get__');
    if (g !== undefined) return callSpecial(d, g, [obj ?? M.None, type]);
  }
  INCREF(d);
  return d;
}

function isDataDescr(d: PyObject): boolean {
  if (d instanceof C.PyProperty || d instanceof C.PyGetSet) return true;
  if (d.ob_type.isHeap) return d.ob_type.lookup('__set__') !== undefined || d.ob_type.lookup('__delete__') !== undefined;
  return false;
}

/** The instance dict an object carries, if any (borrowed). */
export function instanceDict(o: PyObject): PyDict | null {
  if (o instanceof PyInstance || o instanceof E.PyExc) return o.dict;
  const st = instState(o);
  if (st !== null) return st.dict;
  if (o instanceof C.PyFunction) return o.dict;
  if (o instanceof C.PyModule) return o.dict;
  return null;
}

export function hasInstanceDict(o: PyObject): boolean {
  if (o instanceof PyInstance || instState(o) !== null) return o.ob_type.managedDict || o.ob_type.tp_mro.some((t) => t.managedDict);
  return o instanceof E.PyExc || o instanceof C.PyFunction || o instanceof C.PyModule;
}

export function attrError(o: PyObject, name: string): never {
  // A module attribute CPython has (sys.getswitchinterval), or an attribute CPython's class of the object has
  // (a generator's gi_frame), is a gap of the simulation, not the program's error.
  if (o instanceof C.PyModule && cpythonDefines(o.name, name)) throw new Unsupported(`${o.name}.${name}`, heap.lineOf());
  for (const t of o.ob_type.tp_mro) {
    if (!t.isHeap && cpythonTypeDefines(t.tp_name, name)) throw new Unsupported(`the attribute ${name} of ${o.ob_type.tp_name} objects`, heap.lineOf());
  }
  const msg = o instanceof C.PyModule ? `module '${o.name}' has no attribute '${name}'` : `'${o.ob_type.tp_name}' object has no attribute '${name}'`;
  const e = E.newExc(E.AttributeError, M.newTuple([M.newStr(msg)]));
  e.name = name;
  INCREF(o);
  e.obj = o;
  throw new E.PyErr(e);
}

/** PyObject_GetAttr: `name` is a str. New reference. */
export const superAttrHook: { fn: (o: C.PySuper, name: string) => PyObject } = { fn: () => M.None };

export function getAttr(o: PyObject, name: string): PyObject {
  if (o instanceof PyType) return typeGetAttr(o, name);
  if (isProxy(o)) return withUnwrapped(o, (x) => getAttr(x, name));
  if (o instanceof C.PySuper) return superAttrHook.fn(o, name);
  const t = o.ob_type;
  if (t.isHeap) {
    const ga = t.lookup('__getattribute__');
    if (ga !== undefined && ga instanceof C.PyFunction) {
      const n = M.newStr(name);
      try {
        return callSpecial(o, ga, [n]);
      } finally {
        DECREF(n);
      }
    }
  }
  try {
    return genericGetAttr(o, name);
  } catch (e) {
    if (t.isHeap && e instanceof E.PyErr && e.exc.ob_type.isSubtypeOf(E.AttributeError)) {
      const gat = t.lookup('__getattr__');
      if (gat !== undefined) {
        DECREF(e.exc);
        const n = M.newStr(name);
        try {
          return callSpecial(o, gat, [n]);
        } finally {
          DECREF(n);
        }
      }
    }
    throw e;
  }
}

export function genericGetAttr(o: PyObject, name: string): PyObject {
  const t = o.ob_type;
  const d = t.lookup(name);
  if (d !== undefined && isDataDescr(d)) return descrGet(d, o, t);
  const dict = instanceDict(o);
  if (dict !== null) {
    const v = dictGetStrAttr(dict, name);
    if (v !== null) {
      INCREF(v);
      return v;
    }
  }
  if (d !== undefined) return descrGet(d, o, t);
  const sp = specialAttrHook.fn(o, name);
  if (sp !== null) return sp;
  return attrError(o, name);
}
export const specialAttrHook: { fn: (o: PyObject, name: string) => PyObject | null } = { fn: () => null };

function dictGetStrAttr(d: PyDict, name: string): PyObject | null {
  const i = d.strIdx.get(name);
  return i === undefined ? null : d.evals[i]!;
}

/** Attribute lookup for LOAD_METHOD: returns [callable, self-or-null] without creating a bound method. */
export function getMethod(o: PyObject, name: string): [PyObject, boolean] {
  const t = o.ob_type;
  if (!(o instanceof PyType) && !(o instanceof C.PySuper) && !isProxy(o) && (!t.isHeap || !(t.lookup('__getattribute__') instanceof C.PyFunction))) {
    const d = t.lookup(name);
    if (d !== undefined && (d instanceof C.PyFunction || d instanceof C.PyMethodDescr)) {
      const dict = instanceDict(o);
      const v = dict !== null ? dictGetStrAttr(dict, name) : null;
      if (v !== null) {
        INCREF(v);
        return [v, false];
      }
      INCREF(d);
      return [d, true];
    }
  }
  return [getAttr(o, name), false];
}

/** PyObject_SetAttr (value null = delete). */
export function setAttr(o: PyObject, name: string, v: PyObject | null): void {
  if (o instanceof PyType) return typeSetAttr(o, name, v);
  if (isProxy(o)) return withUnwrapped(o, (x) => setAttr(x, name, v));
  const t = o.ob_type;
  if (t.isHeap) {
    const sa = t.lookup(v === null ? '__delattr__' : '__setattr__');
    if (sa !== undefined && sa instanceof C.PyFunction) {
      const n = M.newStr(name);
      try {
        const r = callSpecial(o, sa, v === null ? [n] : [n, v]);
        DECREF(r);
      } finally {
        DECREF(n);
      }
      return;
    }
  }
  genericSetAttr(o, name, v);
}

/** func_set_name / func_set_qualname / __doc__ / __module__ / __defaults__ of function objects. */
function functionSetAttr(f: C.PyFunction, name: string, v: PyObject | null): boolean {
  const take = (old: PyObject | null): void => {
    if (v !== null) INCREF(v);
    if (old !== null) DECREF(old);
  };
  switch (name) {
    case '__name__':
    case '__qualname__':
      if (!(v instanceof M.PyStr)) E.raise(E.TypeError, `${name} must be set to a string object`);
      take(name === '__name__' ? f.name : f.qualname);
      if (name === '__name__') f.name = v as M.PyStr;
      else f.qualname = v as M.PyStr;
      return true;
    case '__doc__':
      take(f.doc);
      f.doc = v;
      return true;
    case '__module__':
      take(f.module);
      f.module = v;
      return true;
    case '__annotations__':
      take(f.annotations);
      f.annotations = v;
      return true;
    case '__defaults__':
      if (v !== null && v !== M.None && !(v instanceof M.PyTuple)) E.raise(E.TypeError, '__defaults__ must be set to a tuple object');
      take(f.defaults);
      f.defaults = v === M.None ? (v !== null ? (DECREF(v), null) : null) : (v as M.PyTuple | null);
      return true;
  }
  return false;
}

export function genericSetAttr(o: PyObject, name: string, v: PyObject | null): void {
  if (o instanceof C.PyFunction && functionSetAttr(o, name, v)) {
    if (slotHook !== null) slotHook.touched(o, 0);
    return;
  }
  const t = o.ob_type;
  const d = t.lookup(name);
  if (d !== undefined) {
    if (d instanceof C.PyProperty) {
      const fn = v === null ? d.fdel : d.fset;
      if (fn === null) E.raise(E.AttributeError, v === null ? `can't delete attribute '${name}'` : `can't set attribute '${name}'`);
      const r = vmHooks.call(fn, v === null ? [o] : [o, v], null);
      DECREF(r);
      return;
    }
    if (d instanceof C.PyGetSet) {
      if (d.set === null) E.raise(E.AttributeError, `attribute '${name}' of '${t.tp_name}' objects is not writable`);
      d.set(o, v);
      return;
    }
    if (d.ob_type.isHeap) {
      const s = d.ob_type.lookup(v === null ? '__delete__' : '__set__');
      if (s !== undefined) {
        const r = callSpecial(d, s, v === null ? [o] : [o, v]);
        DECREF(r);
        return;
      }
    }
  }
  let dict = instanceDict(o);
  if (dict === null && hasInstanceDict(o)) dict = ensureDict(o);
  if (dict === null) {
    if (t.isHeap || t === T.ObjectType) {
      E.raise(E.AttributeError, `'${t.tp_name}' object has no attribute '${name}'`);
    }
    E.raise(E.AttributeError, `'${t.tp_name}' object has no attribute '${name}'`);
  }
  const key = M.internStr(name);
  try {
    if (v === null) {
      const i = dictLookup(dict, key);
      if (i < 0) attrError(o, name);
      const [k, old] = dictPopIndex(dict, i);
      DECREF(k);
      DECREF(old);
    } else {
      const ist = instState(o);
      if (ist !== null && !ist.dictMaterialised && o.ob_type.managedDict && dictLookup(dict, key) < 0) {
        // _PyObject_StoreInstanceAttribute: a new name goes into the class's shared keys while they have room;
        // otherwise the instance's dict is materialised as an ordinary dict.
        const ck = o.ob_type.cachedKeys;
        if (ck !== null && !ck.names.has(name)) {
          if (ck.usable > 0) {
            ck.names.set(name, ck.names.size);
            ck.usable--;
          } else {
            ist.dictMaterialised = true;
            dict.hidden = false;
            allocObject(dict, 64, true);
            if (slotHook !== null) slotHook.touched(o, 0);
          }
        }
      }
      dictSet(dict, key, v);
    }
  } finally {
    DECREF(key);
  }
}

/** Creates the (hidden) attribute storage of an object that has none yet. */
export function ensureDict(o: PyObject): PyDict {
  const st = instState(o);
  if (st !== null) {
    const d = new PyDict();
    d.hidden = true;
    d.owner = o;
    st.dict = d;
    return d;
  }
  // Functions and exceptions have a real __dict__, created on the first attribute store.
  const d = newDict();
  d.owner = o;
  if (o instanceof E.PyExc || o instanceof C.PyFunction) {
    o.dict = d;
    if (slotHook !== null) slotHook.touched(o, 0);
  }
  return d;
}

export function hasAttr(o: PyObject, name: string): boolean {
  try {
    const v = getAttr(o, name);
    DECREF(v);
    return true;
  } catch (e) {
    if (e instanceof E.PyErr && e.exc.ob_type.isSubtypeOf(E.AttributeError)) {
      DECREF(e.exc);
      return false;
    }
    throw e;
  }
}

export { numberBinop, XDECREF };

// ---------------- helpers for type creation (typeobject.c) ----------------
import { allocObject } from './object';
import { slotLayout } from './instance';
import { toArray } from './iter';

export function allocStaticMethod(o: PyObject): void {
  o.ob_refcnt = 1;
  allocObject(o, 16 + 32, true);
}
export function allocDescr(o: PyObject): void {
  allocObject(o, 16 + 56, true);
}
/** A getset or member descriptor of a class (PyGetSetDescrObject / PyMemberDescrObject): 48 bytes + GC header. */
export function allocGetSetDescr(o: PyObject): void {
  allocObject(o, 16 + 48, true);
}
/** A heap type is 3.11's PyHeapTypeObject: 880 bytes + GC header (a system-malloc block). */
export function allocType(t: PyType): void {
  allocObject(t, 16 + 880, true);
}
export function slotLayoutLength(t: PyType): number {
  return slotLayout(t).length;
}
export function iterStrings(o: PyObject): string[] {
  const items = toArray(o);
  const out: string[] = [];
  for (const x of items) {
    if (!(x instanceof M.PyStr)) E.raise(E.TypeError, `__slots__ items must be strings, not '${x.ob_type.tp_name}'`);
    out.push((x as M.PyStr).v);
    DECREF(x);
  }
  return out;
}
/** The `__dict__` getter of instances: materialises the managed dict (allocating the dict object). */
export function instanceDictGetter(self0: PyObject): PyObject {
  const self = instState(self0);
  if (self !== null) {
    let d = self.dict;
    if (d === null) {
      d = ensureDict(self0);
    }
    if (!self.dictMaterialised) {
      // make_dict_from_instance_attributes: a split dict over the class's shared keys.
      self.dictMaterialised = true;
      d.hidden = false;
      d.splitKeys = self.ob_type.cachedKeys;
      allocObject(d, 64, true);
      if (slotHook !== null) slotHook.touched(self0, 0);
    }
    INCREF(d);
    return d;
  }
  return attrError(self0, '__dict__');
}
/** object(): a bare instance of `object` (16 bytes, not GC). */
export function allocPlainObject(o: PyObject): void {
  allocObject(o, 16, false);
}
export function allocModule(o: PyObject): void {
  allocObject(o, 16 + 56, true);
}
/** object.__repr__: <module.qualname object at 0x…>. */
export function reprOfDefault(o: PyObject): string {
  const t = o.ob_type;
  const qn = t.module === 'builtins' ? t.qualname : `${t.module}.${t.qualname}`;
  return `<${qn} object at 0x${o.addr.toString(16).padStart(12, '0')}>`;
}
import { allocInstance } from './instance';
export function allocInstanceOf(t: PyType): PyObject {
  return allocInstance(t);
}

/** PyObject_ASCII: repr with non-ASCII characters escaped. */
export function ascii(o: PyObject): PyObject {
  const r = reprJs(o);
  let out = '';
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return M.newStr(out);
}
