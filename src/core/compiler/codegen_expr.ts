// Models CPython 3.11's expression code generation (Python/compile.c compiler_visit_expr / compiler_visit_expr1,
// compiler_ifexp, compiler_subscript, compiler_slice, compiler_joined_str, compiler_formatted_value, yield and
// yield from): every expression sets the current location, emits, and restores the enclosing one.

import type * as A from '../python/ast';
import { assignmentHelper, boolop, call, checkSubscript, compare, dict, jumpIf, matchAttrLocation, starunpackHelper } from './codegen_call';
import { compileComprehension, compileLambda, nameop } from './codegen_scope';
import type { Compiler } from './unit';

const BINOP_ARG: Record<A.OperatorName, number> = {
  Add: 0, BitAnd: 1, FloorDiv: 2, LShift: 3, MatMult: 4, Mult: 5, Mod: 6, BitOr: 7, Pow: 8, RShift: 9, Sub: 10, Div: 11, BitXor: 12,
};
/** NB_* oparg of BINARY_OP; the in-place variants are 13 higher. */
export function binopArg(op: A.OperatorName, inplace: boolean): number {
  return BINOP_ARG[op] + (inplace ? 13 : 0);
}

const UNARY: Record<A.UnaryOperatorName, 'UNARY_INVERT' | 'UNARY_NOT' | 'UNARY_POSITIVE' | 'UNARY_NEGATIVE'> = {
  Invert: 'UNARY_INVERT', Not: 'UNARY_NOT', UAdd: 'UNARY_POSITIVE', USub: 'UNARY_NEGATIVE',
};

/** addop_yield: an async generator wraps the value it yields. */
export function addopYield(c: Compiler): void {
  if (c.u.ste.generator && c.u.ste.coroutine) c.addop('ASYNC_GEN_WRAP');
  c.addop('YIELD_VALUE');
  c.addopI('RESUME', 1);
}

export function visitExpr(c: Compiler, e: A.Expr): void {
  const saved = c.saveLoc();
  c.setLoc(e);
  visitExpr1(c, e);
  c.restoreLoc(saved);
}

/** compiler_add_yield_from: the SEND / YIELD_VALUE loop shared by `yield from` and `await`. */
export function addYieldFrom(c: Compiler, isAwait: boolean): void {
  const start = c.newBlock();
  const resume = c.newBlock();
  const exit = c.newBlock();
  c.useNextBlock(start);
  c.addopJ('SEND', exit);
  c.useNextBlock(resume);
  c.addop('YIELD_VALUE');
  c.addopI('RESUME', isAwait ? 3 : 2);
  c.addopJ('JUMP_NO_INTERRUPT', start);
  c.useNextBlock(exit);
}

function visitExpr1(c: Compiler, e: A.Expr): void {
  switch (e._type) {
    case 'NamedExpr':
      visitExpr(c, e.value);
      c.addopI('COPY', 1);
      visitExpr(c, e.target);
      return;
    case 'BoolOp': return boolop(c, e);
    case 'BinOp':
      visitExpr(c, e.left);
      visitExpr(c, e.right);
      c.addopI('BINARY_OP', binopArg(e.op._type, false));
      return;
    case 'UnaryOp':
      visitExpr(c, e.operand);
      c.addop(UNARY[e.op._type]);
      return;
    case 'Lambda': return compileLambda(c, e);
    case 'IfExp': {
      const end = c.newBlock();
      const next = c.newBlock();
      jumpIf(c, e.test, next, false);
      visitExpr(c, e.body);
      c.addopJNoline('JUMP', end);
      c.useNextBlock(next);
      visitExpr(c, e.orelse);
      c.useNextBlock(end);
      return;
    }
    case 'Dict': return dict(c, e);
    case 'Set': return starunpackHelper(c, e.elts, 0, 'BUILD_SET', 'SET_ADD', 'SET_UPDATE', false);
    case 'GeneratorExp': case 'ListComp': case 'SetComp': case 'DictComp': return compileComprehension(c, e);
    case 'Yield':
      if (c.u.ste.type !== 'function') c.error("'yield' outside function");
      if (e.value) visitExpr(c, e.value);
      else c.loadConst({ t: 'None' });
      addopYield(c);
      return;
    case 'YieldFrom':
      if (c.u.ste.type !== 'function') c.error("'yield' outside function");
      if (c.u.scopeType === 'async') c.error("'yield from' inside async function");
      visitExpr(c, e.value);
      c.addop('GET_YIELD_FROM_ITER');
      c.loadConst({ t: 'None' });
      addYieldFrom(c, false);
      return;
    case 'Await':
      if (c.u.ste.type !== 'function') c.error("'await' outside function");
      if (c.u.scopeType !== 'async' && c.u.scopeType !== 'comprehension') c.error("'await' outside async function");
      visitExpr(c, e.value);
      c.addopI('GET_AWAITABLE', 0);
      c.loadConst({ t: 'None' });
      addYieldFrom(c, true);
      return;
    case 'Compare': return compare(c, e);
    case 'Call': return call(c, e);
    case 'Constant': c.loadConst(e.value); return;
    case 'JoinedStr': {
      if (e.values.length > 30) {
        c.loadConst({ t: 'str', v: '' });
        c.addopName('LOAD_METHOD', 'join');
        c.addopI('BUILD_LIST', 0);
        for (const v of e.values) {
          visitExpr(c, v);
          c.addopI('LIST_APPEND', 1);
        }
        c.addopI('PRECALL', 1);
        c.addopI('CALL', 1);
      } else {
        for (const v of e.values) visitExpr(c, v);
        if (e.values.length !== 1) c.addopI('BUILD_STRING', e.values.length);
      }
      return;
    }
    case 'FormattedValue': {
      visitExpr(c, e.value);
      let oparg = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
      if (e.format_spec) {
        visitExpr(c, e.format_spec);
        oparg |= 4;
      }
      c.addopI('FORMAT_VALUE', oparg);
      return;
    }
    case 'Attribute':
      visitExpr(c, e.value);
      matchAttrLocation(c, e);
      switch (e.ctx._type) {
        case 'Load': c.addopName('LOAD_ATTR', e.attr); return;
        case 'Store':
          if (e.attr === '__debug__') c.error('cannot assign to __debug__');
          c.addopName('STORE_ATTR', e.attr);
          return;
        case 'Del': c.addopName('DELETE_ATTR', e.attr); return;
      }
      return;
    case 'Subscript':
      if (e.ctx._type === 'Load') checkSubscript(c, e.value, e.slice);
      visitExpr(c, e.value);
      visitExpr(c, e.slice);
      c.addop(e.ctx._type === 'Load' ? 'BINARY_SUBSCR' : e.ctx._type === 'Store' ? 'STORE_SUBSCR' : 'DELETE_SUBSCR');
      return;
    case 'Starred':
      if (e.ctx._type === 'Store') c.error('starred assignment target must be in a list or tuple');
      c.error("can't use starred expression here");
      return;
    case 'Slice': {
      let n = 2;
      if (e.lower) visitExpr(c, e.lower);
      else c.loadConst({ t: 'None' });
      if (e.upper) visitExpr(c, e.upper);
      else c.loadConst({ t: 'None' });
      if (e.step) {
        n++;
        visitExpr(c, e.step);
      }
      c.addopI('BUILD_SLICE', n);
      return;
    }
    case 'Name': return nameop(c, e.id, e.ctx._type);
    case 'List':
      if (e.ctx._type === 'Store') return assignmentHelper(c, e.elts);
      if (e.ctx._type === 'Load') return starunpackHelper(c, e.elts, 0, 'BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND', false);
      for (const x of e.elts) visitExpr(c, x);
      return;
    case 'Tuple':
      if (e.ctx._type === 'Store') return assignmentHelper(c, e.elts);
      if (e.ctx._type === 'Load') return starunpackHelper(c, e.elts, 0, 'BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND', true);
      for (const x of e.elts) visitExpr(c, x);
      return;
  }
}
