// Models the instance layout decisions of a class statement (Objects/typeobject.c 3.11: best_base, solid_base,
// extra_ivars, type_new_slots / type_new_slots_bases and type_new_descriptors): which base gives the layout
// (tp_base), whether the new type adds a __dict__ slot (tp_dictoffset) and a weakref list (tp_weaklistoffset),
// and its tp_basicsize. The __dict__ / __weakref__ getset descriptors a class gets follow from add_dict /
// add_weak (type_new_set_slots picks subtype_getsets_full / _dict_only / _weakref_only).
//
// Invariants:
// 1. Every heap type has one recorded layout, set once by recordLayout while type_new runs, never changed.
// 2. A heap type has a weakref list iff it added one or its tp_base has one (inherit_special copies the offsets).
//
// Only the static bases a class statement may name here are described (object, list, dict and the builtin
// exceptions; call.ts refuses the others): none has a weakref list, the exceptions have a dict
// (BaseException's tp_dictoffset), none is variable-sized.

import { PyObject, PyType } from './object';
import { isExceptionType } from './exceptions';
import * as T from './types';

interface Layout {
  /** tp_base: the base best_base chose. */
  readonly base: PyType;
  readonly hasDict: boolean;
  readonly hasWeaklist: boolean;
  /** The type's own __slots__ made it larger than its base (extra_ivars beyond __dict__/__weakref__). */
  readonly extraIvars: boolean;
}

const layouts = new WeakMap<PyType, Layout>();

/** tp_base: a heap type's recorded base; a static type's first base (null for object). */
export function typeBase(t: PyType): PyType | null {
  const l = layouts.get(t);
  if (l !== undefined) return l.base;
  return t.tp_bases[0] ?? null;
}

/** tp_dictoffset != 0. */
export function hasDictOffset(t: PyType): boolean {
  const l = layouts.get(t);
  if (l !== undefined) return l.hasDict;
  return isExceptionType(t);
}

/** tp_weaklistoffset != 0. */
export function hasWeaklist(t: PyType): boolean {
  return layouts.get(t)?.hasWeaklist ?? false;
}

/** solid_base: the nearest type up the tp_base chain whose instances add C-level fields. */
export function solidBaseOf(t: PyType): PyType {
  const base = typeBase(t);
  const sb = base === null ? T.ObjectType : solidBaseOf(base);
  return extraIvars(t, base) ? t : sb;
}

/** extra_ivars: whether t's basicsize exceeds its base's by more than the __dict__/__weakref__ slots it added. */
function extraIvars(t: PyType, base: PyType | null): boolean {
  if (base === null) return false;
  const l = layouts.get(t);
  if (l !== undefined) return l.extraIvars;
  return t.basicsize !== base.basicsize || t.itemsize !== base.itemsize;
}

/**
 * best_base: the base whose solid base is the most derived; the first base when they agree. Bases whose
 * layouts conflict raise "multiple bases have instance lay-out conflict" in CPython: reported as null.
 */
export function bestBase(bases: readonly PyType[]): PyType | null {
  let base: PyType | null = null;
  let winner: PyType | null = null;
  for (const b of bases) {
    const candidate = solidBaseOf(b);
    if (winner === null) {
      winner = candidate;
      base = b;
    } else if (winner.isSubtypeOf(candidate)) {
      // keep the winner
    } else if (candidate.isSubtypeOf(winner)) {
      winner = candidate;
      base = b;
    } else return null;
  }
  return base;
}

export interface NewLayout {
  readonly base: PyType;
  readonly addDict: boolean;
  readonly addWeak: boolean;
  readonly basicsize: number;
}

/**
 * type_new_slots and type_new_descriptors: `slotCount` is the number of names in __slots__ (null without
 * __slots__; '__dict__' and '__weakref__' in __slots__ are refused by the caller). The weakref slot follows the
 * declared slots; a managed dict adds nothing to tp_basicsize.
 */
export function planLayout(bases: readonly PyType[], base: PyType, slotCount: number | null): NewLayout {
  const mayAddDict = !hasDictOffset(base);
  const mayAddWeak = !hasWeaklist(base) && base.itemsize === 0;
  let addDict = false;
  let addWeak = false;
  if (slotCount === null) {
    addDict = mayAddDict;
    addWeak = mayAddWeak;
  } else if (bases.length > 1) {
    // type_new_slots_bases: secondary bases may provide weakrefs or a dict.
    for (const b of bases) {
      if (b === base) continue;
      if (mayAddDict && !addDict && hasDictOffset(b)) addDict = true;
      if (mayAddWeak && !addWeak && hasWeaklist(b)) addWeak = true;
      if ((mayAddDict && !addDict) || (mayAddWeak && !addWeak)) continue;
      break;
    }
  }
  const basicsize = base.basicsize + 8 * (slotCount ?? 0) + (addWeak ? 8 : 0);
  return { base, addDict, addWeak, basicsize };
}

/**
 * ht_slots: the sorted, mangled __slots__ names a class keeps (an owned reference). type_traverse does not visit
 * it and this model never frees a class (no type_dealloc), so the tuple is only ever read here.
 */
const htSlots = new WeakMap<PyType, PyObject>();
export function setHtSlots(t: PyType, tuple: PyObject): void {
  htSlots.set(t, tuple);
}
export function getHtSlots(t: PyType): PyObject | undefined {
  return htSlots.get(t);
}

/** Records a new heap type's layout (invariant 1). */
export function recordLayout(t: PyType, plan: NewLayout, ownSlots: number): void {
  layouts.set(t, {
    base: plan.base,
    hasDict: plan.addDict || hasDictOffset(plan.base),
    hasWeaklist: plan.addWeak || hasWeaklist(plan.base),
    extraIvars: ownSlots > 0,
  });
}
