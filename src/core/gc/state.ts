// Models the collector's state of Modules/gcmodule.c 3.11 (struct _gc_runtime_state): the three generation
// lists and the permanent generation, _PyObject_GC_TRACK/UNTRACK, the tracking rules of gc.is_tracked
// (tuples untracked lazily, dicts tracked once they hold a trackable value), and the per-collection
// bookkeeping (long_lived_pending/total, generation_stats, collecting, debug flags).
//
// Invariants:
// 1. Every tracked GC object is in exactly one list, and `where` maps it to that list; JS Sets keep insertion
//    order and allow removal during iteration, so a Set behaves as CPython's doubly linked PyGC_Head list
//    (append at the tail, O(1) unlink, moving an object to another list's tail).
// 2. Dicts are linked at creation but count as tracked only while `d.tracked` is set (MAINTAIN_TRACKING);
//    untracked dicts travel with their list and are skipped by every phase (cost: a CPython dict tracked late
//    sits at its creation position rather than at gen0's tail).
// 3. Static types are not linked; classes are, but their traversal is not modelled, so a class found
//    unreachable makes the collection refuse (collect.ts) instead of silently keeping it.
// 4. trackListener hears each change of an object's generation once (`told`): a dict only while tracked, an
//    object in a collection's private list not until it leaves it.

import { PyObject, PyType } from '../objects/object';
import { heap, type GcLink } from '../objects/heap';
import * as M from '../objects/models';
import { PyDict, dictHooks } from '../objects/dict';
import recorded from './gc_start311.json';
import { ts } from '../vm/state';

export type GcList = Set<PyObject>;

export const DEBUG_STATS = 1;
export const DEBUG_COLLECTABLE = 2;
export const DEBUG_UNCOLLECTABLE = 4;
export const DEBUG_SAVEALL = 32;
export const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

export interface GenStats {
  collections: number;
  collected: number;
  uncollectable: number;
}

export class GcState {
  readonly generations: [GcList, GcList, GcList] = [new Set(), new Set(), new Set()];
  readonly permanent: GcList = new Set();
  readonly where = new Map<PyObject, GcList>();
  /** Tuples that untrack_tuples untracked (they never become tracked again). */
  readonly untrackedTuples = new WeakSet<PyObject>();
  longLivedPending = 0;
  longLivedTotal = 0;
  collecting = false;
  debug = 0;
  /**
   * Set (to what made it so) while count0 is only an upper bound of CPython's: objects modelled without their
   * Python implementation's temporaries (weakcontainers.ts) were used since the last collection.
   */
  countApprox: string | null = null;
  /** generation_stats, from the start-up collections CPython 3.11 ran before __main__ (gc_start311.json). */
  stats: GenStats[] = recorded.stats_at_start.map((s) => ({ ...s }));
  /** gc.garbage and gc.callbacks, created with the gc module. */
  garbage: M.PyList | null = null;
  callbacks: M.PyList | null = null;
  /**
   * The simulation's own start-up objects (its modules, linked before __main__'s globals exist): phantom.ts
   * subtracts them from CPython's start-up objects, which they stand for.
   */
  readonly startup = new WeakSet<PyObject>();
  /** Why gc.DEBUG_STATS cannot print CPython's generation sizes in this run, or null (stats.ts). */
  statsUnknown: string | null = null;
  /** The line of the gc.set_debug call that set DEBUG_STATS (for the refusal at exit). */
  statsLine = 0;

  /** The generation last reported to trackListener per object (only filled while one is set). */
  private readonly told = new WeakMap<PyObject, number>();

  /** Appends o at the tail of `list`, leaving whichever list held it. */
  moveTo(o: PyObject, list: GcList): void {
    const cur = this.where.get(o);
    if (cur !== undefined) cur.delete(o);
    list.add(o);
    this.where.set(o, list);
    if (trackListener !== null && cur !== list) this.tell(o);
  }
  untrack(o: PyObject): void {
    const cur = this.where.get(o);
    if (cur === undefined) return;
    cur.delete(o);
    this.where.delete(o);
    if (trackListener !== null) this.tell(o);
  }
  /**
   * Reports o's generation if it changed since last told: -1 when untracked (or an untracked dict), nothing
   * while o sits in a collection's private list (it has not left the generation being collected).
   */
  tell(o: PyObject): void {
    const l = trackListener;
    if (l === null) return;
    let g = this.generationOf(o);
    if (g === -1 && this.where.has(o)) return;
    if (o instanceof PyDict && !o.tracked) g = -1;
    const was = this.told.get(o);
    if (was === g || (was === undefined && g === -1)) return;
    if (g === -1) this.told.delete(o);
    else this.told.set(o, g);
    l(o, g);
  }
  isLinked(o: PyObject): boolean {
    return this.where.has(o);
  }
  /** Which generation (0..2, 3 = permanent) holds o, or -1. */
  generationOf(o: PyObject): number {
    const l = this.where.get(o);
    if (l === undefined) return -1;
    if (l === this.permanent) return 3;
    return this.generations.indexOf(l);
  }
}

export let gcState = new GcState();

/**
 * Observer of _PyObject_GC_TRACK/UNTRACK and moves between generations (the trace's GC_TRACK event, installed
 * by setGcListener from GcListener.tracked): generation 0..2, 3 = permanent, -1 = untracked. Null when nobody
 * records: then tracking costs one compare.
 */
export let trackListener: ((o: PyObject, generation: number) => void) | null = null;
export function setTrackListener(l: ((o: PyObject, generation: number) => void) | null): void {
  trackListener = l;
}

// A dict starting (MAINTAIN_TRACKING) or ceasing (_PyDict_MaybeUntrack) to be tracked.
dictHooks.trackChanged = (d) => {
  if (trackListener !== null) gcState.tell(d);
};

/** _PyObject_GC_IS_TRACKED as gc.is_tracked reports it. */
export function isTracked(o: PyObject): boolean {
  if (!o.ob_type.isGC) return false;
  if (o instanceof M.PyTuple) return o !== M.EMPTY_TUPLE && !gcState.untrackedTuples.has(o);
  if (o instanceof PyDict) return o.tracked;
  // Static types are never tracked; classes are.
  if (o instanceof PyType) return o.isHeap;
  return true;
}

/** _PyObject_GC_MAY_BE_TRACKED: any GC object except a tuple that is untracked. */
export function mayBeTracked(o: PyObject): boolean {
  if (!o.ob_type.isGC) return false;
  // type_is_gc: a static type (int, object…) is not a GC object.
  if (o instanceof PyType && !o.isHeap) return false;
  if (o instanceof M.PyTuple) return o !== M.EMPTY_TUPLE && !gcState.untrackedTuples.has(o);
  return true;
}

/** Whether a linked object takes part in collections now (dicts only while tracked). */
export function participates(o: PyObject): boolean {
  return !(o instanceof PyDict) || o.tracked;
}

const link: GcLink = {
  link(o: object): void {
    const p = o as PyObject;
    if ((p instanceof PyType && !p.isHeap) || p === M.EMPTY_TUPLE) return;
    if (ts.mainGlobals === null) gcState.startup.add(p);
    gcState.moveTo(p, gcState.generations[0]);
  },
  unlink(o: object): void {
    gcState.untrack(o as PyObject);
  },
  collectGenerations(): void {
    collectGenerationsHook();
  },
  clearWeakrefs(o: object): void {
    clearWeakrefsHook(o as PyObject);
  },
};

let clearWeakrefsHook: (o: PyObject) => void = () => {};
/** weakrefs.ts installs PyObject_ClearWeakRefs here (the state module must not import it). */
export function setClearWeakrefs(f: (o: PyObject) => void): void {
  clearWeakrefsHook = f;
}

let resetPhantomHook: () => void = () => {};
/** phantom.ts is reset with the collector (installed by collect.ts, which owns both). */
export function setResetPhantom(f: () => void): void {
  resetPhantomHook = f;
}

let collectGenerationsHook: () => void = () => {};
/** collect.ts installs collect_generations here (the state module must not import the collector). */
export function setCollectGenerations(f: () => void): void {
  collectGenerationsHook = f;
}

/**
 * A fresh collector for a new run: empty generations, attached to the allocator when `attach` (the 3.11
 * profile; other versions' collectors differ, so their runs keep refusing collections).
 */
export function resetGc(attach: boolean): GcState {
  gcState = new GcState();
  resetPhantomHook();
  heap.gc = attach ? link : null;
  return gcState;
}
