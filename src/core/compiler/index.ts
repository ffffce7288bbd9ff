// Entry point of the compiler: models _PyAST_Compile (Python/compile.c) — AST optimizer, symbol table,
// code generation and assembly — turning a CPython-shaped Module into a CPython 3.11 code object.

import type { CodeObject } from '../bytecode/code';
import type * as A from '../python/ast';
import { parse } from '../python/index';
import { assemble } from './assemble';
import { optimizeModule } from './astopt';
import { compilerBody } from './codegen_scope';
import { parseFuture } from './future';
import { BUILTIN_NAMES, moduleIdentifiers } from './interning';
import { buildSymtable } from './symtable';
import { type CompileWarning, Compiler } from './unit';

export { formatDis } from './dis';
export { UNSUPPORTED_CONSTRUCTS } from './codegen_stmt';

export type { CompileWarning } from './unit';

/**
 * Compiles a module. Throws PySyntaxError (CPython's compile-time errors) or Unsupported. Compile-time
 * SyntaxWarnings (e.g. `x is 1`) are appended to `warnings` when given, in CPython's order.
 */
export function compile(module: A.Module, filename: string, warnings?: CompileWarning[]): CodeObject {
  const future = parseFuture(module, filename);
  const mod = optimizeModule(module, future.annotations);
  const st = buildSymtable(mod, filename, future.annotations);
  const c = new Compiler(st, filename);
  c.futureLineno = future.lineno;
  c.futureAnnotations = future.annotations;
  c.interned = new Set([...BUILTIN_NAMES, ...moduleIdentifiers(module)]);
  c.enterScope('<module>', 'module', mod, 1);
  c.u.loc.lineno = 1;
  compilerBody(c, mod.body);
  const co = assemble(c, true);
  c.exitScope();
  if (warnings) warnings.push(...c.warnings);
  return co;
}

/** Parses then compiles source text. */
export function compileSource(source: string, filename: string, warnings?: CompileWarning[]): CodeObject {
  return compile(parse(source, filename), filename, warnings);
}
