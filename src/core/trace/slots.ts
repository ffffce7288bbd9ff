// Models each object's reference slots with CPython's names for them: a labelled tp_traverse (Objects/listobject.c
// list_traverse, tupleobject.c, dictobject.c dict_traverse, setobject.c, typeobject.c subtype_traverse, funcobject.c,
// classobject.c, cellobject.c, exceptions.c, iterobject.c, genobject.c, weakrefobject.c) that says, for every
// reference an object holds, why (a RefCause) and under which label. The tracer diffs this against what it last
// reported to emit REF_SET/REF_CLEAR (src/core/trace/ref-slots.ts).
//
// Invariants:
// 1. The slots visited are the references gc/traverse.ts visits (the counted ones), plus a weakref's referent (WEAK,
//    not counted), with two deliberate differences: a dict whose keys are all exact str is described by its values
//    only (dict_traverse skips such keys too: the key is the label), and a type object's static base types are
//    not visited (they are never reported).
// 2. Within one owner the (cause, label) pairs are distinct: list and tuple items are labelled by index, dict and
//    set entries by the key's short repr made unique (keyLabel), attributes and globals by name.
// 3. Visiting has no side effect and runs no Python code (no __repr__, __eq__ or __hash__ is called).

import { PyObject, PyType } from '../objects/object';
import * as M from '../objects/models';
import { PyDict } from '../objects/dict';
import { PySet } from '../objects/set';
import { PyInstance, instState, slotLayout } from '../objects/instance';
import { PyExc } from '../objects/exceptions';
import * as C from '../objects/callables';
import { PySeqIter, PyDictIter, PyCompositeIter } from '../objects/iter';
import { PyFrameObj, PyTraceback, type Frame } from '../vm/frame';
import { PyGen, GenState } from '../vm/gen';
import { PyWeakref } from '../gc/weakrefs';
import { traverse, typeDictOwner } from '../gc/traverse';
import { PyTextIOWrapper } from '../io/textio';
import * as T from '../objects/types';
import { RefCause } from './events';

// Module-level copies of the causes: an imported binding can cost a getter per access under some loaders.
const C_ATTRIBUTE = RefCause.ATTRIBUTE;
const C_DICT_KEY = RefCause.DICT_KEY;
const C_DICT_VALUE = RefCause.DICT_VALUE;
const C_GLOBAL = RefCause.GLOBAL;
const C_INTERNAL = RefCause.INTERNAL;
const C_LIST_ITEM = RefCause.LIST_ITEM;
const C_SET_ITEM = RefCause.SET_ITEM;
const C_TUPLE_ITEM = RefCause.TUPLE_ITEM;
const C_WEAK = RefCause.WEAK;

/**
 * The imported classes, copied into one object at first use: an imported binding costs a getter call per access
 * under the tsx loader (the bench's and the CLI's), which made the instanceof chains below the tracer's largest
 * self cost; they cannot be copied at module load, as the object modules import each other in a cycle.
 */
function bindClasses() {
  return {
    PyObject, PyType, PyDict, PySet, PyInstance, PyExc, PySeqIter, PyDictIter, PyCompositeIter, PyFrameObj,
    PyTraceback, PyGen, PyWeakref, PyTextIOWrapper,
    PyTuple: M.PyTuple, PyList: M.PyList, PyInt: M.PyInt, PyFloat: M.PyFloat, PyStr: M.PyStr, PyCell: M.PyCell,
    PyFunction: C.PyFunction, PyMethod: C.PyMethod, PyModule: C.PyModule, PyGetSet: C.PyGetSet, descrOwnsType: C.descrOwnsType,
    PyBuiltin: C.PyBuiltin, PyStaticMethod: C.PyStaticMethod, PyProperty: C.PyProperty,
    instState, typeDictOwner,
    None: M.None, True: M.True, False: M.False, StrType: T.StrType,
  } as const;
}
let bound: ReturnType<typeof bindClasses> | null = null;
export function classes(): ReturnType<typeof bindClasses> {
  return bound ?? (bound = bindClasses());
}

/** Receives one slot: its cause, its label (a name, a key's label, or an index for LIST_ITEM/TUPLE_ITEM), its target. */
export type SlotVisit = (cause: RefCause, label: string | number, target: PyObject) => void;

const REPR_MAX = 40;

/** A short, side-effect-free repr: the value of numbers, strings and constants, else `<type>`. */
export function shortRepr(o: PyObject): string {
  const K = classes();
  let r: string;
  if (o instanceof K.PyInt) r = String(o.v);
  else if (o instanceof K.PyFloat) r = Number.isInteger(o.v) && Math.abs(o.v) < 1e16 ? `${o.v}.0` : String(o.v);
  else if (o instanceof K.PyStr) r = JSON.stringify(o.v.length > REPR_MAX ? `${o.v.slice(0, REPR_MAX)}…` : o.v).replace(/^"|"$/g, "'");
  else if (o === K.None) r = 'None';
  else if (o === K.True) r = 'True';
  else if (o === K.False) r = 'False';
  else r = `<${o.ob_type.tp_name}>`;
  return r.length > REPR_MAX + 2 ? `${r.slice(0, REPR_MAX)}…` : r;
}

/**
 * The label of a dict key or set element: its short repr when that names the value (ints, floats, short strings,
 * None, booleans), else the short repr made unique by the object's address (stable for the object's life), so
 * that two `<P>` keys of one dict are two slots.
 */
export function keyLabel(k: PyObject): string {
  const r = shortRepr(k);
  if (r.charCodeAt(0) === 60 /* < */ || r.endsWith('…')) return `${r}@${k.addr.toString(16)}`;
  return r;
}

/** Whether a dict's entries are attributes (an instance's or a function's __dict__) rather than items. */
function attributeDict(d: PyDict): boolean {
  return d.owner !== null;
}

/** A dict's entries: per the dict's role (globals, attributes, a class's namespace, or plain items). */
export function visitDict(d: PyDict, globals: boolean, visit: SlotVisit): void {
  const cls = classes().typeDictOwner(d);
  if (cls !== undefined) {
    for (const [name, v] of cls.tp_dict) visit(C_ATTRIBUTE, name, v);
    return;
  }
  const ks = d.ekeys, vs = d.evals;
  const named = globals || attributeDict(d);
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k == null) continue;
    dictEntrySlots(d, k, vs[i]!, globals, named, visit);
  }
}

/** The slots one dict entry makes (see visitDict). */
export function dictEntrySlots(d: PyDict, k: PyObject, v: PyObject, globals: boolean, named: boolean, visit: SlotVisit): void {
  const K = classes();
  if (k instanceof K.PyStr && k.ob_type === K.StrType) {
    if (named) visit(globals ? C_GLOBAL : C_ATTRIBUTE, k.v, v);
    else visit(C_DICT_VALUE, keyLabel(k), v);
    if (!d.unicode) visit(C_DICT_KEY, keyLabel(k), k);
    return;
  }
  const label = keyLabel(k);
  visit(C_DICT_VALUE, label, v);
  visit(C_DICT_KEY, label, k);
}

/** An instance's own part (subtype_traverse): __slots__, the managed dict's values or the dict, its class. */
function visitInstance(o: PyObject, visit: SlotVisit): void {
  const st = classes().instState(o);
  if (st === null) return;
  const t = o.ob_type;
  const s = st.slots;
  if (s !== null) {
    const names = slotLayout(t);
    for (let i = 0; i < s.length; i++) if (s[i] != null) visit(C_ATTRIBUTE, names[i] ?? `slot ${i}`, s[i]!);
  }
  const d = st.dict;
  if (d !== null) {
    if (st.dictMaterialised) visit(C_INTERNAL, '__dict__', d);
    else {
      const ks = d.ekeys, vs = d.evals;
      for (let i = 0; i < ks.length; i++) if (ks[i] != null) visit(C_ATTRIBUTE, (ks[i] as M.PyStr).v, vs[i]!);
    }
  }
  if (t.isHeap) visit(C_INTERNAL, '__class__', t);
}

/** A frame's references as its owner (a generator, a frame object that outlived its frame) holds them. */
function visitOwnedFrame(f: Frame, visit: SlotVisit): void {
  if (f.func !== null) visit(C_INTERNAL, 'f_func', f.func);
  if (f.locals !== null && f.func !== null) visit(C_INTERNAL, 'f_locals', f.locals);
  const lp = f.localsplus;
  const names = f.co.localsplusNames;
  for (let i = 0; i < lp.length; i++) if (lp[i] != null) visit(C_INTERNAL, `f_locals.${names[i]}`, lp[i]!);
  const st = f.stack;
  for (let i = 0; i < f.sp; i++) if (st[i] != null) visit(C_INTERNAL, `f_valuestack[${i}]`, st[i]!);
}

function opt(visit: SlotVisit, label: string, o: PyObject | null | undefined): void {
  if (o != null) visit(C_INTERNAL, label, o);
}

/**
 * Visits every reference slot of `o` (invariant 1). `globals` says whether `o` is a dict serving as some frame's
 * globals (its entries are then GLOBAL slots). Returns false when the kind's slots are not modelled.
 */
export function forEachSlot(o: PyObject, globals: boolean, visit: SlotVisit): boolean {
  const K = classes();
  if (o instanceof K.PyWeakref) {
    if (o.referent !== null) visit(C_WEAK, 'referent', o.referent);
    // The counted references: the callback, and a subclass's own (KeyedRef's key).
    let i = 0;
    traverse(o, (t) => visit(C_INTERNAL, t === o.callback ? '__callback__' : `ref ${i++}`, t));
    return true;
  }
  if (o instanceof K.PyTuple) {
    const it = o.items;
    for (let i = 0; i < it.length; i++) visit(C_TUPLE_ITEM, i, it[i]!);
    return true;
  }
  if (o instanceof K.PyList) {
    if (o.ob_type.isHeap) visitInstance(o, visit);
    const it = o.items;
    for (let i = 0; i < it.length; i++) visit(C_LIST_ITEM, i, it[i]!);
    return true;
  }
  if (o instanceof K.PyDict) {
    if (o.ob_type.isHeap) visitInstance(o, visit);
    visitDict(o, globals, visit);
    return true;
  }
  if (o instanceof K.PyInstance) {
    visitInstance(o, visit);
    return true;
  }
  if (o instanceof K.PySet) {
    const ks = o.keys;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k instanceof K.PyObject) visit(C_SET_ITEM, keyLabel(k), k);
    }
    return true;
  }
  if (o instanceof K.PyCell) {
    opt(visit, 'cell_contents', o.ref);
    return true;
  }
  if (o instanceof K.PyTextIOWrapper) {
    opt(visit, 'pending_bytes', o.pending);
    return true;
  }
  if (o instanceof K.PyFunction) {
    visit(C_INTERNAL, '__code__', o.code);
    visit(C_INTERNAL, '__globals__', o.globals);
    visit(C_INTERNAL, '__builtins__', o.builtins);
    opt(visit, '__module__', o.module);
    opt(visit, '__defaults__', o.defaults);
    opt(visit, '__kwdefaults__', o.kwdefaults);
    opt(visit, '__doc__', o.doc);
    visit(C_INTERNAL, '__name__', o.name);
    opt(visit, '__dict__', o.dict);
    opt(visit, '__closure__', o.closure);
    opt(visit, '__annotations__', o.annotations);
    visit(C_INTERNAL, '__qualname__', o.qualname);
    return true;
  }
  if (o instanceof K.PyMethod) {
    visit(C_INTERNAL, '__func__', o.func);
    visit(C_INTERNAL, '__self__', o.self);
    return true;
  }
  if (o instanceof K.PyModule) {
    visit(C_INTERNAL, '__dict__', o.dict);
    return true;
  }
  if (o instanceof K.PyExc) {
    if (o.slots !== null) for (let i = 0; i < o.slots.length; i++) opt(visit, `slot ${i}`, o.slots[i]);
    opt(visit, '__dict__', o.dict);
    visit(C_INTERNAL, 'args', o.args);
    opt(visit, '__traceback__', o.traceback);
    opt(visit, '__cause__', o.cause);
    opt(visit, '__context__', o.context);
    opt(visit, 'value', o.value);
    opt(visit, 'obj', o.obj);
    return true;
  }
  if (o instanceof K.PySeqIter) {
    opt(visit, 'it_seq', o.seq);
    return true;
  }
  if (o instanceof K.PyDictIter) {
    opt(visit, 'di_dict', o.dict);
    return true;
  }
  if (o instanceof K.PyCompositeIter) {
    for (let i = 0; i < o.iters.length; i++) visit(C_INTERNAL, `iterator ${i}`, o.iters[i]!);
    opt(visit, 'func', o.func);
    opt(visit, 'count', o.count);
    return true;
  }
  if (o instanceof K.PyType) {
    if (!o.isHeap) return false;
    if (o.dictObj !== null) visit(C_INTERNAL, '__dict__', o.dictObj);
    else for (const [name, v] of o.tp_dict) visit(C_ATTRIBUTE, name, v);
    if (o.mroObj !== null) visit(C_INTERNAL, '__mro__', o.mroObj);
    if (o.basesObj !== null) visit(C_INTERNAL, '__bases__', o.basesObj);
    for (let i = 0; i < o.tp_bases.length; i++) if (o.tp_bases[i]!.isHeap) visit(C_INTERNAL, `__base__ ${i}`, o.tp_bases[i]!);
    return true;
  }
  if (o instanceof K.PyGetSet) {
    if (K.descrOwnsType(o)) visit(C_INTERNAL, '__objclass__', o.owner);
    return true;
  }
  if (o instanceof K.PyTraceback) {
    opt(visit, 'tb_next', o.next);
    visit(C_INTERNAL, 'tb_frame', o.frame);
    return true;
  }
  if (o instanceof K.PyFrameObj) {
    opt(visit, 'f_back', o.back);
    const f = o.frame;
    if (f.ownedByFrameObject) {
      visitOwnedFrame(f, visit);
      visit(C_INTERNAL, 'f_code', f.code);
    }
    return true;
  }
  if (o instanceof K.PyGen) {
    if (o.state !== GenState.CLEARED) visitOwnedFrame(o.frame, visit);
    return true;
  }
  if (o instanceof K.PyBuiltin) {
    opt(visit, '__self__', o.self);
    return true;
  }
  if (o instanceof K.PyStaticMethod) {
    visit(C_INTERNAL, '__func__', o.callable);
    return true;
  }
  if (o instanceof K.PyProperty) {
    opt(visit, 'fget', o.fget);
    opt(visit, 'fset', o.fset);
    opt(visit, 'fdel', o.fdel);
    opt(visit, '__doc__', o.doc);
    return true;
  }
  // Any other kind the collector traverses (the weakref module's containers …): its references by position.
  let i = 0;
  return traverse(o, (t) => visit(C_INTERNAL, `ref ${i++}`, t));
}
