// Models CPython 3.11's AST optimizer (Python/ast_opt.c, run by _PyAST_Compile before the symbol table):
// constant folding of unary/binary operators, subscripts and tuples, `not (a is b)` → `a is not b`,
// `x in [1, 2]` / `for x in [1, 2]` → tuple or frozenset constants, `__debug__` → True, %-formatting with
// a constant format string → an f-string (optimize_format), and the docstring guard of astfold_body.
// Returns a new tree; untouched subtrees are shared (nodes are immutable).

import type { ConstValue } from '../bytecode/code';
import type * as A from '../python/ast';
import { foldBinop, foldSubscr, foldUnaryop } from './constfold';
import { frozensetItems } from './frozenset';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function constant(node: A.Located, value: ConstValue): A.Constant {
  return {
    _type: 'Constant', value: value as A.AstConstant, kind: null,
    lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset,
  };
}

function constTuple(elts: readonly A.Expr[]): ConstValue | null {
  const items: ConstValue[] = [];
  for (const e of elts) {
    if (e._type !== 'Constant') return null;
    items.push(e.value);
  }
  return { t: 'tuple', items };
}

const hasStarred = (elts: readonly A.Expr[]) => elts.some((e) => e._type === 'Starred');

/** Under `from __future__ import annotations` annotations are left unfolded (they compile to their text). */
let foldAnnotations = true;

export function optimizeModule(mod: A.Module, futureAnnotations = false): A.Module {
  foldAnnotations = !futureAnnotations;
  try {
    return { ...mod, body: body(mod.body) };
  } finally {
    foldAnnotations = true;
  }
}

const annotation = (e: A.Expr | null): A.Expr | null => (e && foldAnnotations ? expr(e) : e);

function isDocstring(stmts: readonly A.Stmt[]): boolean {
  const s = stmts[0];
  return s !== undefined && s._type === 'Expr' && s.value._type === 'Constant' && s.value.value.t === 'str';
}

/** astfold_body: fold, and keep a folded first expression from becoming a docstring. */
function body(stmts: readonly A.Stmt[]): A.Stmt[] {
  const hadDoc = isDocstring(stmts);
  const out = stmts.map(stmt);
  if (!hadDoc && isDocstring(out)) {
    const st = out[0] as A.ExprStmt;
    const js: A.JoinedStr = {
      _type: 'JoinedStr', values: [st.value],
      lineno: st.lineno, col_offset: st.col_offset, end_lineno: st.end_lineno, end_col_offset: st.end_col_offset,
    };
    out[0] = { ...st, value: js };
  }
  return out;
}

const stmts = (ss: readonly A.Stmt[]): A.Stmt[] => ss.map(stmt);
const exprs = (es: readonly A.Expr[]): A.Expr[] => es.map(expr);
const optExpr = (e: A.Expr | null): A.Expr | null => (e ? expr(e) : null);

function args(a: A.Arguments): A.Arguments {
  const arg = (p: A.Arg): A.Arg => (p.annotation ? { ...p, annotation: annotation(p.annotation) } : p);
  return {
    ...a,
    posonlyargs: a.posonlyargs.map(arg), args: a.args.map(arg), vararg: a.vararg ? arg(a.vararg) : null,
    kwonlyargs: a.kwonlyargs.map(arg), kw_defaults: a.kw_defaults.map(optExpr), kwarg: a.kwarg ? arg(a.kwarg) : null,
    defaults: exprs(a.defaults),
  };
}

function comprehension(g: A.Comprehension): A.Comprehension {
  return { ...g, target: expr(g.target), iter: foldIter(expr(g.iter)), ifs: exprs(g.ifs) };
}

/** fold_iter: a list literal becomes a tuple (constant if it can); a constant set becomes a frozenset. */
function foldIter(e: A.Expr): A.Expr {
  if (e._type === 'List') {
    if (hasStarred(e.elts)) return e;
    const tup: A.Tuple = { ...e, _type: 'Tuple' };
    const c = constTuple(e.elts);
    return c ? constant(e, c) : tup;
  }
  if (e._type === 'Set') {
    const c = constTuple(e.elts);
    if (c && c.t === 'tuple') return constant(e, { t: 'frozenset', items: frozensetItems(c.items) });
  }
  return e;
}

function stmt(s: A.Stmt): A.Stmt {
  switch (s._type) {
    case 'FunctionDef': case 'AsyncFunctionDef':
      return { ...s, args: args(s.args), body: body(s.body), decorator_list: exprs(s.decorator_list), returns: annotation(s.returns) };
    case 'ClassDef':
      return {
        ...s, bases: exprs(s.bases), keywords: s.keywords.map((k) => ({ ...k, value: expr(k.value) })),
        body: body(s.body), decorator_list: exprs(s.decorator_list),
      };
    case 'Return': return { ...s, value: optExpr(s.value) };
    case 'Delete': return { ...s, targets: exprs(s.targets) };
    case 'Assign': return { ...s, targets: exprs(s.targets), value: expr(s.value) };
    case 'AugAssign': return { ...s, target: expr(s.target), value: expr(s.value) };
    case 'AnnAssign': return { ...s, target: expr(s.target), annotation: annotation(s.annotation)!, value: optExpr(s.value) };
    case 'For': case 'AsyncFor':
      return { ...s, target: expr(s.target), iter: foldIter(expr(s.iter)), body: stmts(s.body), orelse: stmts(s.orelse) };
    case 'While': case 'If': return { ...s, test: expr(s.test), body: stmts(s.body), orelse: stmts(s.orelse) };
    case 'With': case 'AsyncWith':
      return {
        ...s, items: s.items.map((i) => ({ ...i, context_expr: expr(i.context_expr), optional_vars: optExpr(i.optional_vars) })),
        body: stmts(s.body),
      };
    case 'Raise': return { ...s, exc: optExpr(s.exc), cause: optExpr(s.cause) };
    case 'Try': case 'TryStar':
      return {
        ...s, body: stmts(s.body),
        handlers: s.handlers.map((h) => ({ ...h, type: optExpr(h.type), body: stmts(h.body) })),
        orelse: stmts(s.orelse), finalbody: stmts(s.finalbody),
      };
    case 'Assert': return { ...s, test: expr(s.test), msg: optExpr(s.msg) };
    case 'Expr': return { ...s, value: expr(s.value) };
    case 'Match':
      return { ...s, subject: expr(s.subject), cases: s.cases.map((m) => ({ ...m, pattern: pattern(m.pattern), guard: optExpr(m.guard), body: stmts(m.body) })) };
    case 'Import': case 'ImportFrom': case 'Global': case 'Nonlocal': case 'Pass': case 'Break': case 'Continue':
      return s;
  }
}

/** astfold_pattern: folds the expressions inside patterns (e.g. `-1` and `1+2j` values). */
function pattern(p: A.Pattern): A.Pattern {
  switch (p._type) {
    case 'MatchValue': return { ...p, value: expr(p.value) };
    case 'MatchSingleton': case 'MatchStar': return p;
    case 'MatchSequence': return { ...p, patterns: p.patterns.map(pattern) };
    case 'MatchMapping': return { ...p, keys: exprs(p.keys), patterns: p.patterns.map(pattern) };
    case 'MatchClass': return { ...p, cls: expr(p.cls), patterns: p.patterns.map(pattern), kwd_patterns: p.kwd_patterns.map(pattern) };
    case 'MatchAs': return p.pattern ? { ...p, pattern: pattern(p.pattern) } : p;
    case 'MatchOr': return { ...p, patterns: p.patterns.map(pattern) };
  }
}

function expr(e: A.Expr): A.Expr {
  switch (e._type) {
    case 'BoolOp': return { ...e, values: exprs(e.values) };
    case 'BinOp': return foldBinopNode({ ...e, left: expr(e.left), right: expr(e.right) });
    case 'UnaryOp': return foldUnaryNode({ ...e, operand: expr(e.operand) });
    case 'Lambda': return { ...e, args: args(e.args), body: expr(e.body) };
    case 'IfExp': return { ...e, test: expr(e.test), body: expr(e.body), orelse: expr(e.orelse) };
    case 'Dict': return { ...e, keys: e.keys.map(optExpr), values: exprs(e.values) };
    case 'Set': return { ...e, elts: exprs(e.elts) };
    case 'ListComp': case 'SetComp': case 'GeneratorExp':
      return { ...e, elt: expr(e.elt), generators: e.generators.map(comprehension) };
    case 'DictComp': return { ...e, key: expr(e.key), value: expr(e.value), generators: e.generators.map(comprehension) };
    case 'Await': case 'YieldFrom': return { ...e, value: expr(e.value) };
    case 'Yield': return { ...e, value: optExpr(e.value) };
    case 'Compare': {
      const comparators = exprs(e.comparators);
      const last = e.ops.length - 1;
      const op = e.ops[last]._type;
      if (op === 'In' || op === 'NotIn') comparators[last] = foldIter(comparators[last]);
      return { ...e, left: expr(e.left), comparators };
    }
    case 'Call': return { ...e, func: expr(e.func), args: exprs(e.args), keywords: e.keywords.map((k) => ({ ...k, value: expr(k.value) })) };
    case 'FormattedValue': return { ...e, value: expr(e.value), format_spec: optExpr(e.format_spec) };
    case 'JoinedStr': return { ...e, values: exprs(e.values) };
    case 'Attribute': return { ...e, value: expr(e.value) };
    case 'Subscript': {
      const n = { ...e, value: expr(e.value), slice: expr(e.slice) };
      if (n.ctx._type === 'Load' && n.value._type === 'Constant' && n.slice._type === 'Constant') {
        const v = foldSubscr(n.value.value, n.slice.value);
        if (v) return constant(e, v);
      }
      return n;
    }
    case 'Starred': return { ...e, value: expr(e.value) };
    case 'Slice': return { ...e, lower: optExpr(e.lower), upper: optExpr(e.upper), step: optExpr(e.step) };
    case 'List': return { ...e, elts: exprs(e.elts) };
    case 'Tuple': {
      const n = { ...e, elts: exprs(e.elts) };
      if (n.ctx._type !== 'Load') return n;
      const c = constTuple(n.elts);
      return c ? constant(e, c) : n;
    }
    case 'Name':
      if (e.ctx._type === 'Load' && e.id === '__debug__') return constant(e, { t: 'bool', v: true });
      return e;
    case 'NamedExpr': return { ...e, value: expr(e.value) };
    case 'Constant': return e;
  }
}

function foldUnaryNode(e: A.UnaryOp): A.Expr {
  const arg = e.operand;
  if (arg._type !== 'Constant') {
    if (e.op._type === 'Not' && arg._type === 'Compare' && arg.ops.length === 1) {
      const inv: Partial<Record<A.CmpOperatorName, A.CmpOperatorName>> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
      const op = inv[arg.ops[0]._type];
      if (op) return { ...arg, ops: [{ _type: op }] };
    }
    return e;
  }
  const v = foldUnaryop(e.op._type, arg.value);
  return v ? constant(e, v) : e;
}

function foldBinopNode(e: A.BinOp): A.Expr {
  const lhs = e.left;
  const rhs = e.right;
  if (lhs._type !== 'Constant') return e;
  if (e.op._type === 'Mod' && rhs._type === 'Tuple' && lhs.value.t === 'str' && !hasStarred(rhs.elts)) {
    return optimizeFormat(e, lhs.value.v, rhs.elts) ?? e;
  }
  if (rhs._type !== 'Constant') return e;
  const v = foldBinop(e.op._type, lhs.value, rhs.value, e.lineno);
  return v ? constant(e, v) : e;
}

// ---- optimize_format: '%s-%r' % (a, b)  →  f'{a!s}-{b!r}' ------------------------------------------

const NOWHERE = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

function optimizeFormat(node: A.BinOp, fmt: string, elts: readonly A.Expr[]): A.Expr | null {
  const chars = [...fmt];
  let pos = 0;
  let cnt = 0;
  const seq: A.Expr[] = [];
  for (;;) {
    // parse_literal: up to the next lone '%', with '%%' unescaped.
    const start = pos;
    let text = '';
    while (pos < chars.length) {
      if (chars[pos] !== '%') text += chars[pos++];
      else if (pos + 1 < chars.length && chars[pos + 1] === '%') { text += '%'; pos += 2; }
      else break;
    }
    if (pos !== start) seq.push({ _type: 'Constant', value: { t: 'str', v: text }, kind: null, ...NOWHERE });
    if (pos >= chars.length) break;
    if (cnt >= elts.length) return null;
    pos++;
    const parsed = parseFormatSpec(chars, pos);
    if (!parsed) return null;
    pos = parsed.pos;
    const arg = elts[cnt++];
    if (parsed.spec !== 's' && parsed.spec !== 'r' && parsed.spec !== 'a') return null;
    let spec = '';
    if (!parsed.ljust && parsed.width > 0) spec += '>';
    if (parsed.width >= 0) spec += String(parsed.width);
    if (parsed.prec >= 0) spec += '.' + String(parsed.prec);
    const where = { lineno: arg.lineno, col_offset: arg.col_offset, end_lineno: arg.end_lineno, end_col_offset: arg.end_col_offset };
    const formatSpec: A.JoinedStr | null = spec
      ? { _type: 'JoinedStr', values: [{ _type: 'Constant', value: { t: 'str', v: spec }, kind: null, ...where }], ...where }
      : null;
    const conversion = parsed.spec === 's' ? 115 : parsed.spec === 'r' ? 114 : 97;
    seq.push({ _type: 'FormattedValue', value: arg, conversion, format_spec: formatSpec, ...where });
  }
  if (cnt < elts.length) return null;
  const res: Mutable<A.JoinedStr> = {
    _type: 'JoinedStr', values: seq,
    lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset,
  };
  return res;
}

/** simple_format_arg_parse's MAXDIGITS: a width or precision of three digits or more is not optimized. */
const MAXDIGITS = 3;

function parseFormatSpec(chars: string[], pos: number):
  { pos: number; spec: string; ljust: boolean; width: number; prec: number } | null {
  let ljust = false;
  let width = -1;
  let prec = -1;
  let ch: string;
  const next = (): boolean => {
    if (pos >= chars.length) return false;
    ch = chars[pos++];
    return true;
  };
  for (;;) {
    if (!next()) return null;
    if (ch! === '-') { ljust = true; continue; }
    if (ch! === '+' || ch! === ' ' || ch! === '#' || ch! === '0') continue;
    break;
  }
  if (ch! >= '0' && ch! <= '9') {
    width = 0;
    let digits = 0;
    while (ch! >= '0' && ch! <= '9') {
      width = width * 10 + Number(ch!);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch! === '.') {
    if (!next()) return null;
    prec = 0;
    let digits = 0;
    while (ch! >= '0' && ch! <= '9') {
      prec = prec * 10 + Number(ch!);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  return { pos, spec: ch!, ljust, width, prec };
}
