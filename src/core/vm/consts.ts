// Models the code objects and constants a compiled module carries (Objects/codeobject.c 3.11): constants
// are merged across the whole compilation unit (the compiler's c_const_cache), names and identifier-like
// string constants are interned (intern_string_constants), and frozensets/tuples of constants are built once.

import { PyObject, INCREF, DECREF } from '../objects/object';
import { Unsupported } from '../python/errors';
import * as M from '../objects/models';
import type { CodeObject, ConstValue } from '../bytecode/code';
import { LocalKind } from '../bytecode/code';
import { constFrozenSet } from '../objects/set';
import { newComplex } from '../objects/complex';
import * as T from '../objects/types';

const NAME_CHARS = /^[A-Za-z0-9_]*$/;

export class ConstCache {
  private cache = new Map<string, PyObject>();
  key(c: ConstValue): string {
    switch (c.t) {
      case 'None': case 'Ellipsis': return c.t;
      case 'bool': return `b${c.v}`;
      case 'int': return `i${c.v}`;
      case 'float': return `f${Object.is(c.v, -0) ? '-0' : c.v}`;
      case 'complex': return `c${c.re},${c.im}`;
      case 'str': return `s${c.v}`;
      case 'bytes': return `y${c.v.join(',')}`;
      case 'tuple': return `t(${c.items.map((x) => this.key(x)).join('|')})`;
      case 'frozenset': return `z(${c.items.map((x) => this.key(x)).join('|')})`;
      case 'code': return '';
    }
  }
  /** A new reference to the (shared) constant object. */
  get(c: ConstValue): PyObject {
    if (c.t === 'code') return makeCode(c.code, this);
    const k = this.key(c);
    const hit = this.cache.get(k);
    if (hit !== undefined) {
      INCREF(hit);
      return hit;
    }
    const o = this.build(c);
    INCREF(o);
    this.cache.set(k, o);
    return o;
  }
  private build(c: ConstValue): PyObject {
    switch (c.t) {
      case 'None': INCREF(M.None); return M.None;
      case 'Ellipsis': INCREF(M.Ellipsis); return M.Ellipsis;
      case 'bool': return M.newBool(c.v);
      case 'int': return M.newInt(c.v);
      case 'float': return M.newFloat(c.v);
      case 'str': return NAME_CHARS.test(c.v) ? M.internStr(c.v) : M.newStr(c.v);
      case 'bytes': return M.newBytes(Uint8Array.from(c.v));
      case 'tuple': return M.newTuple(c.items.map((x) => this.get(x)));
      case 'frozenset': return constFrozenSet(c.items.map((x) => this.get(x)));
      case 'complex': return newComplex(c.re, c.im);
      case 'code': throw new Error('unreachable');
    }
  }
  /** Drops the cache's own references (after the module's code objects hold theirs). */
  clear(): void {
    for (const o of this.cache.values()) DECREF(o);
    this.cache.clear();
  }
}

export function makeCode(co: CodeObject, cache: ConstCache): M.PyCode {
  const consts = co.consts.map((c) => cache.get(c));
  const names = co.names.map((n) => M.internStr(n));
  const lpn = co.localsplusNames.map((n) => M.internStr(n));
  const cells: number[] = [];
  co.localsplusKinds.forEach((k, i) => {
    if (k & LocalKind.CELL) cells.push(i);
  });
  const code = new M.PyCode(co, consts, names, lpn, cells);
  code.ob_refcnt = 1;
  code.addr = 0;
  void T;
  return code;
}

const ARENA_OPS_COMPILER_TUPLE = new Set(['LIST_EXTEND', 'SET_UPDATE', 'BUILD_CONST_KEY_MAP', 'MAKE_FUNCTION']);

/**
 * The constants the parser's AST arena keeps alive while a file runs (pyrun_file frees the arena only after
 * run_mod returns): every literal and AST-folded constant holds one more reference, which getrefcount shows.
 * The compiler's own constants (keyword-name tuples, default-argument tuples, the tuple behind a list literal)
 * are not in the arena. Identifier-like strings are interned and are left out: their count is approximate.
 */
export function arenaConstants(code: M.PyCode): PyObject[] {
  const out = new Set<PyObject>();
  const literal = (o: PyObject): boolean =>
    o.ob_refcnt < M.STATIC_REFCNT &&
    (o instanceof M.PyInt || o instanceof M.PyFloat || o instanceof M.PyStr || o instanceof M.PyBytes || o instanceof M.PyTuple);
  const walk = (c: M.PyCode): void => {
    const co = c.co;
    /** const index → 'none' (compiler-made, no arena ref) or 'items' (compiler-made tuple of literal items). */
    const made = new Map<number, 'none' | 'items'>();
    co.instructions.forEach((ins, i) => {
      if (ins.op === 'KW_NAMES') made.set(ins.arg, 'none');
      if (ins.op !== 'LOAD_CONST') return;
      const next = co.instructions[i + 1];
      if (next !== undefined && ARENA_OPS_COMPILER_TUPLE.has(next.op)) made.set(ins.arg, 'items');
      if (next !== undefined && next.op === 'LOAD_CONST' && co.instructions[i + 2]?.op === 'MAKE_FUNCTION') made.set(ins.arg, 'items');
      // __build_class__(func, 'Name'): the class name is the compiler's identifier, not a literal.
      const prev = co.instructions[i - 1];
      const codeConst = c.consts[co.instructions[i - 2]?.arg ?? -1];
      if (prev?.op === 'MAKE_FUNCTION' && co.instructions[i - 2]?.op === 'LOAD_CONST' && codeConst instanceof M.PyCode && !(codeConst.co.flags & 1)) {
        made.set(ins.arg, 'none');
      }
    });
    c.consts.forEach((o, i) => {
      if (o instanceof M.PyCode) {
        walk(o);
        return;
      }
      const m = made.get(i);
      if (m === 'none') return;
      if (m === 'items') {
        if (o instanceof M.PyTuple) for (const x of o.items) if (literal(x)) out.add(x);
        return;
      }
      if (literal(o)) out.add(o);
    });
  };
  walk(code);
  return [...out];
}
