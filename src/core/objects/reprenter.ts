// Models Py_ReprEnter / Py_ReprLeave of Objects/object.c (3.11) and the thread state's dict they keep their list in
// (PyThreadState_GetDict / _PyThreadState_GetDict of Python/pystate.c), with list_ass_slice's and _list_clear's
// handling of that list's item array (Objects/listobject.c).
//
// The first Py_ReprEnter of a run makes tstate->dict (PyDict_New) and the list stored in it under the statically
// allocated key _Py_ID(Py_Repr) (PyList_New(0)): two GC objects that the thread state keeps until the interpreter is
// torn down. gc.get_count(), sys.getallocatedblocks(), gc.get_objects(), gc.get_referrers() and sys.getrefcount() of an
// object whose repr is running all see them, as in CPython.
//
// Invariants:
// 1. ts.dict is null until the first Py_ReprEnter of the run; from then on it holds one reference to the thread
//    state's dict, whose only entry is 'Py_Repr' → the list (one reference). Nothing in the interpreter removes
//    either while the run lasts; a program can reach them only through gc.get_objects/get_referrers (and if it
//    replaces the list, the next Py_ReprEnter makes a new one, as CPython does; a non-list there is refused).
// 2. The list holds one reference to each object whose repr is running, innermost last; an object appears in it at
//    most once (a second Py_ReprEnter of it returns 1 and appends nothing).
// 3. The item array follows list_resize (growth on append, shrink on leave when under half full) and is freed
//    (PyMem_Free, allocated = 0) when the last object leaves, as list_ass_slice clears an emptied list.
// Cost: enter and leave scan the list from its end, O(depth of nested reprs); the common case is depth 1.

import { PyObject, INCREF, DECREF, refCause, slotHook, currentProfile } from './object';
import * as M from './models';
import { PyDict, newDict, dictGet, dictSet } from './dict';
import { heap } from './heap';
import { ts, currentLine } from '../vm/state';
import { Unsupported } from '../python/errors';

/** _Py_ID(Py_Repr): a str of the runtime's static strings (not on the heap, refcount 999999999 on 3.11). */
const PY_REPR = M.staticStr('Py_Repr');

/** PyThreadState_GetDict: tstate->dict, made (empty, untracked: PyDict_New) at the first call of the run. */
export function threadStateDict(): PyDict {
  if (ts.dict === null) {
    // The key's count is a static one that the dict's reference raises; each run starts it afresh (determinism).
    PY_REPR.ob_refcnt = currentProfile().staticRefcnt;
    ts.dict = newDict();
  }
  return ts.dict;
}

/** The Py_Repr list of the thread state's dict, made at the first Py_ReprEnter of the run. */
function reprList(): M.PyList {
  const d = threadStateDict();
  const found = dictGet(d, PY_REPR);
  if (found instanceof M.PyList) return found;
  // CPython reads any value found there as a list (PyList_GET_SIZE, no check): right for a list subclass, undefined
  // for another object, which is refused.
  if (found !== null) throw new Unsupported(`a thread state dict whose 'Py_Repr' entry is not a list (${found.ob_type.tp_name})`, currentLine());
  // PyList_New(0); PyDict_SetItem (insert_to_emptydict: a keys table, then MAINTAIN_TRACKING tracks the dict,
  // since a list may be tracked); Py_DECREF(list): the dict's reference is the only one left.
  const list = M.newList([]);
  dictSet(d, PY_REPR, list);
  DECREF(list);
  return list;
}

/**
 * Py_ReprEnter: true if `o`'s repr is already running (the caller prints "[...]", "{...}", "(...)"…), else `o` is
 * appended to the Py_Repr list (PyList_Append: one reference, list_resize when full) and false is returned.
 */
export function reprEnter(o: PyObject): boolean {
  const list = reprList();
  const items = list.items;
  for (let i = items.length - 1; i >= 0; i--) if (items[i] === o) return true;
  refCause(5 /* RefCause.LIST_ITEM */, list, items.length);
  INCREF(o);
  M.listAppend(list, o);
  return false;
}

/**
 * Py_ReprLeave: removes `o` from the Py_Repr list (PyList_SetSlice(list, i, i + 1, NULL), searching from the end
 * where `o` is expected). The last one out frees the item array (_list_clear); otherwise the tail moves down and
 * list_resize may shrink the array before the removed reference is released.
 */
export function reprLeave(o: PyObject): void {
  const d = ts.dict;
  if (d === null) return;
  const found = dictGet(d, PY_REPR);
  if (!(found instanceof M.PyList)) return;
  const list = found;
  const items = list.items;
  let i = items.length - 1;
  while (i >= 0 && items[i] !== o) i--;
  if (i < 0) return;
  if (items.length === 1) {
    // _list_clear: ob_item = NULL, size 0, allocated 0, the items released, then PyMem_Free(ob_item).
    const addr = list.itemsAddr;
    const nbytes = 8 * list.allocated;
    list.itemsAddr = 0;
    list.allocated = 0;
    items.length = 0;
    if (slotHook !== null) {
      slotHook.touched(list, 0);
      if (addr !== 0) slotHook.block(list, 1, addr, nbytes);
    }
    DECREF(o);
    if (addr !== 0) heap.free(addr);
    return;
  }
  // The recycled item is copied aside, the tail moved down, list_resize(size - 1) (which reads the old size), and
  // only then is the reference released.
  M.listResize(list, items.length - 1);
  items.splice(i, 1);
  if (slotHook !== null) slotHook.touched(list, i);
  DECREF(o);
}

/** What list_repr, tuplerepr, dict_repr… do around their body: `recursive` if `o`'s repr is already running. */
export function withReprEnter(o: PyObject, recursive: string, body: () => string): string {
  if (reprEnter(o)) return recursive;
  try {
    return body();
  } finally {
    reprLeave(o);
  }
}
