// Models CPython 3.11's tokenizer (Parser/tokenizer.c, tok_get): NEWLINE/NL, INDENT/DEDENT with tabs to
// multiples of 8 and the alternate tab size 1 consistency check, implicit joining inside brackets,
// backslash continuation, string and number extents, and the tokenizer's own SyntaxErrors.
// Over ~400 lines: tok_get is one state machine (indentation, names, numbers, strings, operators) whose
// error positions depend on shared cursor state, so it stays in one file.
//
// Invariants:
// 1. The source is normalised first: '\r\n' and '\r' become '\n' and a final '\n' is appended when missing
//    (CPython's translate_newlines for exec input), so every logical line ends in a NEWLINE token.
// 2. Comments and NL tokens (newlines inside brackets or on blank lines) are dropped: the parser never sees them.
// 3. Tokenizing stops at the first error; `error` holds it and `tokens` holds everything before it.
//    The parser raises that error when it reaches the end of `tokens`; an error CPython raises as an
//    exception also takes precedence over a later parser error (_PyPegen_tokenize_full_source_to_check_for_errors),
//    one it signals through tok->done does not (`errorDeferred`).
// 4. End of input inside brackets yields an ERRORTOKEN (CPython's E_EOF with tok->level > 0): not an
//    exception; the parser turns it into "'(' was never closed".
// 5. String tokens carry their whole text (prefix and quotes); their contents are decoded by strings.ts,
//    as CPython 3.11 decodes them in the parser (Parser/string_parser.c).
// 6. Every token records the bracket depth after it (`level`), which the parser's comma check consults.

import { PySyntaxError } from './errors';
import type { SyntaxErrorTypeName } from './errors';
import { SourceText } from './source';
import { Flag, hasFlag } from '../semantics/unicode';

export const TokenKind = {
  /** Identifier or keyword. */
  NAME: 'NAME',
  NUMBER: 'NUMBER',
  /** A whole string literal including prefix and quotes. */
  STRING: 'STRING',
  /** Operator or delimiter, also any stray ASCII character CPython passes on as OP ('$', '?'). */
  OP: 'OP',
  NEWLINE: 'NEWLINE',
  INDENT: 'INDENT',
  DEDENT: 'DEDENT',
  ENDMARKER: 'ENDMARKER',
  /** End of input inside open brackets (invariant 4). */
  ERRORTOKEN: 'ERRORTOKEN',
} as const;
export type TokenKindName = (typeof TokenKind)[keyof typeof TokenKind];

export interface Token {
  readonly kind: TokenKindName;
  readonly value: string;
  /** UTF-16 indices into the normalised source. */
  readonly start: number;
  readonly end: number;
  readonly lineno: number;
  /** UTF-8 byte column; -1 for INDENT/DEDENT, which CPython gives no column. */
  readonly col: number;
  readonly endLineno: number;
  readonly endCol: number;
  /** Bracket depth after this token (tok->level when pegen fills the token): '(' has 1, its ')' 0. */
  readonly level: number;
}

export interface OpenBracket {
  readonly char: string;
  readonly lineno: number;
  /** 0-based character column. */
  readonly charCol: number;
  /** UTF-16 index of the bracket in the source. */
  readonly pos: number;
}

export interface TokenizeResult {
  readonly source: SourceText;
  readonly tokens: Token[];
  readonly error: PySyntaxError | null;
  /**
   * The error is one CPython reports through tok->done (E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT,
   * E_EOF) rather than as an exception: it only surfaces when the parser reaches it, so an earlier
   * parser error wins over it.
   */
  readonly errorDeferred: boolean;
  /** The innermost unclosed bracket when the input ends inside brackets. */
  readonly unclosed: OpenBracket | null;
}

/** Errors CPython signals through tok->done, not as exceptions (see TokenizeResult.errorDeferred). */
const DEFERRED = new WeakSet<PySyntaxError>();
function deferred(e: PySyntaxError): PySyntaxError {
  DEFERRED.add(e);
  return e;
}

const TABSIZE = 8;
const MAXLEVEL = 200;
const MAXINDENT = 100;

const THREE_CHAR_OPS = new Set(['**=', '...', '//=', '<<=', '>>=']);
const TWO_CHAR_OPS = new Set([
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '<>', '==', '>=', '>>', '@=', '^=', '|=',
]);

export function normaliseSource(src: string): string {
  let s = src.replace(/\r\n?/g, '\n');
  if (!s.endsWith('\n')) s += '\n';
  return s;
}

function isIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}
function isIdChar(c: number): boolean {
  return isIdStart(c) || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHex(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** Python 3.11's str.isprintable for one character (Unicode 14.0 tables generated from CPython). */
export function isPrintable(ch: string): boolean {
  return hasFlag(ch.codePointAt(0)!, Flag.PRINTABLE);
}

class Tokenizer {
  readonly src: SourceText;
  readonly s: string;
  pos = 0;
  lineno = 1;
  lineStartPos = 0;
  readonly tokens: Token[] = [];
  readonly indstack: number[] = [0];
  readonly altindstack: number[] = [0];
  readonly parens: OpenBracket[] = [];
  atbol = true;
  /** A token other than NEWLINE/INDENT/DEDENT was produced since the last NEWLINE. */
  lineHasContent = false;

  constructor(src: SourceText) {
    this.src = src;
    this.s = src.text;
  }

  /** A tokenizer error (Parser/tokenizer.c syntaxerror): offset is the character column of `cur`. */
  error(msg: string, cur: number, type: SyntaxErrorTypeName = 'SyntaxError', endOffsetOverride?: number): PySyntaxError {
    const ln = this.lineno;
    const offset = this.src.charCol(ln, cur);
    const text = this.src.lineText(ln).replace(/\n$/, '');
    return new PySyntaxError({
      type,
      msg,
      lineno: ln,
      offset,
      endLineno: ln,
      endOffset: endOffsetOverride ?? offset,
      text,
    });
  }

  push(kind: TokenKindName, start: number, end: number): void {
    this.lineHasContent = kind !== 'NEWLINE';
    const lineno = this.src.lineOf(start);
    const endLineno = end > start ? this.src.lineOf(end - 1) : lineno;
    this.tokens.push({
      kind,
      value: this.s.slice(start, end),
      start,
      end,
      lineno,
      col: this.src.byteCol(lineno, start),
      endLineno,
      endCol: this.src.byteCol(endLineno, end),
      level: this.parens.length,
    });
  }

  pushIndentToken(kind: 'INDENT' | 'DEDENT'): void {
    this.tokens.push({ kind, value: '', start: this.pos, end: this.pos, lineno: this.lineno, col: -1, endLineno: this.lineno, endCol: -1, level: 0 });
  }

  newline(at: number): void {
    this.lineno++;
    this.lineStartPos = at + 1;
  }

  run(): TokenizeResult {
    try {
      this.loop();
      return { source: this.src, tokens: this.tokens, error: null, errorDeferred: false, unclosed: null };
    } catch (e) {
      if (e instanceof PySyntaxError) {
        return { source: this.src, tokens: this.tokens, error: e, errorDeferred: DEFERRED.has(e), unclosed: null };
      }
      if (e instanceof UnclosedAtEof) {
        return { source: this.src, tokens: this.tokens, error: null, errorDeferred: false, unclosed: e.bracket };
      }
      throw e;
    }
  }

  private loop(): void {
    const s = this.s;
    const n = s.length;
    for (;;) {
      if (this.atbol) {
        this.atbol = false;
        this.indentation();
      }
      // Skip spaces, tabs, form feeds.
      let c = s.charCodeAt(this.pos);
      while (c === 32 || c === 9 || c === 12) c = s.charCodeAt(++this.pos);
      if (this.pos >= n) {
        this.eof();
        return;
      }
      const start = this.pos;
      const nlStart = start;
      if (c === 35) {
        // Comment: skipped, but a NEWLINE right after it starts at the '#' (tok->start is not reset).
        while (this.pos < n && s.charCodeAt(this.pos) !== 10) this.pos++;
        c = s.charCodeAt(this.pos);
      }
      if (c === 10) {
        const nl = this.pos;
        this.pos++;
        if (this.parens.length === 0 && this.lineHasContent) {
          // CPython leaves the '\n' out of the NEWLINE token.
          this.push('NEWLINE', nlStart, nl);
          this.lineHasContent = false;
        }
        this.newline(nl);
        this.atbol = true;
        continue;
      }
      if (c === 92) {
        // Line continuation.
        if (s.charCodeAt(this.pos + 1) !== 10) {
          // E_LINECONT is raised by the parser, which reports the whole physical line.
          const e = this.error('unexpected character after line continuation character', this.pos + 2, 'SyntaxError', 0);
          throw deferred(new PySyntaxError({ ...e, type: e.type, text: this.src.lineText(this.lineno) }));
        }
        if (this.pos + 2 >= n) {
          const ln = this.lineno;
          throw deferred(new PySyntaxError({
            msg: 'unexpected EOF while parsing',
            lineno: ln,
            offset: this.src.charCol(ln, n),
            endLineno: ln,
            endOffset: -1,
            text: this.src.lineText(ln),
          }));
        }
        this.pos += 2;
        this.newline(start + 1);
        continue;
      }
      if (isIdStart(c)) {
        this.identifierOrString(start);
        continue;
      }
      if (isDigit(c) || (c === 46 && isDigit(s.charCodeAt(this.pos + 1)))) {
        this.number(start);
        continue;
      }
      if (c === 39 || c === 34) {
        this.string(start, start);
        continue;
      }
      this.operator(start);
    }
  }

  private indentation(): void {
    const s = this.s;
    let col = 0;
    let altcol = 0;
    let p = this.pos;
    for (;;) {
      const c = s.charCodeAt(p);
      if (c === 32) {
        col++;
        altcol++;
      } else if (c === 9) {
        col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
        altcol = altcol + 1;
      } else if (c === 12) {
        col = 0;
        altcol = 0;
      } else break;
      p++;
    }
    const c = s.charCodeAt(p);
    // Blank lines (only whitespace and/or a comment) do not affect indentation.
    if (c === 35 || c === 10) return;
    if (this.parens.length > 0) return;
    if (p >= s.length) {
      col = 0;
      altcol = 0;
    }
    const top = this.indstack.length - 1;
    if (col === this.indstack[top]) {
      if (altcol !== this.altindstack[top]) throw this.tabError(p);
    } else if (col > this.indstack[top]!) {
      if (this.indstack.length >= MAXINDENT) throw deferred(this.error('too many levels of indentation', p, 'IndentationError'));
      if (altcol <= this.altindstack[top]!) throw this.tabError(p);
      this.indstack.push(col);
      this.altindstack.push(altcol);
      this.pos = p;
      this.pushIndentToken('INDENT');
    } else {
      let dedents = 0;
      while (this.indstack.length > 1 && col < this.indstack[this.indstack.length - 1]!) {
        this.indstack.pop();
        this.altindstack.pop();
        dedents++;
      }
      if (col !== this.indstack[this.indstack.length - 1]) {
        // E_DEDENT: CPython reports it with the tokenizer positioned at the end of the line.
        const lineEnd = s.indexOf('\n', p);
        const end = lineEnd < 0 ? s.length : lineEnd + 1;
        throw deferred(new PySyntaxError({
          type: 'IndentationError',
          msg: 'unindent does not match any outer indentation level',
          lineno: this.lineno,
          offset: this.src.charCol(this.lineno, end),
          endLineno: this.lineno,
          endOffset: -1,
          text: this.src.lineText(this.lineno),
        }));
      }
      if (altcol !== this.altindstack[this.altindstack.length - 1]) throw this.tabError(p);
      this.pos = p;
      for (let i = 0; i < dedents; i++) this.pushIndentToken('DEDENT');
    }
  }

  private tabError(_p: number): PySyntaxError {
    return deferred(new PySyntaxError({
      type: 'TabError',
      msg: 'inconsistent use of tabs and spaces in indentation',
      lineno: this.lineno,
      offset: 1,
      endLineno: this.lineno,
      endOffset: 0,
      text: this.src.lineText(this.lineno),
    }));
  }

  private eof(): void {
    if (this.parens.length > 0) {
      this.tokens.push({ kind: 'ERRORTOKEN', value: '', start: this.pos, end: this.pos, lineno: this.lineno, col: 0, endLineno: this.lineno, endCol: 0, level: this.parens.length });
      throw new UnclosedAtEof(this.parens[this.parens.length - 1]!);
    }
    if (this.lineHasContent) this.push('NEWLINE', this.pos, this.pos);
    while (this.indstack.length > 1) {
      this.indstack.pop();
      this.altindstack.pop();
      this.pushIndentToken('DEDENT');
    }
    this.tokens.push({ kind: 'ENDMARKER', value: '', start: this.pos, end: this.pos, lineno: this.lineno, col: 0, endLineno: this.lineno, endCol: 0, level: this.parens.length });
  }

  private identifierOrString(start: number): void {
    const s = this.s;
    // String prefixes: the legal combinations of b, r, u, f (tok_get's saw_b/saw_r/saw_u/saw_f).
    let sawB = false;
    let sawR = false;
    let sawU = false;
    let sawF = false;
    let p = start;
    for (;;) {
      const ch = s[p]!;
      if (!(sawB || sawU || sawF) && (ch === 'b' || ch === 'B')) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (ch === 'u' || ch === 'U')) sawU = true;
      else if (!(sawR || sawU) && (ch === 'r' || ch === 'R')) sawR = true;
      else if (!(sawF || sawB || sawU) && (ch === 'f' || ch === 'F')) sawF = true;
      else break;
      p++;
      const q = s.charCodeAt(p);
      if (q === 34 || q === 39) {
        this.string(start, p);
        return;
      }
    }
    p = start;
    let nonAscii = false;
    while (p < s.length && isIdChar(s.charCodeAt(p))) {
      if (s.charCodeAt(p) >= 128) nonAscii = true;
      p++;
    }
    if (nonAscii) this.verifyIdentifier(start, p);
    this.pos = p;
    this.push('NAME', start, p);
  }

  private verifyIdentifier(start: number, end: number): void {
    const word = this.s.slice(start, end);
    let first = true;
    let i = 0;
    for (const ch of word) {
      // _PyUnicode_ScanIdentifier over the raw text: XID_Start or '_' first, then XID_Continue.
      const cp = ch.codePointAt(0)!;
      const ok = first ? cp === 95 || hasFlag(cp, Flag.XID_START) : hasFlag(cp, Flag.XID_CONTINUE);
      if (!ok) {
        const cur = start + i + ch.length;
        const hex = cp.toString(16).toUpperCase().padStart(4, '0');
        if (isPrintable(ch)) throw this.error(`invalid character '${ch}' (U+${hex})`, cur);
        throw this.error(`invalid non-printable character U+${hex}`, cur);
      }
      first = false;
      i += ch.length;
    }
  }

  private string(start: number, quotePos: number): void {
    const s = this.s;
    const quote = s.charCodeAt(quotePos);
    let p = quotePos + 1;
    let quoteSize = 1;
    let endQuoteSize = 0;
    if (s.charCodeAt(p) === quote) {
      if (s.charCodeAt(p + 1) === quote) {
        quoteSize = 3;
        p += 2;
      } else {
        endQuoteSize = 1;
        p += 1;
      }
    }
    const firstLine = this.lineno;
    while (endQuoteSize !== quoteSize) {
      if (p >= s.length || (quoteSize === 1 && s.charCodeAt(p) === 10)) {
        // Reported from the string's start; "detected at" the line of the last character read.
        const detected = p >= s.length ? this.src.lineOf(s.length - 1) : this.src.lineOf(p);
        const msg =
          quoteSize === 3
            ? `unterminated triple-quoted string literal (detected at line ${detected})`
            : `unterminated string literal (detected at line ${detected})`;
        const offset = this.src.charCol(firstLine, start) + 1;
        throw new PySyntaxError({
          msg,
          lineno: firstLine,
          offset,
          endLineno: firstLine,
          endOffset: offset,
          text: this.src.lineText(firstLine).replace(/\n$/, ''),
        });
      }
      const c = s.charCodeAt(p);
      if (c === quote) {
        endQuoteSize++;
        p++;
      } else {
        endQuoteSize = 0;
        if (c === 92) {
          if (s.charCodeAt(p + 1) === 10) this.newline(p + 1);
          p += 2;
          if (p > s.length) p = s.length;
        } else {
          if (c === 10) this.newline(p);
          p++;
        }
      }
    }
    this.pos = p;
    this.push('STRING', start, p);
  }

  private number(start: number): void {
    const s = this.s;
    let p = start;
    const at = (i: number): number => s.charCodeAt(i);
    // decimal tail: digits with single underscores between them; returns position after.
    const decimalTail = (q: number): number => {
      for (;;) {
        while (isDigit(at(q))) q++;
        if (at(q) !== 95) return q;
        q++;
        if (!isDigit(at(q))) throw this.error('invalid decimal literal', q);
      }
    };
    const verifyEnd = (q: number, kind: string): void => {
      // verify_end_of_number: a keyword that may follow a number is only a warning in 3.11.
      const rest = s.slice(q, q + 4);
      const c = at(q);
      let r = false;
      if (c === 97) r = rest.startsWith('and');
      else if (c === 101) r = rest.startsWith('else');
      else if (c === 102) r = rest.startsWith('for');
      else if (c === 105) r = rest[1] === 'f' || rest[1] === 'n' || rest[1] === 's';
      else if (c === 111) r = rest.startsWith('or');
      else if (c === 110) r = rest.startsWith('not');
      if (r) return;
      if (isIdChar(c)) throw this.error(`invalid ${kind} literal`, q);
    };
    const finish = (q: number): void => {
      this.pos = q;
      this.push('NUMBER', start, q);
    };
    const imaginaryOrEnd = (q: number): void => {
      if (at(q) === 106 || at(q) === 74) {
        q++;
        verifyEnd(q, 'imaginary');
      } else verifyEnd(q, 'decimal');
      finish(q);
    };
    const exponent = (q: number): void => {
      // q points at 'e'/'E'
      const e = q;
      q++;
      if (at(q) === 43 || at(q) === 45) {
        q++;
        if (!isDigit(at(q))) throw this.error('invalid decimal literal', q);
      } else if (!isDigit(at(q))) {
        verifyEnd(e, 'decimal');
        finish(e);
        return;
      }
      q = decimalTail(q);
      imaginaryOrEnd(q);
    };
    const fraction = (q: number): void => {
      // q points just after '.'
      if (isDigit(at(q))) q = decimalTail(q);
      if (at(q) === 101 || at(q) === 69) {
        exponent(q);
        return;
      }
      imaginaryOrEnd(q);
    };
    if (at(p) === 46) {
      fraction(p + 1);
      return;
    }
    if (at(p) === 48) {
      p++;
      const c = at(p);
      if (c === 120 || c === 88) {
        p++;
        do {
          if (at(p) === 95) p++;
          if (!isHex(at(p))) throw this.error('invalid hexadecimal literal', p);
          while (isHex(at(p))) p++;
        } while (at(p) === 95);
        verifyEnd(p, 'hexadecimal');
        finish(p);
        return;
      }
      if (c === 111 || c === 79 || c === 98 || c === 66) {
        const octal = c === 111 || c === 79;
        const kind = octal ? 'octal' : 'binary';
        const ok = (d: number): boolean => (octal ? d >= 48 && d <= 55 : d === 48 || d === 49);
        p++;
        do {
          if (at(p) === 95) p++;
          if (!ok(at(p))) {
            if (isDigit(at(p))) throw this.error(`invalid digit '${s[p]}' in ${kind} literal`, p + 1);
            throw this.error(`invalid ${kind} literal`, p);
          }
          while (ok(at(p))) p++;
        } while (at(p) === 95);
        if (isDigit(at(p))) throw this.error(`invalid digit '${s[p]}' in ${kind} literal`, p + 1);
        verifyEnd(p, kind);
        finish(p);
        return;
      }
      let nonzero = false;
      for (;;) {
        if (at(p) === 95) {
          p++;
          if (!isDigit(at(p))) throw this.error('invalid decimal literal', p);
        }
        if (at(p) !== 48) break;
        p++;
      }
      const zerosEnd = p;
      if (isDigit(at(p))) {
        nonzero = true;
        p = decimalTail(p);
      }
      if (at(p) === 46) {
        fraction(p + 1);
        return;
      }
      if (at(p) === 101 || at(p) === 69) {
        exponent(p);
        return;
      }
      if (at(p) === 106 || at(p) === 74) {
        imaginaryOrEnd(p);
        return;
      }
      if (nonzero) {
        const ln = this.lineno;
        throw new PySyntaxError({
          msg: 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
          lineno: ln,
          offset: this.src.charCol(ln, start) + 1,
          endLineno: ln,
          endOffset: this.src.charCol(ln, zerosEnd) + 1,
          text: this.src.lineText(ln).replace(/\n$/, ''),
        });
      }
      verifyEnd(p, 'decimal');
      finish(p);
      return;
    }
    p = decimalTail(p);
    if (at(p) === 46) {
      fraction(p + 1);
      return;
    }
    if (at(p) === 101 || at(p) === 69) {
      exponent(p);
      return;
    }
    imaginaryOrEnd(p);
  }

  private operator(start: number): void {
    const s = this.s;
    const c = s[start]!;
    const code = s.charCodeAt(start);
    if (code >= 128) {
      // A non-ASCII character that cannot start an identifier (isIdStart accepts all >= 128, so this
      // is only reached for surrogates etc.); report it as CPython's verify_identifier would.
      const ch = String.fromCodePoint(s.codePointAt(start)!);
      const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      throw this.error(`invalid character '${ch}' (U+${hex})`, start + ch.length);
    }
    let len = 1;
    if (THREE_CHAR_OPS.has(s.slice(start, start + 3))) len = 3;
    else if (TWO_CHAR_OPS.has(s.slice(start, start + 2))) len = 2;
    const end = start + len;
    if (len === 1) {
      if (c === '(' || c === '[' || c === '{') {
        if (this.parens.length >= MAXLEVEL) throw this.error('too many nested parentheses', end);
        this.parens.push({ char: c, lineno: this.lineno, charCol: this.src.charCol(this.lineno, start), pos: start });
      } else if (c === ')' || c === ']' || c === '}') {
        const open = this.parens.pop();
        if (open === undefined) throw this.error(`unmatched '${c}'`, end);
        const match = open.char === '(' ? ')' : open.char === '[' ? ']' : '}';
        if (match !== c) {
          if (open.lineno !== this.lineno) {
            throw this.error(
              `closing parenthesis '${c}' does not match opening parenthesis '${open.char}' on line ${open.lineno}`,
              end,
            );
          }
          throw this.error(`closing parenthesis '${c}' does not match opening parenthesis '${open.char}'`, end);
        }
      }
    }
    this.pos = end;
    this.push('OP', start, end);
  }
}

class UnclosedAtEof {
  constructor(readonly bracket: OpenBracket) {}
}

/** Tokenizes normalised source (see normaliseSource). */
export function tokenize(text: string): TokenizeResult {
  return new Tokenizer(new SourceText(text)).run();
}
