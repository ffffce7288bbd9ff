// Models CPython 3.11's statement code generation (Python/compile.c compiler_visit_stmt and the functions it
// calls): assignments, if/for/while, break/continue/return, raise, assert, import and annotated
// assignment. try/with and frame-block unwinding are in codegen_try.ts.

import type * as A from '../python/ast';
import { jumpIf, matchAttrLocation } from './codegen_call';
import { addYieldFrom, binopArg, visitExpr } from './codegen_expr';
import { compileClass, compileFunction, nameop } from './codegen_scope';
import { type Compiler, Compiler as C } from './unit';
import { mangle } from './symtable';
import { unparse } from './unparse';
import { compileMatch } from './codegen_match';
import { compileAsyncWith, compileWith, tryExcept, tryFinally, tryStarExcept, unwindFBlock, unwindFBlockStack } from './codegen_try';

/**
 * What this compiler refuses rather than compiles approximately. Each entry names the construct and why.
 * - `from __future__ import barry_as_FLUFL`: changes the grammar (`<>`); not modelled.
 * - constant folding that JavaScript cannot reproduce bit for bit (complex `**`, a negative float to a
 *   fractional power): refused by constfold.ts with the expression's line.
 */
export const UNSUPPORTED_CONSTRUCTS = ['from __future__ import barry_as_FLUFL', 'complex constant power'] as const;

export function visitStmts(c: Compiler, ss: readonly A.Stmt[]): void {
  for (const s of ss) visitStmt(c, s);
}

export function visitStmt(c: Compiler, s: A.Stmt): void {
  c.setLoc(s);
  switch (s._type) {
    case 'FunctionDef': return compileFunction(c, s);
    case 'ClassDef': return compileClass(c, s);
    case 'Return': return compileReturn(c, s);
    case 'Delete': for (const t of s.targets) visitExpr(c, t); return;
    case 'Assign': {
      visitExpr(c, s.value);
      s.targets.forEach((t, i) => {
        if (i < s.targets.length - 1) c.addopI('COPY', 1);
        visitExpr(c, t);
      });
      return;
    }
    case 'AugAssign': return augassign(c, s);
    case 'AnnAssign': return annassign(c, s);
    case 'For': return compileFor(c, s);
    case 'While': return compileWhile(c, s);
    case 'If': {
      const end = c.newBlock();
      const next = s.orelse.length ? c.newBlock() : end;
      jumpIf(c, s.test, next, false);
      visitStmts(c, s.body);
      if (s.orelse.length) {
        c.addopJNoline('JUMP', end);
        c.useNextBlock(next);
        visitStmts(c, s.orelse);
      }
      c.useNextBlock(end);
      return;
    }
    case 'Raise': {
      let n = 0;
      if (s.exc) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause) {
          visitExpr(c, s.cause);
          n++;
        }
      }
      c.addopI('RAISE_VARARGS', n);
      return;
    }
    case 'Try': return s.finalbody.length ? tryFinally(c, s) : tryExcept(c, s);
    case 'Assert': {
      const t = s.test;
      if ((t._type === 'Tuple' && t.elts.length > 0) || (t._type === 'Constant' && t.value.t === 'tuple' && t.value.items.length > 0)) {
        c.warn('assertion is always true, perhaps remove parentheses?');
      }
      const end = c.newBlock();
      jumpIf(c, s.test, end, true);
      c.addop('LOAD_ASSERTION_ERROR');
      if (s.msg) {
        visitExpr(c, s.msg);
        c.addopI('PRECALL', 0);
        c.addopI('CALL', 0);
      }
      c.addopI('RAISE_VARARGS', 1);
      c.useNextBlock(end);
      return;
    }
    case 'Import': return compileImport(c, s);
    case 'ImportFrom': return fromImport(c, s);
    case 'Global': case 'Nonlocal': return;
    case 'Expr':
      if (s.value._type === 'Constant') {
        c.addop('NOP');
        return;
      }
      visitExpr(c, s.value);
      c.unsetLoc();
      c.addop('POP_TOP');
      return;
    case 'Pass': c.addop('NOP'); return;
    case 'Break': return compileBreak(c);
    case 'Continue': return compileContinue(c);
    case 'With': return compileWith(c, s, 0);
    case 'AsyncFunctionDef': return compileFunction(c, s);
    case 'AsyncFor': return compileAsyncFor(c, s);
    case 'AsyncWith': return compileAsyncWith(c, s, 0);
    case 'Match': return compileMatch(c, s);
    case 'TryStar': return s.finalbody.length ? tryFinally(c, s) : tryStarExcept(c, s);
  }
}

function compileReturn(c: Compiler, s: A.Return): void {
  const preserveTos = s.value !== null && s.value._type !== 'Constant';
  if (c.u.ste.type !== 'function') c.error("'return' outside function");
  if (s.value && c.u.ste.coroutine && c.u.ste.generator) c.error("'return' with value in async generator");
  if (preserveTos) visitExpr(c, s.value!);
  else if (s.value) {
    c.setLoc(s.value);
    c.addop('NOP');
  }
  if (!s.value || s.value.lineno !== s.lineno) {
    c.setLoc(s);
    c.addop('NOP');
  }
  unwindFBlockStack(c, preserveTos, false);
  if (!s.value) c.loadConst({ t: 'None' });
  else if (!preserveTos) c.loadConst((s.value as A.Constant).value);
  c.addop('RETURN_VALUE');
}

function compileBreak(c: Compiler): void {
  const saved = c.saveLoc();
  c.addop('NOP');
  const loop = unwindFBlockStack(c, false, true);
  if (!loop) {
    c.restoreLoc(saved);
    c.error("'break' outside loop");
  }
  unwindFBlock(c, loop, false);
  c.addopJ('JUMP', loop.exit!);
}

function compileContinue(c: Compiler): void {
  const saved = c.saveLoc();
  c.addop('NOP');
  const loop = unwindFBlockStack(c, false, true);
  if (!loop) {
    c.restoreLoc(saved);
    c.error("'continue' not properly in loop");
  }
  c.addopJ('JUMP', loop.block!);
}

// ---- loops ---------------------------------------------------------------------------------------

function compileFor(c: Compiler, s: A.For): void {
  const start = c.newBlock();
  const body = c.newBlock();
  const cleanup = c.newBlock();
  const end = c.newBlock();
  c.pushFBlock('FOR_LOOP', start, end, null);
  visitExpr(c, s.iter);
  c.addop('GET_ITER');
  c.useNextBlock(start);
  c.addopJ('FOR_ITER', cleanup);
  c.useNextBlock(body);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.unsetLoc();
  c.addopJ('JUMP', start);
  c.useNextBlock(cleanup);
  c.popFBlock('FOR_LOOP');
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

function compileAsyncFor(c: Compiler, s: A.AsyncFor): void {
  if (c.u.scopeType !== 'async') c.error("'async for' outside async function");
  const start = c.newBlock();
  const except = c.newBlock();
  const end = c.newBlock();
  visitExpr(c, s.iter);
  c.addop('GET_AITER');
  c.useNextBlock(start);
  c.pushFBlock('FOR_LOOP', start, end, null);
  c.addopJ('SETUP_FINALLY', except);
  c.addop('GET_ANEXT');
  c.loadConst({ t: 'None' });
  addYieldFrom(c, true);
  c.addop('POP_BLOCK');
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.unsetLoc();
  c.addopJ('JUMP', start);
  c.popFBlock('FOR_LOOP');
  c.useNextBlock(except);
  c.setLoc(s.iter);
  c.addop('END_ASYNC_FOR');
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

function compileWhile(c: Compiler, s: A.While): void {
  const loop = c.newBlock();
  const body = c.newBlock();
  const anchor = c.newBlock();
  const end = c.newBlock();
  c.useNextBlock(loop);
  c.pushFBlock('WHILE_LOOP', loop, end, null);
  jumpIf(c, s.test, anchor, false);
  c.useNextBlock(body);
  visitStmts(c, s.body);
  c.setLoc(s);
  jumpIf(c, s.test, body, true);
  c.popFBlock('WHILE_LOOP');
  c.useNextBlock(anchor);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

// ---- assignments and imports ---------------------------------------------------------------------

function augassign(c: Compiler, s: A.AugAssign): void {
  const e = s.target;
  const saved = c.saveLoc();
  c.setLoc(e);
  switch (e._type) {
    case 'Attribute':
      visitExpr(c, e.value);
      c.addopI('COPY', 1);
      matchAttrLocation(c, e);
      c.addopName('LOAD_ATTR', e.attr);
      break;
    case 'Subscript':
      visitExpr(c, e.value);
      visitExpr(c, e.slice);
      c.addopI('COPY', 2);
      c.addopI('COPY', 2);
      c.addop('BINARY_SUBSCR');
      break;
    case 'Name': nameop(c, e.id, 'Load'); break;
    default: throw new Error('compiler: invalid augmented assignment target');
  }
  c.restoreLoc(saved);
  visitExpr(c, s.value);
  c.addopI('BINARY_OP', binopArg(s.op._type, true));
  c.setLoc(e);
  switch (e._type) {
    case 'Attribute':
      matchAttrLocation(c, e);
      c.addopI('SWAP', 2);
      c.addopName('STORE_ATTR', e.attr);
      return;
    case 'Subscript':
      c.addopI('SWAP', 3);
      c.addopI('SWAP', 2);
      c.addop('STORE_SUBSCR');
      return;
    case 'Name': nameop(c, e.id, 'Store'); return;
    default: return;
  }
}

function checkAnnExpr(c: Compiler, e: A.Expr): void {
  visitExpr(c, e);
  c.addop('POP_TOP');
}

function checkAnnSubscr(c: Compiler, e: A.Expr): void {
  if (e._type === 'Slice') {
    if (e.lower) checkAnnExpr(c, e.lower);
    if (e.upper) checkAnnExpr(c, e.upper);
    if (e.step) checkAnnExpr(c, e.step);
  } else if (e._type === 'Tuple') {
    for (const x of e.elts) checkAnnSubscr(c, x);
  } else checkAnnExpr(c, e);
}

function annassign(c: Compiler, s: A.AnnAssign): void {
  const t = s.target;
  if (s.value) {
    visitExpr(c, s.value);
    visitExpr(c, t);
  }
  const modOrClass = c.u.scopeType === 'module' || c.u.scopeType === 'class';
  switch (t._type) {
    case 'Name':
      if (t.id === '__debug__') c.error('cannot assign to __debug__');
      if (s.simple && modOrClass) {
        if (c.futureAnnotations) c.loadConst({ t: 'str', v: unparse(s.annotation) });
        else visitExpr(c, s.annotation);
        c.addopName('LOAD_NAME', '__annotations__');
        c.loadConst({ t: 'str', v: mangle(c.u.privateName, t.id) });
        c.addop('STORE_SUBSCR');
      }
      break;
    case 'Attribute':
      if (!s.value) checkAnnExpr(c, t.value);
      break;
    case 'Subscript':
      if (!s.value) {
        checkAnnExpr(c, t.value);
        checkAnnSubscr(c, t.slice);
      }
      break;
    default: throw new Error('compiler: invalid annotated assignment target');
  }
  if (!s.simple && modOrClass && !c.futureAnnotations) checkAnnExpr(c, s.annotation);
}


function compileImport(c: Compiler, s: A.Import): void {
  for (const alias of s.names) {
    c.loadConst({ t: 'int', v: 0n });
    c.loadConst({ t: 'None' });
    c.addopName('IMPORT_NAME', alias.name);
    if (alias.asname) {
      const parts = alias.name.split('.');
      if (parts.length > 1) {
        for (let i = 1; i < parts.length; i++) {
          c.addopI('IMPORT_FROM', C.addO(c.u.names, parts[i]));
          if (i === parts.length - 1) break;
          c.addopI('SWAP', 2);
          c.addop('POP_TOP');
        }
        nameop(c, alias.asname, 'Store');
        c.addop('POP_TOP');
      } else nameop(c, alias.asname, 'Store');
    } else {
      const dot = alias.name.indexOf('.');
      nameop(c, dot >= 0 ? alias.name.slice(0, dot) : alias.name, 'Store');
    }
  }
}

function fromImport(c: Compiler, s: A.ImportFrom): void {
  c.loadConst({ t: 'int', v: BigInt(s.level ?? 0) });
  if (s.lineno > c.futureLineno && s.module === '__future__') {
    c.error('from __future__ imports must occur at the beginning of the file');
  }
  c.loadConst({ t: 'tuple', items: s.names.map((a) => ({ t: 'str', v: a.name })) });
  c.addopName('IMPORT_NAME', s.module ?? '');
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i];
    if (i === 0 && alias.name.startsWith('*')) {
      c.addop('IMPORT_STAR');
      return;
    }
    c.addopName('IMPORT_FROM', alias.name);
    nameop(c, alias.asname ?? alias.name, 'Store');
  }
  c.addop('POP_TOP');
}
