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
      return 2;
  }
}
