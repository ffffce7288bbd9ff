// Models weakref.WeakMethod (Lib/weakref.py 3.11) natively: a ReferenceType subclass to the bound method's
// __self__, whose callback `_cb` also watches __func__ through `_func_ref`; calling it rebuilds the bound
// method while both live, and the user's callback runs once, when the first of them dies (`_alive`).
//
// Invariants:
// 1. The WeakMethod is linked in its object's weakref list as a ref with a callback (`_cb`); `_cb` reaches
//    the WeakMethod only through a weakref to it (`self_wr`), so no reference cycle is made.
// 2. `alive` turns false at most once; the user's callback is called at that moment, with the WeakMethod.
// Differences: `_cb` is a builtin owning (self_wr, callback) in one tuple where CPython has a function, a
// closure tuple and two cells (two GC objects fewer if a WeakMethod is ever collected in a cycle); the
// generation counts are marked approximate (weakcontainers.ts invariant 3).

import { PyObject, INCREF, DECREF, XDECREF, type PyType } from '../objects/object';
import * as M from '../objects/models';
import * as C from '../objects/callables';
import * as E from '../objects/exceptions';
import { call } from '../objects/abstract';
import { heap } from '../objects/heap';
import { makeModuleType } from '../objects/types';
import { PyWeakref, WeakrefType, newRef, newSubclassRef } from './weakrefs';
import { approximateCount, COUNT_BOUND } from './weakcontainers';

/** __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__": sys.getsizeof 112. */
export const WeakMethodType = makeModuleType('weakref', 'WeakMethod', WeakrefType, true, 96);

export class PyWeakMethod extends PyWeakref {
  funcRef: PyWeakref | null = null;
  methType: PyType | null = null;
  alive = true;
}

/** WeakMethod(meth, callback=None). New reference. */
export function newWeakMethod(meth: PyObject, callback: PyObject | null): PyWeakMethod {
  if (!(meth instanceof C.PyMethod)) {
    return E.raise(E.TypeError, `argument should be a bound method, not <class '${meth.ob_type.tp_name}'>`);
  }
  approximateCount('weakref.WeakMethod', COUNT_BOUND.create);
  const obj = meth.self;
  const func = meth.func;
  // _cb's closure: (self_wr, callback); self_wr is filled in once the WeakMethod exists.
  const cell: { selfWr: PyWeakref | null } = { selfWr: null };
  const cb = C.newBuiltin('_cb', () => {
    const self = cell.selfWr?.referent ?? null;
    if (self instanceof PyWeakMethod && self.alive) {
      self.alive = false;
      if (callback !== null) DECREF(call(callback, [self]));
    }
    INCREF(M.None);
    return M.None;
  });
  const wm = newSubclassRef(obj, cb, () => {
    const r = new PyWeakMethod(obj, cb);
    r.ob_type = WeakMethodType;
    r.impl = (args) => {
      if (args.length !== 0) E.raise(E.TypeError, `WeakMethod.__call__() takes 1 positional argument but ${args.length + 1} were given`);
      const o = r.referent;
      const f = r.funcRef?.referent ?? null;
      if (o === null || f === null) return (INCREF(M.None), M.None);
      return C.newMethod(f, o);
    };
    return r;
  }) as PyWeakMethod;
  DECREF(cb);
  wm.funcRef = newRef(func, cb);
  INCREF(meth.ob_type);
  wm.methType = meth.ob_type;
  const selfWr = newRef(wm, null);
  cell.selfWr = selfWr;
  if (callback !== null) INCREF(callback);
  cb.self = M.newTuple([selfWr, callback ?? (INCREF(M.None), M.None)]);
  return wm;
}

/** The references a WeakMethod owns besides its callback (subtype traverse of its slots). */
export function weakMethodTraverse(wm: PyWeakMethod, visit: (o: PyObject) => void): void {
  if (wm.funcRef !== null) visit(wm.funcRef);
  if (wm.methType !== null) visit(wm.methType);
}

/** subtype_clear of its slots. */
export function weakMethodClear(wm: PyWeakMethod): void {
  const f = wm.funcRef;
  const t = wm.methType;
  wm.funcRef = null;
  wm.methType = null;
  XDECREF(f);
  XDECREF(t);
}

/** WeakMethod.__eq__: while both are alive, same object (ref.__eq__) and equal functions; else identity. */
export function weakMethodEq(a: PyWeakMethod, b: PyWeakMethod, eq: (x: PyObject, y: PyObject) => boolean): boolean {
  if (!a.alive || !b.alive) return a === b;
  const x = a.referent, y = b.referent;
  const f = a.funcRef?.referent ?? null, g = b.funcRef?.referent ?? null;
  if (x === null || y === null) return a === b;
  return eq(x, y) && (f === null || g === null ? a.funcRef === b.funcRef : eq(f, g));
}

WeakMethodType.tp_dealloc = (o) => {
  // subtype_dealloc: the WeakMethod's own weakrefs (self_wr), then its slots, then weakref_dealloc.
  heap.gc?.clearWeakrefs(o);
  weakMethodClear(o as PyWeakMethod);
  WeakrefType.tp_dealloc(o);
};
