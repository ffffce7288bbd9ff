// Models the statement half of CPython 3.11's grammar (Grammar/python.gram: statements, simple_stmts,
// assignment, imports, compound statements, blocks) and its statement-level invalid_* rules
// ("expected ':'", "expected an indented block after ...", invalid assignment targets, legacy print).
// Over ~400 lines: the compound statements share the block/colon error helpers defined here.

import type * as A from './ast';
import { ArgsParser } from './argsParser';
import { LOAD, STORE, DEL, TargetsType, invalidTarget, withCtx, exprName, isBitwiseLevel } from './exprParser';
import { ParseFail, KEYWORDS } from './parserBase';
import { PySyntaxError } from './errors';
import type { Token } from './tokenizer';

const AUGOPS: Readonly<Record<string, A.OperatorName>> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd', '|=': 'BitOr',
  '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};

export abstract class StmtParser extends ArgsParser {
  parseFile(): A.Module {
    const body: A.Stmt[] = [];
    while (this.tok().kind !== 'ENDMARKER') body.push(...this.parseStatement());
    return { _type: 'Module', body, type_ignores: [] };
  }

  parseStatement(): A.Stmt[] {
    const t = this.tok();
    if (t.kind === 'NAME') {
      switch (t.value) {
        case 'def': case 'if': case 'class': case 'with': case 'for': case 'try': case 'while':
          return [this.parseCompound()];
        case 'async':
          if (this.isKw('def', 1) || this.isKw('with', 1) || this.isKw('for', 1)) return [this.parseCompound()];
          break;
        case 'match': {
          const m = this.parseMatchStatement();
          if (m !== null) return [m];
          try {
            return this.parseSimpleStmts();
          } catch (e) {
            // invalid_match_stmt: `match <subject> NEWLINE` → "expected ':'" (only once the line fails).
            if (e instanceof ParseFail || e instanceof PySyntaxError) this.matchMissingColon();
            throw e;
          }
        }
      }
    } else if (t.kind === 'OP' && t.value === '@') return [this.parseCompound()];
    return this.parseSimpleStmts();
  }

  /** Raises "expected ':'" when the line is `match <subject>` followed by its NEWLINE. */
  abstract matchMissingColon(): void;

  /** match_stmt (matchParser.ts), or null when the line is not a match statement. */
  abstract parseMatchStatement(): A.Stmt | null;

  parseSimpleStmts(): A.Stmt[] {
    const out: A.Stmt[] = [this.parseSimpleStmt()];
    while (this.eatOp(';')) {
      if (this.tok().kind === 'NEWLINE') break;
      out.push(this.parseSimpleStmt());
    }
    const lastStmt = out[out.length - 1]!;
    const firstPassMax = this.maxPos;
    if (
      lastStmt._type === 'Expr' &&
      lastStmt.value._type === 'Tuple' &&
      !this.isParenthesized(lastStmt.value) &&
      this.isName() &&
      this.isOp('=', 1)
    ) {
      // invalid_assignment's `star_named_expression ',' star_named_expressions*` reaches `NAME = value`
      // through invalid_named_expression.
      const name = this.tok();
      const savedMax = this.maxPos;
      const mark = this.pos;
      this.pos += 2;
      const b = this.probe(() => this.parseBitwiseOr(), savedMax);
      if (b !== null && !this.isOp('=') && !this.isOp(':=')) {
        throw this.errorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", name, b);
      }
      this.pos = mark;
    }
    this.maxPos = firstPassMax;
    if (this.tok().kind !== 'NEWLINE' && this.startsExpression()) {
      // invalid_expression's `disjunction expression_without_invalid` reads on here (no error at level 0).
      const savedMax = this.maxPos;
      const mark = this.pos;
      this.probe(() => {
        this.parseExpression();
        return this.fail();
      }, savedMax);
      this.pos = mark;
    }
    this.expectKind('NEWLINE');
    return out;
  }

  /** invalid_assignment's annotation alternatives need `':' expression` to parse before they blame the target. */
  private annotationFollows(): boolean {
    const savedMax = this.maxPos;
    const mark = this.pos;
    const ok = this.probe(() => {
      this.pos++;
      return this.parseExpression();
    }, savedMax);
    this.pos = mark;
    this.maxPos = savedMax;
    return ok !== null;
  }

  /** Whether a node's source starts with '(' (its first token is an opening parenthesis). */
  private isParenthesized(e: A.Expr): boolean {
    const line = this.source.lineText(e.lineno);
    const pos = this.source.posOfByteCol(e.lineno, e.col_offset) - this.source.lineStart(e.lineno);
    return line[pos] === '(';
  }

  private parseSimpleStmt(): A.Stmt {
    const t = this.tok();
    if (t.kind === 'NAME') {
      switch (t.value) {
        case 'pass': this.pos++; return { _type: 'Pass', ...this.from(t) };
        case 'break': this.pos++; return { _type: 'Break', ...this.from(t) };
        case 'continue': this.pos++; return { _type: 'Continue', ...this.from(t) };
        case 'return': {
          this.pos++;
          const value = this.startsExpression() ? this.parseStarExpressions() : null;
          return { _type: 'Return', value, ...this.from(t) };
        }
        case 'raise': {
          this.pos++;
          let exc: A.Expr | null = null;
          let cause: A.Expr | null = null;
          if (this.startsExpression()) {
            exc = this.parseExpression();
            if (this.eatKw('from')) cause = this.parseExpression();
          }
          return { _type: 'Raise', exc, cause, ...this.from(t) };
        }
        case 'global':
        case 'nonlocal': {
          this.pos++;
          const names = [this.nameId(this.expectName())];
          while (this.eatOp(',')) names.push(this.nameId(this.expectName()));
          return t.value === 'global' ? { _type: 'Global', names, ...this.from(t) } : { _type: 'Nonlocal', names, ...this.from(t) };
        }
        case 'del': return this.parseDel();
        case 'assert': {
          this.pos++;
          const test = this.parseExpression();
          const msg = this.eatOp(',') ? this.parseExpression() : null;
          return { _type: 'Assert', test, msg, ...this.from(t) };
        }
        case 'import': return this.parseImport();
        case 'from': return this.parseFromImport();
      }
    }
    return this.parseExprOrAssign();
  }

  private parseDel(): A.Stmt {
    const t = this.expectKw('del');
    const startTok = this.tok();
    const elts: A.Expr[] = [];
    for (;;) {
      if (this.isOp('*')) {
        const star = this.tok();
        this.pos++;
        this.parsePrimary();
        throw this.errorAt('cannot delete starred', star, this.prev());
      }
      elts.push(this.parsePrimary());
      if (!this.eatOp(',')) break;
      if (this.isOp(';') || this.tok().kind === 'NEWLINE') break;
    }
    if (!this.isOp(';') && this.tok().kind !== 'NEWLINE') {
      // invalid_del_stmt: 'del' star_expressions → blame the first invalid target.
      this.pos = this.tokens.indexOf(startTok);
      const e = this.parseStarExpressions();
      const bad = invalidTarget(e, TargetsType.DEL_TARGETS);
      if (bad !== null) throw this.errorAt(`cannot delete ${exprName(bad)}`, bad);
      this.fail();
    }
    const bare = elts.length === 1 && this.prev().value !== ',';
    const targets: A.Expr[] = [];
    for (const e of elts) {
      const bad = invalidTarget(e, TargetsType.DEL_TARGETS);
      if (bad !== null) throw this.errorAt(`cannot delete ${exprName(bad)}`, bad);
      targets.push(withCtx(e, DEL));
    }
    if (!bare && elts.length > 0 && this.prev().value === ',') {
      // `del a,` deletes a one-element tuple's items: CPython keeps them as separate targets.
    }
    return { _type: 'Delete', targets, ...this.from(t) };
  }

  private dottedName(): string {
    let name = this.nameId(this.expectName());
    while (this.eatOp('.')) name += '.' + this.nameId(this.expectName());
    return name;
  }

  private parseImport(): A.Stmt {
    const t = this.expectKw('import');
    const names: A.Alias[] = [];
    do {
      const start = this.tok();
      const name = this.dottedName();
      const asname = this.eatKw('as') ? this.nameId(this.expectName()) : null;
      names.push({ _type: 'alias', name, asname, ...this.from(start) });
    } while (this.eatOp(','));
    return { _type: 'Import', names, ...this.from(t) };
  }

  private parseFromImport(): A.Stmt {
    const t = this.expectKw('from');
    let level = 0;
    for (;;) {
      if (this.eatOp('.')) level += 1;
      else if (this.eatOp('...')) level += 3;
      else break;
    }
    const module = level > 0 && this.isKw('import') ? null : this.dottedName();
    this.expectKw('import');
    const names: A.Alias[] = [];
    if (this.isOp('*')) {
      const star = this.tok();
      this.pos++;
      names.push({ _type: 'alias', name: '*', asname: null, ...this.from(star) });
    } else {
      const paren = this.eatOp('(');
      for (;;) {
        const start = this.tok();
        const name = this.nameId(this.expectName());
        const asname = this.eatKw('as') ? this.nameId(this.expectName()) : null;
        names.push({ _type: 'alias', name, asname, ...this.from(start) });
        if (!this.eatOp(',')) break;
        if (paren && this.isOp(')')) break;
        if (!paren && this.tok().kind === 'NEWLINE') {
          throw this.errorAt('trailing comma not allowed without surrounding parentheses', this.tok());
        }
      }
      if (paren) this.expectOp(')');
    }
    return { _type: 'ImportFrom', module, names, level, ...this.from(t) };
  }

  private parseRhs(): A.Expr {
    return this.isKw('yield') ? this.parseYield() : this.parseStarExpressions();
  }

  private parseExprOrAssign(): A.Stmt {
    const first = this.tok();
    // NAME ':' expression ['=' annotated_rhs]  (simple annotation)
    if (this.isName() && this.isOp(':', 1)) {
      this.pos += 2;
      const target: A.Name = { _type: 'Name', id: this.nameId(first), ctx: STORE, ...this.span(first, first) };
      const annotation = this.parseExpression();
      const value = this.eatOp('=') ? this.parseRhs() : null;
      return { _type: 'AnnAssign', target, annotation, value, simple: 1, ...this.from(first) };
    }
    let e: A.Expr;
    try {
      e = this.parseRhs();
    } catch (err) {
      if (err instanceof ParseFail) this.legacyPrint(first);
      throw err;
    }
    const t = this.tok();
    if (e._type === 'Name' && (e.id === 'print' || e.id === 'exec') && t.kind !== 'NEWLINE' && !(t.kind === 'OP' && (t.value === ';' || t.value === '=' || t.value === ':' || AUGOPS[t.value] !== undefined))) {
      this.legacyPrint(first);
    }
    if (t.kind === 'OP' && t.value === ':' && (e._type === 'Name' || e._type === 'Attribute' || e._type === 'Subscript' || this.annotationFollows())) {
      if (e._type === 'Tuple' && !(first.kind === 'OP' && first.value === '(')) {
        throw this.errorAt('only single target (not tuple) can be annotated', e.elts[0]!);
      }
      if (e._type === 'Tuple' || e._type === 'List') {
        throw this.errorAt(`only single target (not ${e._type === 'Tuple' ? 'tuple' : 'list'}) can be annotated`, e);
      }
      if (e._type !== 'Name' && e._type !== 'Attribute' && e._type !== 'Subscript') {
        throw this.errorAt('illegal target for annotation', e);
      }
      this.pos++;
      const annotation = this.parseExpression();
      const value = this.eatOp('=') ? this.parseRhs() : null;
      return { _type: 'AnnAssign', target: withCtx(e, STORE), annotation, value, simple: 0, ...this.from(first) };
    }
    if (t.kind === 'OP' && AUGOPS[t.value] !== undefined) {
      if (e._type !== 'Name' && e._type !== 'Attribute' && e._type !== 'Subscript') {
        throw this.errorAt(`'${exprName(e)}' is an illegal expression for augmented assignment`, e);
      }
      this.pos++;
      const value = this.parseRhs();
      return { _type: 'AugAssign', target: withCtx(e, STORE), op: { _type: AUGOPS[t.value]! }, value, ...this.from(first) };
    }
    if (t.kind === 'OP' && t.value === '=') {
      const raw: A.Expr[] = [e];
      let value: A.Expr = e;
      while (this.eatOp('=')) {
        try {
          value = this.parseRhs();
        } catch (err) {
          // `(star_targets '=')* a=star_expressions '='` needs no right-hand side to blame a target.
          if (err instanceof ParseFail) this.blameTargets(first, raw);
          throw err;
        }
        raw.push(value);
      }
      const targets = raw.slice(0, -1);
      for (let i = 0; i < targets.length; i++) {
        const tg = targets[i]!;
        if (tg._type === 'Yield' || tg._type === 'YieldFrom') throw this.errorAt('assignment to yield expression not possible', tg);
        const bad = invalidTarget(tg, TargetsType.STAR_TARGETS);
        if (bad === null) continue;
        this.nameEqBitwiseOr(first);
        if (i === 0 && raw.length === 2 && tg._type === 'Tuple' && !(first.kind === 'OP' && first.value === '(')) {
          // The last item sits right before '=': invalid_named_expression sees `item = value`.
          const lastItem = tg.elts[tg.elts.length - 1]!;
          if (lastItem._type === 'Name' && isBitwiseLevel(value)) {
            throw this.errorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", lastItem, value);
          }
          if (invalidTarget(lastItem, TargetsType.STAR_TARGETS) !== null && this.hereMaybeEq(lastItem, raw)) {
            throw this.errorAt(`cannot assign to ${exprName(lastItem)} here. Maybe you meant '==' instead of '='?`, lastItem);
          }
        }
        if (i === 0 && this.hereMaybeEq(tg, raw)) {
          throw this.errorAt(`cannot assign to ${exprName(tg)} here. Maybe you meant '==' instead of '='?`, tg);
        }
        throw this.errorAt(`cannot assign to ${exprName(bad)}`, bad);
      }
      return { _type: 'Assign', targets: targets.map((x) => withCtx(x, STORE)), value, type_comment: null, ...this.from(first) };
    }
    return { _type: 'Expr', value: e, ...this.from(first) };
  }

  /** A target list followed by '=' and no valid right-hand side: blame its first invalid target. */
  private blameTargets(first: Token, raw: readonly A.Expr[]): void {
    for (const tg of raw) {
      const bad = invalidTarget(tg, TargetsType.STAR_TARGETS);
      if (bad === null) continue;
      this.nameEqBitwiseOr(first);
      throw this.errorAt(`cannot assign to ${exprName(bad)}`, bad);
    }
  }

  /**
   * invalid_assignment reaches invalid_named_expression at the statement start: `NAME = <bitwise_or>`
   * not followed by '=' or ':=' is "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".
   */
  private nameEqBitwiseOr(first: Token): void {
    if (first.kind !== 'NAME' || KEYWORDS.has(first.value)) return;
    const save = this.pos;
    const savedMax = this.maxPos;
    this.pos = this.tokens.indexOf(first, Math.max(0, save - 100000)) + 1;
    if (this.isOp('=')) {
      this.pos++;
      const b = this.probe(() => this.parseBitwiseOr(), savedMax);
      if (b !== null && !this.isOp('=') && !this.isOp(':=')) {
        throw this.errorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", first, b);
      }
    }
    this.pos = save;
    this.maxPos = savedMax;
  }

  /** invalid_named_expression's third alternative: `a = b` with a not a display and b a bitwise_or. */
  private hereMaybeEq(tg: A.Expr, raw: readonly A.Expr[]): boolean {
    if (raw.length !== 2) return false;
    if (tg._type === 'List' || tg._type === 'Tuple' || tg._type === 'GeneratorExp') return false;
    if (tg._type === 'Constant' && (tg.value.t === 'bool' || tg.value.t === 'None')) return false;
    const bitwiseLevel = (x: A.Expr): boolean =>
      !['BoolOp', 'UnaryOp', 'Compare', 'IfExp', 'Lambda', 'Starred', 'NamedExpr', 'Yield', 'YieldFrom', 'Tuple'].includes(x._type) ||
      (x._type === 'UnaryOp' && x.op._type !== 'Not');
    return bitwiseLevel(tg) && bitwiseLevel(raw[1]!);
  }

  /** invalid_legacy_expression: `print x` / `exec x`. */
  private legacyPrint(first: Token): void {
    if (first.kind !== 'NAME' || (first.value !== 'print' && first.value !== 'exec')) return;
    const save = this.pos;
    this.pos = this.tokens.indexOf(first) + 1;
    if (!this.isOp('(')) {
      const b = this.attempt(() => this.parseStarExpressions());
      if (b !== null) {
        throw this.errorAt(`Missing parentheses in call to '${first.value}'. Did you mean ${first.value}(...)?`, first, b);
      }
    }
    this.pos = save;
  }

  // ------------------------------------------------------------------ compound statements

  /** block: NEWLINE INDENT statements DEDENT | simple_stmts, with invalid_block's IndentationError. */
  parseBlock(what: string, kw: Token): A.Stmt[] {
    if (this.tok().kind === 'NEWLINE') {
      this.pos++;
      if (this.tok().kind !== 'INDENT') {
        throw this.errorAtCurrent(`expected an indented block after ${what} on line ${kw.lineno}`, 'IndentationError');
      }
      this.pos++;
      const body: A.Stmt[] = [];
      while (this.tok().kind !== 'DEDENT') body.push(...this.parseStatement());
      this.pos++;
      return body;
    }
    return this.parseSimpleStmts();
  }

  /** ':' where the invalid rule says `... NEWLINE { "expected ':'" }`. */
  colon(): void {
    if (this.eatOp(':')) return;
    if (this.tok().kind === 'NEWLINE') throw this.errorAt("expected ':'", this.tok());
    this.fail();
  }

  /** &&':' — a forced token: anything else is "expected ':'" at that token. */
  forcedColon(): void {
    if (this.eatOp(':')) return;
    throw this.errorAt("expected ':'", this.tok());
  }

  /** _PyPegen_get_last_nonnwhitespace_token: compound statements end at their last real token (maybe a ';'). */
  lastNonWs(): Token {
    let i = this.pos - 1;
    while (i > 0 && (this.tokens[i]!.kind === 'NEWLINE' || this.tokens[i]!.kind === 'INDENT' || this.tokens[i]!.kind === 'DEDENT')) i--;
    return this.tokens[i]!;
  }

  parseCompound(): A.Stmt {
    const t = this.tok();
    if (t.kind === 'OP' && t.value === '@') return this.parseDecorated();
    switch (t.value) {
      case 'if': return this.parseIf('if');
      case 'while': {
        this.pos++;
        const test = this.parseNamedExpression();
        this.colon();
        const body = this.parseBlock("'while' statement", t);
        const orelse = this.parseElse();
        return { _type: 'While', test, body, orelse, ...this.span(t, this.lastNonWs()) };
      }
      case 'for': case 'async': {
        if (t.value === 'async' && this.isKw('def', 1)) return this.parseFuncDef([]);
        if (t.value === 'async' && this.isKw('with', 1)) return this.parseWith();
        if (t.value === 'for' || this.isKw('for', 1)) return this.parseFor();
        return this.fail();
      }
      case 'with': return this.parseWith();
      case 'try': return this.parseTry();
      case 'def': return this.parseFuncDef([]);
      case 'class': return this.parseClassDef([]);
    }
    return this.fail();
  }

  private parseIf(kwName: 'if' | 'elif'): A.If {
    const t = this.tok();
    this.pos++;
    const test = this.parseNamedExpression();
    this.colon();
    const body = this.parseBlock(`'${kwName}' statement`, t);
    let orelse: A.Stmt[] = [];
    if (this.isKw('elif')) orelse = [this.parseIf('elif')];
    else orelse = this.parseElse();
    return { _type: 'If', test, body, orelse, ...this.span(t, this.lastNonWs()) };
  }

  private parseElse(): A.Stmt[] {
    if (!this.isKw('else')) return [];
    const t = this.tok();
    this.pos++;
    this.forcedColon();
    return this.parseBlock("'else' statement", t);
  }

  private parseFor(): A.Stmt {
    const start = this.tok();
    const isAsync = this.eatKw('async');
    const t = this.expectKw('for');
    const targetStart = this.pos;
    const target = this.attempt(() => this.parseStarTargets(TargetsType.FOR_TARGETS));
    if (target === null || !this.isKw('in')) {
      this.pos = targetStart;
      this.invalidForTarget();
    }
    this.expectKw('in');
    const iter = this.parseStarExpressions();
    this.colon();
    const body = this.parseBlock("'for' statement", t);
    const orelse = this.parseElse();
    const pos = this.span(start, this.lastNonWs());
    return isAsync
      ? { _type: 'AsyncFor', target, iter, body, orelse, type_comment: null, ...pos }
      : { _type: 'For', target, iter, body, orelse, type_comment: null, ...pos };
  }

  private parseWithItem(inParens = false): A.WithItem {
    const context_expr = this.parseExpression();
    if (inParens && !this.isKw('as') && !this.isOp(',') && !this.isOp(')')) this.commaCheck(context_expr);
    let optional_vars: A.Expr | null = null;
    if (this.eatKw('as')) {
      optional_vars = this.parseSingleTarget();
      if (inParens && !this.isOp(',') && !this.isOp(')') && !this.isOp(':')) this.commaCheck(optional_vars);
      if (!this.isOp(',') && !this.isOp(')') && !this.isOp(':') && this.tok().kind !== 'NEWLINE') this.fail();
    }
    return { _type: 'withitem', context_expr, optional_vars };
  }

  /** star_target: one (possibly starred) target, checked and given Store context. */
  private parseSingleTarget(): A.Expr {
    const star = this.tok();
    let e: A.Expr;
    if (this.eatOp('*')) {
      const v = this.parsePrimary();
      e = { _type: 'Starred', value: v, ctx: LOAD, ...this.from(star) };
    } else e = this.parsePrimary();
    const bad = invalidTarget(e, TargetsType.STAR_TARGETS);
    if (bad !== null) {
      // invalid_with_item only blames the target when the item ends there.
      if (!this.isOp(',') && !this.isOp(')') && !this.isOp(':')) this.fail();
      throw this.errorAt(`cannot assign to ${exprName(bad)}`, bad);
    }
    return withCtx(e, STORE);
  }

  private parseWith(): A.Stmt {
    const start = this.tok();
    const isAsync = this.eatKw('async');
    const t = this.expectKw('with');
    let items: A.WithItem[] | null = null;
    if (this.isOp('(')) {
      items = this.attempt(() => {
        this.expectOp('(');
        const its = [this.parseWithItem(true)];
        while (this.eatOp(',')) {
          if (this.isOp(')')) break;
          its.push(this.parseWithItem(true));
        }
        this.expectOp(')');
        if (!this.isOp(':')) this.fail();
        return its;
      });
    }
    if (items === null) {
      items = [this.parseWithItem()];
      while (this.eatOp(',')) items.push(this.parseWithItem());
    }
    this.colon();
    const body = this.parseBlock("'with' statement", t);
    const pos = this.span(start, this.lastNonWs());
    return isAsync
      ? { _type: 'AsyncWith', items, body, type_comment: null, ...pos }
      : { _type: 'With', items, body, type_comment: null, ...pos };
  }

  private parseTry(): A.Stmt {
    const t = this.expectKw('try');
    this.forcedColon();
    const body = this.parseBlock("'try' statement", t);
    const handlers: A.ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.isKw('except')) {
      const et = this.tok();
      this.pos++;
      const isStar = this.eatOp('*');
      if (star !== null && star !== isStar) {
        throw this.errorAt("cannot have both 'except' and 'except*' on the same 'try'", et, isStar ? this.prev() : et);
      }
      star = isStar;
      let type: A.Expr | null = null;
      let name: string | null = null;
      if (!this.isOp(':')) {
        if (isStar && this.tok().kind === 'NEWLINE') throw this.errorAt('expected one or more exception types', this.tok());
        if (this.tok().kind !== 'NEWLINE') {
          type = this.parseExpression();
          if (this.isOp(',')) {
            const rest = this.attempt(() => {
              this.pos++;
              return this.parseExpressions();
            });
            if (rest !== null && (this.isOp(':') || this.isKw('as'))) {
              throw this.errorAt('multiple exception types must be parenthesized', type, rest);
            }
          }
          if (this.eatKw('as')) name = this.nameId(this.expectName());
        }
      } else if (isStar) throw this.errorAt('expected one or more exception types', this.tok());
      this.colon();
      const hbody = this.parseBlock(isStar ? "'except*' statement" : "'except' statement", et);
      handlers.push({ _type: 'ExceptHandler', type, name, body: hbody, ...this.span(et, this.lastNonWs()) });
    }
    let orelse: A.Stmt[] = [];
    if (handlers.length > 0) orelse = this.parseElse();
    let finalbody: A.Stmt[] = [];
    if (this.isKw('finally')) {
      const ft = this.tok();
      this.pos++;
      this.forcedColon();
      finalbody = this.parseBlock("'finally' statement", ft);
    }
    if (handlers.length === 0 && finalbody.length === 0) {
      throw this.errorAtCurrent("expected 'except' or 'finally' block");
    }
    const pos = this.span(t, this.lastNonWs());
    return star === true
      ? { _type: 'TryStar', body, handlers, orelse, finalbody, ...pos }
      : { _type: 'Try', body, handlers, orelse, finalbody, ...pos };
  }

  private parseDecorated(): A.Stmt {
    const decorators: A.Expr[] = [];
    while (this.eatOp('@')) {
      decorators.push(this.parseNamedExpression());
      this.expectKind('NEWLINE');
    }
    if (this.isKw('class')) return this.parseClassDef(decorators);
    if (this.isKw('def') || (this.isKw('async') && this.isKw('def', 1))) return this.parseFuncDef(decorators);
    return this.fail();
  }

  private parseFuncDef(decorator_list: A.Expr[]): A.Stmt {
    const start = this.tok();
    const isAsync = this.eatKw('async');
    const t = this.expectKw('def');
    const name = this.nameId(this.expectName());
    if (!this.isOp('(')) throw this.errorAt("expected '('", this.tok());
    this.pos++;
    const args = this.parseParameters(')', true);
    this.expectOp(')');
    const returns = this.isOp('->')
      ? this.attempt(() => {
          this.pos++;
          return this.parseExpression();
        })
      : null;
    this.forcedColon();
    const body = this.parseBlock('function definition', t);
    const pos = this.span(start, this.lastNonWs());
    return isAsync
      ? { _type: 'AsyncFunctionDef', name, args, body, decorator_list, returns, type_comment: null, ...pos }
      : { _type: 'FunctionDef', name, args, body, decorator_list, returns, type_comment: null, ...pos };
  }

  private parseClassDef(decorator_list: A.Expr[]): A.Stmt {
    const t = this.expectKw('class');
    const name = this.nameId(this.expectName());
    let bases: A.Expr[] = [];
    let keywords: A.Keyword[] = [];
    if (this.eatOp('(')) {
      const r = this.parseCallArgs(false);
      bases = r.args;
      keywords = r.keywords;
      this.expectOp(')');
    }
    this.colon();
    const body = this.parseBlock('class definition', t);
    return { _type: 'ClassDef', name, bases, keywords, body, decorator_list, ...this.span(t, this.lastNonWs()) };
  }
}
