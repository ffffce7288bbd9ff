// Models the dispatch side of weak reference proxies (Objects/weakrefobject.c 3.11: _PyWeakref_ProxyType,
// _PyWeakref_CallableProxyType, the UNWRAP macro and proxy_check_ref). The proxy objects themselves (their
// place in the referent's weakref list, dealloc, callbacks) are src/core/gc/weakrefs.ts; this file only lets
// the abstract operations (abstract.ts, ops.ts, the VM's call) forward to the referent without importing gc/.
//
// Invariants:
// 1. A proxy's type is ProxyType or CallableProxyType (chosen once, at creation, by PyCallable_Check of the
//    referent) and it has a `referent` field that is null once the referent died.
// 2. Every forwarded operation holds a strong reference to the referent while it runs (UNWRAP's INCREF) and
//    raises ReferenceError("weakly-referenced object no longer exists") when the referent is gone.
// 3. Proxies have no tp_hash (hash() raises TypeError) and forward everything else, including __class__.

import { PyObject, INCREF, DECREF } from './object';
import { makeModuleType, ObjectType } from './types';
import * as E from './exceptions';

export const ProxyType = makeModuleType('weakref', 'ProxyType', ObjectType, true, 64);
export const CallableProxyType = makeModuleType('weakref', 'CallableProxyType', ObjectType, true, 64);

/** PyWeakref_CheckProxy. */
export function isProxy(o: PyObject): boolean {
  return o.ob_type === ProxyType || o.ob_type === CallableProxyType;
}

/** UNWRAP: a new reference to what `o` stands for (the referent of a proxy, else o itself). */
export function unwrap(o: PyObject): PyObject {
  if (!isProxy(o)) {
    INCREF(o);
    return o;
  }
  const r = (o as unknown as { referent: PyObject | null }).referent;
  if (r === null) return E.raise(E.ReferenceError, 'weakly-referenced object no longer exists');
  INCREF(r);
  return r;
}

/** Runs f on the unwrapped object (the WRAP_UNARY pattern). */
export function withUnwrapped<R>(o: PyObject, f: (x: PyObject) => R): R {
  const x = unwrap(o);
  try {
    return f(x);
  } finally {
    DECREF(x);
  }
}

/** Runs f on both operands unwrapped (WRAP_BINARY, proxy_richcompare). */
export function withUnwrapped2<R>(a: PyObject, b: PyObject, f: (x: PyObject, y: PyObject) => R): R {
  const x = unwrap(a);
  let y: PyObject;
  try {
    y = unwrap(b);
  } catch (e) {
    DECREF(x);
    throw e;
  }
  try {
    return f(x, y);
  } finally {
    DECREF(x);
    DECREF(y);
  }
}
