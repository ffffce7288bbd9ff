// Models each GC type's tp_traverse and tp_clear (Objects/listobject.c, tupleobject.c, dictobject.c,
// setobject.c, typeobject.c subtype_traverse/subtype_clear, funcobject.c, classobject.c, cellobject.c,
// exceptions.c, iterobject.c; CPython 3.11), over the simulator's object records.
//
// Invariants:
// 1. traverse visits exactly the references the object owns (each counted in the referent's ob_refcnt),
//    in CPython's order (lists and tuples backwards, dicts value-then-key for general keys, values only
//    for str-keyed tables), so gc.get_referents and move_unreachable's reordering match CPython.
// 2. A kind whose traversal is not modelled returns false: the collector then under-subtracts, which only
//    ever keeps more objects alive, and refuses to free such an object (see collect.ts).
// 3. clear releases references the way the type's tp_clear does and leaves the record valid for its later
//    tp_dealloc; tuples, bound methods and builtins have no tp_clear (false).

import { PyObject, PyType, INCREF, DECREF, XDECREF } from '../objects/object';
import { heap } from '../objects/heap';
import * as M from '../objects/models';
import { PyDict, dictClear } from '../objects/dict';
import { PySet, setKeys, setClear } from '../objects/set';
import { PyInstance } from '../objects/instance';
import { PyExc } from '../objects/exceptions';
import * as C from '../objects/callables';
import { PySeqIter, PyDictIter, PyCompositeIter } from '../objects/iter';
import { PyFrameObj, PyTraceback, type Frame } from '../vm/frame';
import { PyGen, GenState } from '../vm/gen';
import { PyWeakref, clearWeakrefObject } from './weakrefs';
import { PyWeakContainer, PyKeyedRef, weakTraverse, weakClear } from './weakcontainers';
import { PyWeakMethod, weakMethodTraverse, weakMethodClear } from './weakmethod';
import { PyTextIOWrapper, textioTraverse } from '../io/textio';

export type Visit = (o: PyObject) => void;

/** Classes whose type_clear ran: they no longer own their __mro__ and base references. */
const clearedTypes = new WeakSet<PyType>();

/** A class's dict object → the class: the dict's entries are the class's `tp_dict` (src/core/vm/call.ts buildType). */
const typeDicts = new WeakMap<PyDict, PyType>();
export function registerTypeDict(d: PyDict, t: PyType): void {
  typeDicts.set(d, t);
}
/** The class whose dict this is, if it is one. */
export function typeDictOwner(d: PyDict): PyType | undefined {
  return typeDicts.get(d);
}

interface SubState {
  dict: PyDict | null;
  dictMaterialised: boolean;
  slots: (PyObject | null)[] | null;
}

/** The entries of a managed dict's values array in its index order: the class's shared keys order. */
function valuesOrder(d: PyDict, t: PyType): number[] {
  const live: number[] = [];
  for (let i = 0; i < d.ekeys.length; i++) if (d.ekeys[i] != null) live.push(i);
  const ck = t.cachedKeys;
  if (ck === null) return live;
  const rank = (i: number): number => ck.names.get((d.ekeys[i] as M.PyStr).v) ?? ck.names.size + i;
  return live.sort((a, b) => rank(a) - rank(b));
}

/** The part of subtype_traverse before the base's traverse: slots, then the managed dict's values or the dict. */
function visitSubtype(st: SubState, t: PyType, visit: Visit): void {
  const s = st.slots;
  if (s !== null) for (let i = 0; i < s.length; i++) if (s[i] != null) visit(s[i]!);
  const d = st.dict;
  if (d === null) return;
  if (st.dictMaterialised) visit(d);
  else for (const i of valuesOrder(d, t)) visit(d.evals[i]!);
}

function visitDictEntries(d: PyDict, visit: Visit): void {
  const ks = d.ekeys, vs = d.evals;
  if (d.unicode) {
    for (let i = 0; i < vs.length; i++) if (ks[i] != null) visit(vs[i]!);
  } else {
    for (let i = 0; i < vs.length; i++) {
      if (ks[i] == null) continue;
      visit(vs[i]!);
      visit(ks[i]!);
    }
  }
}

/** tp_traverse. Returns false when the kind's traversal is not modelled (nothing was visited). */
export function traverse(o: PyObject, visit: Visit): boolean {
  if (o instanceof PyWeakref) {
    // gc_traverse of weakrefobject.c: only the callback (the referent is not owned); a KeyedRef adds its key slot.
    if (o instanceof PyKeyedRef && o.key !== null) visit(o.key);
    if (o instanceof PyWeakMethod) weakMethodTraverse(o, visit);
    if (o.callback !== null) visit(o.callback);
    return true;
  }
  if (o instanceof PyWeakContainer) {
    weakTraverse(o, visit);
    return true;
  }
  if (o instanceof PyTextIOWrapper) {
    // sys.stdout / sys.stderr: their pending buffer (a str, bytes or the list of them), the one simulated slot.
    textioTraverse(o, visit);
    return true;
  }
  if (o instanceof M.PyTuple) {
    const it = o.items;
    for (let i = it.length - 1; i >= 0; i--) visit(it[i]!);
    return true;
  }
  if (o instanceof M.PyList) {
    if (o.ob_type.isHeap) visitSubtype(o as unknown as SubState, o.ob_type, visit);
    const it = o.items;
    for (let i = it.length - 1; i >= 0; i--) visit(it[i]!);
    return true;
  }
  if (o instanceof PyDict) {
    const owner = typeDicts.get(o);
    if (owner !== undefined) {
      // A class's dict: its values (the keys are exact str).
      for (const v of owner.tp_dict.values()) visit(v);
      return true;
    }
    if (o.ob_type.isHeap) visitSubtype(o as unknown as SubState, o.ob_type, visit);
    visitDictEntries(o, visit);
    return true;
  }
  if (o instanceof PyInstance) {
    visitSubtype(o, o.ob_type, visit);
    // A heap type's instances count as references to the type (object has no tp_traverse of its own).
    if (o.ob_type.isHeap) visit(o.ob_type);
    return true;
  }
  if (o instanceof PySet) {
    for (const k of setKeys(o)) visit(k);
    return true;
  }
  if (o instanceof M.PyCell) {
    if (o.ref !== null) visit(o.ref);
    return true;
  }
  if (o instanceof C.PyFunction) {
    // func_traverse 3.11 order.
    visit(o.code);
    visit(o.globals);
    visit(o.builtins);
    for (const x of [o.module, o.defaults, o.kwdefaults, o.doc]) if (x !== null) visit(x);
    visit(o.name);
    for (const x of [o.dict, o.closure, o.annotations]) if (x !== null) visit(x);
    visit(o.qualname);
    return true;
  }
  if (o instanceof C.PyMethod) {
    visit(o.func);
    visit(o.self);
    return true;
  }
  if (o instanceof C.PyModule) {
    visit(o.dict);
    return true;
  }
  if (o instanceof PyExc) {
    // BaseException_traverse: dict, args, (notes), traceback, cause, context.
    if (o.slots !== null) for (const x of o.slots) if (x != null) visit(x);
    for (const x of [o.dict, o.args, o.traceback, o.cause, o.context, o.value, o.obj]) if (x !== null) visit(x);
    return true;
  }
  if (o instanceof PySeqIter) {
    if (o.seq !== null) visit(o.seq);
    return true;
  }
  if (o instanceof PyDictIter) {
    if (o.dict !== null) visit(o.dict);
    return true;
  }
  if (o instanceof PyCompositeIter) {
    for (const x of o.iters) visit(x);
    if (o.func !== null) visit(o.func);
    if (o.count !== null) visit(o.count);
    return true;
  }
  if (o instanceof PyType) {
    if (!o.isHeap) return false;
    // type_traverse over the references type_new took (src/core/vm/call.ts): tp_dict, the __mro__ tuple,
    // the tp_bases tuple, then tp_base (here each base once).
    if (o.dictObj !== null) visit(o.dictObj);
    else for (const v of o.tp_dict.values()) visit(v);
    if (clearedTypes.has(o)) return true;
    if (o.mroObj !== null) visit(o.mroObj);
    if (o.basesObj !== null) visit(o.basesObj);
    for (const b of o.tp_bases) visit(b);
    return true;
  }
  if (o instanceof C.PyGetSet) {
    // descr_traverse: a class's __slots__ member descriptors and __dict__/__weakref__ getsets own their class
    // (src/core/vm/typenew.ts INCREFs it); the runtime's own getsets hold nothing counted.
    if (C.descrOwnsType(o)) visit(o.owner);
    return true;
  }
  if (o instanceof PyTraceback) {
    // tb_traverse: the next entry and the frame.
    if (o.next !== null) visit(o.next);
    visit(o.frame);
    return true;
  }
  if (o instanceof PyFrameObj) {
    // frame_traverse: f_back, then the interpreter frame's contents only once the object owns them.
    if (o.back !== null) visit(o.back);
    const f = o.frame;
    if (f.ownedByFrameObject) {
      visitFrame(f, visit);
      visit(f.code);
    }
    return true;
  }
  if (o instanceof PyGen) {
    // gen_traverse: the suspended frame's function, locals and value stack until it is cleared.
    if (o.state !== GenState.CLEARED) visitFrame(o.frame, visit);
    return true;
  }
  if (o instanceof C.PyBuiltin) {
    // meth_traverse: the bound self (the module is not recorded by this model).
    if (o.self !== null) visit(o.self);
    return true;
  }
  if (o instanceof C.PyStaticMethod) {
    visit(o.callable);
    return true;
  }
  if (o instanceof C.PyProperty) {
    for (const x of [o.fget, o.fset, o.fdel, o.doc]) if (x !== null) visit(x);
    return true;
  }
  return false;
}

/** Whether traverse models this object's references. */
export function traversable(o: PyObject): boolean {
  return traverse(o, () => {});
}

/** subtype_clear's own part: slots in clear_slots order, then the managed dict (values cleared in place). */
function clearSubtype(st: SubState, t: PyType): void {
  const s = st.slots;
  if (s !== null) {
    for (let i = 0; i < s.length; i++) {
      const v = s[i];
      if (v != null) {
        s[i] = null;
        DECREF(v);
      }
    }
  }
  const d = st.dict;
  if (d === null) return;
  if (st.dictMaterialised) {
    st.dict = null;
    st.dictMaterialised = false;
    DECREF(d);
  } else {
    // _PyObject_ClearInstanceAttributes: the values in index order; the keys stay with the shared keys.
    const order = valuesOrder(d, t);
    // dict.clear() resets the storage; the extra references taken first make the values die in index order.
    const vals = order.map((i) => d.evals[i]!);
    const keys = order.map((i) => d.ekeys[i]!);
    for (const v of vals) INCREF(v);
    for (const k of keys) INCREF(k);
    dictClear(d);
    for (const v of vals) DECREF(v);
    for (const k of keys) DECREF(k);
  }
}

/** _list_clear: the items array is detached first, then the items are released last to first, then freed. */
function listClear(l: M.PyList): void {
  const items = l.items;
  const addr = l.itemsAddr;
  l.items = [];
  l.itemsAddr = 0;
  l.allocated = 0;
  for (let i = items.length - 1; i >= 0; i--) DECREF(items[i]!);
  if (addr !== 0) heap.free(addr);
}

/** tp_clear. Returns false when the type has none (the object then stays alive unless freed otherwise). */
export function clear(o: PyObject): boolean {
  if (o instanceof PyWeakref) {
    // gc_clear: unlink from the referent, then drop the callback (subtype_clear first drops a KeyedRef's key).
    if (o instanceof PyKeyedRef && o.key !== null) {
      const k = o.key;
      o.key = null;
      DECREF(k);
    }
    if (o instanceof PyWeakMethod) weakMethodClear(o);
    clearWeakrefObject(o);
    return true;
  }
  if (o instanceof PyWeakContainer) {
    weakClear(o);
    return true;
  }
  if (o instanceof M.PyList) {
    if (o.ob_type.isHeap) clearSubtype(o as unknown as SubState, o.ob_type);
    listClear(o);
    return true;
  }
  if (o instanceof PyDict) {
    const owner = typeDicts.get(o);
    if (owner !== undefined) {
      clearTypeDict(owner);
      return true;
    }
    if (o.ob_type.isHeap) clearSubtype(o as unknown as SubState, o.ob_type);
    dictClear(o);
    return true;
  }
  if (o instanceof PyInstance) {
    clearSubtype(o, o.ob_type);
    return true;
  }
  if (o instanceof PySet) {
    setClear(o);
    return true;
  }
  if (o instanceof M.PyCell) {
    const r = o.ref;
    o.ref = null;
    XDECREF(r);
    return true;
  }
  if (o instanceof PyExc) {
    const f = o as unknown as Record<'dict' | 'traceback' | 'context' | 'cause' | 'value' | 'obj', PyObject | null>;
    for (const k of ['dict', 'traceback', 'context', 'cause', 'value', 'obj'] as const) {
      const v = f[k];
      f[k] = null;
      XDECREF(v);
    }
    return true;
  }
  if (o instanceof PyType) {
    if (!o.isHeap || clearedTypes.has(o)) return false;
    // type_clear empties the dict and drops __mro__; this model has no type_dealloc, so the references
    // to the bases that CPython releases there (tp_bases, tp_base) go here too. The JS arrays stay so that
    // instances still being freed can read their layout.
    // The dict object itself stays: type_dealloc would free it.
    clearedTypes.add(o);
    clearTypeDict(o);
    const mro = o.mroObj, bases = o.basesObj;
    o.mroObj = null;
    o.basesObj = null;
    for (const b of o.tp_bases) DECREF(b);
    if (bases !== null) DECREF(bases);
    if (mro !== null) DECREF(mro);
    return true;
  }
  if (o instanceof PyFrameObj) {
    // frame_tp_clear: an owned frame releases its locals (the function and code stay for the dealloc).
    if (o.frame.ownedByFrameObject) {
      const lp = o.frame.localsplus;
      for (let i = 0; i < lp.length; i++) {
        const v = lp[i];
        lp[i] = null;
        XDECREF(v);
      }
    }
    return true;
  }
  if (o instanceof C.PyFunction) {
    // func_clear 3.11: the references that can form cycles (code, name and qualname are kept).
    const f = o as unknown as Record<'module' | 'defaults' | 'kwdefaults' | 'doc' | 'dict' | 'closure' | 'annotations', PyObject | null>;
    for (const k of ['module', 'defaults', 'kwdefaults', 'doc', 'dict', 'closure', 'annotations'] as const) {
      const v = f[k];
      f[k] = null;
      XDECREF(v);
    }
    return true;
  }
  return false;
}

/** _PyFrame_Traverse over what the model's frame owns: the function, f_locals, localsplus and the stack. */
function visitFrame(f: Frame, visit: Visit): void {
  if (f.func !== null) visit(f.func);
  if (f.locals !== null && f.func !== null) visit(f.locals);
  const lp = f.localsplus;
  for (let i = 0; i < lp.length; i++) if (lp[i] != null) visit(lp[i]!);
  const st = f.stack;
  for (let i = 0; i < f.sp; i++) if (st[i] != null) visit(st[i]!);
}

/** Whether `t` is the type object record (types are not collected by this model). */
/** PyDict_Clear on a class's dict (type_clear, or dict_tp_clear of that dict). */
function clearTypeDict(t: PyType): void {
  const vals = [...t.tp_dict.values()];
  t.tp_dict.clear();
  for (const v of vals) DECREF(v);
}

export function isTypeObject(o: PyObject): o is PyType {
  return o instanceof PyType;
}
