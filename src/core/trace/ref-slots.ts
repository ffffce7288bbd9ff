// Models which reference slots of the simulated CPython hold what, as the trace reports them: REF_SET/REF_CLEAR
// for fast locals and cells (Include/internal/pycore_frame.h localsplus), the value stack (STACK_PUSH/STACK_POP),
// and the slots of objects (slots.ts: list and tuple items, dict entries, set elements, attributes, globals,
// weakref → referent, the interpreter's internal references), by reconciling the VM's real slots with a shadow of
// what was last reported.
//
// Invariants:
// 1. `objSlots.get(o)` (absent = empty) is exactly the set of (cause, label) → target ObjectId the trace holds for
//    the reported object o; `frames.get(f)` likewise for a frame on the trace's frame stack (locals/cells by slot
//    index, the value stack as the reported subsequence of f.stack[0..sp)).
// 2. A shadow is brought to the VM's state (a) for objects when they are announced, when a store site reports
//    them (SlotHook: list/dict/set stores, attribute dict materialisation, cells), when they were an operand of
//    the instruction just executed (small objects only, see `watch`), after a collection for the objects it
//    examined, and when a weakref is cleared; (b) for the executing frame at every instruction fetch. Between two
//    instruction fetches the trace may therefore lag the VM by one instruction for slots no site reports.
// 3. Only reported objects (an ObjectId) are targets; a slot holding None, a small int or a static type is not
//    described (as those objects are not), so the value stack the trace holds is the reported subsequence.
// Cost: a list append/store, a dict or set store is O(1); list insertion/deletion re-reports the shifted items
// (O(n) events, the honest cost of index labels); a frame costs O(locals + stack depth) pointer compares per
// instruction, and an event only when a slot changed.
// Over 400 lines: one class, whose object, frame and block halves share the shadow tables and the sink.

import { PyObject, PyType, type SlotHook } from '../objects/object';
import * as M from '../objects/models';
import { PyDict } from '../objects/dict';
import { LocalKind } from '../bytecode/code';
import type { Frame } from '../vm/frame';
import { PyGen } from '../vm/gen';
import { PyWeakref } from '../gc/weakrefs';
import { PyInstance } from '../objects/instance';
import { PySet } from '../objects/set';
import { BlockChange, LABEL_IS_INDEX, RefCause, type FrameId, type ObjectId, type StringId } from './events';
import type { TraceSink } from './sink';
import { classes, dictEntrySlots, forEachSlot, keyLabel } from './slots';

/** What RefSlots needs from the tracer: object and frame identities, announcing new objects on demand. */
export interface SlotHost {
  /** The object's id, announcing it if it is new; -1 if it is not reported. */
  idOf(o: PyObject): number;
  /** Whether `o` waits for an address to be announced (its slots' owners must be re-read then). */
  unplaced(o: PyObject): boolean;
  /** The object's id if it is reported, without announcing anything; undefined otherwise. */
  knownId(o: PyObject): number | undefined;
  frameId(f: Frame): number | undefined;
}

interface FrameSlots {
  /** Per localsplus index: the object last reported (null: none) and its id (-1). */
  readonly objs: (PyObject | null)[];
  readonly ids: number[];
  readonly causes: RefCause[];
  readonly labels: StringId[];
  /**
   * The raw value stack last seen (its first `depth` entries), and whether each entry was pushed to the trace.
   * A depth rather than truncating the arrays: setting an array's length was a measurable share of every fetch.
   */
  readonly stack: (PyObject | null)[];
  readonly pushed: boolean[];
  depth: number;
}

const KEY_STRIDE = 16;
// Module-level copies: an imported binding can cost a getter per access under some loaders (tsx).
const LIST_ITEM = RefCause.LIST_ITEM;
const ATTRIBUTE = RefCause.ATTRIBUTE;
const SET_ITEM = RefCause.SET_ITEM;
const ATTACHED = BlockChange.ATTACHED;
const DETACHED = BlockChange.DETACHED;
const IS_INDEX = LABEL_IS_INDEX;
const slotKey = (cause: number, label: number): number => cause + KEY_STRIDE * label;
/**
 * A list operand is re-read only when it has at most this many items: every store into a list is reported by
 * its site, so the re-read only catches a heap subclass's attributes on small lists, never costs O(n) per step.
 */
const WATCH_MAX_LIST = 8;

/** Whether `m` holds exactly the n slots keys[k] → targets[k] (m.size === n is checked by the caller). */
function sameSlots(m: Map<number, number>, keys: number[], targets: number[], n: number): boolean {
  for (let k = 0; k < n; k++) if (m.get(keys[k]!) !== targets[k]) return false;
  return true;
}

export class RefSlots implements SlotHook {
  private readonly objSlots = new Map<PyObject, Map<number, number>>();
  private readonly frames = new Map<Frame, FrameSlots>();
  private readonly globals = new WeakSet<PyObject>();
  private readonly strings = new Map<string, StringId>();
  private readonly codeLabels = new WeakMap<object, { causes: RefCause[]; labels: StringId[] }>();
  /** The generator owning a frame, to re-read its slots when its frame leaves the stack. */
  private readonly genOfFrame = new WeakMap<Frame, PyObject>();
  /** Operands of the instruction being executed, re-read at the next fetch. */
  private watched: PyObject[] = [];
  private lastGlobals: PyObject | null = null;
  /** Attached blocks by address. */
  private readonly blocks = new Map<number, { readonly o: PyObject; readonly id: number; readonly nbytes: number }>();
  /** The attached blocks of each object, to detach them when it is freed. */
  private readonly owned = new Map<PyObject, number[]>();
  /** Owners with a slot naming an object not yet announced (invariant 3): re-read when one is announced. */
  private waiting: PyObject[] = [];
  private reading = 0;
  private readonly scratchKeys: number[] = [];
  private readonly scratchTargets: number[] = [];
  /** slots.ts's class table, held here: an imported binding costs a getter per access under tsx. */
  private readonly K = classes();

  constructor(
    private readonly sink: TraceSink,
    private readonly host: SlotHost,
  ) {}

  /** The sink's StringId for a label, cached (the tracer's labels go through here too). */
  intern(s: string): StringId {
    let id = this.strings.get(s);
    if (id === undefined) {
      id = this.sink.intern(s);
      this.strings.set(s, id);
    }
    return id;
  }

  private labelId(cause: RefCause, label: string | number): number {
    return IS_INDEX[cause] ? (label as number) : this.intern(label as string);
  }

  // ---- objects ----

  /** Re-reads every slot of a reported object (invariant 2a). */
  reconcile(o: PyObject): void {
    const id = this.host.knownId(o);
    if (id === undefined) return;
    const old = this.objSlots.get(o);
    // The slots now, into scratch arrays: most re-reads find nothing changed and then allocate nothing.
    // Reading a slot may announce its target, which re-reads that one's slots: only the outermost read uses the
    // scratch arrays.
    const outer = this.reading === 0;
    const keys = outer ? this.scratchKeys : [];
    const targets = outer ? this.scratchTargets : [];
    let n = 0;
    if (o.ob_type.isGC || o instanceof this.K.PyDict) {
      this.reading++;
      let waits = false;
      try {
        forEachSlot(o, this.globals.has(o), (cause, label, target) => {
          const t = this.host.idOf(target);
          if (t >= 0) {
            keys[n] = slotKey(cause, this.labelId(cause, label));
            targets[n++] = t;
          } else if (!waits && this.host.unplaced(target)) waits = true;
        });
      } finally {
        this.reading--;
      }
      if (waits) this.waiting.push(o);
    }
    if (old === undefined ? n === 0 : old.size === n && sameSlots(old, keys, targets, n)) {
      this.afterReconcile(o);
      return;
    }
    const cur = new Map<number, number>();
    for (let k = 0; k < n; k++) cur.set(keys[k]!, targets[k]!);
    const s = this.sink;
    if (old !== undefined) {
      for (const [k, t] of old) {
        if (cur.get(k) !== t) s.refClear((k % KEY_STRIDE) as RefCause, id, t as ObjectId, Math.floor(k / KEY_STRIDE));
      }
    }
    for (const [k, t] of cur) {
      if (old === undefined || old.get(k) !== t) s.refSet((k % KEY_STRIDE) as RefCause, id, t as ObjectId, Math.floor(k / KEY_STRIDE));
    }
    if (cur.size > 0) this.objSlots.set(o, cur);
    else this.objSlots.delete(o);
    this.afterReconcile(o);
  }

  private afterReconcile(o: PyObject): void {
    const K = this.K;
    if (o instanceof K.PyGen) this.genOfFrame.set(o.frame, o);
    // A class's dict stands for its tp_dict, which type_clear empties without a store site.
    else if (o instanceof K.PyType && o.dictObj !== null) this.reconcile(o.dictObj);
  }

  /** One slot of a reported owner now holds `target` (null: empty). */
  private setSlot(o: PyObject, id: number, cause: RefCause, label: string | number, target: PyObject | null): void {
    const l = this.labelId(cause, label);
    const k = slotKey(cause, l);
    let m = this.objSlots.get(o);
    const old = m?.get(k);
    const t = target === null ? -1 : this.host.idOf(target);
    if (t < 0 && target !== null && this.host.unplaced(target)) this.waiting.push(o);
    if (old === t || (old === undefined && t < 0)) return;
    if (old !== undefined) {
      this.sink.refClear(cause, id, old as ObjectId, l);
      m!.delete(k);
    }
    if (t >= 0) {
      if (m === undefined) this.objSlots.set(o, (m = new Map()));
      m.set(k, t);
      this.sink.refSet(cause, id, t as ObjectId, l);
    }
  }

  /** An object that waited for its address was announced: the owners that named it are re-read. */
  placed(): void {
    const w = this.waiting;
    if (w.length === 0) return;
    this.waiting = [];
    for (let k = 0; k < w.length; k++) this.reconcile(w[k]!);
  }

  /**
   * The owner is about to be reported freed: its slots go with its OBJECT_FREE; blocks it still holds are detached
   * first (a deallocation the trashcan deferred frees them later, as no one's).
   */
  forget(o: PyObject, id: number): void {
    this.objSlots.delete(o);
    if (o instanceof this.K.PyType && o.dictObj !== null) this.reconcile(o.dictObj);
    const own = this.owned.get(o);
    if (own === undefined) return;
    this.owned.delete(o);
    for (const address of own) {
      const v = this.blocks.get(address)!;
      this.blocks.delete(address);
      this.sink.block!(id as ObjectId, DETACHED, address, v.nbytes);
    }
  }

  touched(o: PyObject, from: number, to?: number): void {
    if ((from > 0 || to !== undefined) && o instanceof this.K.PyList) {
      const id = this.host.knownId(o);
      if (id === undefined) return;
      const it = o.items;
      let end = it.length;
      if (to !== undefined) end = to;
      else {
        // Items from `from` on: what was reported there (beyond the end after a deletion) and what is there now.
        const m = this.objSlots.get(o);
        if (m !== undefined) for (let i = end; m.has(slotKey(LIST_ITEM, i)); i++) end = i + 1;
      }
      for (let i = from; i < end; i++) this.setSlot(o, id, LIST_ITEM, i, i < it.length ? it[i]! : null);
      return;
    }
    this.reconcile(o);
  }

  dictEntry(d: PyObject, key: PyObject, value: PyObject | null): void {
    const dict = d as PyDict;
    if (dict.hidden) {
      const owner = dict.owner;
      if (owner === null || !(key instanceof this.K.PyStr)) return;
      const id = this.host.knownId(owner);
      if (id !== undefined) this.setSlot(owner, id, ATTRIBUTE, key.v, value);
      return;
    }
    const id = this.host.knownId(d);
    if (id === undefined) return;
    const globals = this.globals.has(d);
    const named = globals || dict.owner !== null;
    if (value !== null) {
      dictEntrySlots(dict, key, value, globals, named, (cause, label, target) => this.setSlot(d, id, cause, label, target));
    } else {
      // The same labels, emptied.
      dictEntrySlots(dict, key, key, globals, named, (cause, label) => this.setSlot(d, id, cause, label, null));
    }
  }

  setEntry(s: PyObject, key: PyObject, present: boolean): void {
    const id = this.host.knownId(s);
    if (id !== undefined) this.setSlot(s, id, SET_ITEM, keyLabel(key), present ? key : null);
  }

  block(o: PyObject, change: 0 | 1, address: number, nbytes: number): void {
    const b = this.sink.block;
    if (b === undefined || address === 0) return;
    const id = this.host.idOf(o);
    if (id < 0) return;
    if (change === 0) {
      this.blocks.set(address, { o, id, nbytes });
      const own = this.owned.get(o);
      if (own === undefined) this.owned.set(o, [address]);
      else own.push(address);
      b.call(this.sink, id as ObjectId, ATTACHED, address, nbytes);
    } else if (this.blocks.delete(address)) {
      this.disown(o, address);
      b.call(this.sink, id as ObjectId, DETACHED, address, nbytes);
    }
  }

  private disown(o: PyObject, address: number): void {
    const own = this.owned.get(o);
    if (own === undefined) return;
    const k = own.indexOf(address);
    if (k >= 0) own.splice(k, 1);
    if (own.length === 0) this.owned.delete(o);
  }

  /**
   * The allocator is about to free (or resize in place) `address`: a block still attached to an object is
   * detached first, whichever site freed it (the collector's tp_clear frees a list's items array itself).
   */
  readonly beforeFree = (address: number): void => {
    const v = this.blocks.get(address);
    if (v === undefined) return;
    this.blocks.delete(address);
    this.disown(v.o, address);
    this.sink.block!(v.id as ObjectId, DETACHED, address, v.nbytes);
  };

  isGlobals(d: PyObject): boolean {
    return this.globals.has(d);
  }

  /** A dict serves as a frame's globals: its entries are GLOBAL slots from now on. */
  noteGlobals(d: PyObject): void {
    if (d === this.lastGlobals) return;
    this.lastGlobals = d;
    if (this.globals.has(d)) return;
    this.globals.add(d);
    if (this.objSlots.has(d)) this.reconcile(d);
  }

  /** Operands of the instruction about to run: small objects among them are re-read at the next fetch. */
  watch(o: PyObject | null): void {
    if (o === null || !o.ob_type.isGC) return;
    const K = this.K;
    if (o instanceof K.PyTuple || o instanceof K.PyDict || o instanceof K.PySet) return;
    if (o instanceof K.PyWeakref) {
      this.watched.push(o);
      return;
    }
    if (o instanceof K.PyList && o.items.length > WATCH_MAX_LIST) return;
    // An instance without __slots__ changes its slots only through its attribute dict, whose every store is
    // reported by its site (dictEntry; touched on materialisation): re-reading it at each STORE_ATTR/LOAD_ATTR
    // was the commonest re-read left. One with __slots__ is still re-read (its member stores report themselves
    // too, vm/call.ts, but the saving there is small).
    if (o instanceof K.PyInstance && o.slots === null) return;
    this.watched.push(o);
  }

  /**
   * A container was announced during an instruction: a constructor may still fill it in (MAKE_FUNCTION sets the
   * closure after creating the function), so it is re-read at the next fetch as well.
   */
  fresh(o: PyObject): void {
    // Containers whose every store is reported by its site (and tuples, complete when made) need no second read.
    const K = this.K;
    if (o instanceof K.PyList || o instanceof K.PyDict || o instanceof K.PySet || o instanceof K.PyTuple || o instanceof K.PyInstance) return;
    this.watched.push(o);
  }

  /** Re-reads what `watch` collected (invariant 2a). */
  flushWatched(): void {
    const w = this.watched;
    if (w.length === 0) return;
    this.watched = [];
    for (let k = 0; k < w.length; k++) this.reconcile(w[k]!);
  }

  // ---- frames ----

  /** The frame was pushed on the trace's stack: it holds nothing there yet. */
  framePushed(f: Frame): void {
    const n = f.localsplus.length;
    let lab = this.codeLabels.get(f.co);
    if (lab === undefined) {
      const causes: RefCause[] = [];
      const labels: StringId[] = [];
      for (let i = 0; i < n; i++) {
        const kind = f.co.localsplusKinds[i] ?? 0;
        causes.push(kind & (LocalKind.CELL | LocalKind.FREE) ? RefCause.CELL : RefCause.LOCAL);
        labels.push(this.intern(f.co.localsplusNames[i] ?? `slot ${i}`));
      }
      lab = { causes, labels };
      this.codeLabels.set(f.co, lab);
    }
    this.frames.set(f, {
      objs: new Array<PyObject | null>(n).fill(null),
      ids: new Array<number>(n).fill(-1),
      causes: lab.causes,
      labels: lab.labels,
      stack: [],
      pushed: [],
      depth: 0,
    });
  }

  /** The frame left the trace's stack (its slots and stack went with FRAME_POP). */
  framePopped(f: Frame): void {
    this.frames.delete(f);
    const g = this.genOfFrame.get(f);
    if (g !== undefined) this.reconcile(g);
  }

  /** Brings the reported locals of `f` to the VM's (invariant 2b). `fid` is f's FrameId. */
  syncLocals(f: Frame, fid: number): void {
    const fs = this.frames.get(f);
    if (fs === undefined) return;
    const lp = f.localsplus;
    const objs = fs.objs;
    for (let i = 0; i < lp.length; i++) {
      const v = lp[i] ?? null;
      if (objs[i] !== v) this.syncLocal(fs, fid, i, v);
    }
  }

  /** One local slot changed: called by syncLocals, and by the tracer just before a LOCAL-caused DECREF. */
  syncLocalAt(f: Frame, i: number): void {
    const fs = this.frames.get(f);
    if (fs === undefined) return;
    const v = f.localsplus[i] ?? null;
    if (fs.objs[i] !== v) this.syncLocal(fs, this.host.frameId(f)!, i, v);
  }

  private syncLocal(fs: FrameSlots, fid: number, i: number, v: PyObject | null): void {
    const old = fs.ids[i]!;
    const t = v === null ? -1 : this.host.idOf(v);
    fs.objs[i] = v;
    if (old === t) return;
    fs.ids[i] = t;
    if (old >= 0) this.sink.refClear(fs.causes[i]!, fid, old as ObjectId, fs.labels[i]!);
    if (t >= 0) this.sink.refSet(fs.causes[i]!, fid, t as ObjectId, fs.labels[i]!);
  }

  /** Brings the reported value stack of the top frame `f` to the VM's (invariant 2b), watching the operands. */
  syncStack(f: Frame): void {
    const fs = this.frames.get(f);
    if (fs === undefined) return;
    const st = f.stack;
    const sp = f.sp;
    const raw = fs.stack;
    const pushed = fs.pushed;
    const depth = fs.depth;
    let p = 0;
    const n = depth < sp ? depth : sp;
    while (p < n && raw[p] === st[p]) p++;
    if (p === sp && p === depth) return;
    let pops = 0;
    for (let k = p; k < depth; k++) if (pushed[k]) pops++;
    if (pops > 0) this.sink.stackPop(pops);
    // Entries beyond the new depth are stale: cleared so that the shadow keeps no freed object alive.
    for (let k = sp; k < depth; k++) raw[k] = null;
    fs.depth = p;
    for (let k = p; k < sp; k++) {
      const v = st[k] ?? null;
      raw[k] = v;
      const id = v === null ? -1 : this.host.idOf(v);
      pushed[k] = id >= 0;
      fs.depth = k + 1;
      if (id >= 0) this.sink.stackPush(id as ObjectId);
    }
  }

  /** The frame's reported slots, for tests: local index → ObjectId, and the reported stack. */
  frameShadow(f: Frame): { readonly ids: readonly number[] } | undefined {
    return this.frames.get(f);
  }
}

export type { FrameId };
