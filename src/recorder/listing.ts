// A code object's bytecode as the bytecode pane shows it, in the shape of CPython 3.11's dis.get_instructions
// (Lib/dis.py: offset, opname, arg, argrepr, starts_line, is_jump_target), built from the core compiler's
// CodeObject (src/core/bytecode/code.ts).

/** One instruction row (EXTENDED_ARG prefixes are rows of their own, as dis shows them). */
export type ListingInstruction = {
  offset: number;
  opname: string;
  /** null for an instruction without an argument (opcode < HAVE_ARGUMENT). */
  arg: number | null;
  argrepr: string;
  /** The line this instruction starts (dis's starts_line), else null. */
  line: number | null;
  /** A jump or exception-handler target (dis's `>>`). */
  jumpTarget: boolean;
};

export type CodeListing = {
  /** co_qualname. */
  name: string;
  /** co_firstlineno. */
  firstLine: number;
  /** The byte offset of the frame's current instruction, -1 when none (or not a frame's listing). */
  current: number;
  instructions: ListingInstruction[];
};
