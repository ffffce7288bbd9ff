// Models instances of classes defined in Python and the class objects themselves (Objects/typeobject.c 3.11:
// type_new, mro_internal's C3 linearisation, PyType_GenericAlloc, subtype_dealloc with PEP 442 finalizers,
// clear_slots, and the managed dict of Py_TPFLAGS_MANAGED_DICT instances).
//
// Invariants:
// 1. An instance of a heap type owns a reference to its type (released after the memory, as subtype_dealloc).
// 2. `__del__` runs at most once per object (the FINALIZED bit); a resurrected object is not freed.
// 3. A class owns the internal references CPython's type_new creates: its __mro__ tuple (to itself and its
//    bases), its tp_bases tuple and tp_base (to bases), and the __dict__/__weakref__ descriptors it adds.
//    Classes are in reference cycles, so only the (not yet modelled) cyclic collector could free them.

import { PyObject, PyType, DECREF, INCREF, XDECREF, allocObject, freeObject, trashcanBegin, trashcanEnd, SharedKeys, slotHook } from './object';
import { heap } from './heap';
import { PyStr, PyList } from './models';
import { PyDict } from './dict';
import { PyExc, baseExceptionDealloc, raise, TypeError as TypeErrorT, isExceptionType } from './exceptions';
import * as T from './types';

export class PyInstance extends PyObject {
  /** The managed dict's contents (3.11 keeps values in a values array; the dict object is materialised lazily). */
  dict: PyDict | null = null;
  dictMaterialised = false;
  slots: (PyObject | null)[] | null = null;
  finalized = false;
  /** The values array (new_values) of a managed-dict instance, freed with the instance, and its size. */
  valuesAddr = 0;
  valuesBytes = 0;
  constructor(t: PyType) {
    super(t);
  }
}

/** Hooks the VM installs: calling a Python-level __del__ and reporting errors it raises. */
export const finalizerHooks: {
  callDel: (self: PyObject, del: PyObject) => void;
  /** The collector's listener: a tp_finalize is about to run on o (src/core/gc/collect.ts GcListener.finalizer). */
  finalizing: ((o: PyObject) => void) | null;
} = { callDel: () => {}, finalizing: null };

/** Every slot name declared by t and its bases, in clear_slots order (the most derived type first). */
export function slotLayout(t: PyType): string[] {
  const out: string[] = [];
  for (const b of [...t.tp_mro].reverse()) out.push(...b.slotNames);
  return out;
}

/** The per-instance state of a class instance (object-, list- or dict-based). */
export interface InstState {
  dict: PyDict | null;
  dictMaterialised: boolean;
  slots: (PyObject | null)[] | null;
  finalized: boolean;
  valuesAddr: number;
  valuesBytes?: number;
  ob_type: PyType;
}

/** An instance of a class statement's type whose attributes live in a managed dict. */
export function instState(o: PyObject): InstState | null {
  if (o instanceof PyInstance) return o;
  if ((o instanceof PyList || o instanceof PyDict) && o.ob_type.isHeap) return o as unknown as InstState;
  return null;
}

export function solidBase(t: PyType): PyType {
  for (const b of t.tp_mro) if (!b.isHeap) return b;
  return T.ObjectType;
}

export function allocInstance(t: PyType): PyObject {
  const base = solidBase(t);
  let o: PyObject;
  const nslots = slotLayout(t).length;
  if (isExceptionType(base)) {
    throw new Error('exception instances are created by newExc');
  } else if (base === T.ObjectType) {
    const inst = new PyInstance(t);
    if (nslots > 0) inst.slots = new Array<PyObject | null>(nslots).fill(null);
    o = inst;
  } else if (base === T.ListType || base === T.DictType) {
    const inst = base === T.ListType ? new PyList([]) : new PyDict();
    inst.ob_type = t;
    if (nslots > 0) inst.slots = new Array<PyObject | null>(nslots).fill(null);
    o = inst;
  } else {
    return raise(TypeErrorT, `Heapscope does not support subclassing '${base.tp_name}' yet`);
  }
  INCREF(t);
  allocObject(o, 16 + (t.managedDict ? 16 : 0) + t.basicsize, true, t.managedDict ? 16 : 0);
  if (t.managedDict) {
    const st = o as unknown as InstState;
    // init_inline_values: the class's shared keys give up one usable slot per new instance.
    let ck = t.cachedKeys;
    if (ck === null) ck = t.cachedKeys = new SharedKeys();
    if (ck.usable > 1) ck.usable--;
    const size = ck.nentries + ck.usable;
    const nbytes = ((size + 2 + 7) & ~7) + 8 * size;
    st.valuesAddr = heap.malloc(nbytes);
    (st as { valuesBytes?: number }).valuesBytes = nbytes;
    if (slotHook !== null) slotHook.block(o, 0, st.valuesAddr, nbytes);
  }
  return o;
}

/** subtype_dealloc for instances of classes with a Python-level solid base of object or an exception. */
export function subtypeDealloc(o: PyObject): void {
  const t = o.ob_type;
  if (!trashcanBegin(o)) return;
  const inst = o as unknown as InstState & PyObject;
  if (t.hasDel && !inst.finalized) {
    const del = t.lookup('__del__');
    if (del !== undefined) {
      inst.finalized = true;
      // PyObject_CallFinalizerFromDealloc: temporarily resurrect.
      o.ob_refcnt = 1;
      // subtype_dealloc re-tracks the object while __del__ runs; it stays tracked if resurrected.
      heap.gc?.link(o);
      finalizerHooks.finalizing?.(o);
      finalizerHooks.callDel(o, del);
      if (--o.ob_refcnt === 0) heap.gc?.unlink(o);
      else {
        trashcanEnd();
        return;
      }
    }
  }
  // PyObject_ClearWeakRefs: after __del__, before the slots and the dict are cleared.
  if (heap.gc !== null) heap.gc.clearWeakrefs(o);
  if (inst.slots !== null) {
    const s = inst.slots;
    inst.slots = null;
    for (let i = 0; i < s.length; i++) XDECREF(s[i]!);
  }
  if (inst instanceof PyExc) {
    trashcanEnd();
    baseExceptionDealloc(o);
  } else if (inst instanceof PyList || inst instanceof PyDict) {
    freeInstanceAttributes(inst, t);
    trashcanEnd();
    // basedealloc: list_dealloc / dict_dealloc (no free list for subclasses).
    (inst instanceof PyList ? T.ListType : T.DictType).tp_dealloc(o);
  } else {
    freeInstanceAttributes(inst, t);
    freeObject(o);
    trashcanEnd();
  }
  DECREF(t);
}

/** _PyObject_FreeInstanceAttributes / the managed dict's release: values in the shared keys' index order. */
function freeInstanceAttributes(inst: InstState, t: PyType): void {
  const d = inst.dict;
  inst.dict = null;
  if (d !== null) {
    if (inst.dictMaterialised) DECREF(d);
    else {
      const ck = t.cachedKeys;
      const live: number[] = [];
      for (let i = 0; i < d.ekeys.length; i++) if (d.ekeys[i] != null) live.push(i);
      const rank = (i: number): number => ck?.names.get((d.ekeys[i] as PyStr).v) ?? i;
      live.sort((a, b) => rank(a) - rank(b));
      for (const i of live) {
        DECREF(d.ekeys[i]!);
        DECREF(d.evals[i]!);
      }
    }
  }
  if (inst.valuesAddr !== 0) {
    if (slotHook !== null) slotHook.block(inst as unknown as PyObject, 1, inst.valuesAddr, inst.valuesBytes ?? 0);
    heap.free(inst.valuesAddr);
    inst.valuesAddr = 0;
  }
}

/** mro_implementation: C3 linearisation; raises TypeError on inconsistent hierarchies. */
export function c3(t: PyType, bases: PyType[]): PyType[] {
  const seqs: PyType[][] = bases.map((b) => [...b.tp_mro]);
  seqs.push([...bases]);
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0]!;
      if (!nonEmpty.some((s2) => s2.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === null) {
      const names = [...new Set(nonEmpty.map((s) => s[0]!.tp_name))].join(', ');
      return raise(TypeErrorT, `Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

export function instanceDictDealloc(o: PyObject): void {
  freeObject(o);
}
