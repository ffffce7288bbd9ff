// Models _PyEvalFramePushAndInit / initialize_locals of Python/ceval.c 3.11: binding call arguments to a
// new frame's fast locals (positional, *args, keyword arguments, **kwargs, defaults, keyword-only
// defaults) with CPython's exact error messages (too_many_positional, missing_arguments).
// The caller's references to the function and the arguments are MOVED into the frame (3.11), which is
// why `getrefcount(a)` inside `def bar(a)` reads one less than on 3.10.

import { PyObject, INCREF, DECREF } from '../objects/object';
import * as M from '../objects/models';
import { newDict, dictSet, dictGet } from '../objects/dict';
import type { PyFunction } from '../objects/callables';
import * as E from '../objects/exceptions';
import { CodeFlags } from '../bytecode/code';
import { Frame, clearFrame } from './frame';

/**
 * Builds the frame of a call to `func`. Steals `func` and every reference in `args`
 * (positional first, then one value per name in `kwnames`). `locals` is the class namespace for class bodies.
 */
export function pushFrame(func: PyFunction, args: PyObject[], kwnames: string[] | null, locals: M.PyTuple | null = null): Frame {
  const code = func.code;
  const co = code.co;
  const f = new Frame(code, func, func.globals, func.builtins, null);
  void locals;
  const lp = f.localsplus;
  const qualname = func.qualname.v;
  const totalArgs = co.argcount + co.kwonlyargcount;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const argcount = args.length - nkw;
  let kwdict: ReturnType<typeof newDict> | null = null;
  try {
    if (co.flags & CodeFlags.VARKEYWORDS) {
      kwdict = newDict();
      lp[totalArgs + (co.flags & CodeFlags.VARARGS ? 1 : 0)] = kwdict;
    }
    const n = Math.min(argcount, co.argcount);
    for (let j = 0; j < n; j++) lp[j] = args[j]!;
    if (co.flags & CodeFlags.VARARGS) {
      lp[totalArgs] = argcount === n ? M.newTuple([]) : M.newTuple(args.slice(n, argcount));
    } else if (argcount > n) {
      for (let j = n; j < argcount; j++) DECREF(args[j]!);
    }
    if (kwnames !== null) {
      for (let i = 0; i < nkw; i++) {
        const kw = kwnames[i]!;
        const value = args[argcount + i]!;
        let j = co.posonlyargcount;
        for (; j < totalArgs; j++) if (co.localsplusNames[j] === kw) break;
        if (j >= totalArgs) {
          if (kwdict === null) {
            for (let k = i; k < nkw; k++) DECREF(args[argcount + k]!);
            const posonly = co.localsplusNames.slice(0, co.posonlyargcount).filter((p) => kwnames.includes(p));
            if (posonly.length > 0) {
              E.raise(E.TypeError, `${qualname}() got some positional-only arguments passed as keyword arguments: '${posonly.join(', ')}'`);
            }
            E.raise(E.TypeError, `${qualname}() got an unexpected keyword argument '${kw}'`);
          }
          const key = M.internStr(kw);
          dictSet(kwdict, key, value);
          DECREF(key);
          DECREF(value);
          continue;
        }
        if (lp[j] !== null) {
          for (let k = i; k < nkw; k++) DECREF(args[argcount + k]!);
          E.raise(E.TypeError, `${qualname}() got multiple values for argument '${kw}'`);
        }
        lp[j] = value;
      }
    }
    if (argcount > co.argcount && !(co.flags & CodeFlags.VARARGS)) tooManyPositional(func, argcount, lp, qualname);
    if (argcount < co.argcount) {
      const defs = func.defaults === null ? [] : func.defaults.items;
      const m = co.argcount - defs.length;
      let missing = 0;
      for (let i = argcount; i < m; i++) if (lp[i] === null) missing++;
      if (missing) missingArguments(func, missing, defs.length, lp, qualname);
      for (let i = n > m ? n - m : 0; i < defs.length; i++) {
        if (lp[m + i] === null) {
          INCREF(defs[i]!);
          lp[m + i] = defs[i]!;
        }
      }
    }
    if (co.kwonlyargcount > 0) {
      let missing = 0;
      for (let i = co.argcount; i < totalArgs; i++) {
        if (lp[i] !== null) continue;
        if (func.kwdefaults !== null) {
          const key = M.newStr(co.localsplusNames[i]!);
          const d = dictGet(func.kwdefaults, key);
          DECREF(key);
          if (d !== null) {
            INCREF(d);
            lp[i] = d;
            continue;
          }
        }
        missing++;
      }
      if (missing) missingArguments(func, missing, -1, lp, qualname);
    }
  } catch (e) {
    clearFrame(f);
    throw e;
  }
  return f;
}

function tooManyPositional(func: PyFunction, given: number, lp: (PyObject | null)[], qualname: string): never {
  const co = func.code.co;
  const defcount = func.defaults === null ? 0 : func.defaults.items.length;
  let kwonlyGiven = 0;
  for (let i = co.argcount; i < co.argcount + co.kwonlyargcount; i++) if (lp[i] !== null) kwonlyGiven++;
  let plural = co.argcount !== 1;
  let sig: string;
  if (defcount) {
    plural = true;
    sig = `from ${co.argcount - defcount} to ${co.argcount}`;
  } else sig = String(co.argcount);
  const kwSig = kwonlyGiven
    ? ` positional argument${given !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})`
    : '';
  return E.raise(
    E.TypeError,
    `${qualname}() takes ${sig} positional argument${plural ? 's' : ''} but ${given}${kwSig} ${given === 1 && !kwonlyGiven ? 'was' : 'were'} given`,
  );
}

function missingArguments(func: PyFunction, missing: number, defcount: number, lp: (PyObject | null)[], qualname: string): never {
  const co = func.code.co;
  const positional = defcount !== -1;
  const start = positional ? 0 : co.argcount;
  const end = positional ? co.argcount - defcount : co.argcount + co.kwonlyargcount;
  const names: string[] = [];
  for (let i = start; i < end; i++) if (lp[i] === null) names.push(`'${co.localsplusNames[i]}'`);
  let s: string;
  if (names.length === 1) s = names[0]!;
  else if (names.length === 2) s = `${names[0]} and ${names[1]}`;
  else s = names.slice(0, -1).join(', ') + ', and ' + names[names.length - 1];
  return E.raise(
    E.TypeError,
    `${qualname}() missing ${names.length} required ${positional ? 'positional' : 'keyword-only'} argument${names.length === 1 ? '' : 's'}: ${s}`,
  );
  void missing;
}
