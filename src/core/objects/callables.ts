// Models CPython 3.11's callable objects and descriptors: PyFunctionObject (Objects/funcobject.c), bound
// methods (Objects/classobject.c), builtin functions and method descriptors (Objects/methodobject.c,
// descrobject.c), property / staticmethod / classmethod, and modules (Objects/moduleobject.c).
// Deallocators release fields in CPython's order (func_dealloc → func_clear, then code, name, qualname).

import { PyObject, PyType, DECREF, XDECREF, INCREF, allocObject, freeObject } from './object';
import { PyCode, PyStr, PyTuple } from './models';
import { PyDict } from './dict';
import * as T from './types';
import { heap } from './heap';

export type Kw = Map<string, PyObject> | null;
/** A builtin's implementation: borrowed args, returns a new reference. */
export type BuiltinImpl = (args: PyObject[], kw: Kw) => PyObject;
export type MethodImpl = (self: PyObject, args: PyObject[], kw: Kw) => PyObject;

export class PyFunction extends PyObject {
  defaults: PyTuple | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyTuple | null = null;
  doc: PyObject | null = null;
  dict: PyDict | null = null;
  module: PyObject | null = null;
  annotations: PyObject | null = null;
  constructor(
    public code: PyCode,
    public globals: PyDict,
    public builtins: PyDict,
    public name: PyStr,
    public qualname: PyStr,
  ) {
    super(T.FunctionType);
  }
}
export function allocFunction(f: PyFunction): void {
  allocObject(f, 16 + 136, true);
}
T.FunctionType.tp_dealloc = (o) => {
  const f = o as PyFunction;
  // func_dealloc: PyObject_ClearWeakRefs first.
  if (heap.gc !== null) heap.gc.clearWeakrefs(o);
  DECREF(f.globals);
  DECREF(f.builtins);
  XDECREF(f.module);
  XDECREF(f.defaults);
  XDECREF(f.kwdefaults);
  XDECREF(f.doc);
  XDECREF(f.dict);
  XDECREF(f.closure);
  XDECREF(f.annotations);
  DECREF(f.code);
  DECREF(f.name);
  DECREF(f.qualname);
  freeObject(o);
};

export class PyMethod extends PyObject {
  constructor(public func: PyObject, public self: PyObject) {
    super(T.MethodType);
  }
}
/** Steals nothing: INCREFs func and self. */
export function newMethod(func: PyObject, self: PyObject): PyMethod {
  INCREF(func);
  INCREF(self);
  const m = new PyMethod(func, self);
  allocObject(m, 16 + 48, true);
  return m;
}
T.MethodType.tp_dealloc = (o) => {
  const m = o as PyMethod;
  DECREF(m.func);
  DECREF(m.self);
  freeObject(o);
};

/** builtin_function_or_method: a module function, or a method bound to `self`. */
export class PyBuiltin extends PyObject {
  constructor(
    public name: string,
    public impl: BuiltinImpl,
    public self: PyObject | null,
    public qualOwner: string | null = null,
  ) {
    super(T.BuiltinFunctionType);
  }
}
export function newBuiltin(name: string, impl: BuiltinImpl, self: PyObject | null = null, owner: string | null = null): PyBuiltin {
  const b = new PyBuiltin(name, impl, self, owner);
  if (self !== null) INCREF(self);
  allocObject(b, 16 + 56, true);
  return b;
}
T.BuiltinFunctionType.tp_dealloc = (o) => {
  XDECREF((o as PyBuiltin).self);
  freeObject(o);
};

/** method_descriptor: a builtin type's method, unbound (list.append). */
export class PyMethodDescr extends PyObject {
  constructor(public owner: PyType, public name: string, public impl: MethodImpl) {
    super(T.MethodDescrType);
  }
}
/** getset_descriptor / member_descriptor for slots: get/set on an instance. */
export class PyGetSet extends PyObject {
  constructor(
    public owner: PyType,
    public name: string,
    public get: (self: PyObject) => PyObject,
    public set: ((self: PyObject, v: PyObject | null) => void) | null,
  ) {
    super(T.GetSetDescrType);
  }
}

/**
 * Whether the descriptor holds a counted reference to its class (descrobject.c's d_type): the member descriptors
 * type_new makes for __slots__ and its __dict__ / __weakref__ getsets. Builtin types' descriptors (and the
 * runtime's own getsets) are static here and own nothing.
 */
export function descrOwnsType(d: PyGetSet): boolean {
  return d.owner.isHeap && (d.ob_type === T.MemberDescrType || d.name === '__dict__' || d.name === '__weakref__');
}
/** descr_dealloc: the class reference goes after the memory. */
const getsetDealloc = (o: PyObject): void => {
  const d = o as PyGetSet;
  const owns = descrOwnsType(d);
  freeObject(o);
  if (owns) DECREF(d.owner);
};
T.GetSetDescrType.tp_dealloc = getsetDealloc;
T.MemberDescrType.tp_dealloc = getsetDealloc;

export class PyProperty extends PyObject {
  constructor(public fget: PyObject | null, public fset: PyObject | null, public fdel: PyObject | null, public doc: PyObject | null) {
    super(T.PropertyType);
  }
}
T.PropertyType.tp_dealloc = (o) => {
  const p = o as PyProperty;
  XDECREF(p.fget);
  XDECREF(p.fset);
  XDECREF(p.fdel);
  XDECREF(p.doc);
  freeObject(o);
};
export class PyStaticMethod extends PyObject {
  constructor(t: PyType, public callable: PyObject) {
    super(t);
  }
}
const smDealloc = (o: PyObject): void => {
  DECREF((o as PyStaticMethod).callable);
  freeObject(o);
};
T.StaticMethodType.tp_dealloc = smDealloc;
T.ClassMethodType.tp_dealloc = smDealloc;

export class PyModule extends PyObject {
  constructor(public name: string, public dict: PyDict) {
    super(T.ModuleType);
  }
}
T.ModuleType.tp_dealloc = (o) => {
  DECREF((o as PyModule).dict);
  freeObject(o);
};

export class PySuper extends PyObject {
  constructor(public type: PyType, public obj: PyObject | null, public objType: PyType | null) {
    super(T.SuperType);
  }
}
T.SuperType.tp_dealloc = (o) => {
  const s = o as PySuper;
  XDECREF(s.obj);
  DECREF(s.type);
  XDECREF(s.objType);
  freeObject(o);
};
