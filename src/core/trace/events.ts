// Models the memory-relevant moments of a CPython run as a compact event vocabulary: obmalloc's
// pymalloc_alloc/pymalloc_free/new_arena (Objects/obmalloc.c), Py_INCREF/Py_DECREF and _Py_Dealloc
// (Include/object.h), the frame stack (Python/ceval.c), and the collector's phases (Modules/gcmodule.c 3.11).
//
// An event is one header word plus a fixed number of 32-bit operands (OPERAND_COUNT[kind]). The header
// holds the kind in bits 0-7 and a small sub-code in bits 8-15 (the reference cause, the pool state, the GC
// generation or phase, the output stream). Nothing here is an object per event: the VM passes numbers and
// interned string ids (StringId), so recording is a few typed-array stores and switching it off is one
// null check (see sink.ts).
//
// Addresses are 64-bit in CPython but < 2^53 here (src/core/memory), so they travel as two operands:
// low 32 bits (unsigned, stored with `| 0`) and the high bits. See splitAddress / joinAddress.

/** A simulated object's identity for the whole trace, assigned by the VM (never reused, unlike addresses). */
export type ObjectId = number & { readonly __brand: 'ObjectId' };
/** A frame's identity for the whole trace, assigned by the VM (never reused). */
export type FrameId = number & { readonly __brand: 'FrameId' };
/** An index into the trace's string table (names, type names, short reprs, output text). */
export type StringId = number & { readonly __brand: 'StringId' };
/** The position of an event in the log; moment i is the state after events [0, i). */
export type EventIndex = number & { readonly __brand: 'EventIndex' };

/** The event kinds. Values are stable: they are stored in trace files (changing one is a format version bump). */
export const EventKind = {
  /** pymalloc/system malloc handed out a block: [addrLo, addrHi, nbytes]. Size class = (nbytes-1)>>4, or system if 0/>512. */
  ALLOC: 0,
  /** A block was given back: [addrLo, addrHi]. */
  FREE: 1,
  /** _PyObject_Realloc: [oldLo, oldHi, newLo, newHi, nbytes]; a moving realloc is preceded by ALLOC(new) and FREE(old). */
  REALLOC: 2,
  /** A pool changed state (sub = PoolStateCode) or was (re)initialised for szidx: [poolLo, poolHi, szidx, arenaIndex]. */
  POOL: 3,
  /** An arena was mapped or released (sub = ArenaChange): [arenaIndex, addrLo, addrHi]. */
  ARENA: 4,
  /** An object came to life in a block: [object, typeName, addrLo, addrHi, size, shortRepr]; its refcount starts at 1. */
  OBJECT_NEW: 5,
  /** An object was deallocated (tp_dealloc ran): [object]. */
  OBJECT_FREE: 6,
  /** An object's short repr changed (e.g. a list grew): [object, shortRepr]. */
  REPR: 7,
  /** An object's sys.getsizeof changed: [object, size]. */
  SIZE: 8,
  /** Py_INCREF (sub = RefCause): [object, newRefcnt, owner, label] — owner/label describe the new reference. */
  INCREF: 9,
  /** Py_DECREF (sub = RefCause): [object, newRefcnt, owner, label] — owner/label describe the reference dropped. */
  DECREF: 10,
  /** A reference slot now points to target (sub = RefCause): [owner, target, label]. */
  REF_SET: 11,
  /** A reference slot was emptied (sub = RefCause): [owner, target, label]. */
  REF_CLEAR: 12,
  /** An object became a root the program can always reach (module, builtins, interned): [object, label]. */
  ROOT_ADD: 13,
  /** An object stopped being a root: [object]. */
  ROOT_REMOVE: 14,
  /** A frame was pushed (a call began): [frame, codeName, firstLine]. */
  FRAME_PUSH: 15,
  /** The top frame was popped (return or unwind): [frame]. */
  FRAME_POP: 16,
  /** The top frame reached a new source line (a "line" trace event): [line]. */
  LINE: 17,
  /** The top frame is about to execute an instruction: [offset, opcode, oparg]. */
  INSTRUCTION: 18,
  /** A value was pushed on the top frame's value stack: [object]. */
  STACK_PUSH: 19,
  /** Values were popped from the top frame's value stack: [count]. */
  STACK_POP: 20,
  /** _PyObject_GC_TRACK/UNTRACK or a move between generations: [object, generation] (-1 = untracked). */
  GC_TRACK: 21,
  /** A collection of generation sub began (gc_collect_main). */
  GC_START: 22,
  /** The collection entered a phase (sub = GcPhase). */
  GC_PHASE: 23,
  /** An object's gc_refs as the current phase defines them (sub = GcReach): [object, gcRefs]. */
  GC_REFS: 24,
  /** The collection of generation sub ended: [collected, uncollectable]. */
  GC_STOP: 25,
  /** The generation counts (gc.get_count()) changed: [count0, count1, count2]. */
  GC_COUNTS: 26,
  /** The generation thresholds (gc.get_threshold()) changed: [threshold0, threshold1, threshold2]. */
  GC_THRESHOLDS: 27,
  /** A weak reference was cleared because its referent is dying: [weakref, referent]. */
  WEAKREF_CLEARED: 28,
  /** A weak reference's callback is about to be called: [weakref, callback]. */
  WEAKREF_CALLBACK: 29,
  /** A finalizer is about to run on object (sub = FinalizerKind): [object]. */
  FINALIZER: 30,
  /** The program wrote text (sub = OutputStream): [text]. */
  OUTPUT: 31,
  /**
   * An extra allocation of an object (a list's ob_item array, a dict's keys table, a set's table, a bytearray's
   * buffer) besides its own block: [object, addrLo, addrHi, nbytes]. Sub = BlockChange: ATTACHED is emitted right
   * after the ALLOC/REALLOC that produced the block, DETACHED right before its FREE (or the REALLOC replacing it).
   */
  BLOCK: 32,
} as const;
export type EventKind = (typeof EventKind)[keyof typeof EventKind];

/** Number of event kinds; kinds are 0 … EVENT_KIND_COUNT-1. */
export const EVENT_KIND_COUNT = 33;

/** Operands per kind (the header word is not counted). Indexed by EventKind. */
export const OPERAND_COUNT: readonly number[] = [
  3, 2, 5, 4, 3, 6, 1, 2, 2, 4, 4, 3, 3, 2, 1, 3, 1, 1, 3, 1, 1, 2, 0, 0, 2, 2, 3, 3, 2, 2, 1, 1, 4,
];

/** The event kinds' names, for summaries and error messages. Indexed by EventKind. */
export const EVENT_KIND_NAME: readonly string[] = Object.keys(EventKind).map((k) => k.toLowerCase());

/**
 * Why a reference exists (the sub-code of INCREF/DECREF/REF_SET/REF_CLEAR). The owner is a frame for LOCAL, CELL
 * and VALUE_STACK, an object for the container kinds, and -1 for TEMPORARY; the label is a string id for names and
 * keys, an integer for indices and stack depths (LABEL_IS_INDEX).
 */
export const RefCause = {
  /** A fast local of the owner frame: label = variable name. */
  LOCAL: 0,
  /** A cell or free variable of the owner frame: label = variable name. */
  CELL: 1,
  /** A slot of the owner frame's value stack: label = depth (0 = bottom). */
  VALUE_STACK: 2,
  /** A module global (owner = the module's dict): label = name. */
  GLOBAL: 3,
  /** An attribute (owner = the instance or its __dict__): label = attribute name. */
  ATTRIBUTE: 4,
  /** A list item: label = index. */
  LIST_ITEM: 5,
  /** A tuple item: label = index. */
  TUPLE_ITEM: 6,
  /** A dict key: label = the key's short repr. */
  DICT_KEY: 7,
  /** A dict value: label = the key's short repr. */
  DICT_VALUE: 8,
  /** A set element: label = the element's short repr. */
  SET_ITEM: 9,
  /** A reference the interpreter holds internally (type → its dict, function → its code, …): label = what. */
  INTERNAL: 10,
  /** A short-lived C-level reference with no slot (an argument being passed, a result being returned): label = what. */
  TEMPORARY: 11,
  /**
   * A weak reference object → its referent (owner = the weakref, label = "referent"). Weak references do not
   * count, so this cause appears only on REF_SET/REF_CLEAR, never on INCREF/DECREF.
   */
  WEAK: 12,
} as const;
export type RefCause = (typeof RefCause)[keyof typeof RefCause];
export const REF_CAUSE_COUNT = 13;
/** Per RefCause: whether the label operand is an integer index (true) or a StringId (false). */
export const LABEL_IS_INDEX: readonly boolean[] = [
  false, false, true, false, false, true, true, false, false, false, false, false, false,
];
/** Per RefCause: whether the owner operand is a FrameId (true) or an ObjectId / -1 (false). */
export const OWNER_IS_FRAME: readonly boolean[] = [
  true, true, true, false, false, false, false, false, false, false, false, false, false,
];

/** A carved pool's state (obmalloc.c: used / full / empty), the sub-code of POOL. */
export const PoolStateCode = {
  /** On usedpools[szidx]. */
  USED: 0,
  /** All blocks allocated. */
  FULL: 1,
  /** No block allocated; on its arena's freepools. */
  EMPTY: 2,
} as const;
export type PoolStateCode = (typeof PoolStateCode)[keyof typeof PoolStateCode];

/** The sub-code of ARENA. */
export const ArenaChange = {
  /** new_arena mapped it. */
  NEW: 0,
  /** It was unmapped. */
  RELEASED: 1,
} as const;
export type ArenaChange = (typeof ArenaChange)[keyof typeof ArenaChange];

/** The phases of gc_collect_main (Modules/gcmodule.c 3.11), the sub-code of GC_PHASE. */
export const GcPhase = {
  /** update_refs: gc_refs = ob_refcnt for every object of the young list. */
  UPDATE_REFS: 0,
  /** subtract_refs: gc_refs -= 1 for every reference from inside the young list. */
  SUBTRACT_REFS: 1,
  /** move_unreachable: objects with gc_refs == 0 and not reached from one with gc_refs > 0 move to `unreachable`. */
  MOVE_UNREACHABLE: 2,
  /** untrack_tuples (and untrack_dicts in a full collection) over the survivors. */
  UNTRACK: 3,
  /** move_legacy_finalizers: tp_del objects and what they reach go to `finalizers`. */
  MOVE_LEGACY_FINALIZERS: 4,
  /** handle_weakrefs: weakrefs to unreachable objects are cleared, callbacks run. */
  HANDLE_WEAKREFS: 5,
  /** finalize_garbage: tp_finalize (__del__) runs once per object. */
  FINALIZE_GARBAGE: 6,
  /** handle_resurrected_objects (3.9+) / check_garbage (3.8): finalizers may have resurrected objects. */
  HANDLE_RESURRECTED: 7,
  /** delete_garbage: tp_clear breaks the cycles. */
  DELETE_GARBAGE: 8,
  /** handle_legacy_finalizers: uncollectable objects go to gc.garbage. */
  HANDLE_LEGACY_FINALIZERS: 9,
  /** A full collection clears the free lists. */
  CLEAR_FREELISTS: 10,
} as const;
export type GcPhase = (typeof GcPhase)[keyof typeof GcPhase];
export const GC_PHASE_COUNT = 11;

/** What gc_refs means for one object in the current phase, the sub-code of GC_REFS. */
export const GcReach = {
  /** Still being counted (update_refs / subtract_refs). */
  COUNTING: 0,
  /** Known reachable from outside the young list. */
  REACHABLE: 1,
  /** Tentatively unreachable (in `unreachable`, may be moved back). */
  TENTATIVELY_UNREACHABLE: 2,
  /** Unreachable: will be finalized and cleared. */
  UNREACHABLE: 3,
  /**
   * delete_garbage has called its tp_clear: the references it held are dropped, and reference counting frees
   * what that releases (usually the object itself, a moment later). gc_refs is 0, as move_unreachable left it.
   */
  CLEARED: 4,
} as const;
export type GcReach = (typeof GcReach)[keyof typeof GcReach];
export const GC_REACH_COUNT = 5;

/** Which finalizer runs, the sub-code of FINALIZER. */
export const FinalizerKind = {
  /** tp_finalize: a class's __del__ (PEP 442), at most once per object. */
  TP_FINALIZE: 0,
  /** tp_del: a legacy C finalizer (makes a cycle uncollectable). */
  TP_DEL: 1,
} as const;
export type FinalizerKind = (typeof FinalizerKind)[keyof typeof FinalizerKind];

/** The sub-code of BLOCK. */
export const BlockChange = {
  /** The block now belongs to the object. */
  ATTACHED: 0,
  /** It no longer does (about to be freed, or replaced by a realloc). */
  DETACHED: 1,
} as const;
export type BlockChange = (typeof BlockChange)[keyof typeof BlockChange];

/** The sub-code of OUTPUT. */
export const OutputStream = {
  STDOUT: 0,
  STDERR: 1,
} as const;
export type OutputStream = (typeof OutputStream)[keyof typeof OutputStream];

/** The exclusive upper bound of each kind's sub-code (1 = no sub-code). Indexed by EventKind. */
export const SUB_LIMIT: readonly number[] = [
  1, 1, 1, 3, 2, 1, 1, 1, 1, REF_CAUSE_COUNT, REF_CAUSE_COUNT, REF_CAUSE_COUNT, REF_CAUSE_COUNT, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 3, GC_PHASE_COUNT, GC_REACH_COUNT, 3, 1, 1, 1, 1, 2, 2, 2,
];

/** The low 32 bits of an address, as an Int32 operand. */
export function addressLo(address: number): number {
  return address % 0x1_0000_0000 | 0;
}
/** The high bits of an address (< 2^21), as an Int32 operand. */
export function addressHi(address: number): number {
  return Math.floor(address / 0x1_0000_0000);
}
/** Rebuilds an address from its two operands. */
export function joinAddress(lo: number, hi: number): number {
  return hi * 0x1_0000_0000 + (lo >>> 0);
}
