// Models CPython 3.11's Python/ast_unparse.c (_PyAST_ExprAsUnicode): the source text an annotation compiles to
// under `from __future__ import annotations`, with the same precedence-driven parentheses and spacing.

import type * as A from '../python/ast';
import { constRepr } from './consts';
import type { ConstValue } from '../bytecode/code';

const PR = { TUPLE: 0, TEST: 1, OR: 2, AND: 3, NOT: 4, CMP: 5, EXPR: 6, BOR: 6, BXOR: 7, BAND: 8, SHIFT: 9, ARITH: 10, TERM: 11, FACTOR: 12, POWER: 13, AWAIT: 14, ATOM: 15 } as const;

const BINOPS: Record<A.OperatorName, [string, number]> = {
  Add: [' + ', PR.ARITH], Sub: [' - ', PR.ARITH], Mult: [' * ', PR.TERM], MatMult: [' @ ', PR.TERM], Div: [' / ', PR.TERM],
  Mod: [' % ', PR.TERM], LShift: [' << ', PR.SHIFT], RShift: [' >> ', PR.SHIFT], BitOr: [' | ', PR.BOR],
  BitXor: [' ^ ', PR.BXOR], BitAnd: [' & ', PR.BAND], FloorDiv: [' // ', PR.TERM], Pow: [' ** ', PR.POWER],
};
const CMPOPS: Record<A.CmpOperatorName, string> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ', Is: ' is ', IsNot: ' is not ', In: ' in ', NotIn: ' not in ',
};

/** append_repr: infinities print as 1e309 so the text reparses to the same value. */
function reprConst(v: ConstValue): string {
  if (v.t === 'tuple') {
    return '(' + v.items.map(reprConst).join(', ') + (v.items.length === 1 ? ',' : '') + ')';
  }
  const r = constRepr(v);
  if ((v.t === 'float' && !Number.isFinite(v.v) && !Number.isNaN(v.v)) || v.t === 'complex') return r.split('inf').join('1e309');
  return r;
}

function paren(cond: boolean, s: string): string {
  return cond ? '(' + s + ')' : s;
}

function args(a: A.Arguments): string {
  const parts: string[] = [];
  const arg = (p: A.Arg) => p.arg + (p.annotation ? ': ' + unparse(p.annotation, PR.TEST) : '');
  const pos = [...a.posonlyargs, ...a.args];
  pos.forEach((p, i) => {
    let s = arg(p);
    const di = i - pos.length + a.defaults.length;
    if (di >= 0) s += '=' + unparse(a.defaults[di], PR.TEST);
    if (a.posonlyargs.length && i + 1 === a.posonlyargs.length) s += ', /';
    parts.push(s);
  });
  if (a.vararg || a.kwonlyargs.length) parts.push('*' + (a.vararg ? arg(a.vararg) : ''));
  a.kwonlyargs.forEach((p, i) => {
    const d = a.kw_defaults[i];
    parts.push(arg(p) + (d ? '=' + unparse(d, PR.TEST) : ''));
  });
  if (a.kwarg) parts.push('**' + arg(a.kwarg));
  return parts.join(', ');
}

function comprehensions(gens: readonly A.Comprehension[]): string {
  return gens.map((g) => (g.is_async ? ' async for ' : ' for ') + unparse(g.target, PR.TUPLE) + ' in ' + unparse(g.iter, PR.TEST + 1)
    + g.ifs.map((x) => ' if ' + unparse(x, PR.TEST + 1)).join('')).join('');
}

function fstringElement(e: A.Expr, isFormatSpec: boolean): string {
  if (e._type === 'Constant') return (e.value as { v: string }).v.split('{').join('{{').split('}').join('}}');
  if (e._type === 'JoinedStr') return joinedStr(e, isFormatSpec);
  if (e._type === 'FormattedValue') return formattedValue(e);
  throw new Error('unparse: unknown expression kind inside f-string');
}

function joinedStr(e: A.JoinedStr, isFormatSpec: boolean): string {
  const body = e.values.map((v) => fstringElement(v, isFormatSpec)).join('');
  return isFormatSpec ? body : 'f' + constRepr({ t: 'str', v: body });
}

function formattedValue(e: A.FormattedValue): string {
  const inner = unparse(e.value, PR.TEST + 1);
  let s = (inner.startsWith('{') ? '{ ' : '{') + inner;
  if (e.conversion > 0) s += '!' + String.fromCharCode(e.conversion);
  if (e.format_spec) s += ':' + fstringElement(e.format_spec, true);
  return s + '}';
}

export function unparse(e: A.Expr, level: number = PR.TEST): string {
  switch (e._type) {
    case 'BoolOp': {
      const pr = e.op._type === 'And' ? PR.AND : PR.OR;
      return paren(level > pr, e.values.map((v) => unparse(v, pr + 1)).join(e.op._type === 'And' ? ' and ' : ' or '));
    }
    case 'BinOp': {
      const [op, pr] = BINOPS[e.op._type];
      const rassoc = e.op._type === 'Pow' ? 1 : 0;
      return paren(level > pr, unparse(e.left, pr + rassoc) + op + unparse(e.right, pr + 1 - rassoc));
    }
    case 'UnaryOp': {
      const [op, pr] = e.op._type === 'Not' ? ['not ', PR.NOT] : [e.op._type === 'Invert' ? '~' : e.op._type === 'UAdd' ? '+' : '-', PR.FACTOR];
      return paren(level > pr, op + unparse(e.operand, pr));
    }
    case 'Lambda': {
      const n = e.args.args.length + e.args.posonlyargs.length;
      return paren(level > PR.TEST, (n ? 'lambda ' : 'lambda') + args(e.args) + ': ' + unparse(e.body, PR.TEST));
    }
    case 'IfExp':
      return paren(level > PR.TEST, unparse(e.body, PR.TEST + 1) + ' if ' + unparse(e.test, PR.TEST + 1) + ' else ' + unparse(e.orelse, PR.TEST));
    case 'Dict':
      return '{' + e.values.map((v, i) => {
        const k = e.keys[i];
        return k ? unparse(k, PR.TEST) + ': ' + unparse(v, PR.TEST) : '**' + unparse(v, PR.EXPR);
      }).join(', ') + '}';
    case 'Set': return '{' + e.elts.map((x) => unparse(x, PR.TEST)).join(', ') + '}';
    case 'GeneratorExp': return '(' + unparse(e.elt, PR.TEST) + comprehensions(e.generators) + ')';
    case 'ListComp': return '[' + unparse(e.elt, PR.TEST) + comprehensions(e.generators) + ']';
    case 'SetComp': return '{' + unparse(e.elt, PR.TEST) + comprehensions(e.generators) + '}';
    case 'DictComp': return '{' + unparse(e.key, PR.TEST) + ': ' + unparse(e.value, PR.TEST) + comprehensions(e.generators) + '}';
    case 'Yield': return e.value ? '(yield ' + unparse(e.value, PR.TEST) + ')' : '(yield)';
    case 'YieldFrom': return '(yield from ' + unparse(e.value, PR.TEST) + ')';
    case 'Await': return paren(level > PR.AWAIT, 'await ' + unparse(e.value, PR.ATOM));
    case 'Compare':
      return paren(level > PR.CMP, unparse(e.left, PR.CMP + 1)
        + e.ops.map((op, i) => CMPOPS[op._type] + unparse(e.comparators[i], PR.CMP + 1)).join(''));
    case 'Call': {
      const f = unparse(e.func, PR.ATOM);
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === 'GeneratorExp') return f + unparse(e.args[0], PR.TEST);
      const parts = [...e.args.map((a) => unparse(a, PR.TEST)),
        ...e.keywords.map((k) => (k.arg === null ? '**' : k.arg + '=') + unparse(k.value, PR.TEST))];
      return f + '(' + parts.join(', ') + ')';
    }
    case 'Constant':
      if (e.value.t === 'Ellipsis') return '...';
      return (e.kind ?? '') + reprConst(e.value);
    case 'JoinedStr': return joinedStr(e, false);
    case 'FormattedValue': return formattedValue(e);
    case 'Attribute': {
      const v = e.value;
      const period = v._type === 'Constant' && v.value.t === 'int' ? ' .' : '.';
      return unparse(v, PR.ATOM) + period + e.attr;
    }
    case 'Subscript': return unparse(e.value, PR.ATOM) + '[' + unparse(e.slice, PR.TUPLE) + ']';
    case 'Starred': return '*' + unparse(e.value, PR.EXPR);
    case 'Slice':
      return (e.lower ? unparse(e.lower, PR.TEST) : '') + ':' + (e.upper ? unparse(e.upper, PR.TEST) : '')
        + (e.step ? ':' + unparse(e.step, PR.TEST) : '');
    case 'Name': return e.id;
    case 'List': return '[' + e.elts.map((x) => unparse(x, PR.TEST)).join(', ') + ']';
    case 'Tuple':
      if (!e.elts.length) return '()';
      return paren(level > PR.TUPLE, e.elts.map((x) => unparse(x, PR.TEST)).join(', ') + (e.elts.length === 1 ? ',' : ''));
    case 'NamedExpr': return paren(level > PR.TUPLE, unparse(e.target, PR.ATOM) + ' := ' + unparse(e.value, PR.ATOM));
  }
}
