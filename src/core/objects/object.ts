// Models PyObject / PyTypeObject and reference counting (Include/object.h, Objects/object.c,
// Py_INCREF/Py_DECREF, _Py_Dealloc, the trashcan of Objects/object.c 3.11).
//
// Invariants:
// 1. Every live object has ob_refcnt >= 1; INCREF/DECREF are the only writers of ob_refcnt
//    (apart from the finalizer's temporary resurrection in subtype_dealloc), so a recorder hook
//    placed here sees every reference change.
// 2. An object is deallocated exactly once, the moment its count reaches zero, by its type's
//    tp_dealloc; no JS recursion deeper than TRASHCAN_UNWIND_LEVEL container levels happens,
//    because deeper deallocations are deposited and run later (CPython's trashcan).
// 3. `addr` is the simulated PyObject address from the allocator; it is stable for the object's life.

import type { Profile } from '../profiles/profile';
import { heap } from './heap';

/** A reference-count event hook for the recorder. Null when nobody records: then it costs one compare. */
export interface RefHook {
  incref(o: PyObject): void;
  decref(o: PyObject): void;
  dealloc(o: PyObject): void;
  /** A PyObject was constructed (its address and payload are set just after). */
  created?(o: PyObject): void;
  /** tp_dealloc returned: the object is gone if its count is still 0 (a finalizer may have resurrected it). */
  deallocated?(o: PyObject): void;
}
export let refHook: RefHook | null = null;
export function setRefHook(h: RefHook | null): void {
  refHook = h;
  refContext.cause = -1;
}

/**
 * The recorder's view of reference slots (src/core/trace/ref-slots.ts). Null when nobody records: every call
 * site is one compare. The sites report *that* a slot changed (after the store); the recorder re-reads the slot.
 */
export interface SlotHook {
  /**
   * Some slots of `o` changed; for a list, only the items from index `from` on (0 otherwise), or only those in
   * [from, to) when `to` is given (one item stored: O(1)).
   */
  touched(o: PyObject, from: number, to?: number): void;
  /** The entry of dict `d` whose stored key is `key` now holds `value` (null: the entry was removed). */
  dictEntry(d: PyObject, key: PyObject, value: PyObject | null): void;
  /** Set `s` now holds `key` (present) or no longer does. */
  setEntry(s: PyObject, key: PyObject, present: boolean): void;
  /** An extra allocation of `o` (items array, keys table, set table, buffer) was attached (0) or detached (1). */
  block(o: PyObject, change: 0 | 1, address: number, nbytes: number): void;
}
export let slotHook: SlotHook | null = null;
export function setSlotHook(h: SlotHook | null): void {
  slotHook = h;
}

/**
 * The reference the very next reported INCREF/DECREF creates or drops, when its site knows it: `cause` is a
 * RefCause (src/core/trace/events.ts) or -1, `owner` a Frame or PyObject, `label` a name, an index or a key
 * object. The recorder consumes it (resets cause to -1) at that INCREF/DECREF, so the nested changes a
 * deallocation makes are never mislabelled; a site sets it only right before an INCREF/DECREF that happens.
 */
export const refContext: { cause: number; owner: object | null; label: unknown } = { cause: -1, owner: null, label: null };
/** Sets refContext when somebody records (one compare otherwise). */
export function refCause(cause: number, owner: object, label: unknown): void {
  if (refHook !== null) {
    refContext.cause = cause;
    refContext.owner = owner;
    refContext.label = label;
  }
}

export type BinSlot = (a: PyObject, b: PyObject) => PyObject;

/** A class's shared dict keys (_PyDict_NewKeysForClass): attribute names in first-seen order. */
export class SharedKeys {
  names = new Map<string, number>();
  /** SHARED_KEYS_MAX_SIZE (30): it shrinks by one for each new instance (init_inline_values), down to 1. */
  usable = 30;
  get nentries(): number {
    return this.names.size;
  }
}

/** The base of every simulated object. Subclasses add their payload fields. */
export class PyObject {
  ob_refcnt: number;
  addr: number;
  ob_type: PyType;
  constructor(t: PyType) {
    this.ob_refcnt = 1;
    this.addr = 0;
    this.ob_type = t;
    if (refHook !== null) refHook.created?.(this);
  }
}

/** A type object. The slots are JS functions; user classes get slot wrappers that call dunder methods. */
export class PyType extends PyObject {
  tp_dict: Map<string, PyObject> = new Map();
  tp_bases: PyType[] = [];
  tp_mro: PyType[] = [];
  /** Whether instances carry a GC header (Py_TPFLAGS_HAVE_GC). */
  isGC = false;
  /** A class statement's type (Py_TPFLAGS_HEAPTYPE). */
  isHeap = false;
  /** basicsize as CPython reports it (without the GC pre-header). */
  basicsize = 16;
  itemsize = 0;
  /** 3.11 Py_TPFLAGS_MANAGED_DICT: instances have the 16-byte dict/values pre-header. */
  managedDict = false;
  /** Names of __slots__ declared by this very type (not inherited). */
  slotNames: string[] = [];
  hasDel = false;
  /** The python-visible name and module. */
  constructor(
    public tp_name: string,
    public module = 'builtins',
  ) {
    super(null as unknown as PyType);
    this.ob_refcnt = 999999999;
  }
  tp_dealloc: (o: PyObject) => void = defaultDealloc;
  /** For builtin types: the instance representation's kind (for fast checks); user classes inherit their solid base's. */
  kind = 0;
  /** tp_new for calling the type; set per type. */
  tp_call: ((t: PyType, args: PyObject[], kw: Map<string, PyObject> | null) => PyObject) | null = null;
  /** Python-level __qualname__ for classes. */
  qualname = '';
  /** CACHED_KEYS(tp): the shared keys of a Py_TPFLAGS_MANAGED_DICT class (3.11). */
  cachedKeys: SharedKeys | null = null;
  /** Heap-type extra references held internally (the type's __mro__ tuple and its descriptors). */
  heapObj: PyObject | null = null;
  /**
   * A heap type's own objects (type_new / PyType_Ready): the __mro__ tuple (tp_mro), the __bases__ tuple
   * (tp_bases) and the dict object that stands for tp_dict (its entries live in `tp_dict`). Each is an owned
   * reference; null for static types and, for the tuples, once type_clear released them.
   */
  mroObj: PyObject | null = null;
  basesObj: PyObject | null = null;
  dictObj: PyObject | null = null;
  isSubtypeOf(t: PyType): boolean {
    if (this === t) return true;
    const m = this.tp_mro;
    for (let i = 0; i < m.length; i++) if (m[i] === t) return true;
    return false;
  }
  lookup(name: string): PyObject | undefined {
    const m = this.tp_mro;
    for (let i = 0; i < m.length; i++) {
      const v = m[i]!.tp_dict.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }
}

let profile: Profile | null = null;
export function setProfile(p: Profile): void {
  profile = p;
}
export function currentProfile(): Profile {
  if (profile === null) throw new Error('no profile selected');
  return profile;
}

export function INCREF(o: PyObject): void {
  o.ob_refcnt++;
  if (refHook !== null) refHook.incref(o);
}

export function XINCREF(o: PyObject | null): void {
  if (o !== null) INCREF(o);
}

export function DECREF(o: PyObject): void {
  if (refHook !== null) refHook.decref(o);
  if (--o.ob_refcnt === 0) Dealloc(o);
}

export function XDECREF(o: PyObject | null | undefined): void {
  if (o != null) DECREF(o);
}

/** Py_NewRef. */
export function NEWREF<T extends PyObject>(o: T): T {
  INCREF(o);
  return o;
}

export function Dealloc(o: PyObject): void {
  if (refHook !== null) refHook.dealloc(o);
  // PyObject_GC_UnTrack at the start of every GC type's tp_dealloc (free-list reuse included).
  if (heap.gc !== null && o.ob_type.isGC) heap.gc.unlink(o);
  o.ob_type.tp_dealloc(o);
  if (refHook !== null) refHook.deallocated?.(o);
}

function defaultDealloc(o: PyObject): void {
  freeObject(o);
}

// ---- allocation accounting: the allocator, gc generation-0 count ----

/** Allocates the memory of a new object of `nbytes` request size (pre-header included) and sets addr. */
export function allocObject(o: PyObject, nbytes: number, gcHeader: boolean, preheader = 0): void {
  const base = heap.malloc(nbytes);
  o.addr = base + (gcHeader ? 16 : 0) + preheader;
  if (gcHeader) heap.gcAlloc(o);
}

/** Frees an object's memory (PyObject_Free / PyObject_GC_Del). */
export function freeObject(o: PyObject): void {
  const t = o.ob_type;
  const pre = t.managedDict ? 16 : 0;
  if (t.isGC) {
    heap.free(o.addr - 16 - pre);
    heap.gcDel(o);
  } else {
    heap.free(o.addr - pre);
  }
}

// ---- the trashcan (Py_TRASHCAN_BEGIN/END, _PyTrash_thread_deposit_object/destroy_chain) ----

const TRASHCAN_UNWIND_LEVEL = 50;
let trashNesting = 0;
const trashLater: PyObject[] = [];

/** Returns false if the dealloc must be deferred (the object was deposited). */
export function trashcanBegin(o: PyObject): boolean {
  if (trashNesting >= TRASHCAN_UNWIND_LEVEL) {
    trashLater.push(o);
    return false;
  }
  trashNesting++;
  return true;
}

export function trashcanEnd(): void {
  trashNesting--;
  if (trashLater.length > 0 && trashNesting <= 0) {
    // _PyTrash_thread_destroy_chain: takes the most recently deposited first (a LIFO chain).
    while (trashLater.length > 0) {
      const op = trashLater.pop()!;
      trashNesting++;
      op.ob_type.tp_dealloc(op);
      trashNesting--;
    }
  }
}

/** Clears the trashcan between runs. The recorder's hook stays installed (setRefHook(null) removes it). */
export function resetRefcountState(): void {
  trashNesting = 0;
  trashLater.length = 0;
}
