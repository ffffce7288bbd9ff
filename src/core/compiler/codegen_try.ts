// Models CPython 3.11's exception-handling code generation (Python/compile.c): frame-block unwinding for
// break/continue/return (compiler_unwind_fblock, compiler_unwind_fblock_stack), try/except and try/finally
// (SETUP_FINALLY / SETUP_CLEANUP pseudo-instructions, PUSH_EXC_INFO, CHECK_EXC_MATCH, POP_EXCEPT, RERAISE,
// the `name = None; del name` cleanup of `except E as name`) and the with statement (BEFORE_WITH,
// SETUP_WITH, WITH_EXCEPT_START).

import type * as A from '../python/ast';
import type { Block } from './cfg';
import { addYieldFrom, visitExpr } from './codegen_expr';
import { nameop } from './codegen_scope';
import { visitStmts } from './codegen_stmt';
import type { Compiler, FBlock } from './unit';

// ---- frame-block unwinding (compiler_unwind_fblock / compiler_unwind_fblock_stack) -----------------

function callExitWithNones(c: Compiler): void {
  c.loadConst({ t: 'None' });
  c.loadConst({ t: 'None' });
  c.loadConst({ t: 'None' });
  c.addopI('PRECALL', 2);
  c.addopI('CALL', 2);
}

function popExceptAndReraise(c: Compiler): void {
  c.addopI('COPY', 3);
  c.addop('POP_EXCEPT');
  c.addopI('RERAISE', 1);
}

export function unwindFBlock(c: Compiler, info: FBlock, preserveTos: boolean): void {
  switch (info.type) {
    case 'WHILE_LOOP': case 'EXCEPTION_HANDLER': case 'EXCEPTION_GROUP_HANDLER': case 'ASYNC_COMPREHENSION_GENERATOR': return;
    case 'FOR_LOOP':
      if (preserveTos) c.addopI('SWAP', 2);
      c.addop('POP_TOP');
      return;
    case 'TRY_EXCEPT': c.addop('POP_BLOCK'); return;
    case 'FINALLY_TRY':
      c.addop('POP_BLOCK');
      if (preserveTos) c.pushFBlock('POP_VALUE', null, null, null);
      visitStmts(c, info.datum as readonly A.Stmt[]);
      if (preserveTos) c.popFBlock('POP_VALUE');
      c.unsetLoc();
      return;
    case 'FINALLY_END':
      if (preserveTos) c.addopI('SWAP', 2);
      c.addop('POP_TOP');
      if (preserveTos) c.addopI('SWAP', 2);
      c.addop('POP_BLOCK');
      c.addop('POP_EXCEPT');
      return;
    case 'WITH': case 'ASYNC_WITH':
      c.setLoc(info.datum as A.With);
      c.addop('POP_BLOCK');
      if (preserveTos) c.addopI('SWAP', 2);
      callExitWithNones(c);
      if (info.type === 'ASYNC_WITH') {
        c.addopI('GET_AWAITABLE', 2);
        c.loadConst({ t: 'None' });
        addYieldFrom(c, true);
      }
      c.addop('POP_TOP');
      c.unsetLoc();
      return;
    case 'HANDLER_CLEANUP':
      if (info.datum) c.addop('POP_BLOCK');
      if (preserveTos) c.addopI('SWAP', 2);
      c.addop('POP_BLOCK');
      c.addop('POP_EXCEPT');
      if (info.datum) {
        c.loadConst({ t: 'None' });
        nameop(c, info.datum as string, 'Store');
        nameop(c, info.datum as string, 'Del');
      }
      return;
    case 'POP_VALUE':
      if (preserveTos) c.addopI('SWAP', 2);
      c.addop('POP_TOP');
      return;
  }
}

/** Unwinds frame blocks; with `loop`, stops at the innermost loop and returns it. */
export function unwindFBlockStack(c: Compiler, preserveTos: boolean, stopAtLoop: boolean): FBlock | null {
  const fbs = c.u.fblocks;
  if (!fbs.length) return null;
  const top = fbs[fbs.length - 1];
  if (top.type === 'EXCEPTION_GROUP_HANDLER') c.error("'break', 'continue' and 'return' cannot appear in an except* block");
  if (stopAtLoop && (top.type === 'WHILE_LOOP' || top.type === 'FOR_LOOP')) return top;
  fbs.pop();
  unwindFBlock(c, top, preserveTos);
  const loop = unwindFBlockStack(c, preserveTos, stopAtLoop);
  fbs.push(top);
  return loop;
}

// ---- try -----------------------------------------------------------------------------------------

export function tryFinally(c: Compiler, s: A.Try | A.TryStar): void {
  const body = c.newBlock();
  const end = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  c.addopJ('SETUP_FINALLY', end);
  c.useNextBlock(body);
  c.pushFBlock('FINALLY_TRY', body, end, s.finalbody);
  if (s.handlers.length) {
    if (s._type === 'Try') tryExcept(c, s);
    else tryStarExcept(c, s);
  } else visitStmts(c, s.body);
  c.addopNoline('POP_BLOCK');
  c.popFBlock('FINALLY_TRY');
  visitStmts(c, s.finalbody);
  c.addopJNoline('JUMP', exit);
  c.useNextBlock(end);
  c.unsetLoc();
  c.addopJ('SETUP_CLEANUP', cleanup);
  c.addop('PUSH_EXC_INFO');
  c.pushFBlock('FINALLY_END', end, null, null);
  visitStmts(c, s.finalbody);
  c.popFBlock('FINALLY_END');
  c.addopI('RERAISE', 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(exit);
}

export function tryExcept(c: Compiler, s: A.Try): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const end = c.newBlock();
  const cleanup = c.newBlock();
  c.addopJ('SETUP_FINALLY', except);
  c.useNextBlock(body);
  c.pushFBlock('TRY_EXCEPT', body, null, null);
  visitStmts(c, s.body);
  c.popFBlock('TRY_EXCEPT');
  c.addopNoline('POP_BLOCK');
  visitStmts(c, s.orelse);
  c.addopJNoline('JUMP', end);
  const n = s.handlers.length;
  c.useNextBlock(except);
  c.unsetLoc();
  c.addopJ('SETUP_CLEANUP', cleanup);
  c.addop('PUSH_EXC_INFO');
  c.pushFBlock('EXCEPTION_HANDLER', null, null, null);
  s.handlers.forEach((h, i) => {
    c.setLoc(h);
    if (!h.type && i < n - 1) c.error("default 'except:' must be last");
    except = c.newBlock();
    if (h.type) {
      visitExpr(c, h.type);
      c.addop('CHECK_EXC_MATCH');
      c.addopJ('POP_JUMP_IF_FALSE', except);
    }
    if (h.name) {
      const cleanupEnd = c.newBlock();
      const cleanupBody = c.newBlock();
      nameop(c, h.name, 'Store');
      c.addopJ('SETUP_CLEANUP', cleanupEnd);
      c.useNextBlock(cleanupBody);
      c.pushFBlock('HANDLER_CLEANUP', cleanupBody, null, h.name);
      visitStmts(c, h.body);
      c.popFBlock('HANDLER_CLEANUP');
      c.unsetLoc();
      c.addop('POP_BLOCK');
      c.addop('POP_BLOCK');
      c.addop('POP_EXCEPT');
      c.loadConst({ t: 'None' });
      nameop(c, h.name, 'Store');
      nameop(c, h.name, 'Del');
      c.addopJ('JUMP', end);
      c.useNextBlock(cleanupEnd);
      c.unsetLoc();
      c.loadConst({ t: 'None' });
      nameop(c, h.name, 'Store');
      nameop(c, h.name, 'Del');
      c.addopI('RERAISE', 1);
    } else {
      const cleanupBody = c.newBlock();
      c.addop('POP_TOP');
      c.useNextBlock(cleanupBody);
      c.pushFBlock('HANDLER_CLEANUP', cleanupBody, null, null);
      visitStmts(c, h.body);
      c.popFBlock('HANDLER_CLEANUP');
      c.unsetLoc();
      c.addop('POP_BLOCK');
      c.addop('POP_EXCEPT');
      c.addopJ('JUMP', end);
    }
    c.useNextBlock(except);
  });
  c.unsetLoc();
  c.popFBlock('EXCEPTION_HANDLER');
  c.addopI('RERAISE', 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(end);
}

// ---- with ----------------------------------------------------------------------------------------

function withExceptFinish(c: Compiler, cleanup: Block): void {
  c.unsetLoc();
  const exit = c.newBlock();
  c.addopJ('POP_JUMP_IF_TRUE', exit);
  c.addopI('RERAISE', 2);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(exit);
  c.addop('POP_TOP');
  c.addop('POP_BLOCK');
  c.addop('POP_EXCEPT');
  c.addop('POP_TOP');
  c.addop('POP_TOP');
}

export function compileWith(c: Compiler, s: A.With, pos: number): void {
  const item = s.items[pos];
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  visitExpr(c, item.context_expr);
  c.addop('BEFORE_WITH');
  c.addopJ('SETUP_WITH', final);
  c.useNextBlock(block);
  c.pushFBlock('WITH', block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop('POP_TOP');
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compileWith(c, s, pos);
  c.unsetLoc();
  c.addop('POP_BLOCK');
  c.popFBlock('WITH');
  c.setLoc(s);
  callExitWithNones(c);
  c.addop('POP_TOP');
  c.addopJ('JUMP', exit);
  c.useNextBlock(final);
  c.addopJ('SETUP_CLEANUP', cleanup);
  c.addop('PUSH_EXC_INFO');
  c.addop('WITH_EXCEPT_START');
  withExceptFinish(c, cleanup);
  c.useNextBlock(exit);
}


/** compiler_try_star_except: `except*` handlers split an exception group with CHECK_EG_MATCH. */
export function tryStarExcept(c: Compiler, s: A.TryStar): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const orelse = c.newBlock();
  const end = c.newBlock();
  const cleanup = c.newBlock();
  const reraiseStar = c.newBlock();
  c.addopJ('SETUP_FINALLY', except);
  c.useNextBlock(body);
  c.pushFBlock('TRY_EXCEPT', body, null, null);
  visitStmts(c, s.body);
  c.popFBlock('TRY_EXCEPT');
  c.addopNoline('POP_BLOCK');
  c.addopJNoline('JUMP', orelse);
  const n = s.handlers.length;
  c.useNextBlock(except);
  c.unsetLoc();
  c.addopJ('SETUP_CLEANUP', cleanup);
  c.addop('PUSH_EXC_INFO');
  c.pushFBlock('EXCEPTION_GROUP_HANDLER', null, null, 'except handler');
  s.handlers.forEach((h, i) => {
    c.setLoc(h);
    except = c.newBlock();
    const exceptWithError = c.newBlock();
    const noMatch = c.newBlock();
    if (i === 0) {
      c.addopI('COPY', 1);
      c.addopI('BUILD_LIST', 0);
      c.addopI('SWAP', 2);
    }
    if (h.type) {
      visitExpr(c, h.type);
      c.addop('CHECK_EG_MATCH');
      c.addopI('COPY', 1);
      c.addopJ('POP_JUMP_IF_NONE', noMatch);
    }
    const cleanupEnd = c.newBlock();
    const cleanupBody = c.newBlock();
    if (h.name) nameop(c, h.name, 'Store');
    else c.addop('POP_TOP');
    c.addopJ('SETUP_CLEANUP', cleanupEnd);
    c.useNextBlock(cleanupBody);
    c.pushFBlock('HANDLER_CLEANUP', cleanupBody, null, h.name);
    visitStmts(c, h.body);
    c.popFBlock('HANDLER_CLEANUP');
    c.unsetLoc();
    c.addop('POP_BLOCK');
    if (h.name) {
      c.loadConst({ t: 'None' });
      nameop(c, h.name, 'Store');
      nameop(c, h.name, 'Del');
    }
    c.addopJ('JUMP', except);
    c.useNextBlock(cleanupEnd);
    c.unsetLoc();
    if (h.name) {
      c.loadConst({ t: 'None' });
      nameop(c, h.name, 'Store');
      nameop(c, h.name, 'Del');
    }
    c.addopI('LIST_APPEND', 3);
    c.addop('POP_TOP');
    c.addopJ('JUMP', exceptWithError);
    c.useNextBlock(except);
    c.addop('NOP');
    c.addopJ('JUMP', exceptWithError);
    c.useNextBlock(noMatch);
    c.addop('POP_TOP');
    c.useNextBlock(exceptWithError);
    if (i === n - 1) {
      c.addopI('LIST_APPEND', 1);
      c.addopJ('JUMP', reraiseStar);
    }
  });
  c.unsetLoc();
  c.popFBlock('EXCEPTION_GROUP_HANDLER');
  const reraise = c.newBlock();
  c.useNextBlock(reraiseStar);
  c.addop('PREP_RERAISE_STAR');
  c.addopI('COPY', 1);
  c.addopJ('POP_JUMP_IF_NOT_NONE', reraise);
  c.addop('POP_TOP');
  c.addop('POP_BLOCK');
  c.addop('POP_EXCEPT');
  c.addopJ('JUMP', end);
  c.useNextBlock(reraise);
  c.addop('POP_BLOCK');
  c.addopI('SWAP', 2);
  c.addop('POP_EXCEPT');
  c.addopI('RERAISE', 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(orelse);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

/** compiler_async_with: BEFORE_ASYNC_WITH, awaited __aenter__ / __aexit__. */
export function compileAsyncWith(c: Compiler, s: A.AsyncWith, pos: number): void {
  if (c.u.scopeType !== 'async') c.error("'async with' outside async function");
  const item = s.items[pos];
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  visitExpr(c, item.context_expr);
  c.addop('BEFORE_ASYNC_WITH');
  c.addopI('GET_AWAITABLE', 1);
  c.loadConst({ t: 'None' });
  addYieldFrom(c, true);
  c.addopJ('SETUP_WITH', final);
  c.useNextBlock(block);
  c.pushFBlock('ASYNC_WITH', block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop('POP_TOP');
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compileAsyncWith(c, s, pos);
  c.popFBlock('ASYNC_WITH');
  c.addop('POP_BLOCK');
  c.setLoc(s);
  callExitWithNones(c);
  c.addopI('GET_AWAITABLE', 2);
  c.loadConst({ t: 'None' });
  addYieldFrom(c, true);
  c.addop('POP_TOP');
  c.addopJ('JUMP', exit);
  c.useNextBlock(final);
  c.addopJ('SETUP_CLEANUP', cleanup);
  c.addop('PUSH_EXC_INFO');
  c.addop('WITH_EXCEPT_START');
  c.addopI('GET_AWAITABLE', 2);
  c.loadConst({ t: 'None' });
  addYieldFrom(c, true);
  withExceptFinish(c, cleanup);
  c.useNextBlock(exit);
}
