// Models weakref.WeakValueDictionary, weakref.WeakKeyDictionary (Lib/weakref.py 3.11) and weakref.WeakSet
// (Lib/_weakrefset.py 3.11) natively, keeping the objects CPython's Python implementation keeps alive: the
// container, `data` (a dict of key → KeyedRef, a dict of ref(key) → value, a set of ref(item)), the `_remove`
// callback with its defaults tuple holding a weakref to the container, `_pending_removals` and `_iterating`.
// So getweakrefcount, the weakref-list order of the referents, gc.collect()'s counts and refcounts match.
//
// Invariants:
// 1. Every entry's weakref has the container's `remove` callback; when a referent dies, that callback deletes
//    the entry (`_remove_dead_weakref` for a value, `del data[k]` for a key, `data.discard` for an item), unless
//    the container itself is gone (its selfref is dead).
// 2. `byReferent` indexes the weakref stored for each key (WeakKeyDictionary) or item (WeakSet) by the referent
//    itself: lookups go through it rather than through hash(ref) == hash(referent) of weakref_hash.
// 3. What this model does not reproduce are the temporaries of the Python methods (generators, guards, the
//    arguments tuples and **kwargs dicts, some kept by free lists): `gcState.countApprox` is set, gc.get_count()
//    and automatic collections are refused until the next collection resets count0, and count0 is raised by an
//    upper bound of what CPython allocated (measured), so an automatic collection is refused no later than
//    CPython would have run it.
// Not modelled (refused by the weakref module): copy(), setdefault(), pop*(), update() with arguments, the
// set algebra of WeakSet, valuerefs()/keyrefs(), attribute assignment on a container. Differences kept:
// keys()/values()/items()/iter() return list iterators over a snapshot where CPython returns generators
// (entries dying during the loop are still yielded), and `_remove` is a builtin function where CPython has a
// Python function (same GC-object count: it owns its defaults tuple).

import { PyObject, INCREF, DECREF, allocObject, freeObject } from '../objects/object';
import * as M from '../objects/models';
import * as C from '../objects/callables';
import * as E from '../objects/exceptions';
import { heap } from '../objects/heap';
import { makeModuleType, ObjectType } from '../objects/types';
import { newDict, dictSet, dictLookup, dictPopIndex, dictGet, type PyDict } from '../objects/dict';
import { newSet, setAdd, setFind, setDiscardAt, setKeys, type PySet } from '../objects/set';
import { extraRepr, hex } from '../objects/repr';
import { PyWeakref, WeakrefType, newRef, newSubclassRef } from './weakrefs';
import { hash } from '../objects/abstract';
import { gcState } from './state';

export const WeakValueDictionaryType = makeModuleType('weakref', 'WeakValueDictionary', ObjectType, true, 24);
export const WeakKeyDictionaryType = makeModuleType('weakref', 'WeakKeyDictionary', ObjectType, true, 24);
export const WeakSetType = makeModuleType('_weakrefset', 'WeakSet', ObjectType, true, 24);
/** KeyedRef(ref) with __slots__ = ('key',): a weakref to a WeakValueDictionary's value that knows its key. */
export const KeyedRefType = makeModuleType('weakref', 'KeyedRef', WeakrefType, true, 72);

export type WeakKind = 'values' | 'keys' | 'set';

export class PyWeakContainer extends PyObject {
  /** A new dict (values, keys) or set (set); owned. */
  data: PyDict | PySet | null = null;
  remove: C.PyBuiltin | null = null;
  pending: M.PyList | null = null;
  iterating: PySet | null = null;
  readonly byReferent = new Map<PyObject, PyWeakref>();
  /** hash(ref) = hash(referent), computed while it lived (weakref_hash caches it): the WeakSet's set order. */
  readonly refHash = new Map<PyWeakref, number | bigint>();
  constructor(readonly kind: WeakKind) {
    super(kind === 'values' ? WeakValueDictionaryType : kind === 'keys' ? WeakKeyDictionaryType : WeakSetType);
  }
}

export class PyKeyedRef extends PyWeakref {
  key: PyObject | null = null;
}

/** Upper bounds of CPython 3.11's net count0 change per operation (measured with gc.get_count(), plus one). */
export const COUNT_BOUND = { create: 12, insert: 4, lookup: 1, remove: 1, iterate: 5 } as const;

/** Marks the generation counts approximate until the next collection (invariant 3). */
export function approximateCount(what: string, bound: number): void {
  // Their Python implementation's objects are tracked in CPython's generations too: DEBUG_STATS cannot count them.
  gcState.statsUnknown ??= `gc.DEBUG_STATS after using ${what}`;
  if (gcState.countApprox === null) gcState.countApprox = what;
  heap.count0 += bound;
}

const TYPE_NAME: Record<WeakKind, string> = { values: 'WeakValueDictionary', keys: 'WeakKeyDictionary', set: 'WeakSet' };

/** The container's `remove` callback: invariant 1. */
function removeCallback(c: PyWeakContainer, selfref: PyWeakref): C.PyBuiltin {
  return C.newBuiltin('remove', (args) => {
    const wr = args[0]!;
    if (selfref.referent === null || c.data === null) return (INCREF(M.None), M.None);
    if (c.kind === 'values') {
      const k = (wr as PyKeyedRef).key;
      const d = c.data as PyDict;
      const i = k === null ? -1 : dictLookup(d, k);
      // _remove_dead_weakref: only if the entry still holds this dead ref.
      if (i >= 0 && d.evals[i] === wr) {
        const [key, v] = dictPopIndex(d, i);
        DECREF(key);
        DECREF(v);
      }
    } else {
      forget(c, wr as PyWeakref);
    }
    INCREF(M.None);
    return M.None;
  });
}

/** Drops the entry whose weakref is `wr` (WeakKeyDictionary, WeakSet). */
function forget(c: PyWeakContainer, wr: PyWeakref): void {
  for (const [r, w] of c.byReferent) {
    if (w !== wr) continue;
    c.byReferent.delete(r);
    break;
  }
  const h = c.refHash.get(wr);
  c.refHash.delete(wr);
  if (c.kind === 'keys') {
    const d = c.data as PyDict;
    const i = dictLookup(d, wr);
    if (i >= 0) {
      const [key, v] = dictPopIndex(d, i);
      DECREF(key);
      DECREF(v);
    }
  } else {
    const s = c.data as PySet;
    const i = setFind(s, wr, h);
    if (i >= 0) DECREF(setDiscardAt(s, i));
  }
}

/** WeakValueDictionary() / WeakKeyDictionary() / WeakSet(). New reference. */
export function newWeakContainer(kind: WeakKind): PyWeakContainer {
  const c = new PyWeakContainer(kind);
  allocObject(c, 16 + 16 + c.ob_type.basicsize, true, 16);
  const selfref = newRef(c, null);
  c.remove = removeCallback(c, selfref);
  // The callback's defaults: (selfref, _remove_dead_weakref) — the tuple owns the selfref.
  INCREF(M.None);
  c.remove.self = M.newTuple([selfref, M.None]);
  c.pending = M.newList([]);
  c.iterating = newSet();
  c.data = kind === 'set' ? newSet() : newDict();
  approximateCount(`weakref.${TYPE_NAME[kind]}`, COUNT_BOUND.create);
  return c;
}

/** The weakref for a key or item, or null (invariant 2). */
function refFor(c: PyWeakContainer, o: PyObject): PyWeakref | null {
  return c.byReferent.get(o) ?? null;
}

/** d[key] = value / ws.add(item). */
export function weakInsert(c: PyWeakContainer, key: PyObject, value: PyObject | null): void {
  approximateCount(`weakref.${TYPE_NAME[c.kind]}`, COUNT_BOUND.insert);
  if (c.kind === 'values') {
    const kr = newSubclassRef(value!, c.remove!, () => {
      const r = new PyKeyedRef(value!, c.remove);
      r.ob_type = KeyedRefType;
      return r;
    }) as PyKeyedRef;
    INCREF(key);
    kr.key = key;
    dictSet(c.data as PyDict, key, kr);
    DECREF(kr);
    return;
  }
  let wr = refFor(c, key);
  if (wr === null) {
    const h = hash(key);
    wr = newRef(key, c.remove);
    c.byReferent.set(key, wr);
    c.refHash.set(wr, h);
    if (c.kind === 'keys') dictSet(c.data as PyDict, wr, value!);
    else setAdd(c.data as PySet, wr, h);
    DECREF(wr);
  } else if (c.kind === 'keys') dictSet(c.data as PyDict, wr, value!);
}

/** d[key] (a new reference), or null when absent (or its value died). */
export function weakGet(c: PyWeakContainer, key: PyObject): PyObject | null {
  if (c.kind === 'values') {
    const kr = dictGet(c.data as PyDict, key) as PyWeakref | null;
    const v = kr?.referent ?? null;
    if (v !== null) INCREF(v);
    return v;
  }
  const wr = refFor(c, key);
  if (wr === null) return null;
  if (c.kind === 'set') return (INCREF(M.True), M.True);
  const v = dictGet(c.data as PyDict, wr);
  if (v !== null) INCREF(v);
  return v;
}

/** del d[key] / ws.discard(item): false when absent. */
export function weakDelete(c: PyWeakContainer, key: PyObject): boolean {
  approximateCount(`weakref.${TYPE_NAME[c.kind]}`, COUNT_BOUND.remove);
  if (c.kind === 'values') {
    const d = c.data as PyDict;
    const i = dictLookup(d, key);
    if (i < 0) return false;
    const [k, v] = dictPopIndex(d, i);
    DECREF(k);
    DECREF(v);
    return true;
  }
  const wr = refFor(c, key);
  if (wr === null) return false;
  forget(c, wr);
  return true;
}

/** The live entries, in data's order: [key, value] (value null for a set). Borrowed. */
export function weakEntries(c: PyWeakContainer): [PyObject, PyObject | null][] {
  const out: [PyObject, PyObject | null][] = [];
  if (c.kind === 'set') {
    for (const wr of setKeys(c.data as PySet)) {
      const r = (wr as PyWeakref).referent;
      if (r !== null) out.push([r, null]);
    }
    return out;
  }
  const d = c.data as PyDict;
  for (let i = 0; i < d.ekeys.length; i++) {
    const k = d.ekeys[i];
    if (k == null) continue;
    const v = d.evals[i]!;
    if (c.kind === 'values') {
      const r = (v as PyWeakref).referent;
      if (r !== null) out.push([k, r]);
    } else {
      const r = (k as PyWeakref).referent;
      if (r !== null) out.push([r, v]);
    }
  }
  return out;
}

/** len(): CPython subtracts the pending removals; with none pending it is len(data). */
export function weakLen(c: PyWeakContainer): number {
  return c.kind === 'set' ? (c.data as PySet).used : (c.data as PyDict).used;
}

/** tp_traverse of the instance: its attributes _remove, _pending_removals, _iterating, data. */
export function weakTraverse(c: PyWeakContainer, visit: (o: PyObject) => void): void {
  if (c.remove !== null) visit(c.remove);
  if (c.pending !== null) visit(c.pending);
  if (c.iterating !== null) visit(c.iterating);
  if (c.data !== null) visit(c.data);
}

/** subtype_clear / dealloc: drops the attributes (the entries' weakrefs go with data). */
export function weakClear(c: PyWeakContainer): void {
  const parts = [c.remove, c.pending, c.iterating, c.data];
  c.remove = c.pending = c.iterating = c.data = null;
  c.byReferent.clear();
  c.refHash.clear();
  for (const p of parts) if (p !== null) DECREF(p);
}

for (const t of [WeakValueDictionaryType, WeakKeyDictionaryType, WeakSetType]) {
  // Instances of Python classes: a managed-dict pre-header (sys.getsizeof 56 = 24 + 16 + 16).
  t.managedDict = true;
  t.tp_dealloc = (o) => {
    heap.gc?.clearWeakrefs(o);
    weakClear(o as PyWeakContainer);
    freeObject(o);
  };
}

// KeyedRef: weakref_dealloc plus its `key` slot.
KeyedRefType.tp_dealloc = (o) => {
  const k = (o as PyKeyedRef).key;
  (o as PyKeyedRef).key = null;
  WeakrefType.tp_dealloc(o);
  if (k !== null) DECREF(k);
};

// repr: WeakValueDictionary/WeakKeyDictionary's __repr__ (<Name at 0x…>); WeakSet's is repr(self.data).
const prevRepr = extraRepr.fn;
extraRepr.fn = (o) => {
  if (!(o instanceof PyWeakContainer) || o.kind === 'set') return prevRepr(o);
  return `<${TYPE_NAME[o.kind]} at ${hex(o.addr)}>`;
};
