// The eval loop's tracing hook (the `tstate->c_tracefunc` slot of Python/ceval.c 3.11, narrowed to what the
// recorder needs): called before each instruction's effects, null when nobody records so that an unrecorded
// run pays one property load and one compare per instruction.

import type { Instruction } from '../bytecode/code';
import type { Frame } from '../vm/frame';

export const vmHooks: { instruction: ((f: Frame, ins: Instruction, opcode: number) => void) | null } = {
  instruction: null,
};
