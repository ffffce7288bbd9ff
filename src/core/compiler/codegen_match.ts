// Models CPython 3.11's pattern-matching code generation (Python/compile.c, PEP 634 section:
// compiler_match_inner, compiler_pattern_* and the pattern_helper_* routines). Each pattern consumes the
// subject on top of the stack and, on failure, jumps to a `fail_pop` block that pops exactly what is on the
// stack at that point; captured names are kept under the items in use and stored once the case matches.

import type * as A from '../python/ast';
import type { Block, Op } from './cfg';
import { addCompare, jumpIf } from './codegen_call';
import { visitExpr } from './codegen_expr';
import { nameop } from './codegen_scope';
import { visitStmts } from './codegen_stmt';
import { constRepr, strRepr } from './consts';
import { equalityKey } from './frozenset';
import type { Compiler } from './unit';

interface PatternContext {
  /** Names captured so far, in stack order. */
  stores: string[];
  /** If false, an irrefutable pattern here is an error ("makes remaining patterns unreachable"). */
  allowIrrefutable: boolean;
  /** failPop[i] pops i items then falls through to failPop[i - 1] … failPop[0]. */
  failPop: Block[];
  /** Items on top of the stack that must stay there (captures go beneath them). */
  onTop: number;
}

const isWildcard = (p: A.Pattern) => p._type === 'MatchAs' && p.name === null && p.pattern === null;
const isStarWildcard = (p: A.Pattern) => p._type === 'MatchStar' && p.name === null;

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newBlock());
}

function jumpToFailPop(c: Compiler, pc: PatternContext, op: Op): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.addopJ(op, pc.failPop[pops]);
}

function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  if (!pc.failPop.length) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useNextBlock(pc.failPop[i]);
    c.addop('POP_TOP');
  }
  c.useNextBlock(pc.failPop[0]);
  pc.failPop = [];
}

function rotate(c: Compiler, count: number): void {
  while (count > 1) c.addopI('SWAP', count--);
}

function storeName(c: Compiler, name: string | null, pc: PatternContext): void {
  if (name === null) {
    c.addop('POP_TOP');
    return;
  }
  if (name === '__debug__') c.error('cannot assign to __debug__');
  if (pc.stores.includes(name)) c.error(`multiple assignments to name ${strRepr(name)} in pattern`);
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function unpackHelper(c: Compiler, elts: readonly A.Pattern[]): void {
  const n = elts.length;
  let seenStar = false;
  elts.forEach((e, i) => {
    if (e._type === 'MatchStar' && !seenStar) {
      c.addopI('UNPACK_EX', i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (e._type === 'MatchStar') c.error('multiple starred expressions in sequence pattern');
  });
  if (!seenStar) c.addopI('UNPACK_SEQUENCE', n);
}

function sequenceUnpack(c: Compiler, patterns: readonly A.Pattern[], pc: PatternContext): void {
  unpackHelper(c, patterns);
  pc.onTop += patterns.length;
  for (const p of patterns) {
    pc.onTop--;
    subpattern(c, p, pc);
  }
}

function sequenceSubscr(c: Compiler, patterns: readonly A.Pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  patterns.forEach((p, i) => {
    if (isWildcard(p) || i === star) return;
    c.addopI('COPY', 1);
    if (i < star) c.loadConst({ t: 'int', v: BigInt(i) });
    else {
      c.addop('GET_LEN');
      c.loadConst({ t: 'int', v: BigInt(size - i) });
      c.addopI('BINARY_OP', 10);
    }
    c.addop('BINARY_SUBSCR');
    subpattern(c, p, pc);
  });
  pc.onTop--;
  c.addop('POP_TOP');
}

function subpattern(c: Compiler, p: A.Pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function patternAs(c: Compiler, p: A.MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name) c.error(`name capture ${strRepr(p.name)} makes remaining patterns unreachable`);
      c.error('wildcard makes remaining patterns unreachable');
    }
    storeName(c, p.name, pc);
    return;
  }
  pc.onTop++;
  c.addopI('COPY', 1);
  pattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, p.name, pc);
}

function patternClass(c: Compiler, p: A.MatchClass, pc: PatternContext): void {
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  if (nattrs) {
    p.kwd_attrs.forEach((attr, i) => {
      c.setLoc(p.kwd_patterns[i]);
      if (attr === '__debug__') c.error('cannot assign to __debug__');
      p.kwd_attrs.forEach((other, j) => {
        if (j > i && other === attr) {
          c.setLoc(p.kwd_patterns[j]);
          c.error(`attribute name repeated in class pattern: ${attr}`);
        }
      });
    });
    c.setLoc(p);
  }
  visitExpr(c, p.cls);
  c.loadConst({ t: 'tuple', items: p.kwd_attrs.map((a) => ({ t: 'str', v: a })) });
  c.addopI('MATCH_CLASS', nargs);
  c.addopI('COPY', 1);
  c.loadConst({ t: 'None' });
  c.addopI('IS_OP', 1);
  pc.onTop++;
  jumpToFailPop(c, pc, 'POP_JUMP_IF_FALSE');
  c.addopI('UNPACK_SEQUENCE', nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const sub = i < nargs ? p.patterns[i] : p.kwd_patterns[i - nargs];
    if (isWildcard(sub)) {
      c.addop('POP_TOP');
      continue;
    }
    subpattern(c, sub, pc);
  }
}

function patternMapping(c: Compiler, p: A.MatchMapping, pc: PatternContext): void {
  let size = p.keys.length;
  const star = p.rest;
  pc.onTop++;
  c.addop('MATCH_MAPPING');
  jumpToFailPop(c, pc, 'POP_JUMP_IF_FALSE');
  if (!size && !star) {
    pc.onTop--;
    c.addop('POP_TOP');
    return;
  }
  if (size) {
    c.addop('GET_LEN');
    c.loadConst({ t: 'int', v: BigInt(size) });
    addCompare(c, 'GtE');
    jumpToFailPop(c, pc, 'POP_JUMP_IF_FALSE');
  }
  const seen = new Set<string>();
  for (const key of p.keys) {
    if (key._type === 'Constant') {
      const k = equalityKey(key.value);
      if (seen.has(k)) c.error(`mapping pattern checks duplicate key (${constRepr(key.value)})`);
      seen.add(k);
    } else if (key._type !== 'Attribute') {
      c.error('mapping pattern keys may only match literals and attribute lookups');
    }
    visitExpr(c, key);
  }
  c.addopI('BUILD_TUPLE', size);
  c.addop('MATCH_KEYS');
  pc.onTop += 2;
  c.addopI('COPY', 1);
  c.loadConst({ t: 'None' });
  c.addopI('IS_OP', 1);
  jumpToFailPop(c, pc, 'POP_JUMP_IF_FALSE');
  c.addopI('UNPACK_SEQUENCE', size);
  pc.onTop += size - 1;
  for (const sub of p.patterns) {
    pc.onTop--;
    subpattern(c, sub, pc);
  }
  pc.onTop -= 2;
  if (star) {
    c.addopI('BUILD_MAP', 0);
    c.addopI('SWAP', 3);
    c.addopI('DICT_UPDATE', 2);
    c.addopI('UNPACK_SEQUENCE', size);
    while (size) {
      c.addopI('COPY', 1 + size--);
      c.addopI('SWAP', 2);
      c.addop('DELETE_SUBSCR');
    }
    storeName(c, star, pc);
  } else {
    c.addop('POP_TOP');
    c.addop('POP_TOP');
  }
}

function patternOr(c: Compiler, p: A.MatchOr, pc: PatternContext): void {
  const end = c.newBlock();
  const old: PatternContext = { ...pc, stores: [...pc.stores], failPop: pc.failPop };
  let control: string[] | null = null;
  p.patterns.forEach((alt, i) => {
    c.setLoc(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === p.patterns.length - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addopI('COPY', 1);
    pattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (i === 0) control = pc.stores;
    else if (nstores !== control!.length) c.error('alternative patterns bind different names');
    else if (nstores) {
      for (let icontrol = nstores - 1; icontrol >= 0; icontrol--) {
        const name = control![icontrol];
        const istores = pc.stores.indexOf(name);
        if (istores < 0) c.error('alternative patterns bind different names');
        if (icontrol !== istores) {
          let rotations = istores + 1;
          const rotated = pc.stores.slice(0, rotations);
          pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations--) rotate(c, icontrol + 1);
        }
      }
    }
    c.addopJ('JUMP', end);
    emitAndResetFailPop(c, pc);
  });
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  c.addop('POP_TOP');
  jumpToFailPop(c, pc, 'JUMP');
  c.useNextBlock(end);
  const nstores = control!.length;
  const nrots = nstores + 1 + pc.onTop + pc.stores.length;
  for (let i = 0; i < nstores; i++) {
    rotate(c, nrots);
    const name = control![i];
    if (pc.stores.includes(name)) c.error(`multiple assignments to name ${strRepr(name)} in pattern`);
    pc.stores.push(name);
  }
  c.addop('POP_TOP');
}

function patternSequence(c: Compiler, p: A.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  patterns.forEach((sub, i) => {
    if (sub._type === 'MatchStar') {
      if (star >= 0) c.error('multiple starred names in sequence pattern');
      starWildcard = isStarWildcard(sub);
      onlyWildcard &&= starWildcard;
      star = i;
      return;
    }
    onlyWildcard &&= isWildcard(sub);
  });
  pc.onTop++;
  c.addop('MATCH_SEQUENCE');
  jumpToFailPop(c, pc, 'POP_JUMP_IF_FALSE');
  if (star < 0) {
    c.addop('GET_LEN');
    c.loadConst({ t: 'int', v: BigInt(size) });
    addCompare(c, 'Eq');
    jumpToFailPop(c, pc, 'POP_JUMP_IF_FALSE');
  } else if (size > 1) {
    c.addop('GET_LEN');
    c.loadConst({ t: 'int', v: BigInt(size - 1) });
    addCompare(c, 'GtE');
    jumpToFailPop(c, pc, 'POP_JUMP_IF_FALSE');
  }
  pc.onTop--;
  if (onlyWildcard) c.addop('POP_TOP');
  else if (starWildcard) sequenceSubscr(c, patterns, star, pc);
  else sequenceUnpack(c, patterns, pc);
}

function pattern(c: Compiler, p: A.Pattern, pc: PatternContext): void {
  c.setLoc(p);
  switch (p._type) {
    case 'MatchValue':
      if (p.value._type !== 'Constant' && p.value._type !== 'Attribute') c.error('patterns may only match literals and attribute lookups');
      visitExpr(c, p.value);
      addCompare(c, 'Eq');
      jumpToFailPop(c, pc, 'POP_JUMP_IF_FALSE');
      return;
    case 'MatchSingleton':
      c.loadConst(p.value);
      addCompare(c, 'Is');
      jumpToFailPop(c, pc, 'POP_JUMP_IF_FALSE');
      return;
    case 'MatchSequence': return patternSequence(c, p, pc);
    case 'MatchMapping': return patternMapping(c, p, pc);
    case 'MatchClass': return patternClass(c, p, pc);
    case 'MatchStar': return storeName(c, p.name, pc);
    case 'MatchAs': return patternAs(c, p, pc);
    case 'MatchOr': return patternOr(c, p, pc);
  }
}

/** compiler_match / compiler_match_inner. */
export function compileMatch(c: Compiler, s: A.Match): void {
  visitExpr(c, s.subject);
  const end = c.newBlock();
  const cases = s.cases.length;
  const last = s.cases[cases - 1];
  const hasDefault = isWildcard(last.pattern) && cases > 1 ? 1 : 0;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - hasDefault; i++) {
    const m = s.cases[i];
    c.setLoc(m.pattern);
    if (i !== cases - hasDefault - 1) c.addopI('COPY', 1);
    pc.stores = [];
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    pattern(c, m.pattern, pc);
    for (const name of pc.stores) nameop(c, name, 'Store');
    if (m.guard) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, m.guard, pc.failPop[0], false);
    }
    if (i !== cases - hasDefault - 1) c.addop('POP_TOP');
    visitStmts(c, m.body);
    c.unsetLoc();
    c.addopJ('JUMP', end);
    c.setLoc(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    const m = last;
    c.setLoc(m.pattern);
    if (cases === 1) c.addop('POP_TOP');
    else c.addop('NOP');
    if (m.guard) jumpIf(c, m.guard, end, false);
    visitStmts(c, m.body);
    c.unsetLoc();
  }
  c.useNextBlock(end);
}
