// Models the atoms and displays of CPython 3.11's grammar (Grammar/python.gram: atom, strings, group,
// tuple, genexp, list, listcomp, dict, set, dictcomp, setcomp, yield_expr) and their invalid_* errors.

import type * as A from './ast';
import { ExprParser, LOAD } from './exprParser';
import { KEYWORDS } from './parserBase';
import { PySyntaxError } from './errors';
import type { Token } from './tokenizer';
import { concatenateStrings } from './strings';

export abstract class AtomParser extends ExprParser {
  parseAtom(): A.Expr {
    const t = this.tok();
    switch (t.kind) {
      case 'NAME': {
        if (!KEYWORDS.has(t.value)) {
          this.pos++;
          return { _type: 'Name', id: this.nameId(t), ctx: LOAD, ...this.span(t, t) };
        }
        if (t.value === 'True' || t.value === 'False' || t.value === 'None') {
          this.pos++;
          const value: A.AstConstant = t.value === 'None' ? { t: 'None' } : { t: 'bool', v: t.value === 'True' };
          return { _type: 'Constant', value, kind: null, ...this.span(t, t) };
        }
        this.fail();
        break;
      }
      case 'NUMBER':
        this.pos++;
        return { _type: 'Constant', value: parseNumber(t.value), kind: null, ...this.span(t, t) };
      case 'STRING': {
        const toks: Token[] = [];
        while (this.tok().kind === 'STRING') toks.push(this.tokens[this.pos++]!);
        return concatenateStrings(this, toks, this.span(toks[0]!, toks[toks.length - 1]!), this.tok());
      }
      case 'OP':
        if (t.value === '(') return this.parseParen();
        if (t.value === '[') return this.parseList();
        if (t.value === '{') return this.parseBrace();
        if (t.value === '...') {
          this.pos++;
          return { _type: 'Constant', value: { t: 'Ellipsis' }, kind: null, ...this.span(t, t) };
        }
        this.fail();
        break;
      default:
        this.fail();
    }
    return this.fail();
  }

  parseYield(): A.Expr {
    const t = this.expectKw('yield');
    if (this.eatKw('from')) {
      const v = this.parseExpression();
      return { _type: 'YieldFrom', value: v, ...this.from(t) };
    }
    const value = this.startsExpression() ? this.parseStarExpressions() : null;
    return { _type: 'Yield', value, ...this.from(t) };
  }

  private parseParen(): A.Expr {
    const open = this.expectOp('(');
    if (this.eatOp(')')) return { _type: 'Tuple', elts: [], ctx: LOAD, ...this.from(open) };
    if (this.isKw('yield')) {
      const y = this.parseYield();
      this.expectOp(')');
      return y;
    }
    const first = this.parseStarNamedExpression();
    if (this.isKw('for') || (this.isKw('async') && this.isKw('for', 1))) {
      const generators = this.parseComprehensionClauses();
      this.expectOp(')');
      return { _type: 'GeneratorExp', elt: first, generators, ...this.from(open) };
    }
    if (this.eatOp(')')) {
      if (first._type === 'Starred') throw this.errorAt('cannot use starred expression here', first);
      return first;
    }
    if (!this.isOp(',')) {
      this.commaCheck(first);
      this.fail();
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(')')) break;
      elts.push(this.parseStarNamedExpression());
    }
    if (!this.isOp(')')) this.commaCheck(elts[elts.length - 1]!);
    this.expectOp(')');
    return { _type: 'Tuple', elts, ctx: LOAD, ...this.from(open) };
  }

  private parseList(): A.Expr {
    const open = this.expectOp('[');
    if (this.eatOp(']')) return { _type: 'List', elts: [], ctx: LOAD, ...this.from(open) };
    const first = this.parseStarNamedExpression();
    if (this.isKw('for') || (this.isKw('async') && this.isKw('for', 1))) {
      const generators = this.parseComprehensionClauses();
      this.expectOp(']');
      return { _type: 'ListComp', elt: first, generators, ...this.from(open) };
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(']')) break;
      elts.push(this.parseStarNamedExpression());
    }
    if (!this.isOp(']')) this.commaCheck(elts[elts.length - 1]!);
    this.expectOp(']');
    return { _type: 'List', elts, ctx: LOAD, ...this.from(open) };
  }

  private parseBrace(): A.Expr {
    const open = this.expectOp('{');
    const afterOpen = this.pos;
    if (this.eatOp('}')) return { _type: 'Dict', keys: [], values: [], ...this.from(open) };
    // Dict or dict comprehension.
    const isDictStart = this.isOp('**') || this.attempt(() => {
      this.parseExpression();
      if (!this.isOp(':')) this.fail();
      return true;
    }) !== null;
    if (isDictStart) {
      this.pos = afterOpen;
      const keys: (A.Expr | null)[] = [];
      const values: A.Expr[] = [];
      const entry = (afterComma: boolean): void => {
        if (this.eatOp('**')) {
          keys.push(null);
          values.push(this.parseBitwiseOr());
        } else {
          const k = this.parseExpression();
          if (afterComma && !this.isOp(':') && this.noInvalid === 0) {
            // invalid_kvpair: reported at the key's last column, with no end.
            const ln = k.end_lineno;
            const col = this.source.charCol(ln, this.source.posOfByteCol(ln, k.end_col_offset));
            throw new PySyntaxError({ msg: "':' expected after dictionary key", lineno: k.lineno, offset: col, endLineno: ln, endOffset: 0, text: this.source.lineText(k.lineno) });
          }
          const colonTok = this.expectOp(':');
          if (this.isOp('}') || this.isOp(',')) throw this.errorAt("expression expected after dictionary key and ':'", colonTok);
          keys.push(k);
          if (this.isOp('*')) {
            const star = this.tok();
            this.pos++;
            this.parseBitwiseOr();
            throw this.errorAt('cannot use a starred expression in a dictionary value', star, this.prev());
          }
          values.push(this.parseExpression());
        }
      };
      entry(false);
      if (keys[0] !== null && (this.isKw('for') || (this.isKw('async') && this.isKw('for', 1)))) {
        const generators = this.parseComprehensionClauses();
        this.expectOp('}');
        return { _type: 'DictComp', key: keys[0]!, value: values[0]!, generators, ...this.from(open) };
      }
      while (this.eatOp(',')) {
        if (this.isOp('}')) break;
        entry(true);
      }
      if (!this.isOp('}') && keys[keys.length - 1] !== null) this.commaCheck(values[values.length - 1]!);
      this.expectOp('}');
      return { _type: 'Dict', keys, values, ...this.from(open) };
    }
    const first = this.parseStarNamedExpression();
    if (this.isKw('for') || (this.isKw('async') && this.isKw('for', 1))) {
      const generators = this.parseComprehensionClauses();
      this.expectOp('}');
      return { _type: 'SetComp', elt: first, generators, ...this.from(open) };
    }
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp('}')) break;
      elts.push(this.parseStarNamedExpression());
    }
    if (!this.isOp('}')) this.commaCheck(elts[elts.length - 1]!);
    this.expectOp('}');
    return { _type: 'Set', elts, ...this.from(open) };
  }
}

/** A NUMBER token's value (int → bigint, float, or imaginary complex), as CPython's parsenumber. */
export function parseNumber(text: string): A.AstConstant {
  const s = text.replace(/_/g, '');
  const last = s[s.length - 1]!;
  if (last === 'j' || last === 'J') return { t: 'complex', re: 0, im: Number(s.slice(0, -1)) };
  if (/^0[xX]/.test(s)) return { t: 'int', v: BigInt(s) };
  if (/^0[oO]/.test(s)) return { t: 'int', v: BigInt('0o' + s.slice(2)) };
  if (/^0[bB]/.test(s)) return { t: 'int', v: BigInt('0b' + s.slice(2)) };
  if (/[.eE]/.test(s)) return { t: 'float', v: Number(s) };
  return { t: 'int', v: BigInt(s) };
}
