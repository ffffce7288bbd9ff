// Models gc.DEBUG_STATS's report (Modules/gcmodule.c 3.11: the PySys_WriteStderr calls of gc_collect_main
// and show_stats_each_generations): per collection, "collecting generation g...", the size of each
// generation list and of the permanent generation, then "done, N unreachable, M uncollectable, T elapsed".
//
// The sizes are gc_list_size of CPython's lists, which hold the interpreter's own tracked objects too: the
// simulation adds the phantom generations of phantom.ts to its own lists. The elapsed time is wall-clock time,
// which the deterministic simulation does not have: it prints 0.0000s (the conformance harness normalises
// that one number on both sides, src/conformance/verdict.ts).

import { ts } from '../vm/state';
import { Unsupported } from '../python/errors';
import { gcState, participates, DEBUG_STATS, type GcList } from './state';
import { arenaConstants } from '../vm/consts';
import { phantom, startPhantom311, categoryOf, compilerTuples, untrustedCode } from './phantom';

/**
 * PySys_WriteStderr's text. CPython writes through sys.stderr.write: the bound method it makes is freed before
 * the generation sizes are read, so the write changes no count (the net effect this model relies on).
 */
export function writeStderr(text: string): void {
  ts.stderr.push(text);
}

/** gc_list_size over the simulation's list: linked dicts count only while tracked (state.ts invariant 2). */
export function listSize(list: GcList): number {
  let n = 0;
  for (const o of list) if (participates(o)) n++;
  return n;
}

/** Whether this collection prints its report. */
export function statsOn(): boolean {
  return (gcState.debug & DEBUG_STATS) !== 0;
}

/**
 * Sets up the phantom generations at the first collection of a run: CPython's recorded start-up objects, minus
 * the simulation's own start-up objects still in its lists, plus the compiler's tuples of the running module.
 * Where that cannot be trusted, DEBUG_STATS reports are refused (statsUnknown) rather than printed wrong.
 */
export function setUpPhantom(): void {
  const st = gcState;
  let f = ts.frame;
  while (f !== null && f.previous !== null) f = f.previous;
  const simStart: [number, number, number, number] = [0, 0, 0, 0];
  for (const gen of st.generations) for (const o of gen) if (st.startup.has(o) && participates(o)) simStart[categoryOf(o)]++;
  if (f === null || f.code.co.name !== '<module>') {
    phantom.setUp(startPhantom311, simStart, [0, 0, 0, 0]);
    st.statsUnknown = 'gc.DEBUG_STATS reports of the collections at exit';
    return;
  }
  const arena = new Set(arenaConstants(f.code));
  phantom.setUp(startPhantom311, simStart, compilerTuples(f.code, (o) => arena.has(o)));
  st.statsUnknown = untrustedCode(f.code, (o) => arena.has(o));
  // CPython creates the gc module's objects at `import gc`; the simulation has them from the start. A
  // collection before the program's first gc call may have run before the import, with other sizes.
  if (!st.moduleUsed) st.statsUnknown = 'gc.DEBUG_STATS after a collection that ran before the program first called a gc function';
}

/** The two lines gc_collect_main writes before it touches the counts (show_stats_each_generations included). */
export function reportStart(generation: number): void {
  if (gcState.statsUnknown !== null) throw new Unsupported(gcState.statsUnknown, ts.frame?.currentLine() ?? gcState.statsLine);
  const sizes = gcState.generations.map((g, i) => listSize(g) + phantom.size(i));
  writeStderr(`gc: collecting generation ${generation}...\n`);
  writeStderr(`gc: objects in each generation: ${sizes.join(' ')}\ngc: objects in permanent generation: ${listSize(gcState.permanent)}\n`);
}

/** The line written after delete_garbage, before handle_legacy_finalizers ("%.4fs elapsed": see the header). */
export function reportDone(unreachable: number, uncollectable: number): void {
  writeStderr(`gc: done, ${unreachable + uncollectable} unreachable, ${uncollectable} uncollectable, 0.0000s elapsed\n`);
}
