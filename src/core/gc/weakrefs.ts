// Models weak references and proxies (Objects/weakrefobject.c 3.11): the referent's weakref list,
// PyWeakref_NewRef/NewProxy (the shared callback-less basic ref and basic proxy), PyObject_ClearWeakRefs at
// deallocation (callback-less refs cleared first, then the callbacks in list order), weakref_dealloc and
// proxy_dealloc, and the collector's handle_weakrefs (Modules/gcmodule.c 3.11). How operations on a proxy
// reach its referent is src/core/objects/weakproxy.ts.
//
// Invariants:
// 1. A weakref does not own its referent (no INCREF); it owns its callback. `referent` is null once cleared,
//    and a cleared weakref is in no list.
// 2. A referent's list keeps CPython's order: the shared callback-less ref at the head, then the shared
//    callback-less proxy, then refs and proxies with callbacks, each inserted right after the basic proxy (else
//    the basic ref, else at the head), so newer callbacks run first.
// 3. handle_weakrefs clears every weakref to an unreachable object before any callback runs, and calls back
//    only weakrefs that are not themselves garbage (test_bug1055820b, test_callback_in_cycle); a weakref
//    waiting for its callback is kept alive and then moves to the older generation or counts as freed.
// Weakref objects reuse the builtin-function record so that the VM can call them (`wr()`); a proxy is a
// weakref whose call forwards to the referent (CallableProxyType) or raises TypeError (ProxyType).

import { PyObject, INCREF, DECREF, XDECREF, allocObject, freeObject } from '../objects/object';
import * as M from '../objects/models';
import * as C from '../objects/callables';
import * as E from '../objects/exceptions';
import { makeModuleType, ObjectType } from '../objects/types';
import { gcState, type GcList, setClearWeakrefs } from './state';
import { extraRepr, extraHash, hex } from '../objects/repr';
import { ProxyType, CallableProxyType, isProxy, withUnwrapped } from '../objects/weakproxy';
import { call, hash } from '../objects/abstract';

export const WeakrefType = makeModuleType('weakref', 'ReferenceType', ObjectType, true, 64);

export class PyWeakref extends C.PyBuiltin {
  referent: PyObject | null;
  callback: PyObject | null;
  /** weakref_hash's cache: hash(referent), computed on first use while the referent lived. */
  hashCache: number | bigint | null = null;
  constructor(referent: PyObject, callback: PyObject | null) {
    super('weakref', (args) => {
      if (args.length !== 0) E.raise(E.TypeError, `weakref() takes exactly 0 arguments (${args.length} given)`);
      const r = this.referent ?? M.None;
      INCREF(r);
      return r;
    }, null);
    this.ob_type = WeakrefType;
    this.referent = referent;
    this.callback = callback;
  }
}

/** The collector's listener (GcListener's weakref hooks), set by setGcListener. */
let listener: {
  weakrefCleared?(wr: PyObject, referent: PyObject): void;
  weakrefCallback?(wr: PyObject, callback: PyObject): void;
} | null = null;
export function setWeakrefListener(l: typeof listener): void {
  listener = l;
}

/** A weakref.proxy: `referent` and `callback` as for a ref; calling it calls the referent (proxy_call). */
export class PyProxy extends PyWeakref {
  constructor(referent: PyObject, callback: PyObject | null, callable: boolean) {
    super(referent, callback);
    this.ob_type = callable ? CallableProxyType : ProxyType;
    this.impl = (args, kw) => {
      if (this.ob_type !== CallableProxyType) return E.raise(E.TypeError, `'${this.ob_type.tp_name}' object is not callable`);
      return withUnwrapped(this, (x) => call(x, args, kw));
    };
  }
}

/** The referent → its weakrefs (head first): tp_weaklist. */
const lists = new Map<PyObject, PyWeakref[]>();

export function resetWeakrefs(): void {
  lists.clear();
}

export function weakrefsOf(o: PyObject): readonly PyWeakref[] {
  return lists.get(o) ?? [];
}

/**
 * clear_weakref without the callback: the weakref forgets its referent and leaves the list. `dying`: because
 * the referent is dying (reported to the listener); otherwise the weakref itself is being deallocated or cleared.
 */
function unlinkRef(wr: PyWeakref, dying: boolean): void {
  const r = wr.referent;
  if (r === null) return;
  if (dying) listener?.weakrefCleared?.(wr, r);
  wr.referent = null;
  const l = lists.get(r);
  if (l === undefined) return;
  const i = l.indexOf(wr);
  if (i >= 0) l.splice(i, 1);
  if (l.length === 0) lists.delete(r);
}

/** get_basic_refs: the callback-less exact ref at the head, and the callback-less proxy after it. */
function basicRefs(l: readonly PyWeakref[]): [PyWeakref | null, PyWeakref | null] {
  let i = 0;
  let ref: PyWeakref | null = null;
  let proxy: PyWeakref | null = null;
  if (l.length > 0 && l[0]!.callback === null && !isProxy(l[0]!)) ref = l[i++]!;
  if (i < l.length && l[i]!.callback === null && isProxy(l[i]!)) proxy = l[i]!;
  return [ref, proxy];
}

/**
 * PyWeakref_NewRef / PyWeakref_NewProxy: the callback-less basic ref (proxy) is shared; a new one is linked
 * where CPython links it (invariant 2). New reference.
 */
function newWeakref(o: PyObject, callback: PyObject | null, proxy: boolean, callable: boolean, make?: () => PyWeakref): PyWeakref {
  let l = lists.get(o);
  const [basicRef, basicProxy] = basicRefs(l ?? []);
  const shared = proxy ? basicProxy : basicRef;
  if (callback === null && shared !== null && make === undefined) {
    INCREF(shared);
    return shared;
  }
  if (callback !== null) INCREF(callback);
  const wr = make !== undefined ? make() : proxy ? new PyProxy(o, callback, callable) : new PyWeakref(o, callback);
  allocObject(wr, 16 + wr.ob_type.basicsize, true);
  if (l === undefined) {
    l = [];
    lists.set(o, l);
  }
  // A basic ref goes to the head; a basic proxy after the basic ref; any other after the basic proxy, else
  // after the basic ref, else at the head.
  const prev = callback === null ? (proxy ? basicRef : null) : (basicProxy ?? basicRef);
  l.splice(prev === null ? 0 : l.indexOf(prev) + 1, 0, wr);
  return wr;
}

/** weakref.ref(o, callback). New reference. */
export function newRef(o: PyObject, callback: PyObject | null): PyWeakref {
  return newWeakref(o, callback, false, false);
}

/**
 * A weakref of a subclass of ReferenceType (Lib/weakref.py's KeyedRef): never shared, linked as a ref with a
 * callback. `make` builds the object (its referent and callback set, its type the subclass). New reference.
 */
export function newSubclassRef(o: PyObject, callback: PyObject, make: () => PyWeakref): PyWeakref {
  return newWeakref(o, callback, false, false, make);
}

/** weakref.proxy(o, callback): a CallableProxyType when o is callable. New reference. */
export function newProxy(o: PyObject, callback: PyObject | null, callable: boolean): PyWeakref {
  return newWeakref(o, callback, true, callable);
}

ProxyType.tp_dealloc = CallableProxyType.tp_dealloc = WeakrefType.tp_dealloc = (o) => {
  const wr = o as PyWeakref;
  unlinkRef(wr, false);
  const cb = wr.callback;
  wr.callback = null;
  XDECREF(cb);
  freeObject(o);
};

/** handle_callback: the VM calls it and reports errors as unraisable (installed by the weakref module). */
export const weakrefHooks: { call: (callback: PyObject, wr: PyWeakref) => void } = { call: () => {} };

/** handle_callback, announced to the listener first. */
function callBack(cb: PyObject, wr: PyWeakref): void {
  listener?.weakrefCallback?.(wr, cb);
  weakrefHooks.call(cb, wr);
}

/** PyObject_ClearWeakRefs: called by the referent's tp_dealloc after its finalizer. */
export function clearWeakrefs(o: PyObject): void {
  const l = lists.get(o);
  if (l === undefined) return;
  // The callback-less basic ref (and proxy) at the head are cleared first, without callbacks.
  for (let k = 0; k < 2 && l.length > 0 && l[0]!.callback === null; k++) unlinkRef(l[0]!, true);
  if (l.length === 0) return;
  const refs = [...l];
  if (refs.length === 1) {
    const wr = refs[0]!;
    const cb = wr.callback;
    wr.callback = null;
    unlinkRef(wr, true);
    if (cb !== null) {
      if (wr.ob_refcnt > 0) callBack(cb, wr);
      DECREF(cb);
    }
    return;
  }
  // Several: CPython first gathers (ref, callback) pairs in a new tuple, then calls them in order.
  const items: PyObject[] = [];
  for (const wr of refs) {
    INCREF(wr);
    const cb = wr.callback;
    wr.callback = null;
    items.push(wr, cb ?? (INCREF(M.None), M.None));
    unlinkRef(wr, true);
  }
  const tup = M.newTuple(items);
  for (let i = 0; i < items.length; i += 2) {
    const cb = items[i + 1]!;
    if (cb !== M.None) callBack(cb, items[i] as PyWeakref);
  }
  DECREF(tup);
}
setClearWeakrefs(clearWeakrefs);

// weakref_hash: the referent's hash, cached; TypeError once the referent died if it was never hashed.
const prevHash = extraHash.fn;
extraHash.fn = (o) => {
  if (!(o instanceof PyWeakref) || isProxy(o)) return prevHash(o);
  if (o.hashCache !== null) return o.hashCache;
  const r = o.referent;
  if (r === null) return E.raise(E.TypeError, 'weak object has gone away');
  INCREF(r);
  try {
    o.hashCache = hash(r);
  } finally {
    DECREF(r);
  }
  return o.hashCache;
};

// weakref_repr: dead, or the referent's type name and address (and its __name__ for a function).
const prevRepr = extraRepr.fn;
extraRepr.fn = (o) => {
  if (!(o instanceof PyWeakref)) return prevRepr(o);
  const r = o.referent;
  // proxy_repr: the referent's type name unquoted, and NoneType once it died (PyWeakref_GET_OBJECT is None).
  if (isProxy(o)) return `<weakproxy at ${hex(o.addr)} to ${r === null ? 'NoneType' : r.ob_type.tp_name} at ${hex(r === null ? M.None.addr : r.addr)}>`;
  if (r === null) return `<weakref at ${hex(o.addr)}; dead>`;
  const name = r instanceof C.PyFunction ? ` (${r.name.v})` : '';
  return `<weakref at ${hex(o.addr)}; to '${r.ob_type.tp_name}' at ${hex(r.addr)}${name}>`;
};

/** weakref's tp_clear (gc_clear): forget the referent and drop the callback. */
export function clearWeakrefObject(wr: PyWeakref): void {
  unlinkRef(wr, false);
  const cb = wr.callback;
  wr.callback = null;
  XDECREF(cb);
}

/** handle_weakrefs: returns how many weakrefs were freed by their own callbacks (added to `collected`). */
export function handleWeakrefs(unreachable: GcList, old: GcList): number {
  const toCall: GcList = new Set();
  for (const op of [...unreachable]) {
    // A weakref that is itself garbage is cleared so that its callback can never run.
    if (op instanceof PyWeakref) unlinkRef(op, true);
    const l = lists.get(op);
    if (l === undefined) continue;
    for (const wr of [...l]) {
      unlinkRef(wr, true);
      if (wr.callback === null || unreachable.has(wr)) continue;
      INCREF(wr);
      gcState.moveTo(wr, toCall);
    }
  }
  let freed = 0;
  for (;;) {
    const it = toCall.values().next();
    if (it.done === true) break;
    const wr = it.value as PyWeakref;
    const cb = wr.callback;
    if (cb !== null) {
      INCREF(cb);
      callBack(cb, wr);
      DECREF(cb);
    }
    DECREF(wr);
    if (toCall.values().next().value === wr) gcState.moveTo(wr, old);
    else freed++;
  }
  return freed;
}
