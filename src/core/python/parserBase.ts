// Models the token-level machinery of CPython 3.11's PEG parser (Parser/pegen.c, Parser/pegen_errors.c):
// the token cursor with mark/reset backtracking, the furthest token looked at (pegen's p->fill - 1,
// where a generic "invalid syntax" is reported), node locations, and the precedence of tokenizer errors.
//
// Invariants:
// 1. `maxPos` is the index of the furthest token peeked; a generic failure is reported there.
// 2. Reading past the last token when the tokenizer stopped on an error raises that error (pegen fetches
//    tokens lazily, so it meets the tokenizer error exactly when it needs that token).
// 3. A failure to match raises ParseFail (internal, carries nothing); specific SyntaxErrors (the
//    grammar's invalid_* rules) are raised directly as PySyntaxError.

import { PySyntaxError } from './errors';
import type { SyntaxErrorTypeName } from './errors';
import type { Located } from './ast';
import type { Token, TokenizeResult } from './tokenizer';
import type { SourceText } from './source';

/** A failed match: the caller backtracks or the parse ends with a generic "invalid syntax". */
export class ParseFail {
  readonly _brand = 'ParseFail';
}
const FAIL = new ParseFail();

export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** Positions of a node span given as (start token, end token) or an existing node. */
export type Pos = Located;

export class ParserBase {
  readonly tokens: Token[];
  readonly source: SourceText;
  readonly tokError: PySyntaxError | null;
  pos = 0;
  maxPos = 0;
  /** Depth of error-pass lookaheads in progress (they run without the invalid_* checks). */
  noInvalid = 0;
  /** Furthest line read by error-pass checks (pegen's second pass), which do not move `maxPos`. */
  errorPassLine = 0;
  /** Line/column shift applied to every position (f-string expressions are parsed from a substring). */
  constructor(readonly tk: TokenizeResult) {
    this.tokens = tk.tokens;
    this.source = tk.source;
    this.tokError = tk.error;
  }

  tok(k = 0): Token {
    const i = this.pos + k;
    if (i >= this.tokens.length) {
      if (this.tokError !== null) throw this.tokError;
      return this.tokens[this.tokens.length - 1]!;
    }
    if (i > this.maxPos) this.maxPos = i;
    return this.tokens[i]!;
  }

  prev(): Token {
    return this.tokens[this.pos - 1]!;
  }

  fail(): never {
    throw FAIL;
  }

  isOp(v: string, k = 0): boolean {
    const t = this.tok(k);
    return t.kind === 'OP' && t.value === v;
  }

  isKw(v: string, k = 0): boolean {
    const t = this.tok(k);
    return t.kind === 'NAME' && t.value === v;
  }

  isName(k = 0): boolean {
    const t = this.tok(k);
    return t.kind === 'NAME' && !KEYWORDS.has(t.value);
  }

  eatOp(v: string): boolean {
    if (this.isOp(v)) {
      this.pos++;
      return true;
    }
    return false;
  }

  eatKw(v: string): boolean {
    if (this.isKw(v)) {
      this.pos++;
      return true;
    }
    return false;
  }

  expectOp(v: string): Token {
    if (!this.isOp(v)) this.fail();
    return this.tokens[this.pos++]!;
  }

  expectKw(v: string): Token {
    if (!this.isKw(v)) this.fail();
    return this.tokens[this.pos++]!;
  }

  expectKind(kind: Token['kind']): Token {
    if (this.tok().kind !== kind) this.fail();
    return this.tokens[this.pos++]!;
  }

  expectName(): Token {
    if (!this.isName()) this.fail();
    return this.tokens[this.pos++]!;
  }

  /** Runs `f`, restoring the cursor and returning null when it fails to match. */
  attempt<T>(f: () => T): T | null {
    const mark = this.pos;
    try {
      return f();
    } catch (e) {
      if (e instanceof ParseFail) {
        this.pos = mark;
        return null;
      }
      throw e;
    }
  }

  /** Location spanning from token/node `a` to token/node `b`. */
  span(a: Token | Pos, b: Token | Pos): Pos {
    const sa = 'endCol' in a ? { lineno: a.lineno, col_offset: a.col } : a;
    const sb = 'endCol' in b ? { end_lineno: b.endLineno, end_col_offset: b.endCol } : b;
    return { lineno: sa.lineno, col_offset: sa.col_offset, end_lineno: sb.end_lineno, end_col_offset: sb.end_col_offset };
  }

  /** Location from `a` to the last consumed token. */
  from(a: Token | Pos): Pos {
    return this.span(a, this.prev());
  }

  /** A SyntaxError over a known range (RAISE_SYNTAX_ERROR_KNOWN_RANGE); end defaults to the start's end. */
  errorAt(msg: string, a: Token | Pos, b?: Token | Pos, type: SyntaxErrorTypeName = 'SyntaxError'): PySyntaxError {
    // Inside an error-pass lookahead the invalid_* rules are off: a specific error is a plain failure.
    if (this.noInvalid > 0) throw FAIL;
    const s = this.span(a, b ?? a);
    return this.errorAtBytes(msg, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset, type);
  }

  /** RAISE_SYNTAX_ERROR at the current token; INDENT/DEDENT have no column, so CPython uses the tokenizer's. */
  errorAtCurrent(msg: string, type: SyntaxErrorTypeName = 'SyntaxError'): PySyntaxError {
    if (this.noInvalid > 0) throw FAIL;
    const t = this.tok();
    if (t.col >= 0 && t.kind !== 'ENDMARKER') return this.errorAt(msg, t, undefined, type);
    const src = this.source;
    if (t.start >= src.text.length) {
      const ln = src.lineStarts.length - 1;
      return new PySyntaxError({ type, msg, lineno: ln, offset: src.charCol(ln, src.text.length), endLineno: ln, endOffset: -1, text: src.lineText(ln) });
    }
    let i = src.lineStart(t.lineno);
    while (src.text[i] === ' ' || src.text[i] === '\t' || src.text[i] === '\f') i++;
    return new PySyntaxError({ type, msg, lineno: t.lineno, offset: src.charCol(t.lineno, i), endLineno: t.lineno, endOffset: -1, text: src.lineText(t.lineno) });
  }

  errorAtBytes(
    msg: string,
    lineno: number,
    col: number,
    endLineno: number,
    endCol: number,
    type: SyntaxErrorTypeName = 'SyntaxError',
  ): PySyntaxError {
    const src = this.source;
    const toChar = (ln: number, c: number): number => (c < 0 ? c : src.charCol(ln, src.posOfByteCol(ln, c)));
    return new PySyntaxError({
      type,
      msg,
      lineno,
      offset: toChar(lineno, col) + 1,
      endLineno,
      endOffset: endCol < 0 ? endCol + 1 : toChar(endLineno, endCol) + 1,
      text: src.lineText(lineno),
    });
  }
}
