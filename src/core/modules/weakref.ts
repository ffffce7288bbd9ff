// Models the weakref module's native part (Modules/_weakref.c, Objects/weakrefobject.c 3.11): ref (with
// callbacks, the shared basic ref), proxy (ProxyType / CallableProxyType, the shared basic proxy),
// ReferenceType, ProxyTypes, getweakrefcount, getweakrefs. The weak references themselves are
// src/core/gc/weakrefs.ts, proxy dispatch src/core/objects/weakproxy.ts, finalize src/core/gc/finalize.ts.
// WeakValueDictionary, WeakKeyDictionary, WeakSet (src/core/gc/weakcontainers.ts) and WeakMethod
// (src/core/gc/weakmethod.ts), Lib/weakref.py classes, are modelled natively.

import { PyObject, PyType, INCREF, DECREF, currentProfile } from '../objects/object';
import { heap } from '../objects/heap';
import { PyDict } from '../objects/dict';
import { PySet } from '../objects/set';
import * as M from '../objects/models';
import * as C from '../objects/callables';
import * as A from '../objects/abstract';
import * as E from '../objects/exceptions';
import { PyInstance, finalizerHooks } from '../objects/instance';
import { ts } from '../vm/state';
import { nargs, exactly, noKw } from '../vm/argparse';
import { Unsupported } from '../python/errors';
import { newRef, newProxy, weakrefsOf, weakrefHooks, WeakrefType, resetWeakrefs, PyWeakref } from '../gc/weakrefs';
import { ProxyType, CallableProxyType, isProxy } from '../objects/weakproxy';
import { isCallable } from '../vm/builtins';
import { newFinalize, resetFinalizers, isAlive, PyFinalize, FinalizeType, peekFinalizer } from '../gc/finalize';
import { moduleNamespace } from './namespace';
import * as I from '../objects/iter';
import * as O from '../objects/ops';
import {
  PyWeakContainer, WeakValueDictionaryType, WeakKeyDictionaryType, WeakSetType, KeyedRefType, COUNT_BOUND, approximateCount,
  newWeakContainer, weakInsert, weakGet, weakDelete, weakEntries, weakLen, type WeakKind,
} from '../gc/weakcontainers';
import { PyWeakMethod, WeakMethodType, newWeakMethod, weakMethodEq } from '../gc/weakmethod';

const line = (): number => ts.frame?.currentLine() ?? 0;

/**
 * Whether o's type has a weakref list (tp_weaklistoffset) whose deallocator clears it in this model: class
 * instances with __weakref__ (exception subclasses included: type_new gives them one), functions, sets and types. Other weakrefable types (modules, generators…) are refused.
 */
function checkWeakrefable(o: PyObject): void {
  const t = o.ob_type;
  if (t.isHeap && (o instanceof PyInstance || o instanceof M.PyList || o instanceof PyDict || o instanceof E.PyExc)) {
    if (t.lookup('__weakref__') !== undefined) return;
  } else if (o instanceof C.PyFunction || o instanceof PySet || o instanceof PyType || o instanceof PyWeakContainer) return;
  if (t.isHeap || o instanceof PyType || o instanceof C.PyModule || o instanceof C.PyMethod || t.tp_name === 'generator' || t.tp_name === 'code') {
    throw new Unsupported(`weak references to '${t.tp_name}' objects`, line());
  }
  E.raise(E.TypeError, `cannot create weak reference to '${t.tp_name}' object`);
}

let containersInstalled = false;

/** The methods of WeakValueDictionary, WeakKeyDictionary and WeakSet, and their len/in/iter (installed once). */
function installContainers(): void {
  if (containersInstalled) return;
  containersInstalled = true;
  const def = (t: PyType, name: string, impl: (c: PyWeakContainer, a: PyObject[]) => PyObject): void => {
    const d = new C.PyMethodDescr(t, name, (self, a, kw) => {
      noKw(name, kw);
      return impl(self as PyWeakContainer, a);
    });
    d.ob_refcnt = 999999999;
    t.tp_dict.set(name, d);
  };
  const none = (): PyObject => (INCREF(M.None), M.None);
  const keyError = (k: PyObject): never => {
    INCREF(k);
    throw new E.PyErr(E.newExc(E.KeyError, M.newTuple([k])));
  };
  /** A snapshot of the live entries as a list iterator (CPython: a generator over data). */
  const snapshot = (c: PyWeakContainer, pick: (k: PyObject, v: PyObject | null) => PyObject): PyObject => {
    approximateCount(c.ob_type.qualname, COUNT_BOUND.iterate);
    const items = weakEntries(c).map(([k, v]) => pick(k, v));
    const l = M.newList(items);
    try {
      return I.getIter(l);
    } finally {
      DECREF(l);
    }
  };
  const own = (o: PyObject): PyObject => (INCREF(o), o);
  const pair = (k: PyObject, v: PyObject | null): PyObject => M.newTuple([own(k), own(v!)]);
  /** d[key] = value / ws.add(item) after checking the weak side can be weakly referenced. */
  const insertChecked = (c: PyWeakContainer, k: PyObject, v: PyObject | null): void => {
    checkWeakrefable(c.kind === 'values' ? v! : k);
    weakInsert(c, k, v);
  };
  /** update(other): a dict's items in order, a WeakSet's iterable's elements; other mappings are refused. */
  const fill = (c: PyWeakContainer, other: PyObject): void => {
    if (c.kind === 'set') {
      for (const x of I.toArray(other)) {
        try {
          insertChecked(c, x, null);
        } finally {
          DECREF(x);
        }
      }
      return;
    }
    if (!(other instanceof PyDict) || other.ob_type.isHeap) throw new Unsupported(`weakref.${c.ob_type.qualname} from a ${other.ob_type.tp_name}`, line());
    for (let i = 0; i < other.ekeys.length; i++) {
      const k = other.ekeys[i];
      if (k == null) continue;
      insertChecked(c, k, other.evals[i]!);
    }
  };
  for (const t of [WeakValueDictionaryType, WeakKeyDictionaryType]) {
    def(t, '__getitem__', (c, a) => {
      exactly('__getitem__', a, 1);
      approximateCount(t.qualname, COUNT_BOUND.lookup);
      return weakGet(c, a[0]!) ?? keyError(a[0]!);
    });
    def(t, '__setitem__', (c, a) => {
      exactly('__setitem__', a, 2);
      insertChecked(c, a[0]!, a[1]!);
      return none();
    });
    def(t, '__delitem__', (c, a) => {
      exactly('__delitem__', a, 1);
      if (!weakDelete(c, a[0]!)) keyError(a[0]!);
      return none();
    });
    def(t, 'get', (c, a) => {
      nargs('get', a, 1, 2);
      approximateCount(t.qualname, COUNT_BOUND.lookup);
      return weakGet(c, a[0]!) ?? own(a[1] ?? M.None);
    });
    def(t, 'keys', (c, a) => (exactly('keys', a, 0), snapshot(c, (k) => own(k))));
    def(t, 'values', (c, a) => (exactly('values', a, 0), snapshot(c, (_k, v) => own(v!))));
    def(t, 'items', (c, a) => (exactly('items', a, 0), snapshot(c, pair)));
  }
  def(WeakSetType, 'add', (c, a) => {
    exactly('add', a, 1);
    insertChecked(c, a[0]!, null);
    return none();
  });
  def(WeakSetType, 'discard', (c, a) => (exactly('discard', a, 1), weakDelete(c, a[0]!), none()));
  def(WeakSetType, 'remove', (c, a) => {
    exactly('remove', a, 1);
    if (!weakDelete(c, a[0]!)) keyError(a[0]!);
    return none();
  });
  for (const [t, kind] of [[WeakValueDictionaryType, 'values'], [WeakKeyDictionaryType, 'keys'], [WeakSetType, 'set']] as const) {
    t.tp_call = (_t, a, kw) => {
      nargs(t.qualname, a, 0, 1);
      if (kind !== 'values' && kw !== null && kw.size > 0) throw new Unsupported(`weakref.${t.qualname} with keyword arguments`, line());
      const c = newWeakContainer(kind as WeakKind);
      try {
        // __init__ → update(other, **kw): the mapping's items (a non-mapping: dict(other)), then the keywords.
        if (a.length > 0 && a[0] !== M.None) fill(c, a[0]!);
        if (kw !== null) for (const [k, v] of kw) {
          const ks = M.newStr(k);
          try {
            insertChecked(c, ks, v);
          } finally {
            DECREF(ks);
          }
        }
      } catch (e) {
        DECREF(c);
        throw e;
      }
      return c;
    };
    def(t, 'update', (c, a) => {
      nargs('update', a, 0, 1);
      if (a.length > 0 && a[0] !== M.None) fill(c, a[0]!);
      return none();
    });
    for (const name of ['copy', '__copy__', '__deepcopy__', 'setdefault', 'pop', 'popitem', 'valuerefs', 'itervaluerefs', 'keyrefs', 'clear', 'union', 'difference', 'intersection', 'symmetric_difference', 'issubset', 'issuperset', '__or__', '__and__', '__sub__', '__xor__', '__eq__', '__ior__', 'isdisjoint', '__reduce__']) {
      if (t.tp_dict.has(name)) continue;
      def(t, name, () => {
        throw new Unsupported(`${t.qualname}.${name}()`, line());
      });
    }
  }
  const prevLen = A.lenHook.fn;
  A.lenHook.fn = (o) => (o instanceof PyWeakContainer ? weakLen(o) : prevLen(o));
  const prevContains = O.containsHook.fn;
  O.containsHook.fn = (c, v) => {
    if (!(c instanceof PyWeakContainer)) return prevContains(c, v);
    approximateCount(c.ob_type.qualname, COUNT_BOUND.lookup);
    const r = weakGet(c, v);
    if (r === null) return false;
    DECREF(r);
    return true;
  };
  // weakref_richcompare: == and != compare the referents while both live, identity once either died.
  const prevCompare = A.setCompareHook.fn;
  A.setCompareHook.fn = (a, b, op) => {
    if (!(a instanceof PyWeakref) || !(b instanceof PyWeakref) || isProxy(a) || isProxy(b) || (op !== 2 && op !== 3)) return prevCompare(a, b, op);
    // WeakMethod.__eq__/__ne__ when both are WeakMethods; otherwise it returns NotImplemented and ref's applies.
    if (a instanceof PyWeakMethod && b instanceof PyWeakMethod) return M.newBool(weakMethodEq(a, b, A.eq) === (op === 2));
    const x = a.referent;
    const y = b.referent;
    if (x === null || y === null) return M.newBool((a === b) === (op === 2));
    INCREF(x);
    INCREF(y);
    try {
      return A.richCompare(x, y, op);
    } finally {
      DECREF(x);
      DECREF(y);
    }
  };
  // The instance attributes of the Python implementation that the model keeps as real objects.
  const prevAttr = A.specialAttrHook.fn;
  A.specialAttrHook.fn = (o, name) => {
    if (!(o instanceof PyWeakContainer)) return prevAttr(o, name);
    const v = name === 'data' ? o.data : name === '_remove' ? o.remove : name === '_pending_removals' ? o.pending : name === '_iterating' ? o.iterating : null;
    if (v !== null) return own(v);
    if (name === '_dirty_len' && o.kind === 'keys') return own(M.False);
    return prevAttr(o, name);
  };
  const prevIter = I.iterHooks.getIter;
  I.iterHooks.getIter = (o) => (o instanceof PyWeakContainer ? snapshot(o, (k) => own(k)) : prevIter(o));
  void KeyedRefType;
}

/**
 * weakref.ref(o[, callback]) and weakref.proxy(o[, callback]) receive their arguments packed in a tuple (type_call
 * and METH_VARARGS: a GC allocation in CPython 3.11), check the referent, and make the reference.
 */
function withPackedArgs(name: string, a: PyObject[], make: (o: PyObject, cb: PyObject | null) => PyObject): PyObject {
  nargs(name, a, 1, 2);
  for (const x of a) INCREF(x);
  const packed = M.newTuple(a.slice());
  try {
    const o = a[0]!;
    if (heap.gc === null) throw new Unsupported(`weak references on Python ${currentProfile().name}`, line());
    checkWeakrefable(o);
    return make(o, a.length > 1 && a[1] !== M.None ? a[1]! : null);
  } finally {
    DECREF(packed);
  }
}

export function makeWeakrefModule(): C.PyModule {
  installContainers();
  resetWeakrefs();
  resetFinalizers();
  if (!FinalizeType.tp_dict.has('alive')) {
    const alive = new C.PyGetSet(FinalizeType, 'alive', (self) => M.newBool(self instanceof PyFinalize && isAlive(self)), null);
    A.allocDescr(alive);
    FinalizeType.tp_dict.set('alive', alive);
    // finalize.atexit: False once dead; setting it on a dead finalizer does nothing.
    const atexit = new C.PyGetSet(
      FinalizeType,
      'atexit',
      (self) => M.newBool(self instanceof PyFinalize && isAlive(self) && self.atexit),
      (self, v) => {
        if (v === null) E.raise(E.AttributeError, "can't delete attribute");
        if (self instanceof PyFinalize && isAlive(self)) self.atexit = A.isTrue(v!);
      },
    );
    A.allocDescr(atexit);
    FinalizeType.tp_dict.set('atexit', atexit);
    for (const name of ['peek', 'detach']) {
      const d = new C.PyMethodDescr(FinalizeType, name, (self, a, kw) => {
        noKw(name, kw);
        exactly(name, a, 0);
        return peekFinalizer(self as PyFinalize, name === 'detach');
      });
      d.ob_refcnt = 999999999;
      FinalizeType.tp_dict.set(name, d);
    }
    // weakref_members: __callback__, read-only (None once cleared).
    const cbm = new C.PyGetSet(WeakrefType, '__callback__', (self) => {
      const c = self instanceof PyWeakref ? self.callback : null;
      const v = c ?? M.None;
      INCREF(v);
      return v;
    }, () => E.raise(E.AttributeError, 'readonly attribute'));
    A.allocDescr(cbm);
    WeakrefType.tp_dict.set('__callback__', cbm);
  }
  // handle_callback: callback(wr); an exception is reported as unraisable against the callback.
  weakrefHooks.call = (cb, wr) => finalizerHooks.callDel(wr, cb);
  const { d, put, fn } = moduleNamespace();
  put('__name__', M.newStr('weakref'));
  // weakref.ref is the type itself: called through type_call / _PyObject_MakeTpCall, which packs the
  // arguments in a tuple (a GC allocation, as in CPython 3.11).
  WeakrefType.tp_call = (_t, a, kw) => {
    noKw('ref', kw);
    return withPackedArgs('ref', a, (o, cb) => newRef(o, cb));
  };
  INCREF(WeakrefType);
  put('ReferenceType', WeakrefType);
  INCREF(WeakrefType);
  put('ref', WeakrefType);
  fn('getweakrefcount', (a) => (exactly('getweakrefcount', a, 1), M.newInt(weakrefsOf(a[0]!).length)));
  fn('getweakrefs', (a) => {
    exactly('getweakrefs', a, 1);
    const refs = [...weakrefsOf(a[0]!)];
    for (const r of refs) INCREF(r);
    return M.newList(refs);
  });
  fn('finalize', (a, kw) => {
    if (heap.gc === null) throw new Unsupported(`weakref.finalize on Python ${currentProfile().name}`, line());
    if (a.length < 2) E.raise(E.TypeError, `finalize.__init__() missing ${2 - a.length} required positional argument${a.length === 1 ? '' : 's'}`);
    checkWeakrefable(a[0]!);
    return newFinalize(a[0]!, a[1]!, a.slice(2), kw !== null && kw.size > 0 ? new Map(kw) : null);
  });
  // weakref.proxy is a builtin function (_weakref.proxy, METH_VARARGS: its arguments arrive in a tuple).
  fn('proxy', (a) => {
    return withPackedArgs('proxy', a, (o, cb) => newProxy(o, cb, isCallable(o)));
  });
  INCREF(ProxyType);
  put('ProxyType', ProxyType);
  INCREF(CallableProxyType);
  put('CallableProxyType', CallableProxyType);
  INCREF(ProxyType);
  INCREF(CallableProxyType);
  put('ProxyTypes', M.newTuple([ProxyType, CallableProxyType]));
  WeakMethodType.tp_call = (_t, a, kw) => {
    nargs('WeakMethod', a, 1, 2);
    const cbk = kw !== null ? kw.get('callback') : undefined;
    if (kw !== null && [...kw.keys()].some((k) => k !== 'callback')) throw new Unsupported('weakref.WeakMethod with these keyword arguments', line());
    const cb = a[1] ?? cbk ?? M.None;
    return newWeakMethod(a[0]!, cb === M.None ? null : cb);
  };
  for (const t of [WeakValueDictionaryType, WeakKeyDictionaryType, WeakSetType, KeyedRefType, WeakMethodType]) {
    INCREF(t);
    put(t.qualname, t);
  }
  const m = new C.PyModule('weakref', d);
  A.allocModule(m);
  return m;
}
