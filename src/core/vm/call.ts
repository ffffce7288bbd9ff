// Models calls made outside the inlined Python-to-Python path (Objects/call.c PyObject_Vectorcall /
// _PyObject_MakeTpCall, Python/ceval.c _PyEval_Vector, Objects/typeobject.c type_call / object_new /
// slot_tp_init, Python/bltinmodule.c builtin___build_class__), exception context chaining
// (_PyErr_SetObject) and the import of the few modules Heapscope models.
// A call from JS into Python code INCREFs the arguments into the new frame while the caller keeps its own
// references (_PyEval_Vector), unlike the inlined CALL which moves them.

import { PyObject, PyType, INCREF, DECREF, XDECREF, currentProfile, slotHook } from '../objects/object';
import * as M from '../objects/models';
import { PyDict, newDict, dictSet, dictGetStr, dictHooks } from '../objects/dict';
import * as C from '../objects/callables';
import * as E from '../objects/exceptions';
import * as A from '../objects/abstract';
import { allocInstance, c3, subtypeDealloc, solidBase, PyInstance } from '../objects/instance';
import { bestBase, planLayout, recordLayout, setHtSlots } from '../objects/typelayout';
import { addSubclasses } from '../objects/subclasses';
import * as T from '../objects/types';
import { pushFrame } from './args';
import { enterFrame, evalFrame } from './eval';
import { ts } from './state';
import { Unsupported } from '../python/errors';
import { getModule } from '../modules/registry';
import { weakrefsOf } from '../gc/weakrefs';
import { registerTypeDict } from '../gc/traverse';
import { ComplexType } from '../objects/complex';
import { ByteArrayType } from '../objects/bytearray';
import { listExtend } from '../objects/ops';
import { dictUpdateFrom } from './builtins';

function kwNames(kw: C.Kw): string[] | null {
  return kw === null || kw.size === 0 ? null : [...kw.keys()];
}

/** Runs a Python function called from JS (borrowed args). New reference. */
export function callPython(fn: C.PyFunction, args: PyObject[], kw: C.Kw, locals: PyDict | null = null): PyObject {
  INCREF(fn);
  const all = kw === null ? args.slice() : [...args, ...kw.values()];
  for (const a of all) INCREF(a);
  // _PyStack_UnpackDict: keyword arguments arriving as a dict become a kwnames tuple for the vectorcall.
  const names = kwNames(kw);
  const kwnamesTuple = names === null ? null : M.newTuple(names.map((n) => M.internStr(n)));
  let f: ReturnType<typeof pushFrame>;
  try {
    f = pushFrame(fn, all, names);
  } finally {
    if (kwnamesTuple !== null) DECREF(kwnamesTuple);
  }
  if (locals !== null) {
    INCREF(locals);
    f.locals = locals;
  }
  enterFrame(f, ts.frame);
  return evalFrame(f);
}

/** PyObject_Call with borrowed arguments. New reference. */
export function callObject(callable: PyObject, args: PyObject[], kw: C.Kw): PyObject {
  if (callable instanceof C.PyFunction) return callPython(callable, args, kw);
  if (callable instanceof C.PyBuiltin) return callable.impl(args, kw);
  if (callable instanceof C.PyMethod) return callObject(callable.func, [callable.self, ...args], kw);
  if (callable instanceof C.PyMethodDescr) {
    if (args.length === 0) E.raise(E.TypeError, `unbound method ${callable.owner.tp_name}.${callable.name}() needs an argument`);
    const self = args[0]!;
    if (!self.ob_type.isSubtypeOf(callable.owner)) {
      E.raise(E.TypeError, `descriptor '${callable.name}' for '${callable.owner.tp_name}' objects doesn't apply to a '${self.ob_type.tp_name}' object`);
    }
    return callable.impl(self, args.slice(1), kw);
  }
  if (callable instanceof PyType) return typeCall(callable, args, kw);
  return callInstance(callable, args, kw, true);
}

/**
 * An instance of a class with __call__: no vectorcall, so a vectorcall-style call goes through
 * _PyObject_MakeTpCall (an argument tuple and a keyword dict are built) before slot_tp_call.
 */
function callInstance(callable: PyObject, args: PyObject[], kw: C.Kw, vectorcall: boolean): PyObject {
  const t = callable.ob_type;
  if (t.isHeap) {
    const m = t.lookup('__call__');
    if (m !== undefined) {
      const pack = vectorcall ? makeTpCallArgs(args, kw) : null;
      enterRecursive(' while calling a Python object');
      try {
        if (m instanceof C.PyFunction) return callPrepend(m, callable, args, kw);
        const bound = A.descrGet(m, callable, t);
        try {
          return callObject(bound, args, kw);
        } finally {
          DECREF(bound);
        }
      } finally {
        ts.depth--;
        if (pack !== null) pack();
      }
    }
  }
  return E.raise(E.TypeError, `'${t.tp_name}' object is not callable`);
}

/** _PyObject_MakeTpCall's argument tuple and keyword dict; returns their release. */
function makeTpCallArgs(args: PyObject[], kw: C.Kw): () => void {
  for (const a of args) INCREF(a);
  const argsTuple = M.newTuple(args.slice());
  let kwDict: PyDict | null = null;
  if (kw !== null && kw.size > 0) {
    kwDict = newDict();
    for (const [k, v] of kw) {
      const ks = M.internStr(k);
      dictSet(kwDict, ks, v);
      DECREF(ks);
    }
  }
  return () => {
    DECREF(argsTuple);
    if (kwDict !== null) DECREF(kwDict);
  };
}

/**
 * _PyObject_Call_Prepend → _PyObject_FastCallDictTstate (slot_tp_call, slot_tp_init, slot_tp_new): with a
 * non-empty keyword dict, _PyStack_UnpackDict's array holds a reference to `first`, every argument and every
 * keyword value for the whole call.
 */
function callPrepend(fn: C.PyFunction, first: PyObject, args: PyObject[], kw: C.Kw): PyObject {
  const all = [first, ...args];
  const copies = kw !== null && kw.size > 0 ? [...all, ...kw.values()] : null;
  if (copies !== null) for (const c of copies) INCREF(c);
  try {
    return callPython(fn, all, kw);
  } finally {
    if (copies !== null) for (const c of copies) DECREF(c);
  }
}

/**
 * PyObject_Call(callable, args tuple, kwargs dict), as CALL_FUNCTION_EX uses it: the tuple and dict are
 * handed over as they are (no _PyObject_MakeTpCall packing); a callable with a vectorcall (functions, bound
 * methods, builtins) given a non-empty dict gets _PyStack_UnpackDict's array, which holds a reference to
 * every argument for the whole call.
 */
export function callWithTuple(callable: PyObject, args: PyObject[], kw: C.Kw): PyObject {
  if (callable instanceof PyType) return typeCall(callable, args, kw, false);
  if (callable instanceof C.PyFunction || callable instanceof C.PyMethod || callable instanceof C.PyBuiltin) {
    const copies = kw !== null && kw.size > 0 ? [...args, ...kw.values()] : null;
    if (copies !== null) for (const c of copies) INCREF(c);
    try {
      return callObject(callable, args, kw);
    } finally {
      if (copies !== null) for (const c of copies) DECREF(c);
    }
  }
  if (callable instanceof C.PyMethodDescr) return callObject(callable, args, kw);
  return callInstance(callable, args, kw, false);
}

/** The CALL instruction's path for everything but plain Python functions (arguments borrowed from the stack). */
export function callFromStack(fn: PyObject, stack: (PyObject | null)[], base: number, total: number, kwnames: M.PyTuple | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.items.length;
  const args = stack.slice(base, base + total - nkw) as PyObject[];
  let kw: C.Kw = null;
  if (nkw > 0) {
    kw = new Map();
    for (let i = 0; i < nkw; i++) kw.set((kwnames!.items[i] as M.PyStr).v, stack[base + total - nkw + i]!);
  }
  return callObject(fn, args, kw);
}

function enterRecursive(where: string): void {
  if (ts.depth >= ts.recursionLimit) E.raise(E.RecursionError, `maximum recursion depth exceeded${where}`);
  ts.depth++;
}

/** type_call: tp_new then tp_init; `type(x)` returns x's type. Counts as a C-level recursive call. */
export function typeCall(t: PyType, args: PyObject[], kw: C.Kw, vectorcall = true): PyObject {
  if (t === T.TypeType && args.length === 1 && (kw === null || kw.size === 0)) {
    INCREF(args[0]!.ob_type);
    return args[0]!.ob_type;
  }
  // Types without a vectorcall go through _PyObject_MakeTpCall, which packs the arguments into a tuple
  // (and keywords into a dict) for tp_call: allocations that gc.get_count() and the free lists see.
  const packed = vectorcall && (t.isHeap || TP_CALL_TYPES.has(t));
  let argsTuple: PyObject | null = null;
  let kwDict: PyDict | null = null;
  if (packed) {
    if (args.length > 0) {
      for (const a of args) INCREF(a);
      argsTuple = M.newTuple(args.slice());
    }
    if (kw !== null && kw.size > 0) {
      kwDict = newDict();
      for (const [k, v] of kw) {
        const ks = M.internStr(k);
        dictSet(kwDict, ks, v);
        DECREF(ks);
      }
    }
  }
  try {
    if (t.tp_call !== null && !t.isHeap) return t.tp_call(t, args, kw);
    enterRecursive(' while calling a Python object');
    try {
      return heapTypeCall(t, args, kw);
    } finally {
      ts.depth--;
    }
  } finally {
    if (argsTuple !== null) DECREF(argsTuple);
    if (kwDict !== null) DECREF(kwDict);
  }
}

/** Builtin types that 3.11 calls through tp_call (no tp_vectorcall), measured with gc.get_count(). */
const TP_CALL_TYPES = new Set<PyType>([T.StrType, T.IntType, T.BytesType, T.SliceType, T.PropertyType, T.StaticMethodType, T.ClassMethodType, ComplexType, ByteArrayType]);

function heapTypeCall(t: PyType, args: PyObject[], kw: C.Kw): PyObject {
  const base = solidBase(t);
  if (base === T.TypeType || t.isSubtypeOf(T.TypeType)) {
    if (args.length === 3) return buildType(t, args[0] as M.PyStr, args[1] as M.PyTuple, args[2] as PyDict);
  }
  const newM = t.lookup('__new__');
  const initM = t.lookup('__init__');
  const nargs = args.length + (kw === null ? 0 : kw.size);
  let obj: PyObject;
  const userNew = newM !== undefined && !(newM instanceof C.PyBuiltin) && !(newM instanceof C.PyMethodDescr) ? newM : null;
  const userInit = initM !== undefined && !(initM instanceof C.PyMethodDescr) ? initM : null;
  if (userNew !== null) {
    const callable = userNew instanceof C.PyStaticMethod ? userNew.callable : userNew;
    obj = callable instanceof C.PyFunction ? callPrepend(callable, t, args, kw) : callObject(callable, [t, ...args], kw);
    if (!obj.ob_type.isSubtypeOf(t)) return obj;
  } else if (E.isExceptionType(base)) {
    for (const a of args) INCREF(a);
    obj = E.newExc(t, M.newTuple(args.slice()));
    t.tp_dealloc = subtypeDealloc;
  } else {
    if (nargs > 0 && userInit === null && base === T.ObjectType) {
      E.raise(E.TypeError, `${t.tp_name}() takes no arguments`);
    }
    obj = allocInstance(t);
    if (userInit === null && (base === T.ListType || base === T.DictType)) {
      // list___init__ / dict___init__ fill the new instance.
      try {
        if (base === T.ListType) {
          if (args.length > 1) E.raise(E.TypeError, `list expected at most 1 argument, got ${args.length}`);
          if (args.length === 1) listExtend(obj as M.PyList, args[0]!);
        } else dictUpdateFrom(obj as PyDict, args[0] ?? M.None, kw);
      } catch (e) {
        DECREF(obj);
        throw e;
      }
    }
  }
  if (userInit !== null) {
    let r: PyObject;
    try {
      if (userInit instanceof C.PyFunction) r = callPrepend(userInit, obj, args, kw);
      else {
        const bound = A.descrGet(userInit, obj, t);
        try {
          r = callObject(bound, args, kw);
        } finally {
          DECREF(bound);
        }
      }
    } catch (e) {
      DECREF(obj);
      throw e;
    }
    if (r !== M.None) {
      const tn = r.ob_type.tp_name;
      DECREF(r);
      DECREF(obj);
      E.raise(E.TypeError, `__init__() should return None, not '${tn}'`);
    }
    DECREF(r);
  } else if (userNew !== null && nargs > 0 && base === T.ObjectType && initM instanceof C.PyMethodDescr === false) {
    // object_init with arguments when only __new__ is overridden is allowed.
  }
  return obj;
}

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
      A.allocDescr(d);
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
    A.allocDescr(d);
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

/** _PyErr_SetObject's context chaining: the exception being handled becomes the new one's __context__. */
export function setExcContext(exc: E.PyExc): void {
  const cur = ts.excValue;
  if (cur === null || cur === M.None || cur === exc) return;
  // Avoid creating a cycle in the context chain (Floyd's algorithm in CPython; a walk suffices here).
  let o = cur as E.PyExc;
  const seen = new Set<PyObject>();
  while (o.context !== null && !seen.has(o)) {
    seen.add(o);
    const c = o.context as E.PyExc;
    if (c === exc) {
      o.context = null;
      if (slotHook !== null) slotHook.touched(o, 0);
      DECREF(c);
      break;
    }
    o = c;
  }
  INCREF(cur);
  XDECREF(exc.context);
  exc.context = cur;
  if (slotHook !== null) slotHook.touched(exc, 0);
}

export function isExcInstance(o: PyObject): boolean {
  return o instanceof E.PyExc;
}

/** IMPORT_NAME for the modules Heapscope models (sys, gc); anything else is refused. */
export function importName(name: string, fromlist: PyObject, level: PyObject): PyObject {
  void fromlist;
  if ((level as M.PyInt).v !== 0) throw new Unsupported('relative imports', ts.frame?.currentLine() ?? 0);
  const m = getModule(name);
  if (m === null) {
    const top = name.split('.')[0]!;
    if (!currentProfile().stdlibModules.has(top)) {
      // No such module anywhere: CPython raises ModuleNotFoundError (there are no site-packages here).
      const e = E.newExc(E.ModuleNotFoundError, M.newTuple([M.newStr(`No module named '${top}'`)]));
      throw new E.PyErr(e);
    }
    throw new Unsupported(`importing the module '${name}'`, ts.frame?.currentLine() ?? 0);
  }
  INCREF(m);
  return m;
}

export function importFrom(mod: PyObject, name: string): PyObject {
  try {
    return A.getAttr(mod, name);
  } catch (e) {
    if (e instanceof E.PyErr && e.exc.ob_type.isSubtypeOf(E.AttributeError)) {
      DECREF(e.exc);
      const mn = mod instanceof C.PyModule ? mod.name : '?';
      E.raise(E.ImportError, `cannot import name '${name}' from '${mn}' (unknown location)`);
    }
    throw e;
  }
}

export const buildClassDone = true;
export { dictGetStr, dictSet };
