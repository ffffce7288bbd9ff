// Models CPython 3.11's ast.dump (Lib/ast.py) with its defaults (annotate_fields=True,
// include_attributes=False, indent=None), including the reprs of constants (Objects/unicodeobject.c
// unicode_repr, Objects/bytesobject.c, Python/pystrtod.c float_repr_style 'short').
//
// ast.dump omits a field whose value is None when the class declares it optional (its class attribute
// is None); empty lists are printed as []. The field table below is ASDL's `_fields` order.

import type { AstConstant, AstNode } from './ast';
import { isPrintable } from './tokenizer';

interface NodeShape {
  readonly fields: readonly string[];
  readonly optional: readonly string[];
  readonly attrs: boolean;
}

const SHAPES: Readonly<Record<string, NodeShape>> = {
  Add: { fields: [], optional: [], attrs: false },
  And: { fields: [], optional: [], attrs: false },
  AnnAssign: { fields: ['target', 'annotation', 'value', 'simple'], optional: ['value'], attrs: true },
  Assert: { fields: ['test', 'msg'], optional: ['msg'], attrs: true },
  Assign: { fields: ['targets', 'value', 'type_comment'], optional: ['type_comment'], attrs: true },
  AsyncFor: { fields: ['target', 'iter', 'body', 'orelse', 'type_comment'], optional: ['type_comment'], attrs: true },
  AsyncFunctionDef: { fields: ['name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'], optional: ['returns', 'type_comment'], attrs: true },
  AsyncWith: { fields: ['items', 'body', 'type_comment'], optional: ['type_comment'], attrs: true },
  Attribute: { fields: ['value', 'attr', 'ctx'], optional: [], attrs: true },
  AugAssign: { fields: ['target', 'op', 'value'], optional: [], attrs: true },
  Await: { fields: ['value'], optional: [], attrs: true },
  BinOp: { fields: ['left', 'op', 'right'], optional: [], attrs: true },
  BitAnd: { fields: [], optional: [], attrs: false },
  BitOr: { fields: [], optional: [], attrs: false },
  BitXor: { fields: [], optional: [], attrs: false },
  BoolOp: { fields: ['op', 'values'], optional: [], attrs: true },
  Break: { fields: [], optional: [], attrs: true },
  Call: { fields: ['func', 'args', 'keywords'], optional: [], attrs: true },
  ClassDef: { fields: ['name', 'bases', 'keywords', 'body', 'decorator_list'], optional: [], attrs: true },
  Compare: { fields: ['left', 'ops', 'comparators'], optional: [], attrs: true },
  Constant: { fields: ['value', 'kind'], optional: ['kind'], attrs: true },
  Continue: { fields: [], optional: [], attrs: true },
  Del: { fields: [], optional: [], attrs: false },
  Delete: { fields: ['targets'], optional: [], attrs: true },
  Dict: { fields: ['keys', 'values'], optional: [], attrs: true },
  DictComp: { fields: ['key', 'value', 'generators'], optional: [], attrs: true },
  Div: { fields: [], optional: [], attrs: false },
  Eq: { fields: [], optional: [], attrs: false },
  ExceptHandler: { fields: ['type', 'name', 'body'], optional: ['type', 'name'], attrs: true },
  Expr: { fields: ['value'], optional: [], attrs: true },
  Expression: { fields: ['body'], optional: [], attrs: false },
  FloorDiv: { fields: [], optional: [], attrs: false },
  For: { fields: ['target', 'iter', 'body', 'orelse', 'type_comment'], optional: ['type_comment'], attrs: true },
  FormattedValue: { fields: ['value', 'conversion', 'format_spec'], optional: ['format_spec'], attrs: true },
  FunctionDef: { fields: ['name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'], optional: ['returns', 'type_comment'], attrs: true },
  FunctionType: { fields: ['argtypes', 'returns'], optional: [], attrs: false },
  GeneratorExp: { fields: ['elt', 'generators'], optional: [], attrs: true },
  Global: { fields: ['names'], optional: [], attrs: true },
  Gt: { fields: [], optional: [], attrs: false },
  GtE: { fields: [], optional: [], attrs: false },
  If: { fields: ['test', 'body', 'orelse'], optional: [], attrs: true },
  IfExp: { fields: ['test', 'body', 'orelse'], optional: [], attrs: true },
  Import: { fields: ['names'], optional: [], attrs: true },
  ImportFrom: { fields: ['module', 'names', 'level'], optional: ['module', 'level'], attrs: true },
  In: { fields: [], optional: [], attrs: false },
  Interactive: { fields: ['body'], optional: [], attrs: false },
  Invert: { fields: [], optional: [], attrs: false },
  Is: { fields: [], optional: [], attrs: false },
  IsNot: { fields: [], optional: [], attrs: false },
  JoinedStr: { fields: ['values'], optional: [], attrs: true },
  LShift: { fields: [], optional: [], attrs: false },
  Lambda: { fields: ['args', 'body'], optional: [], attrs: true },
  List: { fields: ['elts', 'ctx'], optional: [], attrs: true },
  ListComp: { fields: ['elt', 'generators'], optional: [], attrs: true },
  Load: { fields: [], optional: [], attrs: false },
  Lt: { fields: [], optional: [], attrs: false },
  LtE: { fields: [], optional: [], attrs: false },
  MatMult: { fields: [], optional: [], attrs: false },
  Match: { fields: ['subject', 'cases'], optional: [], attrs: true },
  MatchAs: { fields: ['pattern', 'name'], optional: ['pattern', 'name'], attrs: true },
  MatchClass: { fields: ['cls', 'patterns', 'kwd_attrs', 'kwd_patterns'], optional: [], attrs: true },
  MatchMapping: { fields: ['keys', 'patterns', 'rest'], optional: ['rest'], attrs: true },
  MatchOr: { fields: ['patterns'], optional: [], attrs: true },
  MatchSequence: { fields: ['patterns'], optional: [], attrs: true },
  MatchSingleton: { fields: ['value'], optional: [], attrs: true },
  MatchStar: { fields: ['name'], optional: ['name'], attrs: true },
  MatchValue: { fields: ['value'], optional: [], attrs: true },
  Mod: { fields: [], optional: [], attrs: false },
  Module: { fields: ['body', 'type_ignores'], optional: [], attrs: false },
  Mult: { fields: [], optional: [], attrs: false },
  Name: { fields: ['id', 'ctx'], optional: [], attrs: true },
  NamedExpr: { fields: ['target', 'value'], optional: [], attrs: true },
  Nonlocal: { fields: ['names'], optional: [], attrs: true },
  Not: { fields: [], optional: [], attrs: false },
  NotEq: { fields: [], optional: [], attrs: false },
  NotIn: { fields: [], optional: [], attrs: false },
  Or: { fields: [], optional: [], attrs: false },
  Pass: { fields: [], optional: [], attrs: true },
  Pow: { fields: [], optional: [], attrs: false },
  RShift: { fields: [], optional: [], attrs: false },
  Raise: { fields: ['exc', 'cause'], optional: ['exc', 'cause'], attrs: true },
  Return: { fields: ['value'], optional: ['value'], attrs: true },
  Set: { fields: ['elts'], optional: [], attrs: true },
  SetComp: { fields: ['elt', 'generators'], optional: [], attrs: true },
  Slice: { fields: ['lower', 'upper', 'step'], optional: ['lower', 'upper', 'step'], attrs: true },
  Starred: { fields: ['value', 'ctx'], optional: [], attrs: true },
  Store: { fields: [], optional: [], attrs: false },
  Sub: { fields: [], optional: [], attrs: false },
  Subscript: { fields: ['value', 'slice', 'ctx'], optional: [], attrs: true },
  Try: { fields: ['body', 'handlers', 'orelse', 'finalbody'], optional: [], attrs: true },
  TryStar: { fields: ['body', 'handlers', 'orelse', 'finalbody'], optional: [], attrs: true },
  Tuple: { fields: ['elts', 'ctx'], optional: [], attrs: true },
  TypeIgnore: { fields: ['lineno', 'tag'], optional: [], attrs: false },
  UAdd: { fields: [], optional: [], attrs: false },
  USub: { fields: [], optional: [], attrs: false },
  UnaryOp: { fields: ['op', 'operand'], optional: [], attrs: true },
  While: { fields: ['test', 'body', 'orelse'], optional: [], attrs: true },
  With: { fields: ['items', 'body', 'type_comment'], optional: ['type_comment'], attrs: true },
  Yield: { fields: ['value'], optional: ['value'], attrs: true },
  YieldFrom: { fields: ['value'], optional: [], attrs: true },
  alias: { fields: ['name', 'asname'], optional: ['asname'], attrs: true },
  arg: { fields: ['arg', 'annotation', 'type_comment'], optional: ['annotation', 'type_comment'], attrs: true },
  arguments: { fields: ['posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'], optional: ['vararg', 'kwarg'], attrs: false },
  comprehension: { fields: ['target', 'iter', 'ifs', 'is_async'], optional: [], attrs: false },
  keyword: { fields: ['arg', 'value'], optional: ['arg'], attrs: true },
  match_case: { fields: ['pattern', 'guard', 'body'], optional: ['guard'], attrs: false },
  withitem: { fields: ['context_expr', 'optional_vars'], optional: ['optional_vars'], attrs: false },
};

const ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;

export interface DumpOptions {
  /** Also print lineno/col_offset/end_lineno/end_col_offset, as ast.dump(include_attributes=True). */
  readonly includeAttributes?: boolean;
}

/** ast.dump(node) of CPython 3.11. */
export function dumpAst(node: AstNode, options: DumpOptions = {}): string {
  return format(node, options.includeAttributes === true);
}

function format(value: unknown, attrs: boolean): string {
  if (value === null || value === undefined) return 'None';
  if (Array.isArray(value)) return '[' + value.map((v) => format(v, attrs)).join(', ') + ']';
  if (typeof value === 'string') return reprStr(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && '_type' in value) {
    const node = value as Record<string, unknown> & { _type: string };
    const shape = SHAPES[node._type];
    if (shape === undefined) throw new Error(`dumpAst: unknown node ${node._type}`);
    const args: string[] = [];
    for (const f of shape.fields) {
      const v = node[f];
      if ((v === null || v === undefined) && shape.optional.includes(f)) continue;
      if (node._type === 'Constant' && f === 'value') args.push(`value=${reprConst(v as AstConstant)}`);
      else if (node._type === 'MatchSingleton' && f === 'value') args.push(`value=${reprConst(v as AstConstant)}`);
      else args.push(`${f}=${format(v, attrs)}`);
    }
    if (attrs && shape.attrs) {
      for (const a of ATTRIBUTES) {
        const v = node[a];
        if (v === null || v === undefined) continue;
        args.push(`${a}=${format(v, attrs)}`);
      }
    }
    return `${node._type}(${args.join(', ')})`;
  }
  throw new Error(`dumpAst: cannot format ${String(value)}`);
}

/** repr() of a constant. */
export function reprConst(c: AstConstant): string {
  switch (c.t) {
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
    case 'bool': return c.v ? 'True' : 'False';
    case 'int': return c.v.toString();
    case 'float': return reprFloat(c.v);
    case 'complex': {
      const im = reprFloat(c.im, false) + 'j';
      if (c.re === 0 && !Object.is(c.re, -0)) return im;
      const sign = c.im < 0 || Object.is(c.im, -0) ? '' : '+';
      return `(${reprFloat(c.re, false)}${sign}${im})`;
    }
    case 'str': return reprStr(c.v);
    case 'bytes': return reprBytes(c.v);
    case 'tuple': return c.items.length === 1 ? `(${reprConst(c.items[0] as AstConstant)},)` : `(${c.items.map((x) => reprConst(x as AstConstant)).join(', ')})`;
    case 'frozenset': return c.items.length === 0 ? 'frozenset()' : `frozenset({${c.items.map((x) => reprConst(x as AstConstant)).join(', ')}})`;
  }
}

/** float_repr: shortest round-tripping digits; exponent form when exp < -4 or exp >= 16. */
export function reprFloat(x: number, addDot0 = true): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (addDot0 ? '.0' : '');
  const [mant, expStr] = x.toExponential().split('e') as [string, string];
  const exp = Number(expStr);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let out: string;
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    out = `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  } else if (exp < 0) {
    out = '0.' + '0'.repeat(-exp - 1) + digits;
  } else if (digits.length > exp + 1) {
    out = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  } else {
    out = digits + '0'.repeat(exp + 1 - digits.length) + (addDot0 ? '.0' : '');
  }
  return (neg ? '-' : '') + out;
}

export function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x7f) out += ch;
    else if (isPrintable(ch)) out += ch;
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + quote;
}

export function reprBytes(b: readonly number[]): string {
  const hasSq = b.includes(39);
  const hasDq = b.includes(34);
  const quote = hasSq && !hasDq ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    if (c === quote.charCodeAt(0) || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}
