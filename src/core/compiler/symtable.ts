// Models CPython 3.11's symbol table (Python/symtable.c): one entry per module, class, function, lambda and
// comprehension scope; the DEF_* flags collected while walking the tree; and analyze_block(), which
// resolves every name to LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL, including the implicit
// `__class__` cell of `super()` and the SyntaxErrors CPython raises from here. The analysis pass is in
// symtable_analyze.ts.

import type * as A from '../python/ast';
import { PySyntaxError } from '../python/errors';
import { analyzeSymtable } from './symtable_analyze';

/** DEF_* flags (Include/internal/pycore_symtable.h). */
export const DEF = {
  GLOBAL: 1, LOCAL: 2, PARAM: 4, NONLOCAL: 8, USE: 16, FREE: 32, FREE_CLASS: 64, IMPORT: 128, ANNOT: 256, COMP_ITER: 512,
} as const;
export const DEF_BOUND = DEF.LOCAL | DEF.PARAM | DEF.IMPORT;

/** Resolved scopes (pycore_symtable.h). */
export const Scope = {
  /** Bound in this block. */
  LOCAL: 1,
  /** Declared `global` here (or by a walrus in a module-level comprehension). */
  GLOBAL_EXPLICIT: 2,
  /** Not bound in any enclosing function: looked up in globals/builtins. */
  GLOBAL_IMPLICIT: 3,
  /** Bound in an enclosing function: a cell passed in. */
  FREE: 4,
  /** Bound here and used by an inner scope. */
  CELL: 5,
} as const;
export type ScopeKind = (typeof Scope)[keyof typeof Scope];

export type BlockType = 'module' | 'class' | 'function';
export type ComprehensionKind = 'none' | 'list' | 'set' | 'dict' | 'genexp';

export interface SymbolEntry {
  readonly name: string;
  readonly type: BlockType;
  readonly lineno: number;
  /** name → DEF flags | scope << 12 after analysis (insertion order kept, as the dict). */
  readonly symbols: Map<string, number>;
  readonly scopes: Map<string, ScopeKind>;
  /** Parameters in order (ste_varnames): the first entries of co_varnames. */
  readonly varnames: string[];
  readonly children: SymbolEntry[];
  readonly directives: Map<string, A.Located>;
  nested: boolean;
  generator: boolean;
  coroutine: boolean;
  comprehension: ComprehensionKind;
  varargs: boolean;
  varkeywords: boolean;
  needsClassClosure: boolean;
  compIterTarget: boolean;
  compIterExpr: number;
}

export interface SymbolTable {
  readonly top: SymbolEntry;
  /** Entry of a scope-creating node (Module, FunctionDef, ClassDef, Lambda, comprehension). */
  lookup(node: object): SymbolEntry;
}

/** _Py_Mangle: `__x` inside class `C` becomes `_C__x`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return '_' + stripped + name;
}

export function getScope(ste: SymbolEntry, name: string): ScopeKind | 0 {
  return ste.scopes.get(name) ?? 0;
}

function newEntry(name: string, type: BlockType, lineno: number, parent: SymbolEntry | null): SymbolEntry {
  return {
    name, type, lineno, symbols: new Map(), scopes: new Map(), varnames: [], children: [], directives: new Map(),
    nested: parent !== null && (parent.nested || parent.type === 'function'),
    generator: false, coroutine: false, comprehension: 'none', varargs: false, varkeywords: false,
    needsClassClosure: false, compIterTarget: false, compIterExpr: 0,
  };
}

class Builder {
  readonly entries = new Map<object, SymbolEntry>();
  readonly stack: SymbolEntry[] = [];
  cur!: SymbolEntry;
  global!: SymbolEntry;
  privateName: string | null = null;

  /** Under `from __future__ import annotations`, CPython analyses annotations in their own annotation
   * scope, whose names create no cells or globals here; skipping them has the same effect on this scope. */
  constructor(private readonly filename: string, private readonly futureAnnotations = false) {}

  error(msg: string, loc: A.Located): never {
    throw new PySyntaxError({
      msg, lineno: loc.lineno, offset: loc.col_offset + 1, endLineno: loc.end_lineno, endOffset: loc.end_col_offset + 1,
      filename: this.filename,
    });
  }

  enter(name: string, type: BlockType, node: object, lineno: number): void {
    const parent = this.stack.length ? this.cur : null;
    const e = newEntry(name, type, lineno, parent);
    this.entries.set(node, e);
    if (parent) parent.children.push(e);
    else this.global = e;
    this.stack.push(e);
    this.cur = e;
  }

  exit(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1];
  }

  addDef(name: string, flag: number, loc: A.Located, ste: SymbolEntry = this.cur): void {
    const mangled = mangle(this.privateName, name);
    let val = ste.symbols.get(mangled) ?? 0;
    if (flag & DEF.PARAM && val & DEF.PARAM) this.error(`duplicate argument '${name}' in function definition`, loc);
    val |= flag;
    if (ste.compIterTarget) {
      if (val & (DEF.GLOBAL | DEF.NONLOCAL)) {
        this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, loc);
      }
      val |= DEF.COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF.PARAM) ste.varnames.push(mangled);
    else if (flag & DEF.GLOBAL) {
      const g = this.global.symbols;
      g.set(mangled, flag | (g.get(mangled) ?? 0));
    }
  }

  lookupFlags(name: string): number {
    return this.cur.symbols.get(mangle(this.privateName, name)) ?? 0;
  }

  // ---- statements --------------------------------------------------------------------------------

  stmt(s: A.Stmt): void {
    switch (s._type) {
      case 'FunctionDef': case 'AsyncFunctionDef': {
        this.addDef(s.name, DEF.LOCAL, s);
        this.exprs(s.args.defaults);
        for (const d of s.args.kw_defaults) if (d) this.expr(d);
        this.annotations(s.args, s.returns);
        this.exprs(s.decorator_list);
        this.enter(s.name, 'function', s, s.lineno);
        if (s._type === 'AsyncFunctionDef') this.cur.coroutine = true;
        this.arguments(s.args);
        this.stmts(s.body);
        this.exit();
        return;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF.LOCAL, s);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.exprs(s.decorator_list);
        this.enter(s.name, 'class', s, s.lineno);
        const saved = this.privateName;
        this.privateName = s.name;
        this.stmts(s.body);
        this.privateName = saved;
        this.exit();
        return;
      }
      case 'Return': if (s.value) this.expr(s.value); return;
      case 'Delete': this.exprs(s.targets); return;
      case 'Assign': this.exprs(s.targets); this.expr(s.value); return;
      case 'AnnAssign': {
        const t = s.target;
        if (t._type === 'Name') {
          const cur = this.lookupFlags(t.id);
          if (cur & (DEF.GLOBAL | DEF.NONLOCAL) && this.cur !== this.global && s.simple) {
            this.error(`annotated name '${t.id}' can't be ${cur & DEF.GLOBAL ? 'global' : 'nonlocal'}`, s);
          }
          if (s.simple) this.addDef(t.id, DEF.ANNOT | DEF.LOCAL, t);
          else if (s.value) this.addDef(t.id, DEF.LOCAL, t);
        } else this.expr(t);
        this.annotation(s.annotation);
        if (s.value) this.expr(s.value);
        return;
      }
      case 'AugAssign': this.expr(s.target); this.expr(s.value); return;
      case 'For': case 'AsyncFor': this.expr(s.target); this.expr(s.iter); this.stmts(s.body); this.stmts(s.orelse); return;
      case 'While': case 'If': this.expr(s.test); this.stmts(s.body); this.stmts(s.orelse); return;
      case 'Raise': if (s.exc) { this.expr(s.exc); if (s.cause) this.expr(s.cause); } return;
      case 'Try': case 'TryStar': {
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.addDef(h.name, DEF.LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        return;
      }
      case 'Assert': this.expr(s.test); if (s.msg) this.expr(s.msg); return;
      case 'Import': case 'ImportFrom': for (const a of s.names) this.alias(a); return;
      case 'Global': case 'Nonlocal': {
        const word = s._type === 'Global' ? 'global' : 'nonlocal';
        for (const name of s.names) {
          const cur = this.lookupFlags(name);
          if (cur & (DEF.PARAM | DEF.LOCAL | DEF.USE | DEF.ANNOT)) {
            let msg: string;
            if (cur & DEF.PARAM) msg = `name '${name}' is parameter and ${word}`;
            else if (cur & DEF.USE) msg = `name '${name}' is used prior to ${word} declaration`;
            else if (cur & DEF.ANNOT) msg = `annotated name '${name}' can't be ${word}`;
            else msg = `name '${name}' is assigned to before ${word} declaration`;
            this.error(msg, s);
          }
          this.addDef(name, s._type === 'Global' ? DEF.GLOBAL : DEF.NONLOCAL, s);
          this.recordDirective(name, s);
        }
        return;
      }
      case 'Expr': this.expr(s.value); return;
      case 'Pass': case 'Break': case 'Continue': return;
      case 'With': case 'AsyncWith':
        for (const item of s.items) {
          this.expr(item.context_expr);
          if (item.optional_vars) this.expr(item.optional_vars);
        }
        this.stmts(s.body);
        return;
      case 'Match':
        this.expr(s.subject);
        for (const m of s.cases) {
          this.pattern(m.pattern);
          if (m.guard) this.expr(m.guard);
          this.stmts(m.body);
        }
        return;
      default: return A_assertNever(s);
    }
  }

  stmts(ss: readonly A.Stmt[]): void {
    for (const s of ss) this.stmt(s);
  }

  pattern(p: A.Pattern): void {
    switch (p._type) {
      case 'MatchValue': return this.expr(p.value);
      case 'MatchSingleton': return;
      case 'MatchSequence': for (const q of p.patterns) this.pattern(q); return;
      case 'MatchStar': if (p.name) this.addDef(p.name, DEF.LOCAL, p); return;
      case 'MatchMapping':
        this.exprs(p.keys);
        for (const q of p.patterns) this.pattern(q);
        if (p.rest) this.addDef(p.rest, DEF.LOCAL, p);
        return;
      case 'MatchClass':
        this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwd_patterns) this.pattern(q);
        return;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF.LOCAL, p);
        return;
      case 'MatchOr': for (const q of p.patterns) this.pattern(q); return;
    }
  }

  recordDirective(name: string, loc: A.Located): void {
    const m = mangle(this.privateName, name);
    if (!this.cur.directives.has(m)) this.cur.directives.set(m, loc);
  }

  alias(a: A.Alias): void {
    const name = a.asname ?? a.name;
    const dot = name.indexOf('.');
    const store = dot >= 0 ? name.slice(0, dot) : name;
    if (name !== '*') this.addDef(store, DEF.IMPORT, a);
    else if (this.cur.type !== 'module') this.error('import * only allowed at module level', a);
  }

  arguments(a: A.Arguments): void {
    for (const p of a.posonlyargs) this.addDef(p.arg, DEF.PARAM, p);
    for (const p of a.args) this.addDef(p.arg, DEF.PARAM, p);
    for (const p of a.kwonlyargs) this.addDef(p.arg, DEF.PARAM, p);
    if (a.vararg) { this.addDef(a.vararg.arg, DEF.PARAM, a.vararg); this.cur.varargs = true; }
    if (a.kwarg) { this.addDef(a.kwarg.arg, DEF.PARAM, a.kwarg); this.cur.varkeywords = true; }
  }

  /** symtable_visit_annotation. */
  annotation(e: A.Expr): void {
    if (!this.futureAnnotations) {
      this.expr(e);
      return;
    }
    // symtable_raise_if_annotation_block: these cannot appear inside an annotation scope.
    const check = (x: unknown): void => {
      if (Array.isArray(x)) return x.forEach(check);
      if (x === null || typeof x !== 'object') return;
      const n = x as A.Expr;
      const what = n._type === 'Yield' || n._type === 'YieldFrom' ? 'yield expression' : n._type === 'Await' ? 'await expression'
        : n._type === 'NamedExpr' ? 'named expression' : null;
      if (what) this.error(`'${what}' can not be used within an annotation`, n);
      for (const [k, v] of Object.entries(n)) if (k !== '_type' && typeof v === 'object') check(v);
    };
    check(e);
  }

  annotations(a: A.Arguments, returns: A.Expr | null): void {
    if (this.futureAnnotations) {
      for (const p of [...a.posonlyargs, ...a.args]) if (p.annotation) this.annotation(p.annotation);
      if (a.vararg?.annotation) this.annotation(a.vararg.annotation);
      for (const p of a.kwonlyargs) if (p.annotation) this.annotation(p.annotation);
      if (a.kwarg?.annotation) this.annotation(a.kwarg.annotation);
      if (returns) this.annotation(returns);
      return;
    }
    for (const p of [...a.posonlyargs, ...a.args]) if (p.annotation) this.expr(p.annotation);
    if (a.vararg?.annotation) this.expr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.expr(a.kwarg.annotation);
    for (const p of a.kwonlyargs) if (p.annotation) this.expr(p.annotation);
    if (returns) this.expr(returns);
  }

  // ---- expressions -------------------------------------------------------------------------------

  exprs(es: readonly A.Expr[]): void {
    for (const e of es) this.expr(e);
  }

  expr(e: A.Expr): void {
    switch (e._type) {
      case 'NamedExpr': return this.namedExpr(e);
      case 'BoolOp': return this.exprs(e.values);
      case 'BinOp': this.expr(e.left); this.expr(e.right); return;
      case 'UnaryOp': return this.expr(e.operand);
      case 'Lambda': {
        this.exprs(e.args.defaults);
        for (const d of e.args.kw_defaults) if (d) this.expr(d);
        this.enter('lambda', 'function', e, e.lineno);
        this.arguments(e.args);
        this.expr(e.body);
        this.exit();
        return;
      }
      case 'IfExp': this.expr(e.test); this.expr(e.body); this.expr(e.orelse); return;
      case 'Dict': for (const k of e.keys) if (k) this.expr(k); this.exprs(e.values); return;
      case 'Set': return this.exprs(e.elts);
      case 'GeneratorExp': return this.comprehension(e, 'genexpr', e.generators, e.elt, null);
      case 'ListComp': return this.comprehension(e, 'listcomp', e.generators, e.elt, null);
      case 'SetComp': return this.comprehension(e, 'setcomp', e.generators, e.elt, null);
      case 'DictComp': return this.comprehension(e, 'dictcomp', e.generators, e.key, e.value);
      case 'Yield':
        if (e.value) this.expr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== 'none') this.yieldInComprehension(e);
        return;
      case 'YieldFrom':
        this.expr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== 'none') this.yieldInComprehension(e);
        return;
      case 'Await':
        this.expr(e.value);
        this.cur.coroutine = true;
        return;
      case 'Compare': this.expr(e.left); this.exprs(e.comparators); return;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        return;
      case 'FormattedValue': this.expr(e.value); if (e.format_spec) this.expr(e.format_spec); return;
      case 'JoinedStr': return this.exprs(e.values);
      case 'Constant': return;
      case 'Attribute': return this.expr(e.value);
      case 'Subscript': this.expr(e.value); this.expr(e.slice); return;
      case 'Starred': return this.expr(e.value);
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        return;
      case 'Name':
        this.addDef(e.id, e.ctx._type === 'Load' ? DEF.USE : DEF.LOCAL, e);
        if (e.ctx._type === 'Load' && this.cur.type === 'function' && e.id === 'super') {
          this.addDef('__class__', DEF.USE, e);
        }
        return;
      case 'List': case 'Tuple': return this.exprs(e.elts);
      default: return A_assertNever(e);
    }
  }

  yieldInComprehension(e: A.Expr): never {
    const k = this.cur.comprehension;
    const what = k === 'list' ? 'list comprehension' : k === 'set' ? 'set comprehension'
      : k === 'dict' ? 'dict comprehension' : 'generator expression';
    this.error(`'yield' inside ${what}`, e);
  }

  namedExpr(e: A.NamedExpr): void {
    if (this.cur.compIterExpr > 0) {
      this.error('assignment expression cannot be used in a comprehension iterable expression', e);
    }
    if (this.cur.comprehension !== 'none' && e.target._type === 'Name') this.extendNamedExprScope(e.target);
    this.expr(e.value);
    this.expr(e.target);
  }

  extendNamedExprScope(target: A.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension !== 'none') {
        if ((ste.symbols.get(name) ?? 0) & DEF.COMP_ITER) {
          this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
        }
        continue;
      }
      if (ste.type === 'function') {
        const flag = (ste.symbols.get(name) ?? 0) & DEF.GLOBAL ? DEF.GLOBAL : DEF.NONLOCAL;
        this.addDef(name, flag, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF.LOCAL, target, ste);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(name, DEF.GLOBAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF.GLOBAL, target, ste);
        return;
      }
      this.error('assignment expression within a comprehension cannot be used in a class body', target);
    }
  }

  comprehension(e: A.Expr, name: string, gens: readonly A.Comprehension[], elt: A.Expr, value: A.Expr | null): void {
    const outermost = gens[0];
    this.cur.compIterExpr++;
    this.expr(outermost.iter);
    this.cur.compIterExpr--;
    this.enter(name, 'function', e, e.lineno);
    const kind: ComprehensionKind = e._type === 'ListComp' ? 'list' : e._type === 'SetComp' ? 'set'
      : e._type === 'DictComp' ? 'dict' : 'genexp';
    this.cur.comprehension = kind;
    if (outermost.is_async) this.cur.coroutine = true;
    this.addDef('.0', DEF.PARAM, e);
    this.cur.compIterTarget = true;
    this.expr(outermost.target);
    this.cur.compIterTarget = false;
    this.exprs(outermost.ifs);
    for (const g of gens.slice(1)) {
      this.cur.compIterTarget = true;
      this.expr(g.target);
      this.cur.compIterTarget = false;
      this.cur.compIterExpr++;
      this.expr(g.iter);
      this.cur.compIterExpr--;
      this.exprs(g.ifs);
      if (g.is_async) this.cur.coroutine = true;
    }
    if (value) this.expr(value);
    this.expr(elt);
    this.cur.generator = kind === 'genexp';
    const isAsync = this.cur.coroutine && kind !== 'genexp';
    this.exit();
    if (isAsync) this.cur.coroutine = true;
  }
}

function A_assertNever(x: never): never {
  throw new Error(`symtable: unexpected node ${JSON.stringify((x as { _type?: string })._type)}`);
}

/** _PySymtable_Build: walks the module and analyses every scope. Throws PySyntaxError. */
export function buildSymtable(mod: A.Module, filename: string, futureAnnotations = false): SymbolTable {
  const b = new Builder(filename, futureAnnotations);
  b.enter('top', 'module', mod, 0);
  b.stmts(mod.body);
  b.exit();
  analyzeSymtable(b.global, (msg, loc) => b.error(msg, loc));
  return {
    top: b.global,
    lookup(node: object): SymbolEntry {
      const e = b.entries.get(node);
      if (!e) throw new Error('symtable: no entry for node');
      return e;
    },
  };
}
