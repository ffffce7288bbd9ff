// Models gc.DEBUG_STATS's report (Modules/gcmodule.c 3.11: the PySys_WriteStderr calls of gc_collect_main
// and show_stats_each_generations): per collection, "collecting generation g...", the size of each
// generation list and of the permanent generation, then "done, N unreachable, M uncollectable, T elapsed".
//
// The sizes are gc_list_size of CPython's lists, which hold the interpreter's own tracked objects too: the
// simulation adds the phantom generations of phantom.ts to its own lists. The elapsed time is wall-clock time,
// which the deterministic simulation does not have: it prints 0.0000s (the conformance harness normalises
// that one number on both sides, src/conformance/verdict.ts).
// Reports are refused (gcState.statsUnknown) where the simulation's own tracked objects are known to differ
// from CPython's: a first collection that is automatic, a nested tuple constant or __slots__
// (phantom.ts untrustedCode), the weakref module's Python-implemented classes, a collected class, and DEBUG_STATS left set at exit (the shutdown collections, collect.ts collectNoFail).
// Not detected: the thread state's dict and Py_Repr list that CPython makes at the first repr() of a
// container (Objects/object.c Py_ReprEnter), which objects/repr.ts does not make (two objects too few after it).

import { ts } from '../vm/state';
import { pySysWriteStderr } from '../io/fileobject';
import { Unsupported } from '../python/errors';
import { gcState, participates, DEBUG_STATS, type GcList } from './state';
import { arenaConstants } from '../vm/consts';
import { PyType } from '../objects/object';
import * as C from '../objects/callables';
import { PyFrameObj } from '../vm/frame';
import recorded from './gc_start311.json';
import { builtinKeywordCall } from './kwcalls';
import { phantom, startPhantom311, categoryOf, compilerTuples, untrustedCode } from './phantom';

/**
 * PySys_WriteStderr: through sys.stderr as the program finds it (src/core/io). The bound write method it makes is
 * freed before the generation sizes are read, so the write changes no count.
 */
export function writeStderr(text: string): void {
  pySysWriteStderr(text);
}

/**
 * gc_list_size over the simulation's list: linked dicts count only while tracked (state.ts invariant 2), and a
 * frame object only once it owns its frame: CPython 3.11 makes frame objects untracked
 * (_PyFrame_New_NoTrack) and tracks one in take_ownership, when its frame ends while it is still referenced.
 */
export function listSize(list: GcList): number {
  let n = 0;
  for (const o of list) if (participates(o) && !(o instanceof PyFrameObj && !o.frame.ownedByFrameObject)) n++;
  return n;
}

/** sys.modules when __main__ starts (gc_start311.json). */
const modulesAtStart: ReadonlySet<string> = new Set(recorded.modules_at_start);

/**
 * A generation's size as CPython's gc_list_size gives it: the simulation's objects and the phantom ones (the
 * tp_subclasses dicts the program's classes make are the simulation's own, src/core/objects/subclasses.ts).
 */
export function generationSize(g: number): number {
  return listSize(gcState.generations[g]!) + phantom.size(g);
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
export function setUpPhantom(automatic = false): void {
  const st = gcState;
  // CPython's count0 when __main__ starts depends on its compiler's allocations for the program (recorded once,
  // for a two-line script: profile gcCountAtStart), so the first automatic collection may come a few
  // allocations earlier or later there, splitting the generations differently. After any collection the
  // counts are exact. (A first collection by gc.collect() also shows gc was imported before it: CPython makes
  // the gc module's objects at `import gc`, the simulation has them from the start.)
  if (automatic) st.statsUnknown ??= 'gc.DEBUG_STATS after an automatic collection before the first gc.collect()';
  let f = ts.frame;
  while (f !== null && f.previous !== null) f = f.previous;
  const simStart: [number, number, number, number] = [0, 0, 0, 0];
  for (const gen of st.generations) {
    for (const o of gen) {
      if (!st.startup.has(o) || !participates(o)) continue;
      simStart[categoryOf(o)]++;
      // A simulated module CPython loads only when imported (gc aside: a first gc.collect() follows its import)
      // stands for objects CPython may not have: its own share is not calibrated.
      if (o instanceof C.PyModule && o.name !== 'gc' && !modulesAtStart.has(o.name)) {
        st.statsUnknown ??= `gc.DEBUG_STATS with the module '${o.name}', which CPython loads only when imported`;
      }
    }
  }
  if (f === null || f.code.co.name !== '<module>') {
    phantom.setUp(startPhantom311, simStart, [0, 0, 0, 0]);
    st.statsUnknown ??= 'gc.DEBUG_STATS reports of the collections at exit';
    return;
  }
  const arena = new Set(arenaConstants(f.code));
  phantom.setUp(startPhantom311, simStart, compilerTuples(f.code, (o) => arena.has(o)));
  st.statsUnknown ??= untrustedCode(f.code, (o) => arena.has(o));
  const kwLine = builtinKeywordCall(f.code);
  if (kwLine !== null) st.statsUnknown ??= `gc.DEBUG_STATS with keyword arguments to a builtin function (line ${kwLine}: its argument parser's keyword tuple is not modelled)`;
}

/** The two lines gc_collect_main writes before it touches the counts (show_stats_each_generations included). */
export function reportStart(generation: number): void {
  if (gcState.statsUnknown !== null) throw new Unsupported(gcState.statsUnknown, ts.frame?.currentLine() ?? gcState.statsLine);
  const sizes = [0, 1, 2].map((g) => generationSize(g));
  writeStderr(`gc: collecting generation ${generation}...\n`);
  writeStderr(`gc: objects in each generation: ${sizes.join(' ')}\ngc: objects in permanent generation: ${listSize(gcState.permanent) + phantom.permanentSize()}\n`);
}

/** The line written after delete_garbage, before handle_legacy_finalizers ("%.4fs elapsed": see the header). */
export function reportDone(unreachable: number, uncollectable: number): void {
  writeStderr(`gc: done, ${unreachable + uncollectable} unreachable, ${uncollectable} uncollectable, 0.0000s elapsed\n`);
}
