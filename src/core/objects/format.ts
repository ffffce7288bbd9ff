// Models format(value, spec) for the builtin types (Python/formatter_unicode.c through int/float/str/bool
// __format__) and str % args (Objects/unicodeobject.c PyUnicode_Format). The algorithms are the semantics
// library's (formatspec.ts, percent.ts, oracle-tested against CPython 3.11); this file only reaches the
// simulated objects: a heap type's __format__, the Python-level str()/repr() of %s/%r, and mapping lookups.

import { PyObject, DECREF } from './object';
import * as M from './models';
import * as E from './exceptions';
import * as T from './types';
import { PyDict } from './dict';
import { reprJs, strJs, callSpecial, ascii } from './abstract';
import { getItem } from './ops';
import { sem } from './semerr';
import { formatInt, formatFloat, formatStr } from '../semantics/formatspec';
import { percentFormat as semPercentFormat, type PercentHooks, type PercentArgs } from '../semantics/percent';

/** format(value, spec) for builtin values; a heap type's own __format__ is called through the VM. */
export function formatValue(o: PyObject, spec: string): string {
  if (o.ob_type.isHeap) {
    const m = o.ob_type.lookup('__format__');
    if (m !== undefined) {
      const sp = M.newStr(spec);
      try {
        const r = callSpecial(o, m, [sp]);
        if (!(r instanceof M.PyStr)) {
          const name = r.ob_type.tp_name;
          DECREF(r);
          E.raise(E.TypeError, `__format__ must return a str, not ${name}`);
        }
        const v = r.v;
        DECREF(r);
        return v;
      } finally {
        DECREF(sp);
      }
    }
  }
  // A subclass of int/float/str without its own __format__ inherits the base type's.
  if (o instanceof M.PyInt) {
    // bool.__format__ is int.__format__, except that an empty spec gives str(self).
    if (spec === '') return strJs(o);
    return sem(() => formatInt(BigInt(o.v), spec, o.ob_type.tp_name));
  }
  if (o instanceof M.PyFloat) return spec === '' ? strJs(o) : sem(() => formatFloat(o.v, spec, o.ob_type.tp_name));
  if (o instanceof M.PyStr) return spec === '' ? o.v : sem(() => formatStr(o.v, spec, o.ob_type.tp_name));
  // object.__format__: str(self) for an empty spec, a TypeError otherwise.
  if (spec !== '') E.raise(E.TypeError, `unsupported format string passed to ${o.ob_type.tp_name}.__format__`);
  return strJs(o);
}

/** PyUnicode_Format: `fmt % args`. */
export function percentFormat(fmt: string, args: PyObject): string {
  // Items fetched from a mapping are new references, released once the whole string is built.
  const fetched: PyObject[] = [];
  const hooks: PercentHooks<PyObject> = {
    str: (v) => strJs(v),
    repr: (v) => reprJs(v),
    ascii: (v) => {
      const r = ascii(v) as M.PyStr;
      const s = r.v;
      DECREF(r);
      return s;
    },
    number: (v) => (v instanceof M.PyInt ? { int: BigInt(v.v) } : v instanceof M.PyFloat ? { float: v.v } : null),
    asStr: (v) => (v instanceof M.PyStr ? v.v : null),
    typeName: (v) => v.ob_type.tp_name,
    getItem: (mapping, key) => {
      const k = M.newStr(key);
      try {
        const v = getItem(mapping, k);
        fetched.push(v);
        return v;
      } finally {
        DECREF(k);
      }
    },
  };
  // PyMapping_Check(args) && !PyTuple_Check(args) && !PyUnicode_Check(args).
  const isMapping = !(args instanceof M.PyStr) && (args instanceof PyDict || args.ob_type.lookup('__getitem__') !== undefined);
  const pa: PercentArgs<PyObject> =
    args instanceof M.PyTuple ? { tuple: args.items } : { single: args, isMapping };
  try {
    return sem(() => semPercentFormat(fmt, pa, hooks));
  } finally {
    for (const v of fetched) DECREF(v);
  }
}

