// Models analyze_block / analyze_name / analyze_cells / drop_class_free / update_symbols of CPython 3.11's
// Python/symtable.c: resolving each name of each scope to LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or
// CELL, passing bound names down and free names up, and marking the class `__class__` cell.

import type * as A from '../python/ast';
import { DEF, DEF_BOUND, Scope, type SymbolEntry } from './symtable';

class Analyzer {
  constructor(private readonly error: (msg: string, loc: A.Located) => never) {}

  analyzeName(ste: SymbolEntry, name: string, flags: number, bound: Set<string> | null, local: Set<string>,
    free: Set<string>, global: Set<string>): void {
    if (flags & DEF.GLOBAL) {
      if (flags & DEF.NONLOCAL) this.error(`name '${name}' is nonlocal and global`, ste.directives.get(name)!);
      ste.scopes.set(name, Scope.GLOBAL_EXPLICIT);
      global.add(name);
      bound?.delete(name);
      return;
    }
    if (flags & DEF.NONLOCAL) {
      if (!bound) this.error('nonlocal declaration not allowed at module level', ste.directives.get(name)!);
      if (!bound.has(name)) this.error(`no binding for nonlocal '${name}' found`, ste.directives.get(name)!);
      ste.scopes.set(name, Scope.FREE);
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      ste.scopes.set(name, Scope.LOCAL);
      local.add(name);
      global.delete(name);
      return;
    }
    if (bound && bound.has(name)) {
      ste.scopes.set(name, Scope.FREE);
      free.add(name);
      return;
    }
    ste.scopes.set(name, Scope.GLOBAL_IMPLICIT);
  }

  analyzeBlock(ste: SymbolEntry, bound: Set<string> | null, free: Set<string>, global: Set<string>): void {
    const local = new Set<string>();
    const newglobal = new Set<string>();
    const newfree = new Set<string>();
    const newbound = new Set<string>();
    if (ste.type === 'class') {
      for (const n of global) newglobal.add(n);
      if (bound) for (const n of bound) newbound.add(n);
    }
    for (const [name, flags] of ste.symbols) this.analyzeName(ste, name, flags, bound, local, free, global);
    if (ste.type !== 'class') {
      if (ste.type === 'function') for (const n of local) newbound.add(n);
      if (bound) for (const n of bound) newbound.add(n);
      for (const n of global) newglobal.add(n);
    } else {
      newbound.add('__class__');
    }
    const allfree = new Set<string>();
    for (const child of ste.children) {
      const tempFree = new Set(newfree);
      this.analyzeBlock(child, new Set(newbound), tempFree, new Set(newglobal));
      for (const n of tempFree) allfree.add(n);
    }
    for (const n of allfree) newfree.add(n);
    if (ste.type === 'function') {
      // analyze_cells: a local that a child needs becomes a cell.
      for (const [name, scope] of ste.scopes) {
        if (scope === Scope.LOCAL && newfree.has(name)) {
          ste.scopes.set(name, Scope.CELL);
          newfree.delete(name);
        }
      }
    } else if (ste.type === 'class') {
      if (newfree.delete('__class__')) ste.needsClassClosure = true;
    }
    this.updateSymbols(ste, bound, newfree);
    for (const n of newfree) free.add(n);
  }

  updateSymbols(ste: SymbolEntry, bound: Set<string> | null, free: Set<string>): void {
    for (const name of free) {
      const v = ste.symbols.get(name);
      if (v !== undefined) {
        if (ste.type === 'class' && v & (DEF_BOUND | DEF.GLOBAL)) ste.symbols.set(name, v | DEF.FREE_CLASS);
        continue;
      }
      if (bound && !bound.has(name)) continue;
      ste.symbols.set(name, 0);
      ste.scopes.set(name, Scope.FREE);
    }
  }
}

export function analyzeSymtable(top: SymbolEntry, error: (msg: string, loc: A.Located) => never): void {
  new Analyzer(error).analyzeBlock(top, null, new Set(), new Set());
}
