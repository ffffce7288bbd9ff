// Models CPython 3.11's calls, collections and conditionals in Python/compile.c: compiler_call /
// maybe_optimize_method_call / compiler_call_helper (PRECALL+CALL, KW_NAMES, CALL_FUNCTION_EX),
// starunpack_helper, compiler_dict / compiler_subdict, compiler_compare, compiler_boolop and
// compiler_jump_if (the short-circuit jumps used by if/while/assert/comprehension conditions).

import type * as A from '../python/ast';
import type { Block } from './cfg';
import { visitExpr } from './codegen_expr';
import { frozensetItems as frozen } from './frozenset';
import { type Compiler } from './unit';

const STACK_USE_GUIDELINE = 30;

export function addCompare(c: Compiler, op: A.CmpOperatorName): void {
  switch (op) {
    case 'Eq': c.addopI('COMPARE_OP', 2); return;
    case 'NotEq': c.addopI('COMPARE_OP', 3); return;
    case 'Lt': c.addopI('COMPARE_OP', 0); return;
    case 'LtE': c.addopI('COMPARE_OP', 1); return;
    case 'Gt': c.addopI('COMPARE_OP', 4); return;
    case 'GtE': c.addopI('COMPARE_OP', 5); return;
    case 'Is': c.addopI('IS_OP', 0); return;
    case 'IsNot': c.addopI('IS_OP', 1); return;
    case 'In': c.addopI('CONTAINS_OP', 0); return;
    case 'NotIn': c.addopI('CONTAINS_OP', 1); return;
  }
}

/** infer_type(): the type name CPython's warnings use, or null when the type is not known statically. */
export function inferType(e: A.Expr): string | null {
  switch (e._type) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    case 'Constant': {
      const names = { None: 'NoneType', Ellipsis: 'ellipsis', bool: 'bool', int: 'int', float: 'float', complex: 'complex',
        str: 'str', bytes: 'bytes', tuple: 'tuple', frozenset: 'frozenset' } as const;
      return names[e.value.t];
    }
    default: return null;
  }
}

const isNamedSingleton = (e: A.Expr) =>
  e._type !== 'Constant' || e.value.t === 'None' || e.value.t === 'bool' || e.value.t === 'Ellipsis';

/** check_compare: `is` / `is not` against a literal warns. */
function checkCompare(c: Compiler, e: A.Compare): void {
  let left = isNamedSingleton(e.left);
  e.ops.forEach((op, i) => {
    const right = isNamedSingleton(e.comparators[i]);
    if ((op._type === 'Is' || op._type === 'IsNot') && (!right || !left)) {
      c.warn(op._type === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?');
    }
    left = right;
  });
}

/** check_caller: calling a literal warns. */
function checkCaller(c: Compiler, e: A.Expr): void {
  switch (e._type) {
    case 'Constant': case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'DictComp': case 'Set': case 'SetComp':
    case 'GeneratorExp': case 'JoinedStr': case 'FormattedValue':
      c.warn(`'${inferType(e)}' object is not callable; perhaps you missed a comma?`);
      return;
    default: return;
  }
}

/** check_subscripter and check_index for a loaded subscript. */
export function checkSubscript(c: Compiler, value: A.Expr, slice: A.Expr): void {
  let warnValue = false;
  if (value._type === 'Constant') {
    const t = value.value.t;
    warnValue = t === 'None' || t === 'Ellipsis' || t === 'int' || t === 'bool' || t === 'float' || t === 'complex' || t === 'frozenset';
  } else warnValue = value._type === 'Set' || value._type === 'SetComp' || value._type === 'GeneratorExp' || value._type === 'Lambda';
  if (warnValue) {
    c.warn(`'${inferType(value)}' object is not subscriptable; perhaps you missed a comma?`);
    return;
  }
  const indexType = inferType(slice);
  if (indexType === null || indexType === 'int' || indexType === 'bool') return;
  let warnIndex = false;
  if (value._type === 'Constant') warnIndex = value.value.t === 'str' || value.value.t === 'bytes' || value.value.t === 'tuple';
  else warnIndex = ['Tuple', 'List', 'ListComp', 'JoinedStr', 'FormattedValue'].includes(value._type);
  if (warnIndex) {
    c.warn(`${inferType(value)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
  }
}

export function jumpIf(c: Compiler, e: A.Expr, next: Block, cond: boolean): void {
  switch (e._type) {
    case 'UnaryOp':
      if (e.op._type === 'Not') return jumpIf(c, e.operand, next, !cond);
      break;
    case 'BoolOp': {
      const s = e.values;
      const n = s.length - 1;
      const cond2 = e.op._type === 'Or';
      let next2 = next;
      if (cond2 !== cond) next2 = c.newBlock();
      for (let i = 0; i < n; i++) jumpIf(c, s[i], next2, cond2);
      jumpIf(c, s[n], next, cond);
      if (next2 !== next) c.useNextBlock(next2);
      return;
    }
    case 'IfExp': {
      const end = c.newBlock();
      const next2 = c.newBlock();
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, next, cond);
      c.addopJNoline('JUMP', end);
      c.useNextBlock(next2);
      jumpIf(c, e.orelse, next, cond);
      c.useNextBlock(end);
      return;
    }
    case 'Compare': {
      c.setLoc(e);
      const n = e.ops.length - 1;
      if (n > 0) {
        checkCompare(c, e);
        const cleanup = c.newBlock();
        visitExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]);
          c.addopI('SWAP', 2);
          c.addopI('COPY', 2);
          addCompare(c, e.ops[i]._type);
          c.addopJ('POP_JUMP_IF_FALSE', cleanup);
        }
        visitExpr(c, e.comparators[n]);
        addCompare(c, e.ops[n]._type);
        c.addopJ(cond ? 'POP_JUMP_IF_TRUE' : 'POP_JUMP_IF_FALSE', next);
        const end = c.newBlock();
        c.addopJNoline('JUMP', end);
        c.useNextBlock(cleanup);
        c.addop('POP_TOP');
        if (!cond) c.addopJNoline('JUMP', next);
        c.useNextBlock(end);
        return;
      }
      break;
    }
    default: break;
  }
  visitExpr(c, e);
  c.addopJ(cond ? 'POP_JUMP_IF_TRUE' : 'POP_JUMP_IF_FALSE', next);
}

export function compare(c: Compiler, e: A.Compare): void {
  checkCompare(c, e);
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]);
    addCompare(c, e.ops[0]._type);
    return;
  }
  const cleanup = c.newBlock();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]);
    c.addopI('SWAP', 2);
    c.addopI('COPY', 2);
    addCompare(c, e.ops[i]._type);
    c.addopJ('JUMP_IF_FALSE_OR_POP', cleanup);
  }
  visitExpr(c, e.comparators[n]);
  addCompare(c, e.ops[n]._type);
  const end = c.newBlock();
  c.addopJNoline('JUMP', end);
  c.useNextBlock(cleanup);
  c.addopI('SWAP', 2);
  c.addop('POP_TOP');
  c.useNextBlock(end);
}

export function boolop(c: Compiler, e: A.BoolOp): void {
  const jumpi = e.op._type === 'And' ? 'JUMP_IF_FALSE_OR_POP' : 'JUMP_IF_TRUE_OR_POP';
  const end = c.newBlock();
  const s = e.values;
  const n = s.length - 1;
  for (let i = 0; i < n; i++) {
    visitExpr(c, s[i]);
    c.addopJ(jumpi, end);
    c.useNextBlock(c.newBlock());
  }
  visitExpr(c, s[n]);
  c.useNextBlock(end);
}

const allConst = (elts: readonly (A.Expr | null)[], begin: number, end: number): boolean => {
  for (let i = begin; i < end; i++) if (!elts[i] || elts[i]!._type !== 'Constant') return false;
  return true;
};

export function starunpackHelper(c: Compiler, elts: readonly A.Expr[], pushed: number, build: 'BUILD_LIST' | 'BUILD_SET',
  add: 'LIST_APPEND' | 'SET_ADD', extend: 'LIST_EXTEND' | 'SET_UPDATE', tuple: boolean): void {
  const n = elts.length;
  if (n > 2 && allConst(elts, 0, n)) {
    const items = elts.map((e) => (e as A.Constant).value);
    if (tuple && !pushed) {
      c.loadConst({ t: 'tuple', items });
    } else {
      c.addopI(build, pushed);
      c.loadConst(add === 'SET_ADD' ? { t: 'frozenset', items: frozen(items) } : { t: 'tuple', items });
      c.addopI(extend, 1);
      if (tuple) c.addop('LIST_TO_TUPLE');
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((e) => e._type === 'Starred');
  if (!seenStar && !big) {
    for (const e of elts) visitExpr(c, e);
    c.addopI(tuple ? 'BUILD_TUPLE' : build, n + pushed);
    return;
  }
  let built = false;
  if (big) {
    c.addopI(build, pushed);
    built = true;
  }
  elts.forEach((e, i) => {
    if (e._type === 'Starred') {
      if (!built) {
        c.addopI(build, i + pushed);
        built = true;
      }
      visitExpr(c, e.value);
      c.addopI(extend, 1);
    } else {
      visitExpr(c, e);
      if (built) c.addopI(add, 1);
    }
  });
  if (tuple) c.addop('LIST_TO_TUPLE');
}


export function unpackHelper(c: Compiler, elts: readonly A.Expr[]): void {
  const n = elts.length;
  let seenStar = false;
  elts.forEach((e, i) => {
    if (e._type === 'Starred' && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= (0x7fffffff >> 8)) c.error('too many expressions in star-unpacking assignment');
      c.addopI('UNPACK_EX', i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (e._type === 'Starred') {
      c.error('multiple starred expressions in assignment');
    }
  });
  if (!seenStar) c.addopI('UNPACK_SEQUENCE', n);
}

export function assignmentHelper(c: Compiler, elts: readonly A.Expr[]): void {
  unpackHelper(c, elts);
  for (const e of elts) visitExpr(c, e._type === 'Starred' ? e.value : e);
}

function subdict(c: Compiler, e: A.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big && allConst(e.keys, begin, end)) {
    for (let i = begin; i < end; i++) visitExpr(c, e.values[i]);
    c.loadConst({ t: 'tuple', items: e.keys.slice(begin, end).map((k) => (k as A.Constant).value) });
    c.addopI('BUILD_CONST_KEY_MAP', n);
    return;
  }
  if (big) c.addopI('BUILD_MAP', 0);
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i]!);
    visitExpr(c, e.values[i]);
    if (big) c.addopI('MAP_ADD', 1);
  }
  if (!big) c.addopI('BUILD_MAP', n);
}

export function dict(c: Compiler, e: A.Dict): void {
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      if (elements) {
        subdict(c, e, i - elements, i);
        if (haveDict) c.addopI('DICT_UPDATE', 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.addopI('BUILD_MAP', 0);
        haveDict = true;
      }
      visitExpr(c, e.values[i]);
      c.addopI('DICT_UPDATE', 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      subdict(c, e, i - elements, i + 1);
      if (haveDict) c.addopI('DICT_UPDATE', 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    subdict(c, e, n - elements, n);
    if (haveDict) c.addopI('DICT_UPDATE', 1);
    haveDict = true;
  }
  if (!haveDict) c.addopI('BUILD_MAP', 0);
}

function validateKeywords(c: Compiler, keywords: readonly A.Keyword[]): void {
  keywords.forEach((k, i) => {
    if (k.arg === null) return;
    if (k.arg === '__debug__') c.error('cannot assign to __debug__');
    for (const other of keywords.slice(i + 1)) {
      if (other.arg === k.arg) {
        c.setLoc(other);
        c.error(`keyword argument repeated: ${k.arg}`);
      }
    }
  });
}

function kwNames(c: Compiler, keywords: readonly A.Keyword[]): void {
  const arg = c.addConst({ t: 'tuple', items: keywords.map((k) => ({ t: 'str', v: k.arg! })) });
  c.addopI('KW_NAMES', arg);
}

/** update_start_location_to_match_attr: a multi-line attribute access points at the attribute name. */
export function matchAttrLocation(c: Compiler, attr: A.Attribute): void {
  const u = c.u;
  if (u.loc.lineno !== attr.end_lineno) {
    u.loc.lineno = attr.end_lineno;
    const len = [...attr.attr].length;
    if (len <= attr.end_col_offset) u.loc.col = attr.end_col_offset - len;
    else { u.loc.col = -1; u.loc.endCol = -1; }
    u.loc.endLineno = Math.max(u.loc.lineno, u.loc.endLineno);
    if (u.loc.lineno === u.loc.endLineno) u.loc.endCol = Math.max(u.loc.col, u.loc.endCol);
  }
}

function subkwargs(c: Compiler, keywords: readonly A.Keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i].value);
    c.loadConst({ t: 'tuple', items: keywords.slice(begin, end).map((k) => ({ t: 'str', v: k.arg! })) });
    c.addopI('BUILD_CONST_KEY_MAP', n);
    return;
  }
  if (big) c.addopINoline('BUILD_MAP', 0);
  for (let i = begin; i < end; i++) {
    c.loadConst({ t: 'str', v: keywords[i].arg! });
    visitExpr(c, keywords[i].value);
    if (big) c.addopINoline('MAP_ADD', 1);
  }
  if (!big) c.addopI('BUILD_MAP', n);
}

export function callHelper(c: Compiler, n: number, args: readonly A.Expr[], keywords: readonly A.Keyword[]): void {
  validateKeywords(c, keywords);
  const nelts = args.length;
  const nkwelts = keywords.length;
  const exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE || args.some((a) => a._type === 'Starred')
    || keywords.some((k) => k.arg === null);
  if (!exCall) {
    for (const a of args) visitExpr(c, a);
    if (nkwelts) {
      for (const k of keywords) visitExpr(c, k.value);
      kwNames(c, keywords);
    }
    c.addopI('PRECALL', n + nelts + nkwelts);
    c.addopI('CALL', n + nelts + nkwelts);
    return;
  }
  if (n === 0 && nelts === 1 && args[0]._type === 'Starred') visitExpr(c, args[0].value);
  else starunpackHelper(c, args, n, 'BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND', true);
  if (nkwelts) {
    let haveDict = false;
    let nseen = 0;
    keywords.forEach((kw, i) => {
      if (kw.arg === null) {
        if (nseen) {
          subkwargs(c, keywords, i - nseen, i);
          if (haveDict) c.addopI('DICT_MERGE', 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.addopI('BUILD_MAP', 0);
          haveDict = true;
        }
        visitExpr(c, kw.value);
        c.addopI('DICT_MERGE', 1);
      } else nseen++;
    });
    if (nseen) {
      subkwargs(c, keywords, nkwelts - nseen, nkwelts);
      if (haveDict) c.addopI('DICT_MERGE', 1);
    }
  }
  c.addopI('CALL_FUNCTION_EX', nkwelts > 0 ? 1 : 0);
}

/** Whether the module has `import NAME` (is_import_originated: DEF_IMPORT in the top scope). */
function isImportOriginated(c: Compiler, e: A.Expr): boolean {
  if (e._type !== 'Name') return false;
  return ((c.st.top.symbols.get(e.id) ?? 0) & 128) !== 0;
}

function maybeOptimizeMethodCall(c: Compiler, e: A.Call): boolean {
  const meth = e.func;
  if (meth._type !== 'Attribute' || meth.ctx._type !== 'Load') return false;
  if (isImportOriginated(c, meth.value)) return false;
  const argsl = e.args.length;
  const kwdsl = e.keywords.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (e.args.some((a) => a._type === 'Starred')) return false;
  if (e.keywords.some((k) => k.arg === null)) return false;
  visitExpr(c, meth.value);
  c.setLoc(meth);
  matchAttrLocation(c, meth);
  c.addopName('LOAD_METHOD', meth.attr);
  for (const a of e.args) visitExpr(c, a);
  if (kwdsl) {
    for (const k of e.keywords) visitExpr(c, k.value);
    kwNames(c, e.keywords);
  }
  c.setLoc(e);
  matchAttrLocation(c, meth);
  c.addopI('PRECALL', argsl + kwdsl);
  c.addopI('CALL', argsl + kwdsl);
  return true;
}

export function call(c: Compiler, e: A.Call): void {
  validateKeywords(c, e.keywords);
  if (maybeOptimizeMethodCall(c, e)) return;
  checkCaller(c, e.func);
  c.setLoc(e.func);
  c.addop('PUSH_NULL');
  c.setLoc(e);
  visitExpr(c, e.func);
  callHelper(c, 0, e.args, e.keywords);
}
