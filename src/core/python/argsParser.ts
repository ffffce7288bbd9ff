// Models the argument and parameter rules of CPython 3.11's grammar (Grammar/python.gram: arguments,
// args, kwargs, parameters, lambda_parameters) with their invalid_arguments / invalid_parameters errors.

import type * as A from './ast';
import { LOAD } from './exprParser';
import { AtomParser } from './atomParser';
import { KEYWORDS } from './parserBase';

export abstract class ArgsParser extends AtomParser {
  parseCallArgs(allowGenexp = true): { args: A.Expr[]; keywords: A.Keyword[] } {
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    const openParen = this.prev();
    let count = 0;
    // invalid_arguments `args ',' args`: reported where the argument list ends (pegen's last token).
    let posAfterKw: string | null = null;
    while (!this.isOp(')')) {
      const t = this.tok();
      count++;
      if (this.isOp('*')) {
        this.pos++;
        const v = this.parseExpression();
        if (sawDoubleStar) throw this.errorAt('iterable argument unpacking follows keyword argument unpacking', t);
        if (!this.isOp(',') && !this.isOp(')')) this.commaCheck(v);
        args.push({ _type: 'Starred', value: v, ctx: LOAD, ...this.from(t) });
      } else if (this.isOp('**')) {
        this.pos++;
        const v = this.parseExpression();
        if (!this.isOp(',') && !this.isOp(')')) this.commaCheck(v);
        keywords.push({ _type: 'keyword', arg: null, value: v, ...this.from(t) });
        sawDoubleStar = true;
      } else if (t.kind === 'NAME' && (!KEYWORDS.has(t.value) || t.value === 'True' || t.value === 'False' || t.value === 'None') && this.isOp('=', 1)) {
        const eqTok = this.tok(1);
        this.pos += 2;
        const v = this.parseExpression();
        if (t.value === 'True' || t.value === 'False' || t.value === 'None') {
          // invalid_kwarg: ('True'|'False'|'None') '=' → blamed from the name to the '='.
          throw this.errorAt(`cannot assign to ${t.value}`, t, eqTok);
        }
        if (this.isKw('for') || this.isKw('async')) {
          throw this.errorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", t, v);
        }
        keywords.push({ _type: 'keyword', arg: this.nameId(t), value: v, ...this.from(t) });
        sawKeyword = true;
      } else {
        let e = this.parseNamedExpression(false);
        if (!allowGenexp && this.isKw('for')) this.fail();
        if (this.isKw('for') || this.isKw('async')) {
          const generators = this.parseComprehensionClauses();
          if (count > 1 || !this.isOp(')')) {
            throw this.errorAt('Generator expression must be parenthesized', e, this.prev());
          }
          // A sole generator argument takes the call's parentheses as its own span.
          e = { _type: 'GeneratorExp', elt: e, generators, ...this.span(openParen, this.tok()) };
        } else if (this.isOp('=')) {
          throw this.errorAt('expression cannot contain assignment, perhaps you meant "=="?', e, this.tok());
        }
        if (!this.isOp(',') && !this.isOp(')')) this.commaCheck(e);
        if ((sawKeyword || sawDoubleStar) && posAfterKw === null) {
          if (!this.isOp(',') && !this.isOp(')')) this.fail();
          posAfterKw = sawDoubleStar ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument';
        }
        args.push(e);
      }
      if (!this.eatOp(',')) break;
      if (this.isOp(',')) this.fail();
    }
    if (posAfterKw !== null) throw this.errorAt(posAfterKw, this.tok());
    return { args, keywords };
  }

  /**
   * Parameters of `def` (closer ')') and `lambda` (closer ':'): the grammar's parameters/lambda_parameters
   * rules, folded into one left-to-right pass with their invalid_parameters errors.
   */
  /** invalid_parameters / invalid_lambda_parameters: `(a, b)` where a parameter should be. */
  private parenthesizedParams(def: boolean): never {
    const open = this.tok();
    const close = this.probe(() => {
      this.pos++;
      for (;;) {
        this.expectName();
        if (def && this.eatOp(':')) this.parseExpression();
        if (!this.eatOp(',')) break;
        if (this.isOp(')')) break;
      }
      return this.expectOp(')');
    }, this.maxPos);
    if (close === null) this.fail();
    throw this.errorAt(`${def ? 'Function' : 'Lambda expression'} parameters cannot be parenthesized`, open, close);
  }

  parseParameters(closer: string, annotations: boolean): A.Arguments {
    const posonlyargs: A.Arg[] = [];
    let args: A.Arg[] = [];
    const defaults: A.Expr[] = [];
    let vararg: A.Arg | null = null;
    const kwonlyargs: A.Arg[] = [];
    const kwDefaults: (A.Expr | null)[] = [];
    let kwarg: A.Arg | null = null;
    let seenStar = false;
    let seenSlash = false;
    const param = (starAnnotation: boolean): A.Arg => {
      const name = this.expectName();
      let annotation: A.Expr | null = null;
      if (annotations && this.eatOp(':')) annotation = starAnnotation ? this.parseStarExpression() : this.parseExpression();
      return { _type: 'arg', arg: this.nameId(name), annotation, type_comment: null, ...this.from(name) };
    };
    while (!this.isOp(closer)) {
      const t = this.tok();
      if (this.isOp('(')) this.parenthesizedParams(annotations);
      if (this.isOp('/')) {
        if (seenSlash) throw this.errorAt('/ may appear only once', t);
        if (seenStar) throw this.errorAt('/ must be ahead of *', t);
        if (args.length === 0) this.fail();
        this.pos++;
        seenSlash = true;
        posonlyargs.push(...args);
        args = [];
      } else if (this.isOp('**')) {
        this.pos++;
        kwarg = param(false);
        if (this.isOp('=')) throw this.errorAt('var-keyword argument cannot have default value', this.tok());
        this.eatOp(',');
        if (!this.isOp(closer)) {
          if (this.isName() || this.isOp('*') || this.isOp('**') || this.isOp('/')) throw this.errorAt('arguments cannot follow var-keyword argument', this.tok());
          this.fail();
        }
        break;
      } else if (this.isOp('*')) {
        if (seenStar) throw this.errorAt('* argument may appear only once', t);
        this.pos++;
        seenStar = true;
        // invalid_star_etc blames the '*'; invalid_lambda_star_etc the token after the comma.
        const lambda = closer === ':';
        if (this.isOp(',')) {
          if (this.isOp(closer, 1) || this.isOp('**', 1)) throw this.errorAt('named arguments must follow bare *', lambda ? this.tok(1) : t);
        } else if (this.isOp(closer)) {
          throw this.errorAt('named arguments must follow bare *', lambda ? this.tok() : t);
        } else {
          vararg = param(true);
          if (this.isOp('=')) throw this.errorAt('var-positional argument cannot have default value', this.tok());
        }
      } else {
        const a = param(false);
        let dflt: A.Expr | null = null;
        if (this.isOp('=')) {
          const eq = this.tok();
          this.pos++;
          if (this.isOp(closer) || this.isOp(',')) throw this.errorAt('expected default value expression', eq);
          dflt = this.parseExpression();
        }
        if (seenStar) {
          kwonlyargs.push(a);
          kwDefaults.push(dflt);
        } else {
          args.push(a);
          if (dflt !== null) defaults.push(dflt);
          else if (defaults.length > 0 && (this.isOp(',') || this.isOp(closer))) {
            throw this.errorAt('non-default argument follows default argument', a);
          }
        }
      }
      if (!this.eatOp(',')) break;
    }
    return { _type: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults: kwDefaults, kwarg, defaults };
  }
}
