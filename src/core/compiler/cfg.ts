// Models the compiler's intermediate form from CPython 3.11's Python/compile.c: `struct instr`, `basicblock`,
// the pseudo-instructions (SETUP_FINALLY … POP_JUMP_IF_NONE) and `stack_effect()`.
//
// Invariants:
// 1. A jump or block-push instruction has a `target`; every other instruction's target is null.
// 2. A location with `lineno < 0` means "no location" (CPython's UNSET_LOC / *_NOLINE); the
//    assembler later fills such instructions from their neighbours (propagate_line_numbers).
// 3. Blocks are kept in allocation order in `Unit.blocks`; CPython's `b_list` walks them newest first,
//    and passes that use `b_list` must iterate that array backwards (the order changes results).

import type { OpName311 } from '../bytecode/opcodes311';

/** Pseudo-instructions: emitted by code generation, rewritten by the assembler (compile.c: SETUP_FINALLY = -1 …). */
export const PSEUDO_OPS = [
  'SETUP_FINALLY', 'SETUP_CLEANUP', 'SETUP_WITH', 'POP_BLOCK', 'JUMP', 'JUMP_NO_INTERRUPT',
  'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'POP_JUMP_IF_NONE', 'POP_JUMP_IF_NOT_NONE',
] as const;
export type PseudoOp = (typeof PSEUDO_OPS)[number];
export type Op = OpName311 | PseudoOp;

export interface Loc {
  lineno: number;
  endLineno: number;
  col: number;
  endCol: number;
}

export const NO_LOC: Readonly<Loc> = { lineno: -1, endLineno: -1, col: -1, endCol: -1 };
/** compiler_addop_noline's location: line -1, other fields 0 (distinct from UNSET_LOC's -1s). */
export const NOLINE_LOC: Readonly<Loc> = { lineno: -1, endLineno: 0, col: 0, endCol: 0 };

export interface Instr {
  op: Op;
  arg: number;
  target: Block | null;
  loc: Loc;
  /** The handler block in force at this instruction (label_exception_targets). */
  except: Block | null;
}

export interface Block {
  readonly id: number;
  instrs: Instr[];
  next: Block | null;
  exit: boolean;
  nofallthrough: boolean;
  preserveLasti: boolean;
  visited: boolean;
  isReturn: boolean;
  predecessors: number;
  startdepth: number;
  offset: number;
  exceptstack: Block[] | null;
}

export function newBlockRecord(id: number): Block {
  return {
    id, instrs: [], next: null, exit: false, nofallthrough: false, preserveLasti: false, visited: false,
    isReturn: false, predecessors: 0, startdepth: -2147483648, offset: 0, exceptstack: null,
  };
}

export function copyLoc(l: Readonly<Loc>): Loc {
  return { lineno: l.lineno, endLineno: l.endLineno, col: l.col, endCol: l.endCol };
}

const VIRTUAL_JUMPS: ReadonlySet<Op> = new Set<Op>([
  'JUMP', 'JUMP_NO_INTERRUPT', 'POP_JUMP_IF_NONE', 'POP_JUMP_IF_NOT_NONE', 'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE',
]);
const REAL_JUMPS: ReadonlySet<Op> = new Set<Op>([
  'FOR_ITER', 'JUMP_FORWARD', 'JUMP_IF_FALSE_OR_POP', 'JUMP_IF_TRUE_OR_POP', 'POP_JUMP_FORWARD_IF_FALSE',
  'POP_JUMP_FORWARD_IF_TRUE', 'SEND', 'POP_JUMP_FORWARD_IF_NOT_NONE', 'POP_JUMP_FORWARD_IF_NONE',
  'JUMP_BACKWARD_NO_INTERRUPT', 'JUMP_BACKWARD', 'POP_JUMP_BACKWARD_IF_NOT_NONE', 'POP_JUMP_BACKWARD_IF_NONE',
  'POP_JUMP_BACKWARD_IF_FALSE', 'POP_JUMP_BACKWARD_IF_TRUE',
]);
export const BACKWARD_JUMPS: ReadonlySet<Op> = new Set<Op>([
  'JUMP_BACKWARD', 'JUMP_BACKWARD_NO_INTERRUPT', 'POP_JUMP_BACKWARD_IF_NONE', 'POP_JUMP_BACKWARD_IF_NOT_NONE',
  'POP_JUMP_BACKWARD_IF_TRUE', 'POP_JUMP_BACKWARD_IF_FALSE',
]);

export function isJump(i: Instr): boolean {
  return VIRTUAL_JUMPS.has(i.op) || REAL_JUMPS.has(i.op);
}
export function isBlockPush(i: Instr): boolean {
  return i.op === 'SETUP_FINALLY' || i.op === 'SETUP_WITH' || i.op === 'SETUP_CLEANUP';
}
export function isEndOfBasicBlock(i: Instr): boolean {
  return isJump(i) || i.op === 'RETURN_VALUE' || i.op === 'RAISE_VARARGS' || i.op === 'RERAISE';
}

/** stack_effect(opcode, oparg, jump): jump 0 = fall through, 1 = taken (compile.c). */
export function stackEffect(op: Op, arg: number, jump: 0 | 1): number {
  switch (op) {
    case 'NOP': case 'EXTENDED_ARG': case 'RESUME': case 'CACHE': return 0;
    case 'POP_TOP': return -1;
    case 'SWAP': return 0;
    case 'UNARY_POSITIVE': case 'UNARY_NEGATIVE': case 'UNARY_NOT': case 'UNARY_INVERT': return 0;
    case 'SET_ADD': case 'LIST_APPEND': return -1;
    case 'MAP_ADD': return -2;
    case 'BINARY_SUBSCR': return -1;
    case 'STORE_SUBSCR': return -3;
    case 'DELETE_SUBSCR': return -2;
    case 'GET_ITER': return 0;
    case 'PRINT_EXPR': return -1;
    case 'LOAD_BUILD_CLASS': return 1;
    case 'RETURN_VALUE': return -1;
    case 'IMPORT_STAR': return -1;
    case 'SETUP_ANNOTATIONS': return 0;
    case 'ASYNC_GEN_WRAP': case 'YIELD_VALUE': return 0;
    case 'POP_BLOCK': return 0;
    case 'POP_EXCEPT': return -1;
    case 'STORE_NAME': return -1;
    case 'DELETE_NAME': return 0;
    case 'UNPACK_SEQUENCE': return arg - 1;
    case 'UNPACK_EX': return (arg & 0xff) + (arg >> 8);
    case 'FOR_ITER': return jump > 0 ? -1 : 1;
    case 'SEND': return jump > 0 ? -1 : 0;
    case 'STORE_ATTR': return -2;
    case 'DELETE_ATTR': return -1;
    case 'STORE_GLOBAL': return -1;
    case 'DELETE_GLOBAL': return 0;
    case 'LOAD_CONST': return 1;
    case 'LOAD_NAME': return 1;
    case 'BUILD_TUPLE': case 'BUILD_LIST': case 'BUILD_SET': case 'BUILD_STRING': return 1 - arg;
    case 'BUILD_MAP': return 1 - 2 * arg;
    case 'BUILD_CONST_KEY_MAP': return -arg;
    case 'LOAD_ATTR': return 0;
    case 'COMPARE_OP': case 'IS_OP': case 'CONTAINS_OP': return -1;
    case 'CHECK_EXC_MATCH': case 'CHECK_EG_MATCH': return 0;
    case 'IMPORT_NAME': return -1;
    case 'IMPORT_FROM': return 1;
    case 'JUMP_FORWARD': case 'JUMP_BACKWARD': case 'JUMP': case 'JUMP_BACKWARD_NO_INTERRUPT': case 'JUMP_NO_INTERRUPT':
      return 0;
    case 'JUMP_IF_TRUE_OR_POP': case 'JUMP_IF_FALSE_OR_POP': return jump ? 0 : -1;
    case 'POP_JUMP_BACKWARD_IF_NONE': case 'POP_JUMP_FORWARD_IF_NONE': case 'POP_JUMP_IF_NONE':
    case 'POP_JUMP_BACKWARD_IF_NOT_NONE': case 'POP_JUMP_FORWARD_IF_NOT_NONE': case 'POP_JUMP_IF_NOT_NONE':
    case 'POP_JUMP_FORWARD_IF_FALSE': case 'POP_JUMP_BACKWARD_IF_FALSE': case 'POP_JUMP_IF_FALSE':
    case 'POP_JUMP_FORWARD_IF_TRUE': case 'POP_JUMP_BACKWARD_IF_TRUE': case 'POP_JUMP_IF_TRUE':
      return -1;
    case 'LOAD_GLOBAL': return (arg & 1) + 1;
    case 'SETUP_FINALLY': return jump ? 1 : 0;
    case 'SETUP_CLEANUP': return jump ? 2 : 0;
    case 'SETUP_WITH': return jump ? 1 : 0;
    case 'PREP_RERAISE_STAR': return -1;
    case 'RERAISE': return -1;
    case 'PUSH_EXC_INFO': return 1;
    case 'WITH_EXCEPT_START': return 1;
    case 'LOAD_FAST': return 1;
    case 'STORE_FAST': return -1;
    case 'DELETE_FAST': return 0;
    case 'RETURN_GENERATOR': return 0;
    case 'RAISE_VARARGS': return -arg;
    case 'PRECALL': return -arg;
    case 'KW_NAMES': return 0;
    case 'CALL': return -1;
    case 'CALL_FUNCTION_EX': return -2 - ((arg & 1) !== 0 ? 1 : 0);
    case 'MAKE_FUNCTION':
      return -((arg & 1 ? 1 : 0) + (arg & 2 ? 1 : 0) + (arg & 4 ? 1 : 0) + (arg & 8 ? 1 : 0));
    case 'BUILD_SLICE': return arg === 3 ? -2 : -1;
    case 'MAKE_CELL': case 'COPY_FREE_VARS': return 0;
    case 'LOAD_CLOSURE': return 1;
    case 'LOAD_DEREF': case 'LOAD_CLASSDEREF': return 1;
    case 'STORE_DEREF': return -1;
    case 'DELETE_DEREF': return 0;
    case 'GET_AWAITABLE': return 0;
    case 'BEFORE_ASYNC_WITH': case 'BEFORE_WITH': return 1;
    case 'GET_AITER': return 0;
    case 'GET_ANEXT': return 1;
    case 'GET_YIELD_FROM_ITER': return 0;
    case 'END_ASYNC_FOR': return -2;
    case 'FORMAT_VALUE': return (arg & 0x4) === 0x4 ? -1 : 0;
    case 'LOAD_METHOD': return 1;
    case 'LOAD_ASSERTION_ERROR': return 1;
    case 'LIST_TO_TUPLE': return 0;
    case 'LIST_EXTEND': case 'SET_UPDATE': case 'DICT_MERGE': case 'DICT_UPDATE': return -1;
    case 'MATCH_CLASS': return -2;
    case 'GET_LEN': case 'MATCH_MAPPING': case 'MATCH_SEQUENCE': case 'MATCH_KEYS': return 1;
    case 'COPY': case 'PUSH_NULL': return 1;
    case 'BINARY_OP': return -1;
    default:
      throw new Error(`compiler stack_effect: no effect for ${op}`);
  }
}
