// A code object's bytecode as the bytecode pane shows it, in the shape of CPython 3.11's dis.get_instructions
// (Lib/dis.py: offset, opname, arg, argrepr, starts_line, is_jump_target), built from the core compiler's
// CodeObject (src/core/bytecode/code.ts).
//
// The argrepr and line/jump-target rules follow src/core/compiler/dis.ts, which prints the same facts as text
// (checked there against CPython's dis); here they are rows, checked in listing.test.ts against both that text and
// dis.get_instructions recorded from python3.11. TODO: dis.ts could export its rows so the two share one builder.

import type { CodeObject, Instruction } from '../core/bytecode/code';
import { CMP_OP_311, HAS_CONST_311, HAS_FREE_311, HAS_JREL_311, HAS_LOCAL_311, HAS_NAME_311, HAVE_ARGUMENT_311, NB_OPS_311, OPCODES_311 } from '../core/bytecode/opcodes311';
import { constRepr } from '../core/compiler/consts';
import { codeRepr } from '../core/compiler/dis';

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

/** The row set dis.get_instructions yields for one code object (no nested code objects), with current = -1. */
export function listingOf(co: CodeObject): CodeListing {
  const starts = new Map<number, number>();
  let lastLine: number | null = null;
  for (const ins of co.instructions) {
    const line = ins.span === null ? null : ins.span.lineno;
    if (line !== null && line !== lastLine) {
      lastLine = line;
      starts.set(startOffset(ins), line);
    }
  }
  const labels = new Set<number>();
  for (const ins of co.instructions) if (HAS_JREL_311.includes(ins.op)) labels.add(jumpTargetOf(ins));
  for (const e of co.exceptionTable) labels.add(startOffset(co.instructions[e.target]!));
  const rows: ListingInstruction[] = [];
  for (const ins of co.instructions) {
    const hasArg = OPCODES_311[ins.op] >= HAVE_ARGUMENT_311;
    let offset = startOffset(ins);
    // EXTENDED_ARG prefixes: each carries the argument's bits above its position, as dis's _unpack_opargs does.
    for (let shift = 24; shift >= 8; shift -= 8) {
      if (hasArg && ins.arg >= 2 ** shift) {
        rows.push(row(offset, 'EXTENDED_ARG', Math.floor(ins.arg / 2 ** shift), '', starts.get(offset), labels));
        offset += 2;
      }
    }
    const line = offset === ins.offset ? starts.get(ins.offset) : undefined;
    rows.push(row(ins.offset, ins.op, hasArg ? ins.arg : null, hasArg ? argreprOf(co, ins) : '', line, labels));
  }
  return { name: co.qualname, firstLine: co.firstlineno, current: -1, instructions: rows };
}

function row(offset: number, opname: string, arg: number | null, argrepr: string, line: number | undefined, labels: ReadonlySet<number>): ListingInstruction {
  return { offset, opname, arg, argrepr, line: line ?? null, jumpTarget: labels.has(offset) };
}

/** Every code object of a module, depth first in co_consts order (dis.dis's order), the module first. */
export function codeObjects(co: CodeObject, out: CodeObject[] = []): CodeObject[] {
  out.push(co);
  for (const k of co.consts) if (k.t === 'code') codeObjects(k.code, out);
  return out;
}

/** Inline cache entries after each specialisable 3.11 instruction (Include/internal/pycore_code.h). */
const CACHE_ENTRIES: Partial<Record<string, number>> = {
  BINARY_SUBSCR: 4, STORE_SUBSCR: 1, UNPACK_SEQUENCE: 1, STORE_ATTR: 4, LOAD_ATTR: 4, COMPARE_OP: 2, LOAD_GLOBAL: 5,
  BINARY_OP: 1, LOAD_METHOD: 10, PRECALL: 1, CALL: 4,
};
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];
const FORMAT_VALUE_CONVERTERS = ['', 'str', 'repr', 'ascii'];

function jumpTargetOf(ins: Instruction): number {
  const backward = ins.op.includes('BACKWARD');
  return ins.offset + 2 + 2 * (CACHE_ENTRIES[ins.op] ?? 0) + (backward ? -ins.arg : ins.arg) * 2;
}

/** Where instruction `ins` starts, counting its EXTENDED_ARG prefixes. */
function startOffset(ins: Instruction): number {
  const prefixes = (ins.arg > 0xffffff ? 1 : 0) + (ins.arg > 0xffff ? 1 : 0) + (ins.arg > 0xff ? 1 : 0);
  return ins.offset - 2 * prefixes;
}

/** dis's argrepr: the constant's repr, the name, the local's name, the comparison, the jump's target … */
function argreprOf(co: CodeObject, ins: Instruction): string {
  const arg = ins.arg;
  const op = ins.op;
  if (op === 'KW_NAMES') return '';
  if (HAS_CONST_311.includes(op)) {
    const v = co.consts[arg]!;
    return v.t === 'code' ? codeRepr(v.code) : constRepr(v);
  }
  if (HAS_NAME_311.includes(op)) {
    if (op === 'LOAD_GLOBAL') return (arg & 1 ? 'NULL + ' : '') + co.names[arg >> 1]!;
    return co.names[arg]!;
  }
  if (HAS_JREL_311.includes(op)) return `to ${jumpTargetOf(ins)}`;
  if (HAS_LOCAL_311.includes(op) || HAS_FREE_311.includes(op)) return co.localsplusNames[arg]!;
  if (op === 'COMPARE_OP') return CMP_OP_311[arg]!;
  if (op === 'FORMAT_VALUE') {
    let r = FORMAT_VALUE_CONVERTERS[arg & 3]!;
    if (arg & 4) r += (r ? ', ' : '') + 'with format';
    return r;
  }
  if (op === 'MAKE_FUNCTION') return MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
  if (op === 'BINARY_OP') return NB_OPS_311[arg]![1];
  return '';
}
