// Entry point of the Python front end: models _PyParser_ASTFromString / _PyPegen_run_parser
// (Parser/pegen.c) and _PyPegen_set_syntax_error (Parser/pegen_errors.c): which error wins when parsing fails.
//
// Error precedence, as CPython 3.11 decides it:
// 1. A tokenizer error CPython raises as an exception (bad number, unterminated string, invalid character,
//    unmatched bracket) wins over any parser error, since the whole source is tokenized to look for one;
//    errors it signals through tok->done (unindent mismatch, tabs, line continuation) surface only where
//    the parser reaches them.
// 1b. An unclosed bracket wins when the parser (or its error pass) read past the bracket's line.
// 2. A specific parser error (the grammar's invalid_* rules) wins over the generic one.
// 3. Otherwise: end of input inside brackets → "'(' was never closed"; a stray INDENT/DEDENT →
//    IndentationError; else "invalid syntax" at the furthest token the parser looked at.

import type * as A from './ast';
import { PySyntaxError, Unsupported } from './errors';
import { ParseFail } from './parserBase';
import { MatchParser } from './matchParser';
import { tokenize, normaliseSource } from './tokenizer';
import type { Token, TokenizeResult } from './tokenizer';

class ModuleParser extends MatchParser {
  /** Where this parser's line 1 sits in the real source (non-zero only for f-string expressions). */
  lineShift = 0;
  /** Byte column shift of this parser's line 1 in the real source. */
  colShift = 0;

  parseExpr(text: string, start: number, token: Token): A.Expr {
    return parseFStringExpr(this, text, start, token);
  }
}

/** Parses an f-string replacement field as CPython does: "(" + text + ")" with the fstring start rule. */
function parseFStringExpr(parent: ModuleParser, text: string, start: number, token: Token): A.Expr {
  const outer = parent.source;
  const sub = tokenize('(' + text + ')\n');
  const line0 = outer.lineOf(start);
  const col0 = outer.byteCol(line0, start);
  // Map through the parent's own shift, so nested f-strings land at their real position.
  const lineno = line0 + parent.lineShift;
  const col = line0 === 1 ? col0 + parent.colShift : col0;
  const shift = (t: Token): Token => ({
    ...t,
    lineno: t.lineno + lineno - 1,
    endLineno: t.endLineno + lineno - 1,
    col: t.lineno === 1 ? t.col - 1 + col : t.col,
    endCol: t.endLineno === 1 ? t.endCol - 1 + col : t.endCol,
  });
  const shifted: TokenizeResult = { ...sub, tokens: sub.tokens.map(shift) };
  const p = new ModuleParser(shifted);
  p.lineShift = lineno - 1;
  p.colShift = col - 1;
  try {
    if (sub.error !== null) throw sub.error;
    const e = p.parseStarExpressions();
    if (p.tok().kind !== 'NEWLINE') p.fail();
    return e;
  } catch (e) {
    if (!(e instanceof ParseFail || e instanceof PySyntaxError)) throw e;
    // CPython 3.11 reports these errors relative to the "(expr)" string it parsed, on the line of the
    // f-string's token: parse again without the position shift to find them.
    let inner: unknown = sub.error;
    let again: ModuleParser | null = null;
    if (inner === null) {
      again = new ModuleParser(sub);
      try {
        again.parseStarExpressions();
        if (again.tok().kind !== 'NEWLINE') again.fail();
      } catch (e2) {
        inner = e2;
      }
    }
    const subText = '(' + text + ')\n';
    if (inner instanceof PySyntaxError) {
      throw new PySyntaxError({
        type: inner.type,
        // Tokenizer errors are raised as they are; the f-string parser prefixes its own.
        msg: inner === sub.error ? inner.msg : `f-string: ${inner.msg}`,
        lineno: token.lineno + inner.lineno - 1,
        offset: inner.offset,
        endLineno: token.lineno + inner.endLineno - 1,
        endOffset: inner.endOffset,
        text: inner === sub.error ? inner.text : subText,
      });
    }
    const at = again !== null ? again.tokens[Math.min(again.maxPos, again.tokens.length - 1)]! : null;
    const off = at !== null ? sub.source.charCol(at.lineno, at.start) + 1 : 1;
    const endOff = at !== null ? sub.source.charCol(at.endLineno, at.end) + 1 : 1;
    throw new PySyntaxError({
      msg: 'f-string: invalid syntax',
      lineno: token.lineno + (at?.lineno ?? 1) - 1,
      offset: off,
      endLineno: token.lineno + (at?.endLineno ?? 1) - 1,
      endOffset: endOff,
      text: subText,
    });
  }
}

/** Parses a module as `ast.parse(source)` does; throws PySyntaxError or Unsupported. */
export function parse(source: string, filename = 'main.py'): A.Module {
  const tk = tokenize(normaliseSource(source));
  const p = new ModuleParser(tk);
  try {
    return p.parseFile();
  } catch (e) {
    throw withFilename(resolveError(p, tk, e), filename);
  }
}

function resolveError(p: ModuleParser, tk: TokenizeResult, e: unknown): unknown {
  const r = resolveParserError(p, tk, e);
  // _PyPegen_tokenize_full_source_to_check_for_errors: an unclosed bracket wins when the parser had read
  // past the bracket's line (it compares the line of the last token fetched, not the error's line).
  const furthest = p.tokens[Math.min(p.maxPos, p.tokens.length - 1)]!;
  // CPython's error pass may read further than the first pass (errorPassLine); it counts too.
  if (
    r instanceof PySyntaxError &&
    tk.unclosed !== null &&
    r.type === 'SyntaxError' &&
    tk.error === null &&
    Math.max(furthest.lineno, p.errorPassLine) > tk.unclosed.lineno
  ) {
    return unclosedError(tk);
  }
  return r;
}

function unclosedError(tk: TokenizeResult): PySyntaxError {
  const u = tk.unclosed!;
  return new PySyntaxError({
    msg: `'${u.char}' was never closed`,
    lineno: u.lineno,
    offset: u.charCol + 1,
    endLineno: u.lineno,
    endOffset: 0,
    text: tk.source.lineText(u.lineno),
  });
}

function resolveParserError(p: ModuleParser, tk: TokenizeResult, e: unknown): unknown {
  // A tokenizer error raised as an exception wins (the whole source is tokenized to look for one).
  const tokError = tk.error !== null && !tk.errorDeferred ? tk.error : null;
  if (e instanceof PySyntaxError || e instanceof Unsupported) return tokError ?? e;
  if (!(e instanceof ParseFail)) return e;
  const last = p.tokens[Math.min(p.maxPos, p.tokens.length - 1)]!;
  const src = tk.source;
  if (last.kind === 'ERRORTOKEN' && tk.unclosed !== null) return unclosedError(tk);
  if (last.kind === 'INDENT' || last.kind === 'DEDENT') {
    // The token has no column: CPython reports where the tokenizer stands (after the indentation).
    const lineStart = src.lineStart(last.lineno);
    let i = lineStart;
    while (src.text[i] === ' ' || src.text[i] === '\t' || src.text[i] === '\f') i++;
    return new PySyntaxError({
      type: 'IndentationError',
      msg: last.kind === 'INDENT' ? 'unexpected indent' : 'unexpected unindent',
      lineno: last.lineno,
      offset: src.charCol(last.lineno, i),
      endLineno: last.lineno,
      endOffset: -1,
      text: src.lineText(last.lineno),
    });
  }
  if (tokError !== null) return tokError;
  return p.errorAt('invalid syntax', last);
}

function withFilename(e: unknown, filename: string): unknown {
  if (e instanceof PySyntaxError && e.filename !== filename) {
    return new PySyntaxError({ ...e, type: e.type, filename });
  }
  return e;
}

export { PySyntaxError, Unsupported };
export type { Module } from './ast';
