// Models weakref.finalize (Lib/weakref.py 3.11) natively: a finalizer object kept alive by the class registry,
// holding a weakref to its object whose callback is the finalizer itself; calling it (or the referent's
// death) pops it from the registry and runs func(*args, **kwargs) once; `alive` tells whether it is pending.
//
// Invariants:
// 1. A registered finalizer owns one reference held by the registry, plus its weakref, func, args and kwargs.
// 2. It runs at most once: the first call unregisters it and releases the weakref.
// Not modelled: atexit (pending finalizers are not run at interpreter exit), detach(), peek(), and the
// GC-visible objects of the Python implementation (the _Info record, the registry dict).

import { PyObject, INCREF, DECREF, XDECREF, allocObject, freeObject } from '../objects/object';
import * as M from '../objects/models';
import * as C from '../objects/callables';
import { makeStaticType, ObjectType } from '../objects/types';
import { call } from '../objects/abstract';
import { PyWeakref, newRef } from './weakrefs';
import { extraRepr, hex } from '../objects/repr';

export const FinalizeType = makeStaticType('weakref.finalize', ObjectType, true, 16);
FinalizeType.qualname = 'finalize';
FinalizeType.module = 'weakref';

export class PyFinalize extends C.PyBuiltin {
  wr: PyWeakref | null = null;
  constructor(
    public func: PyObject,
    public args: PyObject[],
    public kwargs: C.Kw,
  ) {
    super('finalize', () => runFinalizer(this), null);
    this.ob_type = FinalizeType;
  }
}

/** finalize._registry: the pending finalizers, in registration order. */
const registry = new Set<PyFinalize>();

export function resetFinalizers(): void {
  registry.clear();
}

export function isAlive(f: PyFinalize): boolean {
  return registry.has(f);
}

/** finalize.__call__: pop from the registry and run once; None when already dead. */
function runFinalizer(f: PyFinalize): PyObject {
  if (!registry.has(f)) {
    INCREF(M.None);
    return M.None;
  }
  registry.delete(f);
  const wr = f.wr;
  f.wr = null;
  try {
    return call(f.func, f.args, f.kwargs);
  } finally {
    if (wr !== null) DECREF(wr);
    DECREF(f);
  }
}

/** finalize(obj, func, *args, **kwargs). New reference. */
export function newFinalize(obj: PyObject, func: PyObject, args: PyObject[], kwargs: C.Kw): PyFinalize {
  INCREF(func);
  for (const a of args) INCREF(a);
  if (kwargs !== null) for (const v of kwargs.values()) INCREF(v);
  const f = new PyFinalize(func, args, kwargs);
  allocObject(f, 16 + 16, true);
  f.wr = newRef(obj, f);
  INCREF(f);
  registry.add(f);
  return f;
}

// finalize.__repr__ of Lib/weakref.py.
const prevRepr = extraRepr.fn;
extraRepr.fn = (o) => {
  if (!(o instanceof PyFinalize)) return prevRepr(o);
  const obj = registry.has(o) && o.wr !== null ? o.wr.referent : null;
  if (obj === null) return `<finalize object at ${hex(o.addr)}; dead>`;
  return `<finalize object at ${hex(o.addr)}; for '${obj.ob_type.tp_name}' at ${hex(obj.addr)}>`;
};

FinalizeType.tp_dealloc = (o) => {
  const f = o as PyFinalize;
  XDECREF(f.wr);
  f.wr = null;
  DECREF(f.func);
  for (const a of f.args) DECREF(a);
  if (f.kwargs !== null) for (const v of f.kwargs.values()) DECREF(v);
  freeObject(o);
};
