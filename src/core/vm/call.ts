// Models calls made outside the inlined Python-to-Python path (Objects/call.c PyObject_Vectorcall /
// _PyObject_MakeTpCall, Python/ceval.c _PyEval_Vector, Objects/typeobject.c type_call / object_new /
// slot_tp_init, Python/bltinmodule.c builtin___build_class__), exception context chaining
// (_PyErr_SetObject) and the import of the few modules Heapscope models. The class statement is in typenew.ts.
// A call from JS into Python code INCREFs the arguments into the new frame while the caller keeps its own
// references (_PyEval_Vector), unlike the inlined CALL which moves them.

import { PyObject, PyType, INCREF, DECREF, XDECREF, currentProfile, slotHook } from '../objects/object';
import * as M from '../objects/models';
import { PyDict, newDict, dictSet, dictGetStr } from '../objects/dict';
import * as C from '../objects/callables';
import * as E from '../objects/exceptions';
import * as A from '../objects/abstract';
import { allocInstance, subtypeDealloc, solidBase } from '../objects/instance';
import * as T from '../objects/types';
import { pushFrame } from './args';
import { enterFrame, evalFrame } from './eval';
import { ts } from './state';
import { Unsupported } from '../python/errors';
import { getModule } from '../modules/registry';
import { ComplexType } from '../objects/complex';
import { ByteArrayType } from '../objects/bytearray';
import { listExtend } from '../objects/ops';
import { dictUpdateFrom } from './builtins';
import { buildClass, buildType } from './typenew';

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

export { buildClass, buildType };

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
