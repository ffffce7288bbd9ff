// Models the `match` statement of CPython 3.11's grammar (Grammar/python.gram: match_stmt, case_block and
// the pattern rules, PEP 634) with its invalid_* errors. `match` and `case` are soft keywords: a line
// that does not have the shape `match <subject>: NEWLINE INDENT` is parsed as ordinary statements.

import type * as A from './ast';
import { StmtParser } from './stmtParser';
import { LOAD } from './exprParser';
import { parseNumber } from './atomParser';
import { ParseFail } from './parserBase';
import type { Token } from './tokenizer';

export abstract class MatchParser extends StmtParser {
  /** match_stmt, or null (cursor untouched) when the line is not a match statement. */
  parseMatchStatement(): A.Stmt | null {
    const start = this.pos;
    const kw = this.tok();
    let subject: A.Expr;
    try {
      this.pos++;
      subject = this.parseSubject();
      if (!this.isOp(':')) this.fail();
      this.pos++;
      if (this.tok().kind !== 'NEWLINE') this.fail();
    } catch (e) {
      if (e instanceof ParseFail) {
        this.pos = start;
        return null;
      }
      throw e;
    }
    this.pos++;
    if (this.tok().kind !== 'INDENT') {
      throw this.errorAtCurrent(`expected an indented block after 'match' statement on line ${kw.lineno}`, 'IndentationError');
    }
    this.pos++;
    const cases: A.MatchCase[] = [];
    do cases.push(this.parseCase());
    while (this.tok().kind !== 'DEDENT');
    this.pos++;
    return { _type: 'Match', subject, cases, ...this.span(kw, this.lastNonWs()) };
  }

  matchMissingColon(): void {
    const save = this.pos;
    const savedMax = this.maxPos;
    let t: Token | null = null;
    while (this.pos > 0 && !(this.tok().kind === 'NAME' && this.tok().value === 'match' && this.atLineStart())) this.pos--;
    const ok = this.attempt(() => {
      this.pos++;
      this.parseSubject();
      if (this.tok().kind !== 'NEWLINE') this.fail();
      t = this.tok();
      return true;
    });
    this.pos = save;
    this.maxPos = savedMax;
    if (ok !== null && t !== null) throw this.errorAt("expected ':'", t);
  }

  private atLineStart(): boolean {
    const prev = this.tokens[this.pos - 1];
    return prev === undefined || prev.kind === 'NEWLINE' || prev.kind === 'INDENT' || prev.kind === 'DEDENT';
  }

  // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
  private parseSubject(): A.Expr {
    const st = this.tok();
    const first = this.parseStarNamedExpression();
    if (!this.isOp(',')) {
      if (first._type === 'Starred') this.fail();
      return first;
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(':') || this.tok().kind === 'NEWLINE') break;
      elts.push(this.parseStarNamedExpression());
    }
    return { _type: 'Tuple', elts, ctx: LOAD, ...this.from(st) };
  }

  private parseCase(): A.MatchCase {
    const kw = this.tok();
    if (!this.isKw('case')) this.fail();
    this.pos++;
    const pattern = this.parsePatterns();
    const guard = this.eatKw('if') ? this.parseNamedExpression() : null;
    this.colon();
    const body = this.parseBlock("'case' statement", kw);
    return { _type: 'match_case', pattern, guard, body };
  }

  // patterns: open_sequence_pattern | pattern
  private parsePatterns(): A.Pattern {
    const st = this.tok();
    const first = this.parseMaybeStarPattern();
    if (!this.isOp(',')) {
      if (first._type === 'MatchStar') this.fail();
      return first;
    }
    const patterns = [first];
    while (this.eatOp(',')) {
      if (this.isOp(':') || this.isKw('if') || this.tok().kind === 'NEWLINE') break;
      patterns.push(this.parseMaybeStarPattern());
    }
    return { _type: 'MatchSequence', patterns, ...this.from(st) };
  }

  private parseMaybeStarPattern(): A.Pattern {
    if (this.isOp('*')) {
      const star = this.tok();
      this.pos++;
      const name = this.expectName();
      const id = this.nameId(name);
      return { _type: 'MatchStar', name: id === '_' ? null : id, ...this.from(star) };
    }
    return this.parsePattern();
  }

  // pattern: or_pattern ['as' pattern_capture_target]
  private parsePattern(): A.Pattern {
    const st = this.tok();
    const orp = this.parseOrPattern();
    if (!this.isKw('as')) return orp;
    this.pos++;
    const t = this.tok();
    if (t.kind === 'NAME' && t.value === '_') throw this.errorAt("cannot use '_' as a target", t);
    if (!this.isName() || this.isOp('.', 1) || this.isOp('(', 1) || this.isOp('=', 1)) {
      const bad = this.attempt(() => this.parseExpression());
      if (bad !== null) throw this.errorAt('invalid pattern target', bad);
      this.fail();
    }
    this.pos++;
    return { _type: 'MatchAs', pattern: orp, name: this.nameId(t), ...this.from(st) };
  }

  private parseOrPattern(): A.Pattern {
    const st = this.tok();
    const first = this.parseClosedPattern();
    if (!this.isOp('|')) return first;
    const patterns = [first];
    while (this.eatOp('|')) patterns.push(this.parseClosedPattern());
    return { _type: 'MatchOr', patterns, ...this.from(st) };
  }

  private parseClosedPattern(): A.Pattern {
    const t = this.tok();
    if (t.kind === 'NUMBER' || t.kind === 'STRING' || (t.kind === 'OP' && t.value === '-')) {
      const value = this.parseLiteralExpr();
      return { _type: 'MatchValue', value, ...this.from(t) };
    }
    if (t.kind === 'NAME') {
      if (t.value === 'None' || t.value === 'True' || t.value === 'False') {
        this.pos++;
        const value: A.AstConstant = t.value === 'None' ? { t: 'None' } : { t: 'bool', v: t.value === 'True' };
        return { _type: 'MatchSingleton', value, ...this.from(t) };
      }
      if (!this.isName()) this.fail();
      const nameOrAttr = this.parseNameOrAttr();
      if (this.isOp('(')) return this.parseClassPattern(t, nameOrAttr);
      if (nameOrAttr._type === 'Attribute') return { _type: 'MatchValue', value: nameOrAttr, ...this.from(t) };
      if (this.isOp('=')) this.fail();
      const id = (nameOrAttr as A.Name).id;
      if (id === '_') return { _type: 'MatchAs', pattern: null, name: null, ...this.from(t) };
      return { _type: 'MatchAs', pattern: null, name: id, ...this.from(t) };
    }
    if (t.kind === 'OP') {
      if (t.value === '(') {
        this.pos++;
        if (this.eatOp(')')) return { _type: 'MatchSequence', patterns: [], ...this.from(t) };
        const first = this.parseMaybeStarPattern();
        if (this.eatOp(')')) {
          if (first._type === 'MatchStar') return { _type: 'MatchSequence', patterns: [first], ...this.from(t) };
          return first;
        }
        const patterns = [first];
        if (!this.isOp(',')) this.fail();
        while (this.eatOp(',')) {
          if (this.isOp(')')) break;
          patterns.push(this.parseMaybeStarPattern());
        }
        this.expectOp(')');
        return { _type: 'MatchSequence', patterns, ...this.from(t) };
      }
      if (t.value === '[') {
        this.pos++;
        const patterns: A.Pattern[] = [];
        while (!this.isOp(']')) {
          patterns.push(this.parseMaybeStarPattern());
          if (!this.eatOp(',')) break;
        }
        this.expectOp(']');
        return { _type: 'MatchSequence', patterns, ...this.from(t) };
      }
      if (t.value === '{') return this.parseMappingPattern(t);
    }
    return this.fail();
  }

  private parseNameOrAttr(): A.Expr {
    const t = this.expectName();
    let e: A.Expr = { _type: 'Name', id: this.nameId(t), ctx: LOAD, ...this.from(t) };
    while (this.eatOp('.')) {
      const n = this.expectName();
      e = { _type: 'Attribute', value: e, attr: this.nameId(n), ctx: LOAD, ...this.from(t) };
    }
    return e;
  }

  /** literal_expr / literal_pattern values: signed numbers, complex literals, strings. */
  private parseLiteralExpr(): A.Expr {
    const t = this.tok();
    if (t.kind === 'STRING') {
      // An f-string parses here; the compiler rejects it ("patterns may only match literals...").
      return this.parseAtom();
    }
    const left = this.parseSignedNumber();
    if (this.isOp('+') || this.isOp('-')) {
      const opTok = this.tok();
      this.pos++;
      const n = this.tok();
      if (n.kind !== 'NUMBER') this.fail();
      this.pos++;
      const right: A.Expr = { _type: 'Constant', value: parseNumber(n.value), kind: null, ...this.from(n) };
      const real = left._type === 'UnaryOp' ? left.operand : left;
      if (real._type === 'Constant' && real.value.t === 'complex') throw this.errorAt('real number required in complex literal', real);
      if (!(right._type === 'Constant' && right.value.t === 'complex')) throw this.errorAt('imaginary number required in complex literal', right);
      return { _type: 'BinOp', left, op: { _type: opTok.value === '+' ? 'Add' : 'Sub' }, right, ...this.from(t) };
    }
    return left;
  }

  private parseSignedNumber(): A.Expr {
    const t = this.tok();
    if (t.kind === 'OP' && t.value === '-') {
      this.pos++;
      const n = this.expectKind('NUMBER');
      const operand: A.Expr = { _type: 'Constant', value: parseNumber(n.value), kind: null, ...this.from(n) };
      return { _type: 'UnaryOp', op: { _type: 'USub' }, operand, ...this.from(t) };
    }
    const n = this.expectKind('NUMBER');
    return { _type: 'Constant', value: parseNumber(n.value), kind: null, ...this.from(n) };
  }

  private parseMappingPattern(open: Token): A.Pattern {
    this.pos++;
    const keys: A.Expr[] = [];
    const patterns: A.Pattern[] = [];
    let rest: string | null = null;
    while (!this.isOp('}')) {
      if (this.eatOp('**')) {
        rest = this.nameId(this.expectName());
        this.eatOp(',');
        break;
      }
      const k = this.tok();
      let key: A.Expr;
      if (k.kind === 'NAME' && (k.value === 'None' || k.value === 'True' || k.value === 'False')) key = this.parseAtom();
      else if (k.kind === 'NAME') {
        key = this.parseNameOrAttr();
        if (key._type !== 'Attribute') this.fail();
      } else key = this.parseLiteralExpr();
      this.expectOp(':');
      keys.push(key);
      patterns.push(this.parsePattern());
      if (!this.eatOp(',')) break;
    }
    this.expectOp('}');
    return { _type: 'MatchMapping', keys, patterns, rest, ...this.from(open) };
  }

  private parseClassPattern(start: Token, cls: A.Expr): A.Pattern {
    this.expectOp('(');
    const patterns: A.Pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: A.Pattern[] = [];
    while (!this.isOp(')')) {
      if (this.isName() && this.isOp('=', 1)) {
        const n = this.tok();
        this.pos += 2;
        kwdAttrs.push(this.nameId(n));
        kwdPatterns.push(this.parsePattern());
      } else {
        const p = this.parsePattern();
        if (kwdAttrs.length > 0) throw this.errorAt('positional patterns follow keyword patterns', p);
        patterns.push(p);
      }
      if (!this.eatOp(',')) break;
    }
    this.expectOp(')');
    return { _type: 'MatchClass', cls, patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns, ...this.from(start) };
  }
}

