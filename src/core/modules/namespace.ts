// Models a builtin module's namespace being filled at start-up (PyModule_AddObjectRef and
// PyModule_AddFunctions in Python/modsupport.c): names are interned, and the module dict takes over the
// reference each new value arrives with.

import type { PyObject } from '../objects/object';
import { DECREF } from '../objects/object';
import * as M from '../objects/models';
import { newDict, dictSet, type PyDict } from '../objects/dict';
import * as C from '../objects/callables';

export interface ModuleNamespace {
  readonly d: PyDict;
  /** Stores `v` under the interned `name`, stealing the caller's reference to `v`. */
  put(name: string, v: PyObject): void;
  /** Stores a builtin function named `name`. */
  fn(name: string, impl: C.BuiltinImpl): void;
}

export function moduleNamespace(): ModuleNamespace {
  const d = newDict();
  const put = (name: string, v: PyObject): void => {
    const k = M.internStr(name);
    dictSet(d, k, v);
    DECREF(k);
    DECREF(v);
  };
  return { d, put, fn: (name, impl) => put(name, C.newBuiltin(name, impl)) };
}
