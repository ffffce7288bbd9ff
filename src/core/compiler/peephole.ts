// Models optimize_basic_block of CPython 3.11's Python/compile.c, the peephole pass over one basic block:
// constant conditions (LOAD_CONST + POP_JUMP_IF_*), `x is None` jumps, BUILD_TUPLE + UNPACK_SEQUENCE,
// fold_tuple_on_constants, jump threading (jump_thread), swaptimize / apply_static_swaps and the
// PUSH_NULL + LOAD_GLOBAL merge into LOAD_GLOBAL's NULL bit.

import type { ConstValue } from '../bytecode/code';
import { type Block, type Instr, type Op, isBlockPush, isJump } from './cfg';
import { constKey, constTruth } from './consts';

function foldTupleOnConstants(bb: Block, at: number, n: number, consts: ConstValue[]): void {
  const ins = bb.instrs;
  for (let i = at; i < at + n; i++) if (ins[i].op !== 'LOAD_CONST') return;
  const items = ins.slice(at, at + n).map((x) => consts[x.arg]);
  const tuple: ConstValue = { t: 'tuple', items };
  const key = constKey(tuple);
  let index = consts.findIndex((x) => constKey(x) === key);
  if (index < 0) {
    index = consts.length;
    consts.push(tuple);
  }
  for (let i = at; i < at + n; i++) ins[i].op = 'NOP';
  ins[at + n].op = 'LOAD_CONST';
  ins[at + n].arg = index;
}

/** swaptimize: replaces a run of SWAPs (and NOPs) with the shortest equivalent run. Returns the new index. */
function swaptimize(bb: Block, ix: number): number {
  const ins = bb.instrs;
  let depth = ins[ix].arg;
  let len = 0;
  let more = false;
  const limit = ins.length - ix;
  while (++len < limit) {
    const op = ins[ix + len].op;
    if (op === 'SWAP') {
      depth = Math.max(depth, ins[ix + len].arg);
      more = true;
    } else if (op !== 'NOP') break;
  }
  if (!more) return ix;
  const stack = Array.from({ length: depth }, (_, i) => i);
  for (let i = 0; i < len; i++) {
    if (ins[ix + i].op === 'SWAP') {
      const oparg = ins[ix + i].arg;
      const top = stack[0];
      stack[0] = stack[oparg - 1];
      stack[oparg - 1] = top;
    }
  }
  const VISITED = -1;
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        ins[ix + current].op = 'SWAP';
        ins[ix + current--].arg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j];
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) ins[ix + current--].op = 'NOP';
  return ix + len - 1;
}

const swappable = (op: Op) => op === 'STORE_FAST' || op === 'POP_TOP';
const storesTo = (i: Instr) => (i.op === 'STORE_FAST' ? i.arg : -1);

function nextSwappable(bb: Block, i: number, lineno: number): number {
  while (++i < bb.instrs.length) {
    const ins = bb.instrs[i];
    if (lineno >= 0 && ins.loc.lineno !== lineno) return -1;
    if (ins.op === 'NOP') continue;
    if (swappable(ins.op)) return i;
    return -1;
  }
  return -1;
}

function applyStaticSwaps(bb: Block, i: number): void {
  for (; i >= 0; i--) {
    const swap = bb.instrs[i];
    if (swap.op !== 'SWAP') {
      if (swap.op === 'NOP' || swappable(swap.op)) continue;
      return;
    }
    const j = nextSwappable(bb, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = bb.instrs[j].loc.lineno;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappable(bb, k, lineno);
      if (k < 0) return;
    }
    const sj = storesTo(bb.instrs[j]);
    const sk = storesTo(bb.instrs[k]);
    if (sj >= 0 || sk >= 0) {
      if (sj === sk) return;
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(bb.instrs[idx]);
        if (s >= 0 && (s === sj || s === sk)) return;
      }
    }
    swap.op = 'NOP';
    const tmp = bb.instrs[j];
    bb.instrs[j] = bb.instrs[k];
    bb.instrs[k] = tmp;
  }
}

function jumpThread(inst: Instr, target: Instr, op: Op): boolean {
  if (inst.loc.lineno === target.loc.lineno && inst.target !== target.target) {
    inst.target = target.target;
    inst.op = op;
    return true;
  }
  return false;
}

const NOP_INSTR: Instr = { op: 'NOP', arg: 0, target: null, loc: { lineno: -1, endLineno: -1, col: -1, endCol: -1 }, except: null };

export function optimizeBasicBlock(bb: Block, consts: ConstValue[]): void {
  const ins = bb.instrs;
  for (let i = 0; i < ins.length; i++) {
    const inst = ins[i];
    const oparg = inst.arg;
    const nextop: Op | null = i + 1 < ins.length ? ins[i + 1].op : null;
    let target: Instr;
    if (isJump(inst) || isBlockPush(inst)) {
      while (inst.target!.instrs.length === 0) inst.target = inst.target!.next;
      target = inst.target!.instrs[0];
    } else target = NOP_INSTR;
    switch (inst.op) {
      case 'LOAD_CONST':
        switch (nextop) {
          case 'POP_JUMP_IF_FALSE': case 'POP_JUMP_IF_TRUE': {
            const isTrue = constTruth(consts[oparg]);
            inst.op = 'NOP';
            if (isTrue === (nextop === 'POP_JUMP_IF_TRUE')) {
              ins[i + 1].op = 'JUMP';
              bb.nofallthrough = true;
            } else ins[i + 1].op = 'NOP';
            break;
          }
          case 'JUMP_IF_FALSE_OR_POP': case 'JUMP_IF_TRUE_OR_POP': {
            const isTrue = constTruth(consts[oparg]);
            if (isTrue === (nextop === 'JUMP_IF_TRUE_OR_POP')) {
              ins[i + 1].op = 'JUMP';
              bb.nofallthrough = true;
            } else {
              inst.op = 'NOP';
              ins[i + 1].op = 'NOP';
            }
            break;
          }
          case 'IS_OP': {
            const jumpOp = i + 2 < ins.length ? ins[i + 2].op : null;
            if (consts[oparg].t === 'None' && (jumpOp === 'POP_JUMP_IF_FALSE' || jumpOp === 'POP_JUMP_IF_TRUE')) {
              const nextarg = ins[i + 1].arg;
              inst.op = 'NOP';
              ins[i + 1].op = 'NOP';
              ins[i + 2].op = (nextarg ^ (jumpOp === 'POP_JUMP_IF_FALSE' ? 1 : 0)) ? 'POP_JUMP_IF_NOT_NONE' : 'POP_JUMP_IF_NONE';
            }
            break;
          }
          default: break;
        }
        break;
      case 'BUILD_TUPLE':
        if (nextop === 'UNPACK_SEQUENCE' && oparg === ins[i + 1].arg) {
          if (oparg === 1) {
            inst.op = 'NOP';
            ins[i + 1].op = 'NOP';
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            inst.op = 'NOP';
            ins[i + 1].op = 'SWAP';
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(bb, i - oparg, oparg, consts);
        break;
      case 'JUMP_IF_FALSE_OR_POP':
        switch (target.op) {
          case 'POP_JUMP_IF_FALSE': i -= jumpThread(inst, target, 'POP_JUMP_IF_FALSE') ? 1 : 0; break;
          case 'JUMP': case 'JUMP_IF_FALSE_OR_POP': i -= jumpThread(inst, target, 'JUMP_IF_FALSE_OR_POP') ? 1 : 0; break;
          case 'JUMP_IF_TRUE_OR_POP': case 'POP_JUMP_IF_TRUE':
            if (inst.loc.lineno === target.loc.lineno) {
              inst.op = 'POP_JUMP_IF_FALSE';
              inst.target = inst.target!.next;
              --i;
            }
            break;
          default: break;
        }
        break;
      case 'JUMP_IF_TRUE_OR_POP':
        switch (target.op) {
          case 'POP_JUMP_IF_TRUE': i -= jumpThread(inst, target, 'POP_JUMP_IF_TRUE') ? 1 : 0; break;
          case 'JUMP': case 'JUMP_IF_TRUE_OR_POP': i -= jumpThread(inst, target, 'JUMP_IF_TRUE_OR_POP') ? 1 : 0; break;
          case 'JUMP_IF_FALSE_OR_POP': case 'POP_JUMP_IF_FALSE':
            if (inst.loc.lineno === target.loc.lineno) {
              inst.op = 'POP_JUMP_IF_TRUE';
              inst.target = inst.target!.next;
              --i;
            }
            break;
          default: break;
        }
        break;
      case 'POP_JUMP_IF_NOT_NONE': case 'POP_JUMP_IF_NONE': case 'POP_JUMP_IF_FALSE': case 'POP_JUMP_IF_TRUE': case 'JUMP':
        if (target.op === 'JUMP') i -= jumpThread(inst, target, inst.op) ? 1 : 0;
        break;
      case 'SWAP':
        if (oparg === 1) {
          inst.op = 'NOP';
          break;
        }
        i = swaptimize(bb, i);
        applyStaticSwaps(bb, i);
        break;
      case 'PUSH_NULL':
        if (nextop === 'LOAD_GLOBAL') {
          inst.op = 'NOP';
          inst.arg = 0;
          ins[i + 1].arg |= 1;
        }
        break;
      default: break;
    }
  }
}

