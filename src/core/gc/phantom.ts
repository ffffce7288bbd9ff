// Models the tracked objects CPython 3.11's generation lists hold that the simulation has no object for
// ("phantom" objects), so that gc.DEBUG_STATS prints CPython's gc_list_size of each generation
// (Modules/gcmodule.c 3.11 show_stats_each_generations; untrack_tuples, untrack_dicts, gc_list_merge).
//
// Where they come from (recorded by record_gc_start.py into gc_start311.json):
//  - the interpreter's start-up objects, in generation 0 and 2 when __main__ starts (site, encodings, io…),
//    minus the simulation's own start-up objects (its modules, linked before __main__'s globals exist);
//  - the compiler's tuples, which the simulation's code objects keep as arrays: co_names, co_consts and
//    co_localsplusnames of every code object, each merged with an equal one of the same compilation
//    (compile.c merge_const_one), all in generation 0; and the frozensets the AST optimizer folded, which the
//    AST arena keeps beside the copy merge_consts_recursive puts in co_consts.
// Each phantom object is counted in a category that says when the collector untracks it:
//
// Invariants:
// 1. PLAIN objects are never untracked or freed while the program runs.
// 2. T1 objects (tuples of untracked or non-GC items) are untracked by the next untrack_tuples over their
//    generation; T2 objects (tuples holding a T1 tuple later in the list) become T1 in that pass.
// 3. FULL objects (start-up dicts and the tuples of generation 2) are untracked by the next full collection;
//    since a full collection merges every generation, which list holds them before does not change a size.
// 4. Counts move between generations exactly as the collector merges its lists (merge at the start of a
//    collection, survivors to the next generation, a full collection keeps them); gc.freeze moves them all to
//    the permanent share, gc.unfreeze back to generation 2.
// Cost: four numbers per generation; the set-up walks the module's code objects once, at the first collection.

import { PyObject } from '../objects/object';
import * as M from '../objects/models';
import type { ConstValue } from '../bytecode/code';
import { PyDict } from '../objects/dict';
import { mayBeTracked } from './state';
import recorded from './gc_start311.json';

/** When a phantom object stops being tracked (invariants 1–3). */
export const Phantom = {
  /** Never untracked. */
  PLAIN: 0,
  /** Untracked by the next untrack_tuples over its generation. */
  T1: 1,
  /** A tuple that needs one more untrack_tuples pass than T1. */
  T2: 2,
  /** Untracked by the next full collection. */
  FULL: 3,
} as const;
export type Phantom = (typeof Phantom)[keyof typeof Phantom];

type Counts = [number, number, number, number];
const zero = (): Counts => [0, 0, 0, 0];

/** The recorded start-up phantom, without the calibration program's own compiler tuples (record_gc_start.py). */
export interface StartPhantom {
  readonly gen0: readonly [number, number, number, number];
  readonly gen2: readonly [number, number, number, number];
}

export class PhantomGenerations {
  readonly gens: [Counts, Counts, Counts] = [zero(), zero(), zero()];
  /** The permanent generation's share (gc.freeze). */
  permanent: Counts = zero();
  ready = false;

  size(g: number): number {
    const c = this.gens[g]!;
    return c[0] + c[1] + c[2] + c[3];
  }
  permanentSize(): number {
    const c = this.permanent;
    return c[0] + c[1] + c[2] + c[3];
  }
  /** gc.freeze: every generation joins the permanent one. */
  freeze(): void {
    for (let i = 0; i < 3; i++) {
      const c = this.gens[i]!;
      for (let k = 0; k < 4; k++) this.permanent[k] += c[k]!;
      this.gens[i] = zero();
    }
  }
  /** gc.unfreeze: the permanent generation joins the oldest. */
  unfreeze(): void {
    const old = this.gens[2];
    for (let k = 0; k < 4; k++) old[k] += this.permanent[k]!;
    this.permanent = zero();
  }
  /** gc_list_merge of the younger generations into `generation`. */
  merge(generation: number): void {
    const young = this.gens[generation]!;
    for (let i = 0; i < generation; i++) {
      const c = this.gens[i]!;
      for (let k = 0; k < 4; k++) young[k] += c[k]!;
      this.gens[i] = zero();
    }
  }
  /** untrack_tuples over the survivors: T1 go, T2 become T1 (invariant 2). */
  untrackTuples(generation: number): void {
    const c = this.gens[generation]!;
    c[Phantom.T1] = c[Phantom.T2];
    c[Phantom.T2] = 0;
  }
  /** untrack_dicts of a full collection (with the start-up tuples of generation 2, invariant 3). */
  untrackFull(generation: number): void {
    this.gens[generation]![Phantom.FULL] = 0;
  }
  /** The survivors join the next generation. */
  promote(generation: number): void {
    if (generation >= 2) return;
    const from = this.gens[generation]!;
    const to = this.gens[generation + 1]!;
    for (let k = 0; k < 4; k++) to[k] += from[k]!;
    this.gens[generation] = zero();
  }
  /**
   * The phantom when the first collection starts: CPython's start-up objects, minus the simulation's own
   * (`simStart`: by category, all in generation 0), plus the compiler's tuples of the program (`compiler`).
   */
  setUp(start: StartPhantom, simStart: Counts, compiler: Counts): void {
    const g0 = zero();
    for (let k = 0; k < 4; k++) g0[k] = start.gen0[k]! - simStart[k]! + compiler[k]!;
    this.gens[0] = g0;
    this.gens[1] = zero();
    this.gens[2] = [...start.gen2] as Counts;
    this.ready = true;
  }
}

export let phantom = new PhantomGenerations();
export function resetPhantom(): PhantomGenerations {
  phantom = new PhantomGenerations();
  return phantom;
}

export const startPhantom311: StartPhantom = recorded.phantom as unknown as StartPhantom;

/** How the collector will treat one of the simulation's own start-up objects (the same categories). */
export function categoryOf(o: PyObject): Phantom {
  if (o instanceof M.PyTuple) return o.items.some((x) => mayBeTracked(x)) ? Phantom.PLAIN : Phantom.T1;
  if (o instanceof PyDict && !o.ob_type.isHeap) {
    for (let i = 0; i < o.ekeys.length; i++) {
      const k = o.ekeys[i];
      if (k == null) continue;
      if (mayBeTracked(o.evals[i]!) || mayBeTracked(k)) return Phantom.PLAIN;
    }
    return Phantom.FULL;
  }
  return Phantom.PLAIN;
}

/** A constant tuple's key, as the compiler's c_const_cache tells equal constants apart (code objects by identity). */
function constKey(c: ConstValue, codes: Map<object, number>): string {
  switch (c.t) {
    case 'None':
    case 'Ellipsis':
      return c.t;
    case 'bool':
      return `b${c.v}`;
    case 'int':
      return `i${c.v}`;
    case 'float':
      return `f${Object.is(c.v, -0) ? '-0' : c.v}`;
    case 'complex':
      return `c${c.re},${c.im}`;
    case 'str':
      return `s${c.v}`;
    case 'bytes':
      return `y${c.v.join(',')}`;
    case 'tuple':
      return `t(${c.items.map((x) => constKey(x, codes)).join('|')})`;
    case 'frozenset':
      return `z(${c.items.map((x) => constKey(x, codes)).join('|')})`;
    case 'code': {
      let n = codes.get(c.code);
      if (n === undefined) codes.set(c.code, (n = codes.size));
      return `k${n}`;
    }
    default: {
      const never: never = c;
      throw new Error(`unknown constant ${String(never)}`);
    }
  }
}

const STD_STREAMS: ReadonlySet<string> = new Set(['stdout', 'stderr', '__stdout__', '__stderr__']);

/**
 * Why the phantom of a module cannot be trusted, or null. (1) A tuple constant inside another one that the
 * simulation's AST arena does not hold (src/core/vm/consts.ts arenaConstants keeps only the outer one of a
 * folded nested tuple): CPython's arena holds the inner one too, so it keeps its place in generation 0, while
 * the simulation's collector moves it behind the outer one and untracks the outer a pass late. (2) sys.stdout or
 * sys.stderr rebound.
 */
export function untrustedCode(module: M.PyCode, inArena: (o: PyObject) => boolean): string | null {
  const nestedOutside = (t: M.PyTuple): boolean => t.items.some((x) => x instanceof M.PyTuple && (!inArena(x) || nestedOutside(x)));
  const walk = (code: M.PyCode): string | null => {
    if (code.consts.some((c) => c instanceof M.PyTuple && nestedOutside(c))) return 'gc.DEBUG_STATS in a program with a tuple constant inside another one';
    // Rebinding sys.stdout/stderr drops start-up objects of CPython's that the simulation has no phantom for
    // (measured: sys.stderr = sys.stdout leaves generation 2 with 23 objects fewer).
    if (code.co.instructions.some((i) => (i.op === 'STORE_ATTR' || i.op === 'DELETE_ATTR') && STD_STREAMS.has(code.co.names[i.arg]!))) {
      return 'gc.DEBUG_STATS in a program that rebinds sys.stdout or sys.stderr';
    }
    for (const c of code.consts) {
      if (!(c instanceof M.PyCode)) continue;
      const why = walk(c);
      if (why !== null) return why;
    }
    return null;
  };
  return walk(module);
}

/** Whether a constant holds a frozenset, at any depth: a tuple holding one stays tracked. */
function holdsFrozenset(c: ConstValue): boolean {
  return c.t === 'frozenset' || (c.t === 'tuple' && c.items.some(holdsFrozenset));
}

/**
 * The compiler's tuples of a module (makecode: co_names, co_consts, co_localsplusnames of every code object,
 * the inner code objects first), merged by value with each other and with the constant tuples, which the
 * simulation does build; plus the frozensets the AST optimizer folded, which the AST arena keeps beside the
 * merged copy in co_consts (compile.c merge_consts_recursive builds a new frozenset), one per LOAD_CONST.
 * By category, co_consts holding a frozenset stays tracked (PLAIN). co_consts holding a tuple that only the
 * compiler made (`inArena` false: keyword names, defaults, a list display's items; or an import's fromlist) is T2: that tuple has no
 * reference from outside the generation, so move_unreachable moves it behind co_consts, which untrack_tuples
 * then meets while the tuple is still tracked. Every other co_consts, co_names and co_localsplusnames is T1.
 */
export function compilerTuples(module: M.PyCode, inArena: (o: PyObject) => boolean): Counts {
  const out = zero();
  const codes = new Map<object, number>();
  const seen = new Set<string>();
  const constTuples = (c: ConstValue): void => {
    if (c.t === 'tuple') {
      c.items.forEach(constTuples);
      seen.add(constKey(c, codes));
    } else if (c.t === 'frozenset') c.items.forEach(constTuples);
  };
  const all: M.PyCode[] = [];
  const collect = (code: M.PyCode): void => {
    for (const c of code.consts) if (c instanceof M.PyCode) collect(c);
    all.push(code);
  };
  collect(module);
  for (const code of all) code.co.consts.forEach(constTuples);
  const add = (key: string, cat: Phantom): void => {
    if (seen.has(key)) return;
    seen.add(key);
    out[cat]++;
  };
  const strs = (names: readonly string[]): string => `t(${names.map((n) => `s${n}`).join('|')})`;
  for (const code of all) {
    const co = code.co;
    // A set display's frozenset (LOAD_CONST, SET_UPDATE) is the compiler's own: no arena copy is left.
    co.instructions.forEach((ins, i) => {
      if (ins.op === 'LOAD_CONST' && co.consts[ins.arg]?.t === 'frozenset' && co.instructions[i + 1]?.op !== 'SET_UPDATE') out[Phantom.PLAIN]++;
    });
    if (co.names.length > 0) add(strs(co.names), Phantom.T1);
    // IMPORT_NAME's fromlist is the compiler's tuple too (compiler_from_import), whatever arenaConstants says.
    const fromlists = new Set<number>();
    co.instructions.forEach((ins, i) => {
      if (ins.op === 'LOAD_CONST' && co.instructions[i + 1]?.op === 'IMPORT_NAME') fromlists.add(ins.arg);
    });
    if (co.consts.length > 0) {
      let cat: Phantom = Phantom.T1;
      if (co.consts.some(holdsFrozenset)) cat = Phantom.PLAIN;
      else if (code.consts.some((o, i) => o instanceof M.PyTuple && (!inArena(o) || fromlists.has(i)))) cat = Phantom.T2;
      add(constKey({ t: 'tuple', items: co.consts }, codes), cat);
    }
    if (co.localsplusNames.length > 0) add(strs(co.localsplusNames), Phantom.T1);
  }
  return out;
}
