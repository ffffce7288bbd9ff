// Models the class statement of CPython 3.11: Python/bltinmodule.c builtin___build_class__ (the class body run
// as a function over a new namespace) and Objects/typeobject.c type_new (type_new_get_bases, type_new_init's
// PyDict_Copy, type_new_get_slots / type_new_copy_slots, type_new_descriptors, PyType_Ready's __mro__ and
// add_subclass, type_new_set_names, __init_subclass__). The layout decisions are in objects/typelayout.ts, the
// subclass registry in objects/subclasses.ts.

import { PyObject, PyType, INCREF, DECREF, XDECREF, slotHook } from '../objects/object';
import * as M from '../objects/models';
import { PyDict, newDict, dictHooks } from '../objects/dict';
import * as C from '../objects/callables';
import * as E from '../objects/exceptions';
import * as A from '../objects/abstract';
import { c3, subtypeDealloc, PyInstance } from '../objects/instance';
import { bestBase, planLayout, recordLayout, setHtSlots } from '../objects/typelayout';
import { addSubclasses } from '../objects/subclasses';
import * as T from '../objects/types';
import { ts } from './state';
import { Unsupported } from '../python/errors';
import { weakrefsOf } from '../gc/weakrefs';
import { registerTypeDict } from '../gc/traverse';
import { callPython, callObject } from './call';

/** builtin___build_class__(func, name, *bases, **kwds). */
export function buildClass(args: PyObject[], kw: C.Kw): PyObject {
  if (args.length < 2) E.raise(E.TypeError, '__build_class__: not enough arguments');
  const func = args[0]!;
  const name = args[1]!;
  if (!(func instanceof C.PyFunction)) E.raise(E.TypeError, '__build_class__: func must be a function');
  if (!(name instanceof M.PyStr)) E.raise(E.TypeError, '__build_class__: name is not a string');
  if (kw !== null && kw.size > 0) {
    if (kw.has('metaclass')) throw new Unsupported('metaclasses', ts.frame?.currentLine() ?? 0);
    throw new Unsupported('class keyword arguments', ts.frame?.currentLine() ?? 0);
  }
  const bases = args.slice(2);
  for (const b of bases) {
    if (!(b instanceof PyType)) E.raise(E.TypeError, `bases must be types`);
  }
  const ns = newDict();
  let cls: PyObject;
  try {
    const cell = callPython(func as C.PyFunction, [], null, ns);
    const basesTuple = M.newTuple(bases.map((b) => (INCREF(b), b)));
    // type has no vectorcall for three arguments: _PyObject_MakeTpCall packs (name, bases, ns) into a tuple.
    INCREF(name);
    INCREF(ns);
    const callArgs = M.newTuple([name, basesTuple, ns]);
    try {
      cls = buildType(T.TypeType, name as M.PyStr, basesTuple, ns);
    } finally {
      DECREF(callArgs);
    }
    if (cell instanceof M.PyCell) {
      INCREF(cls);
      const old = cell.ref;
      cell.ref = cls;
      if (slotHook !== null) slotHook.touched(cell, 0);
      XDECREF(old);
    }
    DECREF(cell);
  } finally {
    DECREF(ns);
  }
  return cls;
}

/** type_new: a heap type from (name, bases, namespace). */
export function buildType(meta: PyType, name: M.PyStr, basesT: M.PyTuple, ns: PyDict): PyType {
  void meta;
  const bases = (basesT.items.length === 0 ? [T.ObjectType] : basesT.items) as PyType[];
  for (const b of bases) {
    if (b === T.BoolType || b === T.FunctionType || b === T.RangeType || b === T.SliceType || b === T.NoneType) {
      E.raise(E.TypeError, `type '${b.tp_name}' is not an acceptable base type`);
    }
    if (!b.isHeap && b !== T.ObjectType && b !== T.ListType && b !== T.DictType && !E.isExceptionType(b)) {
      throw new Unsupported(`subclassing '${b.tp_name}'`, ts.frame?.currentLine() ?? 0);
    }
  }
  // type_new_get_bases keeps the given bases tuple as tp_bases, or packs (object,) for a class without bases;
  // type_new_init copies the namespace into a new dict (tp_dict). Both are GC allocations that count in
  // gc.get_count() (a class statement makes 7 lasting ones in 3.11: these two, the type, __mro__, the
  // __dict__/__weakref__ descriptors and object.__subclasses__' weakref).
  let basesObj: M.PyTuple;
  if (basesT.items.length > 0) {
    INCREF(basesT);
    basesObj = basesT;
  } else {
    INCREF(T.ObjectType);
    basesObj = M.newTuple([T.ObjectType]);
  }
  const dictObj = newDict();
  const t = new PyType(name.v, '__main__');
  t.basesObj = basesObj;
  t.dictObj = dictObj;
  registerTypeDict(dictObj, t);
  t.ob_type = T.TypeType;
  t.isHeap = true;
  t.isGC = true;
  t.ob_refcnt = 1;
  t.tp_bases = bases.slice();
  t.tp_mro = c3(t, bases);
  const exc = t.tp_mro.some((b) => E.isExceptionType(b));
  t.tp_dealloc = subtypeDealloc;
  // namespace → type dict (PyDict_Copy: the type holds its own references)
  for (let i = 0; i < ns.ekeys.length; i++) {
    const k = ns.ekeys[i];
    if (k == null) continue;
    const key = (k as M.PyStr).v;
    if (key === '__qualname__') {
      t.qualname = (ns.evals[i] as M.PyStr).v;
      continue;
    }
    if (key === '__classcell__') continue;
    let v = ns.evals[i]!;
    if (key === '__new__' && v instanceof C.PyFunction) {
      // type_new wraps a plain __new__ in staticmethod.
      INCREF(v);
      v = new C.PyStaticMethod(T.StaticMethodType, v);
      A.allocStaticMethod(v);
    } else INCREF(v);
    t.tp_dict.set(key, v);
  }
  if (t.qualname === '') t.qualname = name.v;
  const modv = t.tp_dict.get('__module__');
  if (modv instanceof M.PyStr) t.module = modv.v;
  // __slots__
  const slots = t.tp_dict.get('__slots__');
  let names: string[] | null = null;
  if (slots !== undefined) names = slotsTuple(t, name.v, slots);
  // best_base / type_new_slots / type_new_descriptors: the layout base, whether the type adds a __dict__ slot
  // and a weakref list (an exception subclass adds only the weakref list: BaseException has a dict), and
  // tp_basicsize.
  const layoutBase = bestBase(bases);
  if (layoutBase === null) E.raise(E.TypeError, 'multiple bases have instance lay-out conflict');
  const plan = planLayout(bases, layoutBase!, names === null ? null : names.length);
  recordLayout(t, plan, names === null ? 0 : names.length);
  t.basicsize = plan.basicsize;
  if (names !== null) {
    t.slotNames = names;
    const offset = A.slotLayoutLength(t) - names.length;
    names.forEach((n, i) => {
      const idx = offset + i;
      const d = new C.PyGetSet(
        t,
        n,
        (self) => {
          const s = (self as PyInstance).slots;
          const v = s === null ? null : s[idx] ?? null;
          if (v === null) E.raise(E.AttributeError, `'${self.ob_type.tp_name}' object has no attribute '${n}'`);
          INCREF(v!);
          return v!;
        },
        (self, v) => {
          const s = (self as PyInstance).slots!;
          const old = s[idx] ?? null;
          if (v === null && old === null) E.raise(E.AttributeError, `'${self.ob_type.tp_name}' object has no attribute '${n}'`);
          if (v !== null) INCREF(v);
          s[idx] = v;
          if (slotHook !== null) slotHook.touched(self, 0);
          XDECREF(old);
        },
      );
      d.ob_type = T.MemberDescrType;
      d.ob_refcnt = 1;
      A.allocGetSetDescr(d);
      INCREF(t); // PyDescr_NewMember: d_type
      t.tp_dict.set(n, d);
    });
    t.managedDict = false;
  } else {
    t.managedDict = !exc;
  }
  // The __dict__ / __weakref__ getset descriptors (add_getset after the namespace's entries) hold a reference
  // to the type.
  for (const dn of ['__dict__', '__weakref__'] as const) {
    if (!(dn === '__dict__' ? plan.addDict : plan.addWeak)) continue;
    if (t.tp_dict.has(dn)) continue;
    const d = new C.PyGetSet(t, dn, dn === '__dict__' ? A.instanceDictGetter : (self) => {
      const r = weakrefsOf(self)[0] ?? M.None;
      INCREF(r);
      return r;
    }, null);
    d.ob_refcnt = 1;
    A.allocGetSetDescr(d);
    INCREF(t);
    t.tp_dict.set(dn, d);
  }
  if (!t.tp_dict.has('__doc__')) {
    INCREF(M.None);
    t.tp_dict.set('__doc__', M.None);
  }
  if (t.tp_dict.has('__eq__') && !t.tp_dict.has('__hash__')) {
    INCREF(M.None);
    t.tp_dict.set('__hash__', M.None);
  }
  t.hasDel = t.lookup('__del__') !== undefined;
  for (const k of ['__init_subclass__', '__class_getitem__']) {
    const v = t.tp_dict.get(k);
    if (v instanceof C.PyFunction) {
      const cm = new C.PyStaticMethod(T.ClassMethodType, v);
      A.allocStaticMethod(cm);
      t.tp_dict.set(k, cm);
    }
  }
  // PyType_Ready's __mro__ tuple references the type and its bases; besides the tp_bases tuple, this model
  // holds one more reference to each base (tp_base).
  t.mroObj = M.newTuple(t.tp_mro.map((b) => (INCREF(b), b)));
  for (const b of bases) INCREF(b);
  for (const v of t.tp_dict.values()) if (dictHooks.mayTrack(v)) dictObj.tracked = true;
  A.allocType(t);
  // The class's dict now stands for tp_dict (its entries are the class's attributes).
  if (slotHook !== null) slotHook.touched(dictObj, 0);
  // type_ready_add_subclasses: each base's tp_subclasses dict maps the class's address to a weak reference to
  // it (the basic ref that weakref.ref(cls) then shares), src/core/objects/subclasses.ts.
  addSubclasses(t);
  // type_new_set_names iterates over a copy of the class dict (PyDict_Copy: a GC allocation, freed after;
  // its keys table is not modelled).
  const namesToSet = newDict();
  try {
    setNames(t);
  } finally {
    DECREF(namesToSet);
  }
  // __init_subclass__ of the parent
  const parentInit = t.tp_mro[1]?.lookup('__init_subclass__');
  if (parentInit instanceof C.PyStaticMethod && parentInit.ob_type === T.ClassMethodType) {
    DECREF(callObject(parentInit.callable, [t], null));
  }
  return t;
}

/**
 * type_new_get_slots and type_new_copy_slots: __slots__ made a tuple (a str is packed, a tuple taken as it is,
 * a list copied), then each name checked, mangled (_Py_Mangle) and checked against the namespace in a new list,
 * which is sorted and turned into the tuple the class keeps (ht_slots; type_traverse does not visit it). Returns
 * the sorted names, which give the member descriptors and the instance layout in that order.
 */
function slotsTuple(t: PyType, clsName: string, slots: PyObject): string[] {
  const line = ts.frame?.currentLine() ?? 0;
  let given: M.PyTuple;
  if (slots instanceof M.PyStr) {
    INCREF(slots);
    given = M.newTuple([slots]);
  } else if (slots instanceof M.PyTuple && slots.ob_type === T.TupleType) {
    INCREF(slots);
    given = slots;
  } else if (slots instanceof M.PyList && slots.ob_type === T.ListType) {
    given = M.newTuple(slots.items.map((x) => (INCREF(x), x)));
  } else {
    throw new Unsupported(`__slots__ given as a '${slots.ob_type.tp_name}'`, line);
  }
  try {
    for (const x of given.items) {
      if (!(x instanceof M.PyStr)) E.raise(E.TypeError, `__slots__ items must be strings, not '${x.ob_type.tp_name}'`);
      if (!/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test((x as M.PyStr).v)) E.raise(E.TypeError, '__slots__ must be identifiers');
      const n = (x as M.PyStr).v;
      if (n === '__dict__' || n === '__weakref__') throw new Unsupported(`'${n}' in __slots__`, line);
    }
    const copy = M.newList(given.items.map((x) => mangle(clsName, x as M.PyStr)));
    try {
      for (const x of copy.items) {
        const n = (x as M.PyStr).v;
        if (t.tp_dict.has(n) && n !== '__qualname__' && n !== '__classcell__') {
          E.raise(E.ValueError, `'${n}' in __slots__ conflicts with class variable`);
        }
      }
      // PyList_Sort: code point order (no key, no allocation for a list this short).
      copy.items.sort((a, b) => ((a as M.PyStr).v < (b as M.PyStr).v ? -1 : (a as M.PyStr).v > (b as M.PyStr).v ? 1 : 0));
      M.listTouched(copy, 0);
      const sorted = M.newTuple(copy.items.map((x) => (INCREF(x), x)));
      setHtSlots(t, sorted);
      return sorted.items.map((x) => (x as M.PyStr).v);
    } finally {
      DECREF(copy);
    }
  } finally {
    DECREF(given);
  }
}

/** _Py_Mangle: a private name (__x, not __x__) of class C becomes _C__x; a new reference. */
function mangle(clsName: string, ident: M.PyStr): PyObject {
  const v = ident.v;
  const stripped = clsName.replace(/^_+/, '');
  if (!v.startsWith('__') || v.endsWith('__') || v.includes('.') || stripped === '') {
    INCREF(ident);
    return ident;
  }
  return M.newStr(`_${stripped}${v}`);
}

/** __set_name__ on the namespace's descriptors. */
function setNames(t: PyType): void {
  for (const [k, v] of t.tp_dict) {
    const sn = v.ob_type.isHeap ? v.ob_type.lookup('__set_name__') : undefined;
    if (sn !== undefined) {
      const ks = M.newStr(k);
      try {
        DECREF(A.callSpecial(v, sn, [t, ks]));
      } finally {
        DECREF(ks);
      }
    }
  }
}
