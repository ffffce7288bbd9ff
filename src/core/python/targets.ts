// Models the target helpers of CPython 3.11's parser (Parser/action_helpers.c and pegen.c):
// _PyPegen_get_expr_name (how errors name an expression), _PyPegen_get_invalid_target (which part of a
// would-be target is blamed) and _PyPegen_set_expr_context (Store/Del copies of a target).

import type * as A from './ast';
import type { Pos } from './parserBase';

/** _PyPegen_get_expr_name: how error messages name an expression. */
export function exprName(e: A.Expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.t === 'None') return 'None';
      if (v.t === 'bool') return v.v ? 'True' : 'False';
      if (v.t === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

export const TargetsType = {
  /** Assignment and for targets (star_targets). */
  STAR_TARGETS: 0,
  /** del targets. */
  DEL_TARGETS: 1,
  /** for-loop targets: `x in y` is blamed on its left side. */
  FOR_TARGETS: 2,
} as const;
export type TargetsTypeValue = (typeof TargetsType)[keyof typeof TargetsType];

/** _PyPegen_get_invalid_target: the first sub-expression that cannot be a target, or null. */
export function invalidTarget(e: A.Expr, kind: TargetsTypeValue): A.Expr | null {
  switch (e._type) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const r = invalidTarget(x, kind);
        if (r !== null) return r;
      }
      return null;
    case 'Starred':
      if (kind === TargetsType.DEL_TARGETS) return e;
      return invalidTarget(e.value, kind);
    case 'Compare':
      if (kind === TargetsType.FOR_TARGETS && e.ops[0]!._type === 'In') return invalidTarget(e.left, kind);
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** _PyPegen_set_expr_context: a copy of a valid target with Store/Del context. */
export function withCtx(e: A.Expr, ctx: A.ExprContext): A.Expr {
  switch (e._type) {
    case 'Name': return { ...e, ctx };
    case 'Attribute': return { ...e, ctx };
    case 'Subscript': return { ...e, ctx };
    case 'Starred': return { ...e, value: withCtx(e.value, ctx), ctx };
    case 'List': return { ...e, elts: e.elts.map((x) => withCtx(x, ctx)), ctx };
    case 'Tuple': return { ...e, elts: e.elts.map((x) => withCtx(x, ctx)), ctx };
    default: return e;
  }
}

/** Whether an expression can be the result of the grammar's bitwise_or rule (no comparison, not, and/or...). */
export function isBitwiseLevel(x: A.Expr): boolean {
  if (x._type === 'UnaryOp') return x.op._type !== 'Not';
  return !['BoolOp', 'Compare', 'IfExp', 'Lambda', 'Starred', 'NamedExpr', 'Yield', 'YieldFrom', 'Tuple'].includes(x._type);
}

/** The lookahead !(list|tuple|genexp|'True'|'None'|'False') of invalid_named_expression. */
export function isDisplayOrSingleton(x: A.Expr): boolean {
  if (x._type === 'List' || x._type === 'Tuple' || x._type === 'GeneratorExp') return true;
  return x._type === 'Constant' && (x.value.t === 'bool' || x.value.t === 'None');
}

export function loc(n: Pos): Pos {
  return { lineno: n.lineno, col_offset: n.col_offset, end_lineno: n.end_lineno, end_col_offset: n.end_col_offset };
}

