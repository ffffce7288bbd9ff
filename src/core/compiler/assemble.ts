// Models CPython 3.11's assemble() (Python/compile.c): the implicit `return None`, the CFG passes in their
// exact order, the prefix instructions (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR), cell offset fixing,
// jump offsets with inline caches and EXTENDED_ARG, the exception table, positions, co_flags and the
// localsplus layout — producing the plain-data CodeObject the VM runs.

import { type CodeObject, type ExceptionTableEntry, type Instruction, type SourceSpan, CodeFlags, LocalKind } from '../bytecode/code';
import { HAVE_ARGUMENT_311, INLINE_CACHE_ENTRIES_311, OPCODES_311, type OpName311 } from '../bytecode/opcodes311';
import { type Block, type Instr, BACKWARD_JUMPS, isJump } from './cfg';
import {
  cleanBasicBlock, duplicateExitsWithoutLineno, extendBlock, guaranteeLinenoForExits, labelExceptionTargets,
  normalizeBasicBlock, normalizeJumps, optimizeCfg, propagateLineNumbers, stackdepth, trimUnusedConsts,
} from './flowgraph';
import { frozensetItems } from './frozenset';
import { isReinterned } from './interning';
import type { Compiler } from './unit';

/** The compiler flag a future statement copies into co_flags (PyCF_MASK). */
const CO_FUTURE_ANNOTATIONS = 0x1000000;

function computeFlags(c: Compiler): number {
  const ste = c.u.ste;
  let flags = 0;
  if (c.futureAnnotations) flags |= CO_FUTURE_ANNOTATIONS;
  if (ste.type === 'function') {
    flags |= CodeFlags.NEWLOCALS | CodeFlags.OPTIMIZED;
    if (ste.nested) flags |= CodeFlags.NESTED;
    if (ste.generator && !ste.coroutine) flags |= CodeFlags.GENERATOR;
    if (!ste.generator && ste.coroutine) flags |= CodeFlags.COROUTINE;
    if (ste.generator && ste.coroutine) flags |= CodeFlags.ASYNC_GENERATOR;
    if (ste.varargs) flags |= CodeFlags.VARARGS;
    if (ste.varkeywords) flags |= CodeFlags.VARKEYWORDS;
  }
  return flags;
}

function hasArg(op: OpName311): boolean {
  return OPCODES_311[op] >= HAVE_ARGUMENT_311;
}

function instrSize(i: Instr): number {
  const op = i.op as OpName311;
  const oparg = hasArg(op) ? i.arg : 0;
  const ext = (oparg > 0xffffff ? 1 : 0) + (oparg > 0xffff ? 1 : 0) + (oparg > 0xff ? 1 : 0);
  return ext + 1 + (INLINE_CACHE_ENTRIES_311[op] ?? 0);
}

function extCount(i: Instr): number {
  const oparg = hasArg(i.op as OpName311) ? i.arg : 0;
  return (oparg > 0xffffff ? 1 : 0) + (oparg > 0xffff ? 1 : 0) + (oparg > 0xff ? 1 : 0);
}

function toSpan(i: Instr): SourceSpan | null {
  const l = i.loc;
  if (l.lineno < 0) return null;
  if (l.col < 0 || l.endCol < 0) {
    if (l.endLineno === l.lineno || l.endLineno === -1) return { lineno: l.lineno, endLineno: l.lineno, colOffset: -1, endColOffset: -1 };
    return { lineno: l.lineno, endLineno: l.endLineno, colOffset: l.col < 0 ? -1 : l.col, endColOffset: l.endCol < 0 ? -1 : l.endCol };
  }
  return { lineno: l.lineno, endLineno: l.endLineno, colOffset: l.col, endColOffset: l.endCol };
}

export function assemble(c: Compiler, addNone: boolean): CodeObject {
  const u = c.u;
  if (!u.curblock.isReturn) {
    c.unsetLoc();
    if (addNone) c.loadConst({ t: 'None' });
    c.addop('RETURN_VALUE');
  }
  const newestFirst = () => [...u.blocks].reverse();
  for (const b of newestFirst()) normalizeBasicBlock(b);
  for (const b of newestFirst()) extendBlock(b);
  const entry = u.blocks[0];

  const nlocals = u.varnames.size;
  const ncells = u.cellvars.size;
  const nfrees = u.freevars.size;
  // build_cellfixedoffsets
  const fixed = Array.from({ length: ncells + nfrees }, (_, i) => nlocals + i);
  for (const [name, ci] of u.cellvars) {
    const vi = u.varnames.get(name);
    if (vi !== undefined) fixed[ci] = vi;
  }
  if (!u.firstlineno) u.firstlineno = entry.instrs[0]?.loc.lineno || 1;

  // insert_prefix_instructions
  const flags = computeFlags(c);
  const prefix: Instr[] = [];
  const noLoc = () => ({ lineno: -1, endLineno: -1, col: -1, endCol: -1 });
  if (ncells) {
    const sorted: number[] = new Array(ncells + nlocals).fill(0);
    for (let i = 0; i < ncells; i++) sorted[fixed[i]] = i + 1;
    for (let i = 0, used = 0; used < ncells; i++) {
      const old = sorted[i] - 1;
      if (old === -1) continue;
      prefix.push({ op: 'MAKE_CELL', arg: old, target: null, loc: noLoc(), except: null });
      used++;
    }
  }
  if (flags & (CodeFlags.GENERATOR | CodeFlags.COROUTINE | CodeFlags.ASYNC_GENERATOR)) {
    prefix.push({ op: 'RETURN_GENERATOR', arg: 0, target: null, loc: { lineno: u.firstlineno, endLineno: u.firstlineno, col: -1, endCol: -1 }, except: null });
    prefix.push({ op: 'POP_TOP', arg: 0, target: null, loc: noLoc(), except: null });
  }
  if (nfrees) prefix.unshift({ op: 'COPY_FREE_VARS', arg: nfrees, target: null, loc: noLoc(), except: null });
  entry.instrs.unshift(...prefix);

  // fix_cell_offsets
  let numdropped = 0;
  for (let i = 0; i < fixed.length; i++) {
    if (fixed[i] === i + nlocals) fixed[i] -= numdropped;
    else numdropped++;
  }
  for (const b of u.blocks) {
    for (const ins of b.instrs) {
      switch (ins.op) {
        case 'MAKE_CELL': case 'LOAD_CLOSURE': case 'LOAD_DEREF': case 'STORE_DEREF': case 'DELETE_DEREF': case 'LOAD_CLASSDEREF':
          ins.arg = fixed[ins.arg];
          break;
        default: break;
      }
    }
  }

  const consts = [...u.consts];
  optimizeCfg(entry, newestFirst, consts);
  duplicateExitsWithoutLineno(newestFirst, () => c.newBlock());
  trimUnusedConsts(entry, consts);
  propagateLineNumbers(entry);
  guaranteeLinenoForExits(entry, u.firstlineno);
  const maxdepth = stackdepth(u.blocks, entry, u.ste.generator || u.ste.coroutine);
  labelExceptionTargets(entry);
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) {
      if (ins.op === 'SETUP_FINALLY' || ins.op === 'SETUP_CLEANUP' || ins.op === 'SETUP_WITH' || ins.op === 'POP_BLOCK') ins.op = 'NOP';
    }
  }
  for (let b: Block | null = entry; b; b = b.next) cleanBasicBlock(b);
  normalizeJumps(entry);

  // assemble_jump_offsets
  const order: Block[] = [];
  for (let b: Block | null = entry; b; b = b.next) order.push(b);
  for (;;) {
    let total = 0;
    for (const b of order) {
      b.offset = total;
      for (const i of b.instrs) total += instrSize(i);
    }
    let recompile = false;
    for (const b of order) {
      let bsize = b.offset;
      for (const ins of b.instrs) {
        const isize = instrSize(ins);
        bsize += isize;
        if (isJump(ins)) {
          const t = ins.target!.offset;
          ins.arg = BACKWARD_JUMPS.has(ins.op) ? bsize - t : t - bsize;
          if (instrSize(ins) !== isize) recompile = true;
        }
      }
    }
    if (!recompile) break;
  }

  // Emit instructions, positions and the exception table.
  const instructions: Instruction[] = [];
  const indexOfOffset = new Map<number, number>();
  const blockIndex = new Map<Block, number>();
  const flat: Instr[] = [];
  let unit = 0;
  for (const b of order) {
    blockIndex.set(b, flat.length);
    for (const ins of b.instrs) {
      indexOfOffset.set(unit, flat.length);
      flat.push(ins);
      unit += instrSize(ins);
    }
  }
  unit = 0;
  flat.forEach((ins) => {
    const op = ins.op as OpName311;
    instructions.push({
      op, arg: hasArg(op) ? ins.arg : 0, offset: (unit + extCount(ins)) * 2,
      ...(isJump(ins) ? { target: blockIndex.get(ins.target!)! } : {}),
      span: toSpan(ins),
    });
    unit += instrSize(ins);
  });
  const exceptionTable: ExceptionTableEntry[] = [];
  let handler: Block | null = null;
  let start = -1;
  flat.forEach((ins, idx) => {
    if (ins.except !== handler) {
      if (handler) exceptionTable.push(tableEntry(start, idx, handler, blockIndex));
      start = idx;
      handler = ins.except;
    }
  });
  if (handler) exceptionTable.push(tableEntry(start, flat.length, handler, blockIndex));

  // compute_localsplus_info
  const localsplusNames: string[] = [];
  const localsplusKinds: number[] = [];
  for (const [name, i] of u.varnames) {
    localsplusNames[i] = name;
    localsplusKinds[i] = LocalKind.LOCAL | (u.cellvars.has(name) ? LocalKind.CELL : 0);
  }
  let dropped = 0;
  const cellOrder = [...u.cellvars].sort((a, b) => a[1] - b[1]);
  for (const [name, i] of cellOrder) {
    if (u.varnames.has(name)) {
      dropped++;
      continue;
    }
    localsplusNames[i + nlocals - dropped] = name;
    localsplusKinds[i + nlocals - dropped] = LocalKind.CELL;
  }
  for (const [name, i] of u.freevars) {
    localsplusNames[i + nlocals - dropped] = name;
    localsplusKinds[i + nlocals - dropped] = LocalKind.FREE;
  }

  // intern_string_constants (at _PyCode_New): a frozenset holding a string that was already interned
  // elsewhere is rebuilt from its iteration order.
  for (let i = 0; i < consts.length; i++) {
    const k = consts[i];
    if (k.t === 'frozenset' && k.items.some((x) => x.t === 'str' && isReinterned(x.v, c.interned))) {
      consts[i] = { t: 'frozenset', items: frozensetItems(k.items) };
    }
  }

  return {
    name: u.name,
    qualname: u.qualname,
    filename: c.filename,
    firstlineno: u.firstlineno,
    argcount: u.posonlyargcount + u.argcount,
    posonlyargcount: u.posonlyargcount,
    kwonlyargcount: u.kwonlyargcount,
    flags,
    stacksize: maxdepth,
    consts,
    names: [...u.names.keys()],
    localsplusNames,
    localsplusKinds,
    instructions,
    exceptionTable,
  };
}

function tableEntry(start: number, end: number, handler: Block, blockIndex: Map<Block, number>): ExceptionTableEntry {
  let depth = handler.startdepth - 1;
  if (handler.preserveLasti) depth -= 1;
  return { start, end, target: blockIndex.get(handler)!, depth, lasti: handler.preserveLasti };
}
