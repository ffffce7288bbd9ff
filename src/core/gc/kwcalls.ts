// Finds the keyword calls of a module that may reach a builtin's _PyArg_Parser (Python/getargs.c 3.11
// parser_init): the first keyword call of an Argument Clinic builtin makes its keyword tuple, a tracked tuple kept
// for the life of the process, which the simulation's builtins (print aside) do not make. gc.DEBUG_STATS is
// refused for such programs (stats.ts) rather than printing a generation one object short.
//
// A keyword call is accepted only when its callee is statically known to be `print` (modelled by vm/builtins.ts)
// or a name bound by a def, a lambda or a class statement of the module and by nothing else; anything else (a
// method, a builtin, an expression, **kwargs) is reported. Cost: one pass over each code object's instructions.

import * as M from '../objects/models';
import type { Instruction } from '../bytecode/code';
import { stackEffect } from '../compiler/cfg';

/** Instructions that only push (the first argument of a call starts with one of them). */
const PURE_PUSH: ReadonlySet<string> = new Set(['LOAD_CONST', 'LOAD_NAME', 'LOAD_FAST', 'LOAD_DEREF', 'LOAD_CLOSURE', 'PUSH_NULL', 'LOAD_BUILD_CLASS', 'LOAD_GLOBAL']);
const BUILDS: ReadonlySet<string> = new Set(['BUILD_LIST', 'BUILD_MAP', 'BUILD_SET', 'BUILD_TUPLE']);
const NAME_STORES: ReadonlySet<string> = new Set(['STORE_NAME', 'STORE_GLOBAL', 'STORE_FAST', 'STORE_DEREF']);

function allCodes(module: M.PyCode): M.PyCode[] {
  const out: M.PyCode[] = [];
  const walk = (c: M.PyCode): void => {
    out.push(c);
    for (const k of c.consts) if (k instanceof M.PyCode) walk(k);
  };
  walk(module);
  return out;
}

function storedName(code: M.PyCode, ins: Instruction): string {
  return ins.op === 'STORE_FAST' || ins.op === 'STORE_DEREF' ? code.co.localsplusNames[ins.arg]! : code.co.names[ins.arg]!;
}

/** The name a load pushes, or null for anything but a plain name load. */
function loadedName(code: M.PyCode, ins: Instruction): string | null {
  switch (ins.op) {
    case 'LOAD_NAME':
      return code.co.names[ins.arg]!;
    case 'LOAD_GLOBAL':
      return code.co.names[ins.arg >> 1]!;
    case 'LOAD_FAST':
    case 'LOAD_DEREF':
      return code.co.localsplusNames[ins.arg]!;
    default:
      return null;
  }
}

/** Names bound only by def, lambda or class statements anywhere in the module (the Python callables). */
function pythonCallables(codes: readonly M.PyCode[]): Set<string> {
  const good = new Set<string>();
  const other = new Set<string>();
  for (const code of codes) {
    const ins = code.co.instructions;
    ins.forEach((s, i) => {
      if (!NAME_STORES.has(s.op)) return;
      const name = storedName(code, s);
      const prev = ins[i - 1];
      let isDef = prev?.op === 'MAKE_FUNCTION';
      if (!isDef && prev?.op === 'CALL') {
        // A class statement: PUSH_NULL, LOAD_BUILD_CLASS, LOAD_CONST <body named `name`>, MAKE_FUNCTION, … CALL.
        for (let m = i - 2; m >= 0 && !isDef; m--) {
          if (ins[m]!.op !== 'LOAD_BUILD_CLASS') continue;
          const body = code.consts[ins[m + 1]?.op === 'LOAD_CONST' ? ins[m + 1]!.arg : -1];
          isDef = body instanceof M.PyCode && body.co.name === name;
          break;
        }
      }
      (isDef ? good : other).add(name);
    });
  }
  for (const n of other) good.delete(n);
  return good;
}

/**
 * The line of the first keyword call whose callee may be a builtin with a _PyArg_Parser, or null. Reading the
 * callee walks back over the call's arguments by stack effect; an argument list with a jump in it is reported.
 */
export function builtinKeywordCall(module: M.PyCode): number | null {
  const codes = allCodes(module);
  const callables = pythonCallables(codes);
  let printRebound = false;
  for (const code of codes) for (const s of code.co.instructions) if (NAME_STORES.has(s.op) && storedName(code, s) === 'print') printRebound = true;
  for (const code of codes) {
    const ins = code.co.instructions;
    const targets = new Set<number>();
    for (const s of ins) if (s.target !== undefined) targets.add(s.target);
    for (let i = 0; i < ins.length; i++) {
      const kw = ins[i]!;
      const line = kw.span?.lineno ?? code.co.firstlineno;
      if (kw.op === 'CALL_FUNCTION_EX' && (kw.arg & 1) !== 0) return line;
      if (kw.op !== 'KW_NAMES') continue;
      const n = ins[i + 1]?.op === 'PRECALL' ? ins[i + 1]!.arg : -1;
      if (n < 0) return line;
      // Walk back to the instruction that pushed the call's bottom slot (NULL or the method).
      let s = 0;
      let j = i - 1;
      for (; j >= 0; j--) {
        const o = ins[j]!;
        if (o.target !== undefined || targets.has(j + 1)) return line;
        s += stackEffect(o.op, o.arg, 0);
        if (s >= n + 2) break;
      }
      if (j < 0) return line;
      const bottom = ins[j]!;
      let callee: Instruction | undefined;
      if (bottom.op === 'PUSH_NULL' && s === n + 2) callee = ins[j + 1];
      else if (bottom.op === 'LOAD_GLOBAL' && (bottom.arg & 1) === 1 && s === n + 2) callee = bottom;
      if (callee === undefined) return line;
      const after = callee === bottom ? ins[j + 1] : ins[j + 2];
      // The callee's slot must stay as loaded: the next instruction starts the first argument.
      if (after === undefined || !(PURE_PUSH.has(after.op) || (BUILDS.has(after.op) && after.arg === 0))) return line;
      const name = loadedName(code, callee);
      if (name === null) return line;
      if (name === 'print' && !printRebound && (callee.op === 'LOAD_NAME' || callee.op === 'LOAD_GLOBAL')) continue;
      if (!callables.has(name)) return line;
    }
  }
  return null;
}
