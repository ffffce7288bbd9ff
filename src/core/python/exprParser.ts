// Models the expression half of CPython 3.11's grammar (Grammar/python.gram: expressions … atom,
// arguments, slices, comprehensions, lambda) and its expression-level invalid_* error rules.
//
// Written as recursive descent rather than generated PEG: each precedence level is a loop. Where PEG
// falls back to a shorter alternative (a failed call, subscript or right operand), ParserBase.attempt
// restores the cursor; the invalid_* checks of CPython's second pass run as lookaheads (probe) that
// leave the first-pass error location alone. parseExpression is memoized by start token, which keeps
// both linear (what it costs: one map entry per expression start).
// Atoms and displays live in atomParser.ts, arguments and parameters in argsParser.ts, target helpers in
// targets.ts; the precedence levels stay together here.

import type * as A from './ast';
import { ParserBase, KEYWORDS, ParseFail } from './parserBase';
import type { Token } from './tokenizer';
import type { StringContext } from './strings';
import { PySyntaxError } from './errors';

export const LOAD: A.Load = { _type: 'Load' };
export const STORE: A.Store = { _type: 'Store' };
export const DEL: A.Del = { _type: 'Del' };

const BINOPS: Readonly<Record<string, A.OperatorName>> = {
  '+': 'Add', '-': 'Sub', '*': 'Mult', '@': 'MatMult', '/': 'Div', '%': 'Mod', '**': 'Pow', '<<': 'LShift',
  '>>': 'RShift', '|': 'BitOr', '^': 'BitXor', '&': 'BitAnd', '//': 'FloorDiv',
};
const CMPOPS: Readonly<Record<string, A.CmpOperatorName>> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE',
};

export { exprName, TargetsType, invalidTarget, withCtx, isBitwiseLevel, isDisplayOrSingleton, loc } from './targets';
export type { TargetsTypeValue } from './targets';
import { exprName, TargetsType, invalidTarget, withCtx, isBitwiseLevel, isDisplayOrSingleton } from './targets';
import type { TargetsTypeValue } from './targets';

type ExprMemo =
  | { readonly kind: 'ok'; readonly node: A.Expr; readonly end: number; readonly maxPos: number }
  | { readonly kind: 'fail'; readonly error: ParseFail | PySyntaxError; readonly maxPos: number };

export abstract class ExprParser extends ParserBase implements StringContext {
  /** Parses an f-string replacement field (implemented by the module parser, which can re-tokenize). */
  abstract parseExpr(text: string, start: number, token: Token): A.Expr;

  // expressions: expression (',' expression)* [',']
  parseExpressions(): A.Expr {
    const st = this.tok();
    const first = this.parseExpression();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (!this.startsExpression()) break;
      elts.push(this.parseExpression());
    }
    return { _type: 'Tuple', elts, ctx: LOAD, ...this.from(st) };
  }

  /** True when the current token can begin an expression. */
  startsExpression(): boolean {
    const t = this.tok();
    if (t.kind === 'NAME') {
      if (!KEYWORDS.has(t.value)) return true;
      return ['None', 'True', 'False', 'not', 'lambda', 'await', 'yield'].includes(t.value);
    }
    if (t.kind === 'NUMBER' || t.kind === 'STRING') return true;
    if (t.kind === 'OP') return ['(', '[', '{', '-', '+', '~', '...', '*'].includes(t.value);
    return false;
  }

  // star_expressions: star_expression (',' star_expression)* [',']
  parseStarExpressions(): A.Expr {
    const st = this.tok();
    const first = this.parseStarExpression();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (!this.startsExpression()) break;
      elts.push(this.parseStarExpression());
    }
    return { _type: 'Tuple', elts, ctx: LOAD, ...this.from(st) };
  }

  parseStarExpression(): A.Expr {
    if (this.isOp('*')) {
      const star = this.tok();
      this.pos++;
      const v = this.parseBitwiseOr();
      return { _type: 'Starred', value: v, ctx: LOAD, ...this.from(star) };
    }
    return this.parseExpression();
  }

  // star_named_expression: '*' bitwise_or | named_expression
  parseStarNamedExpression(): A.Expr {
    if (this.isOp('*')) {
      const star = this.tok();
      this.pos++;
      const v = this.parseBitwiseOr();
      return { _type: 'Starred', value: v, ctx: LOAD, ...this.from(star) };
    }
    return this.parseNamedExpression();
  }

  // named_expression: NAME ':=' expression | expression !':='
  parseNamedExpression(checkEq = true): A.Expr {
    if (this.isName() && this.isOp(':=', 1)) {
      const name = this.tok();
      this.pos += 2;
      const value = this.parseExpression();
      const target: A.Name = { _type: 'Name', id: this.nameId(name), ctx: STORE, ...this.span(name, name) };
      return { _type: 'NamedExpr', target, value, ...this.from(name) };
    }
    const e = this.parseExpression();
    if (this.isOp(':=')) {
      throw this.errorAt(`cannot use assignment expressions with ${exprName(e)}`, e);
    }
    if (checkEq && this.isOp('=')) this.invalidNamedEq(e);
    return e;
  }

  /** invalid_named_expression: `a = b` where only an expression may stand (an `if` test, a list item...). */
  invalidNamedEq(e: A.Expr): void {
    if (this.noInvalid > 0) return;
    const mark = this.pos;
    const savedMax = this.maxPos;
    this.pos++;
    const b = this.attempt(() => this.parseBitwiseOr());
    if (b === null || this.isOp('=') || this.isOp(':=')) {
      this.pos = mark;
      this.maxPos = savedMax;
      return;
    }
    if (e._type === 'Name') {
      throw this.errorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, b);
    }
    if (isBitwiseLevel(e) && !isDisplayOrSingleton(e)) {
      throw this.errorAt(`cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`, e);
    }
    this.pos = mark;
    this.maxPos = savedMax;
  }

  nameId(t: Token): string {
    // Identifiers are NFKC-normalised (PEP 3131).
    return /^[\x00-\x7f]*$/.test(t.value) ? t.value : t.value.normalize('NFKC');
  }

  /**
   * disjunction, memoized by start token whatever the mode, as pegen memoizes it: a disjunction first
   * parsed inside an error-pass lookahead (no invalid_* checks) is reused as it is, and the lookaheads
   * and PEG fallbacks that re-read the same spans stay linear. (Without the memo, nested brackets that
   * fail cost exponential time.)
   */
  parseDisjunction(): A.Expr {
    const start = this.pos;
    const memo = this.exprMemo.get(start);
    if (memo !== undefined) {
      if (memo.maxPos > this.maxPos) this.maxPos = memo.maxPos;
      if (memo.kind === 'ok') {
        this.pos = memo.end;
        return memo.node;
      }
      throw memo.error;
    }
    const outerMax = this.maxPos;
    this.maxPos = start;
    try {
      const node = this.parseDisjunctionUncached();
      this.exprMemo.set(start, { kind: 'ok', node, end: this.pos, maxPos: this.maxPos });
      return node;
    } catch (e) {
      if (e instanceof ParseFail || e instanceof PySyntaxError) {
        this.exprMemo.set(start, { kind: 'fail', error: e, maxPos: this.maxPos });
      }
      throw e;
    } finally {
      if (outerMax > this.maxPos) this.maxPos = outerMax;
    }
  }

  private readonly exprMemo = new Map<number, ExprMemo>();
  /** An invalid_legacy_expression lookahead is in progress. */
  private inLegacy = false;

  // expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
  parseExpression(): A.Expr {
    if (this.isKw('lambda')) return this.parseLambda();
    const st = this.tok();
    const body = this.parseDisjunction();
    if (this.isKw('if')) {
      const afterBody = this.pos;
      this.pos++;
      const test = this.attempt(() => this.parseDisjunction());
      if (test !== null && this.isKw('else')) {
        this.pos++;
        const orelse = this.parseExpression();
        return { _type: 'IfExp', test, body, orelse, ...this.from(st) };
      }
      // invalid_expression: `a if b` not followed by 'else' (or ':').
      if (test !== null && this.noInvalid === 0 && !this.isOp(':')) {
        throw this.errorAt("expected 'else' after 'if' expression", st, test);
      }
      // PEG: the conditional alternative fails and plain `disjunction` stands.
      this.pos = afterBody;
      return body;
    }
    // invalid_expression: `a b` inside brackets ("Perhaps you forgot a comma?").
    // The lookahead runs at any depth (its result is memoized); only inside brackets does it raise.
    if (this.startsExpression()) this.commaCheck(body);
    if (body._type === 'Name' && this.noInvalid === 0 && !this.inLegacy && !this.isOp('(') && this.startsExpression()) {
      this.legacyExpression(body);
    }
    return body;
  }

  /**
   * invalid_legacy_expression: NAME !'(' star_expressions. The right side is parsed with the invalid_*
   * rules on, so its own specific errors surface; for print/exec it is "Missing parentheses".
   */
  private legacyExpression(name: A.Name): void {
    const mark = this.pos;
    const savedMax = this.maxPos;
    let b: A.Expr | null = null;
    // Not nested: `a b c d ...` would otherwise recurse once per name.
    this.inLegacy = true;
    try {
      b = this.attempt(() => this.parseStarExpressions());
    } finally {
      this.inLegacy = false;
      this.pos = mark;
      this.maxPos = savedMax;
    }
    if (b !== null && (name.id === 'print' || name.id === 'exec')) {
      throw this.errorAt(`Missing parentheses in call to '${name.id}'. Did you mean ${name.id}(...)?`, name, b);
    }
  }

  parseLambda(): A.Expr {
    const kw = this.expectKw('lambda');
    const args = this.parseParameters(':', false);
    this.expectOp(':');
    const body = this.parseExpression();
    return { _type: 'Lambda', args, body, ...this.from(kw) };
  }

  private parseDisjunctionUncached(): A.Expr {
    const st = this.tok();
    const first = this.parseConjunction();
    if (!this.isKw('or')) return first;
    const values = [first];
    while (this.eatKw('or')) values.push(this.parseConjunction());
    return { _type: 'BoolOp', op: { _type: 'Or' }, values, ...this.from(st) };
  }

  parseConjunction(): A.Expr {
    const st = this.tok();
    const first = this.parseInversion();
    if (!this.isKw('and')) return first;
    const values = [first];
    while (this.eatKw('and')) values.push(this.parseInversion());
    return { _type: 'BoolOp', op: { _type: 'And' }, values, ...this.from(st) };
  }

  parseInversion(): A.Expr {
    if (this.isKw('not')) {
      const t = this.tok();
      this.pos++;
      const operand = this.parseInversion();
      return { _type: 'UnaryOp', op: { _type: 'Not' }, operand, ...this.from(t) };
    }
    return this.parseComparison();
  }

  private compareOp(): A.CmpOperatorName | null {
    const t = this.tok();
    if (t.kind === 'OP') {
      const op = CMPOPS[t.value];
      if (op !== undefined) {
        this.pos++;
        return op;
      }
      return null;
    }
    if (t.kind !== 'NAME') return null;
    if (t.value === 'in') {
      this.pos++;
      return 'In';
    }
    if (t.value === 'not' && this.isKw('in', 1)) {
      this.pos += 2;
      return 'NotIn';
    }
    if (t.value === 'is') {
      if (this.isKw('not', 1)) {
        this.pos += 2;
        return 'IsNot';
      }
      this.pos++;
      return 'Is';
    }
    return null;
  }

  parseComparison(): A.Expr {
    const st = this.tok();
    const left = this.parseBitwiseOr();
    const ops: A.CmpOperator[] = [];
    const comparators: A.Expr[] = [];
    for (;;) {
      const op = this.compareOp();
      if (op === null) break;
      ops.push({ _type: op });
      comparators.push(this.parseBitwiseOr());
    }
    if (ops.length === 0) return left;
    return { _type: 'Compare', left, ops, comparators, ...this.from(st) };
  }

  private binLevel(ops: readonly string[], next: () => A.Expr): A.Expr {
    const st = this.tok();
    let left = next();
    for (;;) {
      const t = this.tok();
      if (t.kind !== 'OP' || !ops.includes(t.value)) return left;
      // PEG: when the right operand fails, the rule falls back to the left operand alone.
      const right = this.attempt(() => {
        this.pos++;
        return next();
      });
      if (right === null) return left;
      left = { _type: 'BinOp', left, op: { _type: BINOPS[t.value]! }, right, ...this.from(st) };
    }
  }

  parseBitwiseOr(): A.Expr {
    return this.binLevel(['|'], () => this.binLevel(['^'], () => this.binLevel(['&'], () => this.parseShift())));
  }

  private parseShift(): A.Expr {
    return this.binLevel(['<<', '>>'], () => this.binLevel(['+', '-'], () => this.binLevel(['*', '/', '//', '%', '@'], () => this.parseFactor())));
  }

  parseFactor(): A.Expr {
    const t = this.tok();
    if (t.kind === 'OP' && (t.value === '+' || t.value === '-' || t.value === '~')) {
      this.pos++;
      const operand = this.parseFactor();
      const op: A.UnaryOperatorName = t.value === '+' ? 'UAdd' : t.value === '-' ? 'USub' : 'Invert';
      return { _type: 'UnaryOp', op: { _type: op }, operand, ...this.from(t) };
    }
    return this.parsePower();
  }

  parsePower(): A.Expr {
    const st = this.tok();
    let left: A.Expr;
    if (this.isKw('await')) {
      const t = this.tok();
      this.pos++;
      const v = this.parsePrimary();
      left = { _type: 'Await', value: v, ...this.from(t) };
    } else left = this.parsePrimary();
    if (this.isOp('**')) {
      const right = this.attempt(() => {
        this.pos++;
        return this.parseFactor();
      });
      if (right !== null) return { _type: 'BinOp', left, op: { _type: 'Pow' }, right, ...this.from(st) };
    }
    return left;
  }

  parsePrimary(): A.Expr {
    const st = this.tok();
    let e = this.parseAtom();
    for (;;) {
      if (this.isOp('.')) {
        if (!this.isName(1)) return e;
        this.pos++;
        const name = this.expectName();
        e = { _type: 'Attribute', value: e, attr: this.nameId(name), ctx: LOAD, ...this.from(st) };
      } else if (this.isOp('(')) {
        // PEG: a failed call or subscript leaves the shorter primary for the caller to judge.
        const call = this.attempt(() => {
          this.pos++;
          const r = this.parseCallArgs();
          this.expectOp(')');
          return r;
        });
        if (call === null) return e;
        e = { _type: 'Call', func: e, args: call.args, keywords: call.keywords, ...this.from(st) };
      } else if (this.isOp('[')) {
        const slice = this.attempt(() => {
          this.pos++;
          const r = this.parseSlices();
          this.expectOp(']');
          return r;
        });
        if (slice === null) return e;
        e = { _type: 'Subscript', value: e, slice, ctx: LOAD, ...this.from(st) };
      } else return e;
    }
  }

  // slices: slice !',' | ','.(slice | starred_expression)+ [',']
  parseSlices(): A.Expr {
    const startTok = this.tok();
    const first = this.parseSlice();
    if (!this.isOp(',') && !this.isOp(']')) this.commaCheck(first);
    // A lone starred item is only accepted by the tuple alternative of `slices`.
    if (!this.isOp(',') && first._type !== 'Starred') return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(']')) break;
      elts.push(this.parseSlice());
    }
    return { _type: 'Tuple', elts, ctx: LOAD, ...this.from(startTok) };
  }

  private parseSlice(): A.Expr {
    const startTok = this.tok();
    if (this.isOp('*')) {
      this.pos++;
      const v = this.parseExpression();
      return { _type: 'Starred', value: v, ctx: LOAD, ...this.from(startTok) };
    }
    let lower: A.Expr | null = null;
    if (!this.isOp(':')) {
      lower = this.parseNamedExpression();
      if (!this.isOp(':')) return lower;
      if (lower._type === 'NamedExpr') this.fail();
    }
    this.expectOp(':');
    let upper: A.Expr | null = null;
    let step: A.Expr | null = null;
    if (!this.isOp(':') && !this.isOp(']') && !this.isOp(',')) upper = this.parseExpression();
    if (this.eatOp(':')) {
      if (!this.isOp(']') && !this.isOp(',')) step = this.parseExpression();
    }
    return { _type: 'Slice', lower, upper, step, ...this.from(startTok) };
  }

  // for_if_clauses: ('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+
  parseComprehensionClauses(): A.Comprehension[] {
    const gens: A.Comprehension[] = [];
    for (;;) {
      let isAsync = 0;
      if (this.isKw('async') && this.isKw('for', 1)) {
        this.pos++;
        isAsync = 1;
      } else if (!this.isKw('for')) break;
      this.pos++;
      const targetStart = this.pos;
      const target = this.attempt(() => this.parseStarTargets(TargetsType.FOR_TARGETS));
      if (target === null || !this.isKw('in')) {
        if (target !== null) this.commaCheck(target._type === 'Name' ? { ...target, ctx: LOAD } : target);
        this.pos = targetStart;
        this.invalidForTarget();
      }
      this.pos++;
      const iter = this.parseDisjunction();
      const ifs: A.Expr[] = [];
      while (this.eatKw('if')) ifs.push(this.parseDisjunction());
      gens.push({ _type: 'comprehension', target, iter, ifs, is_async: isAsync });
    }
    return gens;
  }

  /** invalid_for_target: `for <star_expressions>` that is no target → "cannot assign to ..."; else fails. */
  invalidForTarget(): never {
    const savedMax = this.maxPos;
    const e = this.probe(() => this.parseStarExpressions(), savedMax);
    if (e !== null) {
      const bad = invalidTarget(e, TargetsType.FOR_TARGETS);
      if (bad !== null) throw this.errorAt(`cannot assign to ${exprName(bad)}`, bad);
    }
    this.maxPos = savedMax;
    return this.fail();
  }

  /**
   * star_targets as used by `for` and comprehensions: parsed as primaries (which cannot swallow `in`),
   * then checked and given Store context.
   */
  parseStarTargets(kind: TargetsTypeValue): A.Expr {
    const startTok = this.tok();
    const one = (): A.Expr => {
      if (this.isOp('*')) {
        const star = this.tok();
        this.pos++;
        const v = this.parseStarTargetAtom();
        return { _type: 'Starred', value: v, ctx: LOAD, ...this.from(star) };
      }
      return this.parseStarTargetAtom();
    };
    const first = one();
    let e = first;
    if (this.isOp(',')) {
      const elts = [first];
      while (this.eatOp(',')) {
        if (this.isKw('in') || this.isOp('=') || this.isOp(')')) break;
        elts.push(one());
      }
      e = { _type: 'Tuple', elts, ctx: LOAD, ...this.from(startTok) };
    }
    const bad = invalidTarget(e, kind);
    if (bad !== null) {
      if (kind === TargetsType.FOR_TARGETS && !this.isKw('in')) this.fail();
      throw this.errorAt(`cannot assign to ${exprName(bad)}`, bad);
    }
    return withCtx(e, STORE);
  }

  private parseStarTargetAtom(): A.Expr {
    // A bare comparison like `x in y` must not be consumed: targets are primaries.
    const t = this.tok();
    if (t.kind === 'OP' && (t.value === '-' || t.value === '+' || t.value === '~')) return this.parseFactor();
    return this.parsePrimary();
  }

  /** atom (atomParser.ts). */
  abstract parseAtom(): A.Expr;

  /** The token where node `e` starts (searched backwards from the cursor; error paths only). */
  tokenAt(e: A.Expr): Token | null {
    for (let i = this.pos - 1; i >= 0; i--) {
      const t = this.tokens[i]!;
      if (t.lineno === e.lineno && t.col === e.col_offset) {
        // A parenthesized node starts after its '(' tokens; take the outermost token at that spot.
        return t;
      }
      if (t.lineno < e.lineno) break;
    }
    return null;
  }

  /** Runs an error-pass lookahead: on failure the cursor and the first-pass error location are restored. */
  probe<T>(f: () => T, savedMax: number): T | null {
    const mark = this.pos;
    let r: T | null;
    // Lookaheads run without the invalid_* rules (expression_without_invalid): a nested check neither
    // fires nor cuts the parse short, and a specific error counts as a failure.
    this.noInvalid++;
    try {
      r = this.attempt(f);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      this.pos = mark;
      r = null;
    } finally {
      this.noInvalid--;
    }
    if (r === null) {
      const far = this.tokens[Math.min(this.maxPos, this.tokens.length - 1)]!;
      this.errorPassLine = Math.max(this.errorPassLine, far.lineno);
      this.maxPos = savedMax;
    }
    return r;
  }

  /** invalid_expression: two expressions side by side inside brackets → "Perhaps you forgot a comma?". */
  commaCheck(item: A.Expr): void {
    if (this.noInvalid > 0) return;
    // After a starred item the check runs on the expression after the star.
    const a = item._type === 'Starred' ? item.value : item;
    if (!this.startsExpression() || this.isOp('*') || this.isOp('-') || this.isOp('+')) return;
    const t = this.tok();
    if (t.kind === 'NAME' && (t.value === 'not' || t.value === 'yield')) return;
    // !(NAME STRING | SOFT_KEYWORD) at the start of `a`, and _PyPegen_check_legacy_stmt.
    const first = this.tokenAt(a);
    if (first !== null && first.kind === 'NAME') {
      if (first.value === 'match' || first.value === 'case' || first.value === '_') return;
      const second = this.tokens[this.tokens.indexOf(first, Math.max(0, this.pos - 64)) + 1];
      if (second !== undefined && second.kind === 'STRING') return;
    }
    if (a._type === 'Name' && (a.id === 'print' || a.id === 'exec')) return;
    // A check of the error pass: it must not move the generic error location (pegen's first pass).
    const savedMax = this.maxPos;
    const mark = this.pos;
    const b = this.probe(() => this.parseExpression(), savedMax);
    if (b === null) return;
    if (this.prev().level === 0 || this.isOp('=')) {
      this.pos = mark;
      this.maxPos = savedMax;
      return;
    }
    throw this.errorAt('invalid syntax. Perhaps you forgot a comma?', a, b);
  }

  /** Call arguments (argsParser.ts). */
  abstract parseCallArgs(allowGenexp?: boolean): { args: A.Expr[]; keywords: A.Keyword[] };

  /** Parameters of `def` and `lambda` (argsParser.ts). */
  abstract parseParameters(closer: string, annotations: boolean): A.Arguments;
}
