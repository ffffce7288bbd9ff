// Models type_getattro / type_setattro of Objects/typeobject.c 3.11: attribute lookup on a class object
// (its MRO, binding classmethods to the class, functions returned plain) and the special attributes
// __name__, __qualname__, __module__, __mro__, __bases__, __base__, __dict__ (as a mappingproxy copy).

import { PyObject, PyType, INCREF, DECREF, slotHook } from './object';
import * as M from './models';
import * as C from './callables';
import * as E from './exceptions';
import { descrGet, callSpecial } from './abstract';
import { newDict, dictSet, dictHooks } from './dict';
import * as T from './types';
import { allocObject, freeObject } from './object';
import type { PyDict } from './dict';
import { heap } from './heap';
import { Unsupported } from '../python/errors';
import { cpythonTypeDefines } from '../modules/cpython-names';

export const MappingProxyType = T.makeStaticType('mappingproxy', T.ObjectType, true, 24);
/** types.MappingProxyType: a read-only view of a mapping (it owns a reference to the mapping). */
export class PyMappingProxy extends PyObject {
  constructor(public mapping: PyDict) {
    super(MappingProxyType);
  }
}
MappingProxyType.tp_dealloc = (o) => {
  DECREF((o as PyMappingProxy).mapping);
  freeObject(o);
};

export function typeGetAttr(t: PyType, name: string): PyObject {
  // The metatype's data descriptors first (type's own special attributes).
  switch (name) {
    // type_name: a static type's tp_name after its last dot ('weakref.ReferenceType' → 'ReferenceType').
    case '__name__': return M.newStr(t.isHeap ? t.tp_name : t.tp_name.slice(t.tp_name.lastIndexOf('.') + 1));
    case '__qualname__': return M.newStr(t.qualname);
    // A class's own tuples while it has them (type_clear drops __mro__); a static type's built on demand.
    case '__mro__':
      if (t.mroObj !== null) return (INCREF(t.mroObj), t.mroObj);
      return M.newTuple(t.tp_mro.map((b) => (INCREF(b), b)));
    case '__bases__':
      if (t.basesObj !== null) return (INCREF(t.basesObj), t.basesObj);
      return M.newTuple(t.tp_bases.map((b) => (INCREF(b), b)));
    case '__base__': {
      const b = t.tp_bases[0] ?? M.None;
      INCREF(b);
      return b;
    }
    case '__class__': {
      INCREF(t.ob_type);
      return t.ob_type;
    }
    case '__dict__': {
      // type_dict: a read-only mappingproxy over (here: a snapshot of) the class namespace.
      const d = newDict();
      for (const [k, v] of t.tp_dict) {
        const ks = M.newStr(k);
        dictSet(d, ks, v);
        DECREF(ks);
      }
      const p = new PyMappingProxy(d);
      allocObject(p, 16 + 24, true);
      return p;
    }
    case '__module__':
      if (!t.isHeap) return M.newStr(t.module);
      break;
  }
  const v = t.lookup(name);
  if (v !== undefined) {
    if (v instanceof C.PyStaticMethod && v.ob_type === T.ClassMethodType) return C.newMethod(v.callable, t);
    if (v instanceof C.PyFunction || v instanceof C.PyMethodDescr) {
      INCREF(v);
      return v;
    }
    if (v.ob_type.isHeap && v.ob_type.lookup('__get__') !== undefined) {
      return callSpecial(v, v.ob_type.lookup('__get__')!, [M.None, t]);
    }
    return descrGet(v, null, t);
  }
  if (name === '__doc__') {
    INCREF(M.None);
    return M.None;
  }
  const meta = t.ob_type;
  if (meta !== T.TypeType) {
    const mv = meta.lookup(name);
    if (mv !== undefined) return descrGet(mv, t, meta);
  }
  // What CPython's metatype (type.__subclasses__) or a builtin class in the MRO (int.from_bytes) has is a gap of
  // the simulation, not the program's error.
  for (const c of [meta, ...t.tp_mro]) {
    if (!c.isHeap && cpythonTypeDefines(c.tp_name, name)) throw new Unsupported(`the attribute ${name} of the class ${t.tp_name}`, heap.lineOf());
  }
  const e = E.newExc(E.AttributeError, M.newTuple([M.newStr(`type object '${t.tp_name}' has no attribute '${name}'`)]));
  e.name = name;
  INCREF(t);
  e.obj = t;
  throw new E.PyErr(e);
}

export function typeSetAttr(t: PyType, name: string, v: PyObject | null): void {
  if (!t.isHeap) {
    E.raise(E.TypeError, `cannot set '${name}' attribute of immutable type '${t.tp_name}'`);
  }
  const old = t.tp_dict.get(name);
  if (v === null) {
    if (old === undefined) E.raise(E.AttributeError, `type object '${t.tp_name}' has no attribute '${name}'`);
    t.tp_dict.delete(name);
    if (slotHook !== null) slotHook.touched(t.dictObj ?? t, 0);
    DECREF(old!);
    return;
  }
  INCREF(v);
  t.tp_dict.set(name, v);
  // PyDict_SetItem's MAINTAIN_TRACKING on the class's dict: a container value makes the dict tracked.
  const d = t.dictObj as PyDict | null;
  if (d !== null && !d.tracked && dictHooks.mayTrack(v)) d.tracked = true;
  if (name === '__del__') t.hasDel = true;
  if (slotHook !== null) slotHook.touched(t.dictObj ?? t, 0);
  if (old !== undefined) DECREF(old);
}
