// Models weakref.finalize (Lib/weakref.py 3.11) natively: a finalizer object kept alive by the class registry,
// holding a weakref to its object whose callback is the finalizer itself; calling it (or the referent's
// death) pops it from the registry and runs func(*args, **kwargs) once; `alive` tells whether it is pending.
//
// At interpreter exit (finalize._exitfunc, an atexit function run by Py_FinalizeEx before the modules are
// cleared) the pending finalizers whose `atexit` is true run newest first, with gc disabled meanwhile; after
// that (`_shutdown`) a finalizer whose object dies is unregistered without running.
//
// Invariants:
// 1. A registered finalizer owns one reference held by the registry, plus its weakref, func, args and kwargs.
// 2. It runs at most once: the first call unregisters it and releases the weakref.
// Not modelled: the GC-visible objects of the Python implementation (the _Info record,
// the registry dict); an exception raised by a finalizer at exit (sys.excepthook) is refused.

import { PyObject, INCREF, DECREF, XDECREF, allocObject, freeObject } from '../objects/object';
import * as M from '../objects/models';
import * as C from '../objects/callables';
import { makeModuleType, ObjectType } from '../objects/types';
import { call } from '../objects/abstract';
import { PyWeakref, newRef } from './weakrefs';
import { approximateCount } from './weakcontainers';
import { extraRepr, hex } from '../objects/repr';
import { heap } from '../objects/heap';
import { newDict, dictSet } from '../objects/dict';
import * as E from '../objects/exceptions';
import { Unsupported } from '../python/errors';

export const FinalizeType = makeModuleType('weakref', 'finalize', ObjectType, true, 16);

export class PyFinalize extends C.PyBuiltin {
  wr: PyWeakref | null = null;
  /** finalize.atexit: run at interpreter exit if still pending. */
  atexit = true;
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

/** finalize._shutdown: set once the exit function ran. */
let shutdown = false;

export function resetFinalizers(): void {
  registry.clear();
  shutdown = false;
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
    if (shutdown) return (INCREF(M.None), M.None);
    return call(f.func, f.args, f.kwargs);
  } finally {
    if (wr !== null) DECREF(wr);
    DECREF(f);
  }
}

/**
 * finalize.peek() / detach(): (obj, func, args, kwargs) while the finalizer is pending and its object alive, else
 * None; detach also unregisters it (it will never run). New reference.
 */
export function peekFinalizer(f: PyFinalize, detach: boolean): PyObject {
  const obj = registry.has(f) && f.wr !== null ? f.wr.referent : null;
  if (obj === null) return (INCREF(M.None), M.None);
  INCREF(obj);
  INCREF(f.func);
  for (const a of f.args) INCREF(a);
  const kw = newDict();
  if (f.kwargs !== null) {
    for (const [k, v] of f.kwargs) {
      const ks = M.newStr(k);
      dictSet(kw, ks, v);
      DECREF(ks);
    }
  }
  const result = M.newTuple([obj, f.func, M.newTuple(f.args.slice()), kw]);
  if (detach) {
    registry.delete(f);
    const wr = f.wr;
    f.wr = null;
    if (wr !== null) DECREF(wr);
    DECREF(f);
  }
  return result;
}

/**
 * finalize._exitfunc, run at interpreter exit: the pending atexit finalizers, newest first (the list is read
 * again after each, since a finalizer may create or trigger others), gc disabled while they run.
 */
export function runAtexitFinalizers(lineOf: () => number): void {
  if (registry.size === 0) {
    shutdown = true;
    return;
  }
  const reenable = heap.enabled;
  heap.enabled = false;
  try {
    for (;;) {
      const pending = [...registry].filter((f) => f.atexit);
      const f = pending.pop();
      if (f === undefined) break;
      try {
        DECREF(runFinalizer(f));
      } catch (e) {
        if (e instanceof E.PyErr) throw new Unsupported('an exception raised by a weakref.finalize function at exit', lineOf());
        throw e;
      }
    }
  } finally {
    shutdown = true;
    if (reenable) heap.enabled = true;
  }
}

/** finalize(obj, func, *args, **kwargs). New reference. */
export function newFinalize(obj: PyObject, func: PyObject, args: PyObject[], kwargs: C.Kw): PyFinalize {
  // CPython 3.11 counted +7 GC allocations for the first finalize (the atexit registration, the _Info record,
  // the registry entry) and +3 for the next: the model's 2 make count0 approximate (weakcontainers.ts).
  approximateCount('weakref.finalize', 8);
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
