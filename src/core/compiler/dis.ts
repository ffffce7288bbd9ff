// Models CPython 3.11's Lib/dis.py listing (dis.dis → _disassemble_recursive / _disassemble_bytes and
// Instruction._disassemble): line-number column, `>>` jump targets (jumps and exception handlers),
// offsets, opname, oparg and `(argrepr)`, the ExceptionTable section, then nested code objects.
// Code addresses print as `0x…`: ours are not memory addresses, and the oracle is normalised the same way.

import { type CodeObject, type Instruction, LocalKind } from '../bytecode/code';
import { CMP_OP_311, HAVE_ARGUMENT_311, OPCODES_311, HAS_CONST_311, HAS_FREE_311, HAS_JREL_311, HAS_LOCAL_311, HAS_NAME_311, NB_OPS_311 } from '../bytecode/opcodes311';
import { constRepr } from './consts';

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];
const FORMAT_VALUE_CONVERTERS = ['', 'str', 'repr', 'ascii'];

export function codeRepr(co: CodeObject): string {
  return `<code object ${co.name} at 0x…, file "${co.filename}", line ${co.firstlineno}>`;
}

function argrepr(co: CodeObject, ins: Instruction): string {
  const arg = ins.arg;
  const op = ins.op;
  if (op === 'KW_NAMES') return '';
  if (HAS_CONST_311.includes(op)) {
    const v = co.consts[arg];
    return v.t === 'code' ? codeRepr(v.code) : constRepr(v);
  }
  if (HAS_NAME_311.includes(op)) {
    if (op === 'LOAD_GLOBAL') return (arg & 1 ? 'NULL + ' : '') + co.names[arg >> 1];
    return co.names[arg];
  }
  if (HAS_JREL_311.includes(op)) return 'to ' + String(jumpTarget(ins));
  if (HAS_LOCAL_311.includes(op) || HAS_FREE_311.includes(op)) return co.localsplusNames[arg];
  if (op === 'COMPARE_OP') return CMP_OP_311[arg];
  if (op === 'FORMAT_VALUE') {
    let r = FORMAT_VALUE_CONVERTERS[arg & 3];
    if (arg & 4) r += (r ? ', ' : '') + 'with format';
    return r;
  }
  if (op === 'MAKE_FUNCTION') return MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
  if (op === 'BINARY_OP') return NB_OPS_311[arg][1];
  return '';
}

const CACHES: Partial<Record<string, number>> = {
  BINARY_SUBSCR: 4, STORE_SUBSCR: 1, UNPACK_SEQUENCE: 1, STORE_ATTR: 4, LOAD_ATTR: 4, COMPARE_OP: 2, LOAD_GLOBAL: 5,
  BINARY_OP: 1, LOAD_METHOD: 10, PRECALL: 1, CALL: 4,
};

function jumpTarget(ins: Instruction): number {
  const backward = ins.op.includes('BACKWARD');
  return ins.offset + 2 + 2 * (CACHES[ins.op] ?? 0) + (backward ? -ins.arg : ins.arg) * 2;
}

function endOffset(co: CodeObject): number {
  const last = co.instructions[co.instructions.length - 1];
  return last ? last.offset + 2 + 2 * (CACHES[last.op] ?? 0) : 0;
}

/** Byte offset where instruction `i` starts, counting its EXTENDED_ARG prefixes. */
function startOffset(ins: Instruction): number {
  const ext = (ins.arg > 0xffffff ? 1 : 0) + (ins.arg > 0xffff ? 1 : 0) + (ins.arg > 0xff ? 1 : 0);
  return ins.offset - 2 * ext;
}

export function disassemble(co: CodeObject): string {
  const lines: string[] = [];
  const starts = new Map<number, number>();
  let lastLine: number | null = null;
  for (const ins of co.instructions) {
    const line = ins.span ? ins.span.lineno : null;
    if (line !== null && line !== lastLine) {
      lastLine = line;
      starts.set(startOffset(ins), line);
    }
  }
  const maxLine = Math.max(...starts.values());
  const linenoWidth = maxLine >= 1000 ? String(maxLine).length : 3;
  const maxOffset = endOffset(co) - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  const labels = new Set<number>();
  for (const ins of co.instructions) if (HAS_JREL_311.includes(ins.op)) labels.add(jumpTarget(ins));
  const table = co.exceptionTable.map((e) => ({
    start: startOffset(co.instructions[e.start]),
    end: e.end < co.instructions.length ? startOffset(co.instructions[e.end]) : endOffset(co),
    target: startOffset(co.instructions[e.target]),
    depth: e.depth,
    lasti: e.lasti,
  }));
  for (const e of table) labels.add(e.target);
  const row = (offset: number, opname: string, arg: number | null, repr: string, startsLine: number | undefined) => {
    const fields: string[] = [];
    fields.push(startsLine !== undefined ? String(startsLine).padStart(linenoWidth) : ' '.repeat(linenoWidth));
    fields.push('   ');
    fields.push(labels.has(offset) ? '>>' : '  ');
    fields.push(String(offset).padStart(offsetWidth));
    fields.push(opname.padEnd(OPNAME_WIDTH));
    if (arg !== null) {
      fields.push(String(arg).padStart(OPARG_WIDTH));
      if (repr) fields.push('(' + repr + ')');
    }
    return fields.join(' ').trimEnd();
  };
  for (const ins of co.instructions) {
    let offset = startOffset(ins);
    const hasArg = ins.op !== 'CACHE' && isArgOp(ins.op);
    for (let shift = 24; shift >= 8; shift -= 8) {
      if (hasArg && ins.arg >= 2 ** shift) {
        const sl = starts.get(offset);
        if (sl !== undefined && offset > 0) lines.push('');
        lines.push(row(offset, 'EXTENDED_ARG', Math.floor(ins.arg / 2 ** shift), '', sl));
        offset += 2;
      }
    }
    const startsLine = offset === ins.offset ? starts.get(ins.offset) : undefined;
    if (startsLine !== undefined && ins.offset > 0) lines.push('');
    lines.push(row(ins.offset, ins.op, hasArg ? ins.arg : null, hasArg ? argrepr(co, ins) : '', startsLine));
  }
  if (table.length) {
    lines.push('ExceptionTable:');
    for (const e of table) lines.push(`  ${e.start} to ${e.end - 2} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
  }
  return lines.join('\n') + '\n';
}

function isArgOp(op: Instruction['op']): boolean {
  return OPCODES_311[op] >= HAVE_ARGUMENT_311;
}

/** dis.dis(code): the listing of `co` followed by every nested code object, depth first. */
export function formatDis(co: CodeObject): string {
  let out = disassemble(co);
  for (const k of co.consts) {
    if (k.t === 'code') {
      out += '\nDisassembly of ' + codeRepr(k.code) + ':\n';
      out += formatDis(k.code);
    }
  }
  return out;
}

/** co_varnames / co_cellvars / co_freevars from the localsplus layout. */
export function varnames(co: CodeObject): { varnames: string[]; cellvars: string[]; freevars: string[] } {
  const pick = (kind: number) => co.localsplusNames.filter((_, i) => co.localsplusKinds[i] & kind);
  return { varnames: pick(LocalKind.LOCAL), cellvars: pick(LocalKind.CELL), freevars: pick(LocalKind.FREE) };
}
