// Models CPython 3.11's `struct compiler` and `struct compiler_unit` (Python/compile.c): the per-scope
// state (constants, names, varnames, cell/free maps, basic blocks, frame blocks, current location) and
// the ADDOP family that appends instructions, opening an implicit block after a jump/return/raise.
//
// Invariants:
// 1. `u.loc` is the location the next ADDOP records (SET_LOC / UNSET_LOC); visitors save and restore it.
// 2. Index maps (consts, names, varnames) only grow: an index, once handed out, never changes, so the
//    order of first use during code generation is the order of co_consts / co_names / co_varnames.

import type { ConstValue } from '../bytecode/code';
import type * as A from '../python/ast';
import { PySyntaxError } from '../python/errors';
import { type Block, type Instr, type Loc, type Op, NO_LOC, NOLINE_LOC, copyLoc, isEndOfBasicBlock, newBlockRecord } from './cfg';
import { constKey } from './consts';
import { frozensetItems } from './frozenset';
import { DEF, Scope, type SymbolEntry, type SymbolTable, mangle } from './symtable';

function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}

/** COMPILER_SCOPE_*; 'async' is COMPILER_SCOPE_ASYNC_FUNCTION. */
export type ScopeType = 'module' | 'class' | 'function' | 'async' | 'lambda' | 'comprehension';

/** fblocktype: what break/continue/return must unwind (compile.c `enum fblocktype`). */
export type FBlockType =
  | 'WHILE_LOOP' | 'FOR_LOOP' | 'TRY_EXCEPT' | 'FINALLY_TRY' | 'FINALLY_END' | 'WITH' | 'HANDLER_CLEANUP'
  | 'POP_VALUE' | 'EXCEPTION_HANDLER' | 'EXCEPTION_GROUP_HANDLER' | 'ASYNC_WITH' | 'ASYNC_COMPREHENSION_GENERATOR';

export interface FBlock {
  readonly type: FBlockType;
  readonly block: Block | null;
  readonly exit: Block | null;
  /** FINALLY_TRY: the finally body; WITH: the with statement; HANDLER_CLEANUP: the bound name or null. */
  readonly datum: readonly A.Stmt[] | A.With | A.AsyncWith | string | null;
}

export interface Unit {
  readonly ste: SymbolEntry;
  readonly name: string;
  qualname: string;
  readonly scopeType: ScopeType;
  readonly consts: ConstValue[];
  readonly constIndex: Map<string, number>;
  readonly names: Map<string, number>;
  readonly varnames: Map<string, number>;
  readonly cellvars: Map<string, number>;
  readonly freevars: Map<string, number>;
  privateName: string | null;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  readonly blocks: Block[];
  curblock: Block;
  readonly fblocks: FBlock[];
  firstlineno: number;
  loc: Loc;
  needNewImplicitBlock: boolean;
}

/** A compile-time warning (compiler_warn): printed by CPython as `FILE:LINE: SyntaxWarning: MESSAGE`. */
export interface CompileWarning {
  readonly category: 'SyntaxWarning';
  readonly message: string;
  readonly filename: string;
  readonly lineno: number;
}

export class Compiler {
  u!: Unit;
  /** Warnings in the order CPython issues them (a `while` test compiled twice warns twice, as CPython). */
  readonly warnings: CompileWarning[] = [];
  readonly stack: Unit[] = [];
  nestlevel = 0;
  private blockIds = 0;
  private readonly frozensetCache = new Map<string, ConstValue>();

  /** Strings interned before code objects are created (interning.ts). */
  interned: ReadonlySet<string> = new Set();
  /** ff_lineno: line of the last leading `from __future__` import (-1: none). */
  futureLineno = -1;
  /** CO_FUTURE_ANNOTATIONS: annotations compile to strings and the flag is set on every code object. */
  futureAnnotations = false;

  constructor(readonly st: SymbolTable, readonly filename: string) {}

  // ---- scopes ------------------------------------------------------------------------------------

  enterScope(name: string, scopeType: ScopeType, key: object, lineno: number): void {
    const ste = this.st.lookup(key);
    const varnames = new Map<string, number>();
    ste.varnames.forEach((n, i) => varnames.set(n, i));
    const cellvars = new Map<string, number>();
    const freevars = new Map<string, number>();
    // dictbytype: names sorted (as PyList_Sort orders str: by code point) so cell/free indexes are stable.
    const sorted = [...ste.symbols.keys()].sort(byCodePoint);
    for (const n of sorted) if (ste.scopes.get(n) === Scope.CELL) cellvars.set(n, cellvars.size);
    if (ste.needsClassClosure) cellvars.set('__class__', 0);
    for (const n of sorted) {
      if (ste.scopes.get(n) === Scope.FREE || (ste.symbols.get(n)! & DEF.FREE_CLASS)) freevars.set(n, cellvars.size + freevars.size);
    }
    const parent: Unit | null = this.u ?? null;
    const first = this.newBlockRaw();
    const u: Unit = {
      ste, name, qualname: name, scopeType, consts: [], constIndex: new Map(), names: new Map(), varnames, cellvars,
      freevars, privateName: parent ? parent.privateName : null, argcount: 0, posonlyargcount: 0, kwonlyargcount: 0,
      blocks: [first], curblock: first, fblocks: [], firstlineno: lineno,
      loc: { lineno, endLineno: lineno, col: 0, endCol: 0 }, needNewImplicitBlock: false,
    };
    if (parent) this.stack.push(parent);
    this.u = u;
    this.nestlevel++;
    if (scopeType === 'module') u.loc.lineno = 0;
    else this.setQualname();
    this.addopI('RESUME', 0);
    if (scopeType === 'module') u.loc.lineno = -1;
  }

  exitScope(): void {
    this.nestlevel--;
    const parent = this.stack.pop();
    if (parent) this.u = parent;
  }

  private setQualname(): void {
    const u = this.u;
    const parent = this.stack[this.stack.length - 1];
    if (!parent) return;
    let base: string | null = null;
    let forceGlobal = false;
    if (u.scopeType === 'function' || u.scopeType === 'async' || u.scopeType === 'class') {
      const mangled = mangle(parent.privateName, u.name);
      if (parent.ste.scopes.get(mangled) === 2) forceGlobal = true;
    }
    if (!forceGlobal) {
      if (parent.scopeType === 'function' || parent.scopeType === 'async' || parent.scopeType === 'lambda') base = parent.qualname + '.<locals>';
      else if (parent.scopeType !== 'module') base = parent.qualname;
    }
    u.qualname = base !== null ? base + '.' + u.name : u.name;
  }

  // ---- blocks and instructions -------------------------------------------------------------------

  private newBlockRaw(): Block {
    return newBlockRecord(this.blockIds++);
  }

  newBlock(): Block {
    const b = this.newBlockRaw();
    this.u.blocks.push(b);
    return b;
  }

  useNextBlock(b: Block): Block {
    this.u.curblock.next = b;
    this.u.curblock = b;
    this.u.needNewImplicitBlock = false;
    return b;
  }

  private append(op: Op, arg: number, target: Block | null, loc: Loc): void {
    if (this.u.needNewImplicitBlock) this.useNextBlock(this.newBlock());
    const b = this.u.curblock;
    const i: Instr = { op, arg, target, loc: copyLoc(loc), except: null };
    b.instrs.push(i);
    if (op === 'RETURN_VALUE') b.isReturn = true;
    if (isEndOfBasicBlock(i)) this.u.needNewImplicitBlock = true;
  }

  addop(op: Op): void {
    this.append(op, 0, null, this.u.loc);
  }
  addopNoline(op: Op): void {
    this.append(op, 0, null, NOLINE_LOC);
  }
  addopI(op: Op, arg: number): void {
    this.append(op, arg, null, this.u.loc);
  }
  addopINoline(op: Op, arg: number): void {
    this.append(op, arg, null, NOLINE_LOC);
  }
  addopJ(op: Op, target: Block): void {
    this.append(op, 0, target, this.u.loc);
  }
  addopJNoline(op: Op, target: Block): void {
    this.append(op, 0, target, NOLINE_LOC);
  }

  setLoc(n: A.Located): void {
    this.u.loc = { lineno: n.lineno, endLineno: n.end_lineno, col: n.col_offset, endCol: n.end_col_offset };
  }
  unsetLoc(): void {
    this.u.loc = copyLoc(NO_LOC);
  }
  saveLoc(): Loc {
    return copyLoc(this.u.loc);
  }
  restoreLoc(l: Loc): void {
    this.u.loc = copyLoc(l);
  }

  // ---- constants and names -----------------------------------------------------------------------

  addConst(v: ConstValue): number {
    if (v.t === 'frozenset') v = this.mergeFrozenset(v);
    const key = constKey(v);
    let i = this.u.constIndex.get(key);
    if (i === undefined) {
      i = this.u.consts.length;
      this.u.consts.push(v);
      this.u.constIndex.set(key, i);
    }
    return i;
  }

  /**
   * merge_consts_recursive rebuilds a new frozenset constant by iterating the first one, so its items end
   * up inserted twice (the order can change), and an equal frozenset seen earlier wins (c_const_cache).
   */
  private mergeFrozenset(v: ConstValue & { t: 'frozenset' }): ConstValue {
    const key = constKey(v);
    let merged = this.frozensetCache.get(key);
    if (!merged) {
      merged = { t: 'frozenset', items: frozensetItems(v.items) };
      this.frozensetCache.set(key, merged);
    }
    return merged;
  }

  loadConst(v: ConstValue): void {
    this.addopI('LOAD_CONST', this.addConst(v));
  }

  static addO(dict: Map<string, number>, name: string): number {
    let i = dict.get(name);
    if (i === undefined) {
      i = dict.size;
      dict.set(name, i);
    }
    return i;
  }

  /** ADDOP_NAME: the name is mangled first. */
  addopName(op: Op, name: string): void {
    this.addopI(op, Compiler.addO(this.u.names, mangle(this.u.privateName, name)));
  }

  warn(message: string): void {
    this.warnings.push({ category: 'SyntaxWarning', message, filename: this.filename, lineno: this.u.loc.lineno });
  }

  /** compiler_error: a SyntaxError at the current location. */
  error(msg: string): never {
    const l = this.u.loc;
    throw new PySyntaxError({
      msg, lineno: l.lineno, offset: l.col + 1, endLineno: l.endLineno, endOffset: l.endCol + 1, filename: this.filename,
    });
  }

  pushFBlock(type: FBlockType, block: Block | null, exit: Block | null, datum: FBlock['datum']): void {
    if (this.u.fblocks.length >= 20) this.error('too many statically nested blocks');
    this.u.fblocks.push({ type, block, exit, datum });
  }

  popFBlock(type: FBlockType): void {
    const f = this.u.fblocks.pop();
    if (!f || f.type !== type) throw new Error(`compiler: frame block ${type} not on top`);
  }
}
