// Models CPython 3.11's string literal handling in the parser (Parser/string_parser.c and
// Parser/action_helpers.c _PyPegen_concatenate_strings): prefixes, escape decoding, implicit
// concatenation, bytes/str mixing, and f-strings (JoinedStr / FormattedValue, nested format specs).
//
// In 3.11 an f-string is one STRING token; its replacement fields are cut out here and each expression
// is parsed separately (CPython parses "(expr)" with the fstring start rule). What it costs: each
// expression is re-tokenized, linear in its length.

import type { Expr, Constant, FormattedValue, JoinedStr, Located, ConversionCode } from './ast';
import { PySyntaxError, Unsupported } from './errors';
import type { Token } from './tokenizer';
import type { SourceText } from './source';

export interface StringContext {
  readonly source: SourceText;
  /** Parses an f-string replacement field expression; `start` is its UTF-16 index in the source. */
  parseExpr(text: string, start: number, token: Token): Expr;
}

interface Prefix {
  readonly raw: boolean;
  readonly bytes: boolean;
  readonly fstr: boolean;
  readonly u: boolean;
  readonly quoteLen: number;
  readonly bodyStart: number;
  readonly bodyEnd: number;
}

function prefixOf(t: Token): Prefix {
  const v = t.value;
  let i = 0;
  let raw = false;
  let bytes = false;
  let fstr = false;
  let u = false;
  for (; v[i] !== '"' && v[i] !== "'"; i++) {
    const c = v[i]!.toLowerCase();
    if (c === 'r') raw = true;
    else if (c === 'b') bytes = true;
    else if (c === 'f') fstr = true;
    else if (c === 'u') u = true;
  }
  const q = v[i]!;
  const quoteLen = v.startsWith(q.repeat(3), i) && v.length - i >= 6 ? 3 : 1;
  return { raw, bytes, fstr, u, quoteLen, bodyStart: i + quoteLen, bodyEnd: v.length - quoteLen };
}

/** Raised as CPython's "(unicode error)" / "(value error)" SyntaxErrors, located at the token. */
function decodeError(ctx: StringContext, at: Token, msg: string): PySyntaxError {
  const src = ctx.source;
  return new PySyntaxError({
    msg,
    lineno: at.lineno,
    offset: src.charCol(at.lineno, at.start) + 1,
    endLineno: at.endLineno,
    endOffset: src.charCol(at.endLineno, at.end) + 1,
    text: src.lineText(at.lineno),
  });
}

/**
 * Decodes backslash escapes (unicode_escape / escape_decode). Unknown escapes stay literally (only a
 * DeprecationWarning in 3.11). `bytes` disables \u, \U and \N.
 */
export function decodeEscapes(body: string, bytes: boolean, onError: (msg: string) => never, lineno: number): string {
  if (body.indexOf('\\') < 0) return body;
  let out = '';
  let i = 0;
  const n = body.length;
  const codec = bytes ? null : 'unicodeescape';
  while (i < n) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const pos = i;
    i++;
    if (i >= n) {
      onError(
        bytes ? 'Trailing \\ in string' : `(${codec} error) '${codec === 'unicodeescape' ? 'unicodeescape' : ''}' codec can't decode byte 0x5c in position ${pos}: \\ at end of string`,
      );
    }
    const e = body[i]!;
    i++;
    switch (e) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case "'": out += "'"; break;
      case '"': out += '"'; break;
      case 'a': out += '\x07'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        let v = e.charCodeAt(0) - 48;
        for (let k = 0; k < 2 && i < n && body[i]! >= '0' && body[i]! <= '7'; k++, i++) v = v * 8 + body.charCodeAt(i) - 48;
        out += String.fromCharCode(bytes ? v & 0xff : v);
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        if (bytes && e !== 'x') {
          out += '\\' + e;
          break;
        }
        const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const hex = body.slice(i, i + len);
        if (hex.length < len || !/^[0-9a-fA-F]+$/.test(hex)) {
          let good = 0;
          while (good < hex.length && /[0-9a-fA-F]/.test(hex[good]!)) good++;
          if (bytes) onError(`(value error) invalid \\x escape at position ${pos}`);
          onError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${pos}-${i + good - 1}: truncated \\${e === 'x' ? 'xXX' : e === 'u' ? 'uXXXX' : 'UXXXXXXXX'} escape`);
        }
        const cp = parseInt(hex, 16);
        if (cp > 0x10ffff) onError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${pos}-${i + len - 1}: illegal Unicode character`);
        if (cp >= 0xdc00 && cp <= 0xdfff && out.length > 0) {
          const prev = out.charCodeAt(out.length - 1);
          // Python keeps two surrogate code points; a JS string would fuse them into one character.
          if (prev >= 0xd800 && prev <= 0xdbff) throw new Unsupported('surrogate pairs written as two escapes', lineno);
        }
        out += String.fromCodePoint(cp);
        i += len;
        break;
      }
      case 'N':
        if (bytes) {
          out += '\\N';
          break;
        }
        throw new Unsupported('\\N{...} escapes in string literals', lineno);
      default:
        out += '\\' + e;
    }
  }
  return out;
}

/** Python's `str` for a bytes literal body: each char must be ASCII. */
function bytesValue(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i) & 0xff);
  return out;
}

type Part = { readonly kind: 'str'; value: string } | { readonly kind: 'fv'; readonly node: Omit<FormattedValue, keyof Located> };

/** Concatenates adjacent STRING tokens into a Constant or JoinedStr (_PyPegen_concatenate_strings). */
export function concatenateStrings(ctx: StringContext, toks: readonly Token[], loc: Located, after: Token): Expr {
  // Tokens are processed in order, as _PyPegen_concatenate_strings does: each one is decoded (and an
  // f-string cut into its fields) before the next one's bytes/str mode is compared.
  const fail = (m: string): never => {
    throw decodeError(ctx, after, m);
  };
  const first = prefixOf(toks[0]!);
  const bytesMode = first.bytes;
  let bytesAll = '';
  const parts: Part[] = [];
  const addStr = (s: string): void => {
    if (s === '') return;
    const last = parts[parts.length - 1];
    if (last !== undefined && last.kind === 'str') last.value += s;
    else parts.push({ kind: 'str', value: s });
  };
  let anyF = false;
  for (const [i, t] of toks.entries()) {
    const p = prefixOf(t);
    const body = t.value.slice(p.bodyStart, p.bodyEnd);
    if (p.bytes) {
      for (let k = 0; k < body.length; k++) {
        if (body.charCodeAt(k) >= 128) {
          const src = ctx.source;
          throw new PySyntaxError({
            msg: 'bytes can only contain ASCII literal characters',
            lineno: t.lineno,
            offset: src.charCol(t.lineno, t.start) + 1,
            endLineno: t.endLineno,
            endOffset: src.charCol(t.endLineno, t.end) + 1,
            text: src.lineText(t.lineno),
          });
        }
      }
    }
    const decoded = p.fstr ? null : p.raw ? body : decodeEscapes(body, p.bytes, fail, t.lineno);
    if (i !== 0 && p.bytes !== bytesMode) fail('cannot mix bytes and nonbytes literals');
    if (p.bytes) {
      bytesAll += decoded!;
    } else if (decoded !== null) {
      addStr(decoded);
    } else {
      anyF = true;
      // Format specs take the location of their own token; top-level parts that of the whole concatenation.
      const tokLoc: Located = { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
      const fp = new FStringParser(ctx, t, p.raw, tokLoc, loc, after);
      fp.parse(body, t.start + p.bodyStart, 0, (str) => addStr(str), (fv) => parts.push({ kind: 'fv', node: fv }));
    }
  }
  if (bytesMode) return { _type: 'Constant', value: { t: 'bytes', v: bytesValue(bytesAll) }, kind: null, ...loc };
  if (!anyF) {
    const v = parts.length === 0 ? '' : (parts[0] as { value: string }).value;
    return { _type: 'Constant', value: { t: 'str', v }, kind: first.u ? 'u' : null, ...loc };
  }
  const values: Expr[] = parts.map((part) =>
    part.kind === 'str'
      ? ({ _type: 'Constant', value: { t: 'str', v: part.value }, kind: null, ...loc } as Constant)
      : ({ ...part.node, ...loc } as FormattedValue),
  );
  const js: JoinedStr = { _type: 'JoinedStr', values, ...loc };
  return js;
}

/** Cuts an f-string body into literal text and replacement fields (fstring_find_literal / fstring_find_expr). */
class FStringParser {
  constructor(
    readonly ctx: StringContext,
    readonly token: Token,
    readonly raw: boolean,
    /** The token's location: format specs and their literal parts take it. */
    readonly loc: Located,
    /** The whole concatenation's location: replacement fields nested in a format spec take it. */
    readonly wholeLoc: Located,
    /** The token after the strings, where CPython reports f-string errors (RAISE_SYNTAX_ERROR). */
    readonly after: Token,
  ) {}

  err(msg: string): never {
    throw decodeError(this.ctx, this.after, msg);
  }

  /** Parses `body` (starting at source index `base`); stops at an unmatched '}' when recursing into a format spec. */
  parse(body: string, base: number, depth: number, lit: (s: string) => void, field: (fv: Omit<FormattedValue, keyof Located>) => void, stopAtBrace = false): number {
    let i = 0;
    const n = body.length;
    let literal = '';
    let litRaw = '';
    const flush = (): void => {
      if (litRaw !== '' || literal !== '') {
        const decoded = this.raw ? litRaw : decodeEscapes(litRaw, false, (m) => this.err(m), this.token.lineno);
        lit(decoded);
      }
      literal = '';
      litRaw = '';
    };
    while (i < n) {
      const c = body[i]!;
      if (c === '{') {
        if (body[i + 1] === '{' && !stopAtBrace) {
          litRaw += '{';
          literal += '{';
          i += 2;
          continue;
        }
        if (body[i + 1] === '{' && stopAtBrace) {
          // Inside a format spec, '{{' is not an escape: it starts a nested field (which then fails).
        }
        flush();
        i = this.field(body, i + 1, base, depth, field, lit);
        continue;
      }
      if (c === '}') {
        if (stopAtBrace) {
          flush();
          return i;
        }
        if (body[i + 1] === '}') {
          litRaw += '}';
          literal += '}';
          i += 2;
          continue;
        }
        this.err("f-string: single '}' is not allowed");
      }
      if (c === '\\' && !this.raw && i + 1 < n) {
        litRaw += c + body[i + 1]!;
        literal += 'x';
        i += 2;
        continue;
      }
      litRaw += c;
      literal += c;
      i++;
    }
    flush();
    if (stopAtBrace) this.err("f-string: expecting '}'");
    return i;
  }

  /** Parses one replacement field starting just after '{'; returns the index after its '}'. */
  private field(body: string, start: number, base: number, depth: number, field: (fv: Omit<FormattedValue, keyof Located>) => void, lit: (s: string) => void): number {
    if (depth >= 2) this.err('f-string: expressions nested too deeply');
    const n = body.length;
    let i = start;
    const stack: string[] = [];
    let quote = '';
    let quoteLen = 0;
    for (; i < n; i++) {
      const c = body[i]!;
      if (c === '\\') this.err('f-string expression part cannot include a backslash');
      if (quote !== '') {
        if (body.startsWith(quote.repeat(quoteLen), i)) {
          i += quoteLen - 1;
          quote = '';
        }
        continue;
      }
      if (c === "'" || c === '"') {
        quote = c;
        quoteLen = body.startsWith(c.repeat(3), i) ? 3 : 1;
        i += quoteLen - 1;
        continue;
      }
      if (c === '[' || c === '(' || c === '{') {
        if (stack.length >= 200) this.err('f-string: too many nested parenthesis');
        stack.push(c);
        continue;
      }
      if (c === '#') this.err("f-string expression part cannot include '#'");
      if (stack.length === 0) {
        if (c === '!' && body[i + 1] !== '=') break;
        if (c === ':' || c === '}') break;
        if (c === '=' && body[i + 1] !== '=' && !'=!<>'.includes(body[i - 1] ?? '')) break;
      }
      if (c === ']' || c === ')' || c === '}') {
        if (stack.length === 0) this.err(`f-string: unmatched '${c}'`);
        const open = stack.pop()!;
        const match = open === '(' ? ')' : open === '[' ? ']' : '}';
        if (c !== match) this.err(`f-string: closing parenthesis '${c}' does not match opening parenthesis '${open}'`);
      }
    }
    if (quote !== '') this.err('f-string: unterminated string');
    if (stack.length > 0) this.err(`f-string: unmatched '${stack[stack.length - 1]}'`);
    if (i >= n) this.err("f-string: expecting '}'");
    const exprText = body.slice(start, i);
    if (/^[ \t\n\f]*$/.test(exprText)) {
      const next = body[i]!;
      if (next === '!' || next === ':' || next === '=') this.err(`f-string: expression required before '${next}'`);
      this.err('f-string: empty expression not allowed');
    }
    const value = this.ctx.parseExpr(exprText, base + start, this.token);
    let conversion: ConversionCode = -1;
    let selfDoc: string | null = null;
    if (body[i] === '=') {
      i++;
      let j = i;
      while (j < n && (body[j] === ' ' || body[j] === '\t' || body[j] === '\n')) j++;
      selfDoc = body.slice(start, j);
      i = j;
    }
    if (body[i] === '!') {
      i++;
      if (i >= n) this.err("f-string: expecting '}'");
      const conv = body[i]!;
      if (conv === 's') conversion = 115;
      else if (conv === 'r') conversion = 114;
      else if (conv === 'a') conversion = 97;
      else this.err("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      i++;
      if (i >= n) this.err("f-string: expecting '}'");
      if (body[i] !== ':' && body[i] !== '}') this.err("f-string: expecting '}'");
    }
    let formatSpec: Expr | null = null;
    if (body[i] === ':') {
      i++;
      const specParts: Expr[] = [];
      const pieces: ({ k: 's'; v: string } | { k: 'f'; v: Omit<FormattedValue, keyof Located> })[] = [];
      i = i + this.parse(body.slice(i), base + i, depth + 1, (s) => pieces.push({ k: 's', v: s }), (fv) => pieces.push({ k: 'f', v: fv }), true);
      // Text before a spec's last field and the fields take the whole concatenation's location; the text
      // after the last field (flushed by FstringParser_Finish) takes the token's.
      let lastField = -1;
      pieces.forEach((p, k) => {
        if (p.k === 'f') lastField = k;
      });
      for (const [k, p] of pieces.entries()) {
        const partLoc = k < lastField ? this.wholeLoc : this.loc;
        if (p.k === 's') {
          const last = specParts[specParts.length - 1];
          if (last !== undefined && last._type === 'Constant' && last.value.t === 'str') {
            specParts[specParts.length - 1] = { ...last, value: { t: 'str', v: last.value.v + p.v } };
          } else specParts.push({ _type: 'Constant', value: { t: 'str', v: p.v }, kind: null, ...partLoc });
        } else specParts.push({ ...p.v, ...this.wholeLoc } as FormattedValue);
      }
      formatSpec = { _type: 'JoinedStr', values: specParts, ...this.loc };
    }
    if (i >= n || body[i] !== '}') this.err("f-string: expecting '}'");
    i++;
    if (selfDoc !== null) {
      // "{x=}" emits the text then the value, with !r by default when neither conversion nor spec is given.
      if (conversion === -1 && formatSpec === null) conversion = 114;
      lit(selfDoc);
    }
    field({ _type: 'FormattedValue', value, conversion, format_spec: formatSpec });
    return i;
  }
}
