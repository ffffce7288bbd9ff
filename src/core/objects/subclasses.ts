// Models the subclass registry of CPython 3.11 (Objects/typeobject.c type_ready_add_subclasses / add_subclass):
// each base of a new class maps PyLong_FromVoidPtr(cls) to a weak reference to the class in its tp_subclasses
// dict, which the base's first subclass creates (PyDict_New: a GC allocation, tracked once it holds a weakref).
//
// Invariants:
// 1. A base has a modelled tp_subclasses dict iff it is a class of the program that has had a subclass, or (3.11)
//    a builtin class that had no subclass when __main__ started (gc_start311.json) and has had one since. The
//    dicts of the builtin classes that had subclasses at start-up are the interpreter's (phantom.ts): the key and
//    the weakref stored there are made all the same and owned by that unmodelled dict, never released.
// 2. The dict is owned by its base and, as type_traverse does not visit tp_subclasses, reached by nothing the
//    collector follows: it is always reachable, as in CPython. A class is never deallocated in this model (no
//    type_dealloc), so no entry is ever removed (remove_subclass).

import { PyObject, PyType, DECREF, currentProfile } from './object';
import { PyDict, newDict, dictSet } from './dict';
import * as M from './models';
import { heap } from './heap';
import { newRef } from '../gc/weakrefs';
import recorded from '../gc/gc_start311.json';

/** Builtin classes no class derived from when __main__ started (3.11). */
const withoutSubclasses: ReadonlySet<string> = new Set(recorded.types_without_subclasses);

/**
 * Per run: the builtin classes outlive a run, so the registry is keyed by the run's allocator, which
 * heap.reset makes anew for every run (a run must not see the dicts an earlier run made).
 */
const perRun = new WeakMap<object, Map<PyType, PyDict>>();
function subclassDicts(): Map<PyType, PyDict> {
  const token = heap.allocator as object;
  let m = perRun.get(token);
  if (m === undefined) perRun.set(token, (m = new Map()));
  return m;
}

/** Whether the base's tp_subclasses dict is modelled (invariant 1), existing or to be made. */
function modelled(base: PyType): boolean {
  if (base.isHeap) return true;
  return currentProfile().name === '3.11' && withoutSubclasses.has(base.tp_name);
}

/** type_ready_add_subclasses: add_subclass(base, t) for each of t's bases, in order. */
export function addSubclasses(t: PyType): void {
  for (const base of t.tp_bases) addSubclass(base, t);
}

function addSubclass(base: PyType, t: PyType): void {
  // The key and the value are made before tp_subclasses is read (PyWeakref_NewRef may collect); the second base
  // of a class gets the same basic weakref back.
  const key = M.newInt(t.addr);
  const ref = newRef(t, null);
  if (!modelled(base)) return; // invariant 1: owned by the interpreter's dict
  let d = subclassDicts().get(base);
  if (d === undefined) {
    d = newDict();
    subclassDicts().set(base, d);
  }
  dictSet(d, key, ref);
  DECREF(ref);
  DECREF(key);
}

/** The base's tp_subclasses dict, when modelled and made. */
export function subclassDict(base: PyType): PyObject | undefined {
  return subclassDicts().get(base);
}
