// Models how many value-stack entries a CPython 3.11 instruction reads (its inputs, Python/ceval.c 3.11), as far as
// the tracer needs it: the operands whose slots the instruction may change without a store site reporting it
// (an instance's __slots__, an iterator dropping its sequence, an exception gaining a traceback).
//
// An upper bound is harmless (an extra re-read costs a few compares); a lower one would let a change wait until
// the object is next an operand, so calls count their callable, self and every argument.

import { OPCODES_311 as Op } from '../bytecode/opcodes311';

const PRECALL = Op.PRECALL;
const CALL = Op.CALL;
const CALL_FUNCTION_EX = Op.CALL_FUNCTION_EX;
const STORE_SUBSCR = Op.STORE_SUBSCR;

/**
 * Instructions that read no stack entry: they only push (a local, a constant, a global, a cell's content, NULL)
 * or jump. Counting two inputs for them re-read whatever lay below (a class about to be called, at every load
 * of its arguments), which was most of the tracer's re-reads.
 */
const NO_INPUTS = new Uint8Array(256);
for (const op of [
  Op.NOP, Op.RESUME, Op.PUSH_NULL, Op.LOAD_FAST, Op.LOAD_CONST, Op.LOAD_NAME, Op.LOAD_GLOBAL, Op.LOAD_DEREF,
  Op.LOAD_CLOSURE, Op.LOAD_CLASSDEREF, Op.LOAD_ASSERTION_ERROR, Op.LOAD_BUILD_CLASS, Op.JUMP_FORWARD,
  Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT, Op.EXTENDED_ARG,
]) NO_INPUTS[op] = 1;

/** Stack entries, counted from the top, that the instruction `opcode` (with `oparg`) takes as inputs. */
export function operandCount(opcode: number, oparg: number): number {
  switch (opcode) {
    case PRECALL:
    case CALL:
      return oparg + 2;
    case CALL_FUNCTION_EX:
      return 4;
    case STORE_SUBSCR:
      return 3;
    default:
      return NO_INPUTS[opcode] === 1 ? 0 : 2;
  }
}
