// Models the parts of functools (Lib/functools.py 3.11) that teaching programs use — wraps/update_wrapper,
// reduce, partial — as builtins over the runtime. The C-accelerated caches (lru_cache, cache) are refused
// when touched: their memory behaviour is not modelled.

import { PyObject, INCREF, DECREF } from '../objects/object';
import * as M from '../objects/models';
import * as C from '../objects/callables';
import * as E from '../objects/exceptions';
import * as A from '../objects/abstract';
import * as I from '../objects/iter';
import { callObject } from '../vm/call';
import { ts } from '../vm/state';
import { Unsupported } from '../python/errors';
import { moduleNamespace } from './namespace';

const WRAPPER_ASSIGNMENTS = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];

/** update_wrapper(wrapper, wrapped): copy the assigned attributes, update __dict__, set __wrapped__. */
function updateWrapper(wrapper: PyObject, wrapped: PyObject): PyObject {
  for (const name of WRAPPER_ASSIGNMENTS) {
    let v: PyObject;
    try {
      v = A.getAttr(wrapped, name);
    } catch (e) {
      if (e instanceof E.PyErr && e.exc.ob_type.isSubtypeOf(E.AttributeError)) {
        DECREF(e.exc);
        continue;
      }
      throw e;
    }
    try {
      A.setAttr(wrapper, name, v);
    } finally {
      DECREF(v);
    }
  }
  const wd = A.instanceDict(wrapped);
  if (wd !== null) {
    for (let i = 0; i < wd.ekeys.length; i++) {
      const k = wd.ekeys[i];
      if (k instanceof M.PyStr) A.setAttr(wrapper, k.v, wd.evals[i]!);
    }
  }
  A.setAttr(wrapper, '__wrapped__', wrapped);
  INCREF(wrapper);
  return wrapper;
}

export function makeFunctoolsModule(): C.PyModule {
  const { d, put, fn } = moduleNamespace();
  put('__name__', M.newStr('functools'));
  fn('update_wrapper', (args) => {
    if (args.length < 2) E.raise(E.TypeError, 'update_wrapper() missing required arguments');
    return updateWrapper(args[0]!, args[1]!);
  });
  fn('wraps', (args) => {
    if (args.length !== 1) throw new Unsupported('functools.wraps with assigned/updated arguments', ts.frame?.currentLine() ?? 0);
    const wrapped = args[0]!;
    return C.newBuiltin('wraps', (a) => {
      if (a.length !== 1) E.raise(E.TypeError, 'update_wrapper() takes exactly one wrapper');
      return updateWrapper(a[0]!, wrapped);
    }, wrapped);
  });
  fn('reduce', (args) => {
    if (args.length < 2 || args.length > 3) E.raise(E.TypeError, `reduce expected at most 3 arguments, got ${args.length}`);
    const f = args[0]!;
    const it = I.getIter(args[1]!);
    try {
      let acc: PyObject | null = args.length === 3 ? (INCREF(args[2]!), args[2]!) : null;
      for (;;) {
        const v = I.iterNext(it);
        if (v === null) break;
        if (acc === null) {
          acc = v;
          continue;
        }
        try {
          const r = callObject(f, [acc, v], null);
          DECREF(acc);
          acc = r;
        } finally {
          DECREF(v);
        }
      }
      if (acc === null) E.raise(E.TypeError, 'reduce() of empty iterable with no initial value');
      return acc!;
    } finally {
      DECREF(it);
    }
  });
  fn('partial', (args, kw) => {
    if (args.length < 1) E.raise(E.TypeError, 'type \'partial\' takes at least one argument');
    const f = args[0]!;
    const bound = args.slice(1);
    for (const b of bound) INCREF(b);
    const bkw = kw === null ? null : new Map(kw);
    if (bkw !== null) for (const v of bkw.values()) INCREF(v);
    INCREF(f);
    return C.newBuiltin('partial', (a, k) => {
      const merged = bkw === null ? k : new Map([...bkw, ...(k ?? [])]);
      return callObject(f, [...bound, ...a], merged);
    });
  });
  for (const name of ['lru_cache', 'cache', 'cached_property', 'total_ordering', 'singledispatch', 'cmp_to_key']) {
    fn(name, () => {
      throw new Unsupported(`functools.${name}`, ts.frame?.currentLine() ?? 0);
    });
  }
  const m = new C.PyModule('functools', d);
  A.allocModule(m);
  return m;
}
