// Models one collection of CPython 3.11's cyclic garbage collector, phase by phase (Modules/gcmodule.c 3.11:
// gc_collect_main, deduce_unreachable = update_refs + subtract_refs + move_unreachable, untrack_tuples,
// untrack_dicts, handle_weakrefs, finalize_garbage, handle_resurrected_objects, delete_garbage), and the
// automatic trigger (gc_collect_generations with the long_lived_pending > long_lived_total / 4 rule).
//
// Invariants:
// 1. Only objects of the generations being collected are COLLECTING (have a gc_refs entry); every other
//    object is an external root as far as this collection is concerned.
// 2. An object is freed by the collector only through tp_clear and the reference counting it triggers; an
//    object that survives tp_clear moves to the older generation (delete_garbage's "still alive" rule).
// 3. Every phase reports gc_refs for every object of the young list to `gcListener` (when one is set), so a
//    viewer can scrub through update_refs → subtract_refs → move_unreachable.
// 4. The collector never runs re-entrantly: `collecting` guards both gc.collect() and the automatic trigger.

import { PyObject, PyType, INCREF, DECREF } from '../objects/object';
import { heap } from '../objects/heap';
import * as M from '../objects/models';
import { PyDict, clearDictFreeList } from '../objects/dict';
import { Unsupported } from '../python/errors';
import { GcPhase, GcReach } from '../trace/events';
import { traverse, clear, typeDictOwner } from './traverse';
import { handleWeakrefs, setWeakrefListener } from './weakrefs';
import { PyGen, GenState } from '../vm/gen';
import { gcState, type GcList, participates, mayBeTracked, DEBUG_SAVEALL, setCollectGenerations, setTrackListener, setResetPhantom } from './state';
import { finalizerHooks } from '../objects/instance';
import { statsOn, reportStart, reportDone, generationSize, setUpPhantom } from './stats';
import { phantom, resetPhantom } from './phantom';

/** Observer of collections (the recorder wires this to its TraceSink). */
export interface GcListener {
  start(generation: number): void;
  phase(phase: GcPhase): void;
  refs(o: PyObject, gcRefs: number, reach: GcReach): void;
  stop(generation: number, collected: number, uncollectable: number): void;
  /**
   * _PyObject_GC_TRACK (generation 0), UNTRACK (-1), a dict starting or ceasing to be tracked, and moves between
   * generations (the merge of the younger generations at a collection's start, promotion of the survivors,
   * gc.freeze → 3 = permanent). Moves into a collection's private lists (unreachable, the callbacks to call)
   * are not reported: such an object is still in the generation being collected until it is freed or moved on.
   * Reported once per change (state.ts keeps the last generation told).
   */
  tracked?(o: PyObject, generation: number): void;
  /**
   * A weakref was cleared because its referent is dying (PyObject_ClearWeakRefs at deallocation, or
   * handle_weakrefs), or because the weakref is itself unreachable garbage (handle_weakrefs' first loop).
   * A weakref that is simply deallocated is not reported: its OBJECT_FREE says it all.
   */
  weakrefCleared?(wr: PyObject, referent: PyObject): void;
  /** A weakref callback is about to be called (handle_callback, or handle_weakrefs' wrcb_to_call loop). */
  weakrefCallback?(wr: PyObject, callback: PyObject): void;
  /** A finalizer is about to run: tp_finalize (a class __del__, a generator's close) = 0, a legacy tp_del = 1. */
  finalizer?(o: PyObject, kind: 0 | 1): void;
  /** gc.set_threshold changed the thresholds. */
  thresholds?(t0: number, t1: number, t2: number): void;
}
export let gcListener: GcListener | null = null;
export function setGcListener(l: GcListener | null): void {
  gcListener = l;
  setTrackListener(l !== null && l.tracked !== undefined ? (o, g) => l.tracked!(o, g) : null);
  setWeakrefListener(l);
  finalizerHooks.finalizing = l !== null && l.finalizer !== undefined ? (o) => l.finalizer!(o, 0) : null;
}

/** Hooks the gc module installs: running gc.callbacks, finalizers and weakref handling. */
export const collectHooks: {
  invokeCallbacks: (phase: 'start' | 'stop', generation: number, collected: number, uncollectable: number) => void;
  callFinalizer: (o: PyObject) => void;
  lineOf: () => number;
} = {
  invokeCallbacks: () => {},
  callFinalizer: () => {},
  lineOf: () => 0,
};

type Refs = Map<PyObject, number>;

/** GC types whose tp_traverse this model does not follow (their references live in VM frames). */
const UNMODELLED_CONTAINERS: ReadonlySet<string> = new Set(['coroutine', 'async_generator']);

function report(list: Iterable<PyObject>, refs: Refs, reach: GcReach): void {
  const l = gcListener;
  if (l === null) return;
  for (const o of list) {
    const r = refs.get(o);
    if (r !== undefined) l.refs(o, r, reach);
  }
}

/** deduce_unreachable: fills `unreachable` with the objects of `young` not reachable from outside it. */
function deduceUnreachable(young: GcList, unreachable: GcList): Refs {
  const refs: Refs = new Map();
  const l = gcListener;
  // update_refs: gc_refs = ob_refcnt, and the object becomes COLLECTING.
  l?.phase(GcPhase.UPDATE_REFS);
  for (const o of young) if (participates(o)) refs.set(o, o.ob_refcnt);
  report(young, refs, GcReach.COUNTING);
  // subtract_refs: every reference from inside the young list is not an external one.
  l?.phase(GcPhase.SUBTRACT_REFS);
  const decref = (op: PyObject): void => {
    const r = refs.get(op);
    if (r !== undefined) refs.set(op, r - 1);
  };
  for (const o of refs.keys()) traverse(o, decref);
  report(young, refs, GcReach.COUNTING);
  for (const [o, r] of refs) {
    // A frame, traceback or generator referenced only from inside the generation may be garbage whose
    // references the model cannot follow: refuse rather than keep (or free) the wrong objects.
    if (r === 0 && UNMODELLED_CONTAINERS.has(o.ob_type.tp_name)) {
      throw new Unsupported(`collecting a cycle through a ${o.ob_type.tp_name} object`, collectHooks.lineOf());
    }
  }
  // move_unreachable: a scan in list order; objects reached from a reachable one come back to young's tail.
  l?.phase(GcPhase.MOVE_UNREACHABLE);
  const collecting = new Set(refs.keys());
  const visitReachable = (op: PyObject): void => {
    if (!collecting.has(op)) return;
    if (unreachable.has(op)) {
      gcState.moveTo(op, young);
      refs.set(op, 1);
    } else if (refs.get(op) === 0) refs.set(op, 1);
  };
  for (const o of young) {
    if (!collecting.has(o)) continue;
    if (refs.get(o)! > 0) {
      traverse(o, visitReachable);
      collecting.delete(o);
    } else {
      gcState.moveTo(o, unreachable);
    }
  }
  report(young, refs, GcReach.REACHABLE);
  report(unreachable, refs, GcReach.TENTATIVELY_UNREACHABLE);
  return refs;
}

/** _PyTuple_MaybeUntrack over every tuple of the survivors. */
function untrackTuples(young: GcList): void {
  for (const o of young) {
    if (!(o instanceof M.PyTuple) || o.ob_type !== M.EMPTY_TUPLE.ob_type) continue;
    if (o.items.some((x) => mayBeTracked(x))) continue;
    gcState.untrack(o);
    gcState.untrackedTuples.add(o);
  }
}

/** _PyDict_MaybeUntrack over every exact dict of a full collection's survivors. */
function untrackDicts(young: GcList): void {
  for (const o of young) {
    if (!(o instanceof PyDict) || o.ob_type.isHeap || !o.tracked) continue;
    // A class's dict keeps its entries in the class (src/core/gc/traverse.ts registerTypeDict).
    const owner = typeDictOwner(o);
    let keep = owner !== undefined && [...owner.tp_dict.values()].some((v) => mayBeTracked(v));
    for (let i = 0; i < o.ekeys.length && !keep; i++) {
      const k = o.ekeys[i];
      if (k == null) continue;
      if (mayBeTracked(o.evals[i]!) || (!o.unicode && mayBeTracked(k))) keep = true;
    }
    if (!keep) o.tracked = false;
  }
}

/** The object's type has a tp_finalize (a class __del__) and the object was not finalized yet. */
function needsFinalize(o: PyObject): boolean {
  const f = o as unknown as { finalized?: boolean };
  // _PyGen_Finalize: a generator not yet completed is closed.
  if (o instanceof PyGen) return o.state !== GenState.CLEARED && !o.finalized;
  return o.ob_type.hasDel && f.finalized === false;
}

/** finalize_garbage: each object's __del__ at most once (the FINALIZED bit), in list order. */
function finalizeGarbage(collectable: GcList): void {
  const seen: GcList = new Set();
  for (const o of collectable) {
    gcState.moveTo(o, seen);
    if (needsFinalize(o)) {
      (o as unknown as { finalized: boolean }).finalized = true;
      INCREF(o);
      gcListener?.finalizer?.(o, 0);
      collectHooks.callFinalizer(o);
      DECREF(o);
    }
  }
  for (const o of [...seen]) gcState.moveTo(o, collectable);
}

/** delete_garbage: tp_clear each object in turn; one still at the head afterwards is alive and moves to old. */
function deleteGarbage(collectable: GcList, old: GcList): void {
  const st = gcState;
  for (;;) {
    const it = collectable.values().next();
    if (it.done === true) break;
    const op = it.value;
    if ((st.debug & DEBUG_SAVEALL) !== 0 && st.garbage !== null) {
      INCREF(op);
      M.listAppend(st.garbage, op);
    } else {
      INCREF(op);
      // The trace marks it cleared once tp_clear has dropped its references (still held here, so still alive).
      if (clear(op)) gcListener?.refs(op, 0, GcReach.CLEARED);
      DECREF(op);
    }
    if (collectable.values().next().value === op) st.moveTo(op, old);
  }
}

/** gc_collect_main: returns [collected, uncollectable]. */
export function collectMain(generation: number): [number, number] {
  const st = gcState;
  const gens = st.generations;
  gcListener?.start(generation);
  if (!phantom.ready) setUpPhantom(automatic);
  const stats = statsOn();
  if (stats) reportStart(generation);
  if (generation + 1 < 3) {
    if (generation === 0) heap.count1++;
    else heap.count2++;
  }
  heap.count0 = 0;
  st.countApprox = null;
  if (generation >= 1) heap.count1 = 0;
  if (generation >= 2) heap.count2 = 0;
  const young = gens[generation]!;
  for (let i = 0; i < generation; i++) for (const o of [...gens[i]!]) st.moveTo(o, young);
  phantom.merge(generation);
  const old = generation < 2 ? gens[generation + 1]! : young;

  const unreachable: GcList = new Set();
  const refs = deduceUnreachable(young, unreachable);

  gcListener?.phase(GcPhase.UNTRACK);
  untrackTuples(young);
  phantom.untrackTuples(generation);
  // long_lived_pending/total count gc_list_size, the interpreter's own objects included (phantom.ts).
  if (young !== old) {
    if (generation === 1) st.longLivedPending += generationSize(1);
    for (const o of [...young]) st.moveTo(o, old);
    phantom.promote(generation);
  } else {
    untrackDicts(young);
    phantom.untrackFull(generation);
    st.longLivedPending = 0;
    st.longLivedTotal = generationSize(2);
  }
  // No type in the model has a legacy tp_del, so `finalizers` stays empty.
  gcListener?.phase(GcPhase.MOVE_LEGACY_FINALIZERS);
  report(unreachable, refs, GcReach.UNREACHABLE);

  gcListener?.phase(GcPhase.HANDLE_WEAKREFS);
  let m = handleWeakrefs(unreachable, old);

  gcListener?.phase(GcPhase.FINALIZE_GARBAGE);
  finalizeGarbage(unreachable);

  // handle_resurrected_objects: deduce again over the unreachable set; what a finalizer made reachable survives.
  gcListener?.phase(GcPhase.HANDLE_RESURRECTED);
  const finalUnreachable: GcList = new Set();
  deduceUnreachable(unreachable, finalUnreachable);
  for (const o of [...unreachable]) st.moveTo(o, old);

  if ((st.debug & DEBUG_SAVEALL) === 0) {
    for (const o of finalUnreachable) {
      if (!traverse(o, () => {})) {
        throw new Unsupported(`collecting a ${o.ob_type.tp_name} object in a reference cycle`, collectHooks.lineOf());
      }
    }
  }
  // A class's death frees objects of the interpreter's type machinery that are not modelled (its entry in
  // its bases' tp_subclasses…): the generation sizes are not known after it.
  for (const o of finalUnreachable) if (o instanceof PyType) st.statsUnknown ??= 'gc.DEBUG_STATS after a class was collected';
  m += finalUnreachable.size;
  gcListener?.phase(GcPhase.DELETE_GARBAGE);
  deleteGarbage(finalUnreachable, old);
  if (stats) reportDone(m, 0);

  gcListener?.phase(GcPhase.HANDLE_LEGACY_FINALIZERS);
  if (generation === 2) {
    gcListener?.phase(GcPhase.CLEAR_FREELISTS);
    M.clearFreeLists();
    clearDictFreeList();
  }
  const s = st.stats[generation]!;
  s.collections++;
  s.collected += m;
  gcListener?.stop(generation, m, 0);
  return [m, 0];
}

/** gc_collect_with_callback: the start and stop callbacks around gc_collect_main. */
export function collectWithCallback(generation: number): number {
  collectHooks.invokeCallbacks('start', generation, 0, 0);
  const [m, n] = collectMain(generation);
  collectHooks.invokeCallbacks('stop', generation, m, n);
  return m + n;
}

/** Set while collect_generations runs a collection (stats.ts: the first automatic collection's timing). */
export let automatic = false;

/** gc_collect_generations: the oldest generation whose count exceeds its threshold, under the 25 % rule. */
export function collectGenerations(): void {
  const st = gcState;
  if (st.collecting) return;
  if (st.countApprox !== null) {
    // count0 is an upper bound (state.ts countApprox): CPython may have collected earlier or later.
    throw new Unsupported(`an automatic collection after using ${st.countApprox} (without a gc.collect() since)`, collectHooks.lineOf());
  }
  const counts = [heap.count0, heap.count1, heap.count2];
  const thresholds = [heap.threshold0, heap.threshold1, heap.threshold2];
  for (let i = 2; i >= 0; i--) {
    if (counts[i]! > thresholds[i]!) {
      if (i === 2 && st.longLivedPending < Math.trunc(st.longLivedTotal / 4)) continue;
      st.collecting = true;
      automatic = true;
      try {
        collectWithCallback(i);
      } finally {
        st.collecting = false;
        automatic = false;
      }
      break;
    }
  }
}
setCollectGenerations(collectGenerations);
setResetPhantom(resetPhantom);

/**
 * _PyGC_CollectNoFail: the full collection of Py_FinalizeEx's finalize_modules (after sys.last_value is
 * dropped, before the modules' globals are cleared): it runs even when gc is disabled, without callbacks.
 */
export function collectNoFail(): number {
  const st = gcState;
  if (st.collecting || heap.gc === null) return 0;
  // The shutdown collections report the interpreter's teardown, which is not modelled (stats.ts).
  if (statsOn()) throw new Unsupported('gc.DEBUG_STATS left set at exit', st.statsLine);
  st.collecting = true;
  try {
    const [m, n] = collectMain(2);
    return m + n;
  } finally {
    st.collecting = false;
  }
}
