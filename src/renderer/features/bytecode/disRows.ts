// The listing as CPython 3.11's dis prints it (Lib/dis.py Instruction._disassemble): the line number on the
// first instruction of each line, '-->' on the current instruction, '>>' on jump targets, the offset, the
// opname, the argument and, in parentheses, its argrepr.

import type { CodeListing } from '../../../shared/sim-service';

export interface DisRow {
  readonly offset: number;
  /** The line, on the first instruction of a line only (dis's starts_line column). */
  readonly line: number | null;
  readonly current: boolean;
  readonly jumpTarget: boolean;
  readonly opname: string;
  /** The argument as dis prints it ('' when the instruction takes none). */
  readonly arg: string;
  /** dis's "(argrepr)" text, '' when empty. */
  readonly argrepr: string;
}

/** Rows of a listing; `current` overrides the listing's own current offset (a caller frame's CALL). */
export function disRows(listing: CodeListing, current: number = listing.current): DisRow[] {
  return listing.instructions.map((ins) => ({
    offset: ins.offset,
    line: ins.line,
    current: ins.offset === current,
    jumpTarget: ins.jumpTarget,
    opname: ins.opname,
    arg: ins.arg === null ? '' : String(ins.arg),
    argrepr: ins.argrepr === '' ? '' : `(${ins.argrepr})`,
  }));
}

/** The row index of the current instruction, or -1. */
export function currentRow(rows: readonly DisRow[]): number {
  return rows.findIndex((r) => r.current);
}

/**
 * One row as dis's text (Lib/dis.py Instruction._disassemble: fields joined by spaces, line width 3, offset width
 * 4, opname padded to 20, argument to 5, then rstrip), e.g. "  3     >>   12 LOAD_FAST                0 (x)".
 */
export function disText(row: DisRow, lineWidth = 3, offsetWidth = 4): string {
  const fields = [
    row.line === null ? ' '.repeat(lineWidth) : String(row.line).padStart(lineWidth),
    row.current ? '-->' : '   ',
    row.jumpTarget ? '>>' : '  ',
    String(row.offset).padStart(offsetWidth),
    row.opname.padEnd(20),
  ];
  if (row.arg !== '') {
    fields.push(row.arg.padStart(5));
    if (row.argrepr !== '') fields.push(row.argrepr);
  }
  return fields.join(' ').trimEnd();
}
