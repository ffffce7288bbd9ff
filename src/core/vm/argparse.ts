// Models the argument checks builtins make (Python/getargs.c, Argument Clinic's _PyArg_CheckPositional /
// _PyArg_NoKeywords) with CPython 3.11's messages.

import type { PyObject } from '../objects/object';
import type { Kw } from '../objects/callables';
import * as E from '../objects/exceptions';
import * as M from '../objects/models';

export function noKw(name: string, kw: Kw): void {
  if (kw !== null && kw.size > 0) E.raise(E.TypeError, `${name}() takes no keyword arguments`);
}

/** _PyArg_CheckPositional(name, nargs, min, max). */
export function nargs(name: string, args: PyObject[], min: number, max: number): void {
  const n = args.length;
  if (n < min) {
    if (min === max) E.raise(E.TypeError, `${name} expected ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
    E.raise(E.TypeError, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  }
  if (n > max) {
    if (min === max) E.raise(E.TypeError, `${name} expected ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
    E.raise(E.TypeError, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
  }
}

/** METH_NOARGS / METH_O style checks: "f() takes exactly one argument (N given)". */
export function exactly(name: string, args: PyObject[], n: number): void {
  if (args.length !== n) {
    if (n === 0) E.raise(E.TypeError, `${name}() takes no arguments (${args.length} given)`);
    if (n === 1) E.raise(E.TypeError, `${name}() takes exactly one argument (${args.length} given)`);
    E.raise(E.TypeError, `${name}() takes exactly ${n} arguments (${args.length} given)`);
  }
}

export function asInt(o: PyObject, what = 'an integer'): number {
  if (o instanceof M.PyInt) return Number(o.v);
  return E.raise(E.TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as ${what === 'an integer' ? 'an integer' : what}`);
}

export function kwGet(kw: Kw, name: string): PyObject | null {
  if (kw === null) return null;
  return kw.get(name) ?? null;
}

export function onlyKw(fname: string, kw: Kw, allowed: string[]): void {
  if (kw === null) return;
  for (const k of kw.keys()) {
    if (!allowed.includes(k)) E.raise(E.TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
  }
}
