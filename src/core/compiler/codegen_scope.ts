// Models the scope-creating parts of CPython 3.11's Python/compile.c: compiler_nameop (which opcode family a
// name uses), compiler_make_closure, compiler_function, compiler_class, compiler_lambda,
// compiler_comprehension and compiler_body (docstrings, SETUP_ANNOTATIONS).

import type { CodeObject } from '../bytecode/code';
import { LocalKind } from '../bytecode/code';
import type * as A from '../python/ast';
import { assemble } from './assemble';
import { addYieldFrom, addopYield, visitExpr } from './codegen_expr';
import { callHelper, jumpIf } from './codegen_call';
import { visitStmt } from './codegen_stmt';
import { type Compiler } from './unit';
import { Compiler as C } from './unit';
import { Scope, mangle } from './symtable';
import { unparse } from './unparse';

export function nameop(c: Compiler, name: string, ctx: 'Load' | 'Store' | 'Del'): void {
  if (name === '__debug__' && ctx !== 'Load') c.error(ctx === 'Store' ? 'cannot assign to __debug__' : 'cannot delete __debug__');
  const mangled = mangle(c.u.privateName, name);
  const scope = c.u.ste.scopes.get(mangled) ?? 0;
  const isFunc = c.u.ste.type === 'function';
  let optype: 'FAST' | 'GLOBAL' | 'DEREF' | 'NAME' = 'NAME';
  let dict = c.u.names;
  switch (scope) {
    case Scope.FREE: dict = c.u.freevars; optype = 'DEREF'; break;
    case Scope.CELL: dict = c.u.cellvars; optype = 'DEREF'; break;
    case Scope.LOCAL: if (isFunc) optype = 'FAST'; break;
    case Scope.GLOBAL_IMPLICIT: if (isFunc) optype = 'GLOBAL'; break;
    case Scope.GLOBAL_EXPLICIT: optype = 'GLOBAL'; break;
    default: break;
  }
  switch (optype) {
    case 'DEREF': {
      const op = ctx === 'Load' ? (c.u.ste.type === 'class' ? 'LOAD_CLASSDEREF' : 'LOAD_DEREF') : ctx === 'Store' ? 'STORE_DEREF' : 'DELETE_DEREF';
      c.addopI(op, C.addO(dict, mangled));
      return;
    }
    case 'FAST':
      c.addopI(ctx === 'Load' ? 'LOAD_FAST' : ctx === 'Store' ? 'STORE_FAST' : 'DELETE_FAST', C.addO(c.u.varnames, mangled));
      return;
    case 'GLOBAL': {
      const arg = C.addO(dict, mangled);
      if (ctx === 'Load') c.addopI('LOAD_GLOBAL', arg << 1);
      else c.addopI(ctx === 'Store' ? 'STORE_GLOBAL' : 'DELETE_GLOBAL', arg);
      return;
    }
    case 'NAME':
      c.addopI(ctx === 'Load' ? 'LOAD_NAME' : ctx === 'Store' ? 'STORE_NAME' : 'DELETE_NAME', C.addO(dict, mangled));
      return;
  }
}

/** compiler_make_closure: LOAD_CLOSURE each free variable of `co`, then MAKE_FUNCTION. */
export function makeClosure(c: Compiler, co: CodeObject, flags: number): void {
  const frees = co.localsplusNames.filter((_, i) => co.localsplusKinds[i] & LocalKind.FREE);
  if (frees.length) {
    for (const name of frees) {
      const isCell = (c.u.scopeType === 'class' && name === '__class__') || c.u.ste.scopes.get(name) === Scope.CELL;
      const arg = isCell ? c.u.cellvars.get(name) : c.u.freevars.get(name);
      if (arg === undefined) throw new Error(`compiler: no closure slot for ${name} in ${c.u.name}`);
      c.addopI('LOAD_CLOSURE', arg);
    }
    flags |= 0x08;
    c.addopI('BUILD_TUPLE', frees.length);
  }
  c.loadConst({ t: 'code', code: co });
  c.addopI('MAKE_FUNCTION', flags);
}

function getDocstring(body: readonly A.Stmt[]): string | null {
  const s = body[0];
  if (s && s._type === 'Expr' && s.value._type === 'Constant' && s.value.value.t === 'str') return s.value.value.v;
  return null;
}

function findAnn(stmts: readonly A.Stmt[]): boolean {
  for (const st of stmts) {
    switch (st._type) {
      case 'AnnAssign': return true;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        if (findAnn(st.body) || findAnn(st.orelse)) return true;
        break;
      case 'With': case 'AsyncWith': if (findAnn(st.body)) return true; break;
      case 'Try': case 'TryStar':
        if (st.handlers.some((h) => findAnn(h.body))) return true;
        if (findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse)) return true;
        break;
      case 'Match': if (st.cases.some((m) => findAnn(m.body))) return true; break;
      default: break;
    }
  }
  return false;
}

/** compiler_body: module and class bodies (docstring stored as __doc__, SETUP_ANNOTATIONS). */
export function compilerBody(c: Compiler, stmts: readonly A.Stmt[]): void {
  if (c.u.scopeType === 'module' && stmts.length) c.setLoc(stmts[0]);
  if (findAnn(stmts)) c.addop('SETUP_ANNOTATIONS');
  if (!stmts.length) return;
  let i = 0;
  if (getDocstring(stmts) !== null) {
    i = 1;
    visitExpr(c, (stmts[0] as A.ExprStmt).value);
    c.unsetLoc();
    nameop(c, '__doc__', 'Store');
  }
  for (; i < stmts.length; i++) visitStmt(c, stmts[i]);
}

function checkDebugArgs(c: Compiler, a: A.Arguments): void {
  for (const p of [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])]) {
    if (p.arg === '__debug__') c.error('cannot assign to __debug__');
  }
}

/** compiler_default_arguments: push defaults tuple / kwdefaults dict; returns MAKE_FUNCTION flags. */
function defaultArguments(c: Compiler, a: A.Arguments): number {
  let flags = 0;
  if (a.defaults.length) {
    for (const d of a.defaults) visitExpr(c, d);
    c.addopI('BUILD_TUPLE', a.defaults.length);
    flags |= 0x01;
  }
  const keys: string[] = [];
  a.kwonlyargs.forEach((arg, i) => {
    const d = a.kw_defaults[i];
    if (d) {
      keys.push(mangle(c.u.privateName, arg.arg));
      visitExpr(c, d);
    }
  });
  if (keys.length) {
    c.loadConst({ t: 'tuple', items: keys.map((k) => ({ t: 'str', v: k })) });
    c.addopI('BUILD_CONST_KEY_MAP', keys.length);
    flags |= 0x02;
  }
  return flags;
}

/** compiler_visit_annotations: pushes a flat (name, value, …) tuple; returns whether one was pushed. */
function visitAnnotations(c: Compiler, a: A.Arguments, returns: A.Expr | null): boolean {
  let len = 0;
  const one = (id: string, ann: A.Expr | null): void => {
    if (!ann) return;
    c.loadConst({ t: 'str', v: mangle(c.u.privateName, id) });
    if (c.futureAnnotations) c.loadConst({ t: 'str', v: unparse(ann) });
    else if (ann._type === 'Starred') {
      visitExpr(c, ann.value);
      c.addopI('UNPACK_SEQUENCE', 1);
    } else visitExpr(c, ann);
    len += 2;
  };
  for (const p of a.args) one(p.arg, p.annotation);
  for (const p of a.posonlyargs) one(p.arg, p.annotation);
  if (a.vararg?.annotation) one(a.vararg.arg, a.vararg.annotation);
  for (const p of a.kwonlyargs) one(p.arg, p.annotation);
  if (a.kwarg?.annotation) one(a.kwarg.arg, a.kwarg.annotation);
  one('return', returns);
  if (len) {
    c.addopI('BUILD_TUPLE', len);
    return true;
  }
  return false;
}

function applyDecorators(c: Compiler, decos: readonly A.Expr[]): void {
  const saved = c.saveLoc();
  for (let i = decos.length - 1; i >= 0; i--) {
    c.setLoc(decos[i]);
    c.addopI('PRECALL', 0);
    c.addopI('CALL', 0);
  }
  c.restoreLoc(saved);
}

export function compileFunction(c: Compiler, s: A.FunctionDef | A.AsyncFunctionDef): void {
  checkDebugArgs(c, s.args);
  for (const d of s.decorator_list) visitExpr(c, d);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
  let flags = defaultArguments(c, s.args);
  if (visitAnnotations(c, s.args, s.returns)) flags |= 0x04;
  c.enterScope(s.name, s._type === 'AsyncFunctionDef' ? 'async' : 'function', s, firstlineno);
  const doc = getDocstring(s.body);
  c.addConst(doc !== null ? { t: 'str', v: doc } : { t: 'None' });
  c.u.argcount = s.args.args.length;
  c.u.posonlyargcount = s.args.posonlyargs.length;
  c.u.kwonlyargcount = s.args.kwonlyargs.length;
  for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) visitStmt(c, s.body[i]);
  const co = assemble(c, true);
  c.exitScope();
  makeClosure(c, co, flags);
  applyDecorators(c, s.decorator_list);
  nameop(c, s.name, 'Store');
}

export function compileClass(c: Compiler, s: A.ClassDef): void {
  for (const d of s.decorator_list) visitExpr(c, d);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
  c.enterScope(s.name, 'class', s, firstlineno);
  c.u.privateName = s.name;
  nameop(c, '__name__', 'Load');
  nameop(c, '__module__', 'Store');
  c.loadConst({ t: 'str', v: c.u.qualname });
  nameop(c, '__qualname__', 'Store');
  compilerBody(c, s.body);
  c.unsetLoc();
  if (c.u.ste.needsClassClosure) {
    c.addopI('LOAD_CLOSURE', c.u.cellvars.get('__class__')!);
    c.addopI('COPY', 1);
    nameop(c, '__classcell__', 'Store');
  } else {
    c.loadConst({ t: 'None' });
  }
  c.addop('RETURN_VALUE');
  const co = assemble(c, true);
  c.exitScope();
  c.addop('PUSH_NULL');
  c.addop('LOAD_BUILD_CLASS');
  makeClosure(c, co, 0);
  c.loadConst({ t: 'str', v: s.name });
  callHelper(c, 2, s.bases, s.keywords);
  applyDecorators(c, s.decorator_list);
  nameop(c, s.name, 'Store');
}

export function compileLambda(c: Compiler, e: A.Lambda): void {
  checkDebugArgs(c, e.args);
  const flags = defaultArguments(c, e.args);
  c.enterScope('<lambda>', 'lambda', e, e.lineno);
  c.addConst({ t: 'None' });
  c.u.argcount = e.args.args.length;
  c.u.posonlyargcount = e.args.posonlyargs.length;
  c.u.kwonlyargcount = e.args.kwonlyargs.length;
  visitExpr(c, e.body);
  let co: CodeObject;
  if (c.u.ste.generator) co = assemble(c, false);
  else {
    c.addop('RETURN_VALUE');
    co = assemble(c, true);
  }
  c.exitScope();
  makeClosure(c, co, flags);
}

type CompType = 'genexp' | 'listcomp' | 'setcomp' | 'dictcomp';

function comprehensionElement(c: Compiler, elt: A.Expr, val: A.Expr | null, type: CompType, depth: number): void {
  switch (type) {
    case 'genexp':
      visitExpr(c, elt);
      addopYield(c);
      c.addop('POP_TOP');
      break;
    case 'listcomp': visitExpr(c, elt); c.addopI('LIST_APPEND', depth + 1); break;
    case 'setcomp': visitExpr(c, elt); c.addopI('SET_ADD', depth + 1); break;
    case 'dictcomp': visitExpr(c, elt); visitExpr(c, val!); c.addopI('MAP_ADD', depth + 1); break;
  }
}

/** compiler_async_comprehension_generator: `async for` inside a comprehension. */
function asyncComprehensionGenerator(c: Compiler, gens: readonly A.Comprehension[], genIndex: number, depth: number,
  elt: A.Expr, val: A.Expr | null, type: CompType): void {
  const start = c.newBlock();
  const except = c.newBlock();
  const ifCleanup = c.newBlock();
  const gen = gens[genIndex];
  if (genIndex === 0) {
    c.u.argcount = 1;
    c.addopI('LOAD_FAST', 0);
  } else {
    visitExpr(c, gen.iter);
    c.addop('GET_AITER');
  }
  c.useNextBlock(start);
  c.pushFBlock('ASYNC_COMPREHENSION_GENERATOR', start, null, null);
  c.addopJ('SETUP_FINALLY', except);
  c.addop('GET_ANEXT');
  c.loadConst({ t: 'None' });
  addYieldFrom(c, true);
  c.addop('POP_BLOCK');
  visitExpr(c, gen.target);
  for (const e of gen.ifs) jumpIf(c, e, ifCleanup, false);
  depth++;
  if (++genIndex < gens.length) comprehensionGeneratorAny(c, gens, genIndex, depth, elt, val, type);
  if (genIndex >= gens.length) comprehensionElement(c, elt, val, type, depth);
  c.useNextBlock(ifCleanup);
  c.addopJ('JUMP', start);
  c.popFBlock('ASYNC_COMPREHENSION_GENERATOR');
  c.useNextBlock(except);
  c.addop('END_ASYNC_FOR');
}

function comprehensionGeneratorAny(c: Compiler, gens: readonly A.Comprehension[], genIndex: number, depth: number,
  elt: A.Expr, val: A.Expr | null, type: CompType): void {
  if (gens[genIndex].is_async) asyncComprehensionGenerator(c, gens, genIndex, depth, elt, val, type);
  else comprehensionGenerator(c, gens, genIndex, depth, elt, val, type);
}

function comprehensionGenerator(c: Compiler, gens: readonly A.Comprehension[], genIndex: number, depth: number,
  elt: A.Expr, val: A.Expr | null, type: CompType): void {
  let start: ReturnType<Compiler['newBlock']> | null = c.newBlock();
  const ifCleanup = c.newBlock();
  const anchor = c.newBlock();
  const gen = gens[genIndex];
  if (genIndex === 0) {
    c.u.argcount = 1;
    c.addopI('LOAD_FAST', 0);
  } else {
    const elts = gen.iter._type === 'List' || gen.iter._type === 'Tuple' ? gen.iter.elts : null;
    if (elts && elts.length === 1 && elts[0]._type !== 'Starred') {
      visitExpr(c, elts[0]);
      start = null;
    }
    if (start) {
      visitExpr(c, gen.iter);
      c.addop('GET_ITER');
    }
  }
  if (start) {
    depth++;
    c.useNextBlock(start);
    c.addopJ('FOR_ITER', anchor);
  }
  visitExpr(c, gen.target);
  for (const e of gen.ifs) jumpIf(c, e, ifCleanup, false);
  if (++genIndex < gens.length) comprehensionGeneratorAny(c, gens, genIndex, depth, elt, val, type);
  if (genIndex >= gens.length) comprehensionElement(c, elt, val, type, depth);
  c.useNextBlock(ifCleanup);
  if (start) {
    c.addopJ('JUMP', start);
    c.useNextBlock(anchor);
  }
}

export function compileComprehension(c: Compiler, e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
  const type: CompType = e._type === 'GeneratorExp' ? 'genexp' : e._type === 'ListComp' ? 'listcomp'
    : e._type === 'SetComp' ? 'setcomp' : 'dictcomp';
  const name = `<${type === 'genexp' ? 'genexpr' : type}>`;
  const outermost = e.generators[0];
  const outerScope = c.u.scopeType;
  c.enterScope(name, 'comprehension', e, e.lineno);
  c.setLoc(e);
  const isAsyncGenerator = c.u.ste.coroutine;
  if (isAsyncGenerator && type !== 'genexp' && outerScope !== 'async' && outerScope !== 'comprehension') {
    c.error('asynchronous comprehension outside of an asynchronous function');
  }
  if (type !== 'genexp') c.addopI(type === 'listcomp' ? 'BUILD_LIST' : type === 'setcomp' ? 'BUILD_SET' : 'BUILD_MAP', 0);
  const elt = e._type === 'DictComp' ? e.key : e.elt;
  const val = e._type === 'DictComp' ? e.value : null;
  comprehensionGeneratorAny(c, e.generators, 0, 0, elt, val, type);
  if (type !== 'genexp') c.addop('RETURN_VALUE');
  const co = assemble(c, true);
  c.exitScope();
  makeClosure(c, co, 0);
  visitExpr(c, outermost.iter);
  c.addop(outermost.is_async ? 'GET_AITER' : 'GET_ITER');
  c.addopI('PRECALL', 0);
  c.addopI('CALL', 0);
  if (isAsyncGenerator && type !== 'genexp') {
    c.addopI('GET_AWAITABLE', 0);
    c.loadConst({ t: 'None' });
    addYieldFrom(c, true);
  }
}
