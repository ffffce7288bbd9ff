// Models how CPython 3.11 prints an uncaught exception (Python/pythonrun.c print_exception_recursive,
// Python/traceback.c tb_displayline, kept equal to Lib/traceback.py's format_frame_summary and
// _extract_caret_anchors_from_line_segment): chained exceptions ("During handling …" / "The above
// exception was the direct cause …"), each frame's line, and the ^/~ caret line with BinOp and
// Subscript anchors, shown only when the carets would not span the whole stripped line.

import type { PyObject } from '../objects/object';
import * as M from '../objects/models';
import * as E from '../objects/exceptions';
import * as A from '../objects/abstract';
import type { PyTraceback } from './frame';
import { parse } from '../python';
import { offerSuggestion } from './suggestions';
import type * as Ast from '../python/ast';

/** _byte_offset_to_character_offset: a UTF-8 byte column → a character (code unit) column. */
function byteToChar(line: string, off: number): number {
  let bytes = 0;
  let i = 0;
  while (i < line.length && bytes < off) {
    const c = line.codePointAt(i)!;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += c > 0xffff ? 2 : 1;
  }
  return i;
}

interface Anchors {
  left: number;
  right: number;
  primary: string;
  secondary: string;
}

const isSpace = (c: string): boolean => /\s/.test(c);

function extractAnchors(segment: string): Anchors | null {
  let tree: Ast.Module;
  try {
    tree = parse(segment);
  } catch {
    return null;
  }
  if (tree.body.length !== 1) return null;
  const st = tree.body[0]!;
  if (st._type !== 'Expr') return null;
  const expr = (st as Ast.ExprStmt).value;
  const norm = (o: number): number => byteToChar(segment, o);
  if (expr._type === 'BinOp') {
    const b = expr as Ast.BinOp;
    const opStart = norm(b.left.end_col_offset);
    const opEnd = norm(b.right.col_offset);
    const opStr = segment.slice(opStart, opEnd);
    const opOffset = opStr.length - opStr.replace(/^\s+/, '').length;
    let left = b.left.end_col_offset + opOffset;
    let right = left + 1;
    if (opOffset + 1 < opStr.length && !isSpace(opStr[opOffset + 1]!)) right++;
    while (left < segment.length && (isSpace(segment[left]!) || ')#'.includes(segment[left]!))) {
      left++;
      right++;
    }
    return { left: norm(left), right: norm(right), primary: '~', secondary: '^' };
  }
  if (expr._type === 'Subscript') {
    const s = expr as Ast.Subscript;
    let left = norm(s.value.end_col_offset);
    let right = norm(s.slice.end_col_offset + 1);
    while (left < segment.length && (isSpace(segment[left]!) || segment[left] !== '[')) left++;
    while (right < segment.length && (isSpace(segment[right]!) || segment[right] !== ']')) right++;
    if (right < segment.length) right++;
    return { left, right, primary: '~', secondary: '^' };
  }
  return null;
}

/** One frame's lines: File/line/name, the stripped source line, and the caret line when shown. */
export function formatFrame(filename: string, lineno: number, name: string, srcLines: string[], span: { lineno: number; endLineno: number; colOffset: number; endColOffset: number } | null): string {
  let out = `  File "${filename}", line ${lineno}, in ${name}\n`;
  const line = srcLines[lineno - 1];
  if (line === undefined) return out;
  const stripped = line.trim();
  if (stripped === '') return out;
  out += `    ${stripped}\n`;
  if (span === null || span.colOffset < 0 || span.endColOffset < 0 || span.lineno !== lineno) return out;
  const strippedChars = line.length - line.replace(/^\s+/, '').length;
  const start = byteToChar(line, span.colOffset);
  let end = byteToChar(line, span.endColOffset);
  const segment = line.slice(start, end);
  let anchors: Anchors | null = null;
  if (span.lineno === span.endLineno) anchors = extractAnchors(segment);
  else end = line.replace(/\s+$/, '').length;
  if (end - start < stripped.length || (anchors !== null && anchors.right - anchors.left > 0)) {
    out += '    ' + ' '.repeat(start - strippedChars);
    if (anchors !== null) {
      out += anchors.primary.repeat(anchors.left);
      out += anchors.secondary.repeat(anchors.right - anchors.left);
      out += anchors.primary.repeat(end - start - anchors.right);
    } else out += '^'.repeat(end - start);
    out += '\n';
  }
  return out;
}

export function formatTraceback(tb: PyTraceback | null, srcLines: string[]): string {
  let out = '';
  const entries: PyTraceback[] = [];
  for (let t = tb; t !== null; t = t.next) entries.push(t);
  // tb_printinternal prints at most sys.tracebacklimit (1000) entries: the most recent ones.
  if (entries.length > 1000) entries.splice(0, entries.length - 1000);
  // Repeated identical lines are collapsed after 3 (tb_print_line_repeated).
  let last: string | null = null;
  let count = 0;
  const flush = (): void => {
    if (count > 3) {
      const n = count - 3;
      out += `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
    }
  };
  for (const t of entries) {
    const f = t.frame.frame;
    const key = `${f.co.filename}:${t.lineno}:${f.co.name}`;
    if (key !== last) {
      flush();
      last = key;
      count = 0;
    }
    count++;
    if (count > 3) continue;
    const ins = f.instrs[t.instr];
    out += formatFrame(f.co.filename, t.lineno, f.co.name, srcLines, ins?.span ?? null);
  }
  flush();
  return out;
}

function excLine(exc: E.PyExc): string {
  const t = exc.ob_type;
  let name = t.qualname;
  if (t.module !== 'builtins' && t.module !== '__main__') name = `${t.module}.${name}`;
  let s: string;
  try {
    s = A.strJs(exc);
  } catch (e) {
    if (e instanceof E.PyErr) {
      return `${name}: <exception str() failed>\n`;
    }
    throw e;
  }
  const hint = offerSuggestion(exc);
  if (hint !== null) s += `. Did you mean: '${hint}'?`;
  return s === '' ? `${name}\n` : `${name}: ${s}\n`;
}

/** print_exception_recursive: the cause/context chain first, then this exception. */
export function formatException(exc: E.PyExc, srcLines: string[], seen = new Set<PyObject>()): string {
  seen.add(exc);
  let out = '';
  if (exc.cause !== null && exc.cause !== M.None && !seen.has(exc.cause)) {
    out += formatException(exc.cause as E.PyExc, srcLines, seen);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (exc.context !== null && exc.context !== M.None && !exc.suppressContext && !seen.has(exc.context)) {
    out += formatException(exc.context as E.PyExc, srcLines, seen);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  const tb = exc.traceback as PyTraceback | null;
  if (tb !== null && (tb as PyObject) !== M.None) {
    out += 'Traceback (most recent call last):\n';
    out += formatTraceback(tb, srcLines);
  }
  out += excLine(exc);
  return out;
}
