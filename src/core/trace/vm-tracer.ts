// Connects the simulated interpreter's hooks (Py_INCREF/Py_DECREF/_Py_Dealloc in objects/object.ts, the eval
// loop's instruction fetch in vm/eval.ts, gc_collect_main's phases and listener in gc/collect.ts, obmalloc's
// listener, the reference-slot sites via ref-slots.ts) to a TraceSink, translating PyObjects and Frames into the
// trace's never-reused ObjectIds and FrameIds. Over 400 lines: one class whose hooks share the id tables.
//
// Invariants:
// 1. An object gets an ObjectId only if it was constructed while this tracer was installed and its count is
//    not a static one (>= STATIC_THRESHOLD: None, small ints, static types): objects that predate the run or are
//    immortal-like are never reported, so their (huge) counts never reach the trace.
// 2. `shadow` is the count the trace holds for each reported object. Before every reported INCREF/DECREF the
//    shadow is brought to the VM's count ∓ 1 by INTERNAL increfs/decrefs: the few places that write ob_refcnt
//    directly (a class's __del__ resurrecting its object in subtype_dealloc, a generator's finalizer, a type
//    created at count 1) are thereby reported as what they are, and the trace's counts equal the VM's.
// 3. A new object is announced (OBJECT_NEW) at the next instruction fetch or at its first hook, whichever comes
//    first — by then its constructor has set its address and payload; one still without an address waits for a
//    hook after it got one (code objects, which have none, are not reported). OBJECT_FREE follows _Py_Dealloc once the
//    count is still 0 after tp_dealloc (not resurrected).
// 4. The frame stack the trace holds is reconciled with the VM's `previous` chain at each instruction fetch:
//    frames that returned are popped (after their locals were released, so those decrefs belong to the
//    returning instruction), frames that were entered are pushed. A generator's frame keeps its FrameId.
// 5. print() output becomes OUTPUT events at the next instruction fetch (or at the end of the run).
// 6. Reference slots (REF_SET/REF_CLEAR, STACK_PUSH/STACK_POP) follow ref-slots.ts's invariants; an INCREF/DECREF
//    carries the cause, owner and label of the slot its site named in refContext (objects/object.ts), and is
//    TEMPORARY (no slot: an argument, a result, a C local) or INTERNAL (a resync, invariant 2) otherwise.
// 7. GC_TRACK, WEAKREF_CLEARED, WEAKREF_CALLBACK, FINALIZER and GC_THRESHOLDS come from the collector's listener
//    (gc/collect.ts GcListener), for reported objects only.
// Cost (bench/recorder.bench.ts's real program, 1.03 M events, warm, events dropped): ~130 ms over the VM's ~110 ms,
// about 0.13 µs per event. Imported bindings used per event are held in fields or module constants (under the tsx
// loader each access to an imported binding is a getter call), and operands are re-read only where no store site
// reports their changes (operands.ts, RefSlots.watch).

import { PyObject, setRefHook, setSlotHook, refContext, type RefHook } from '../objects/object';
import { PyDict } from '../objects/dict';
import { PyModule } from '../objects/callables';
import { heap } from '../objects/heap';
import { basicSizeof } from '../modules/sys';
import { setGcListener, type GcListener } from '../gc/collect';
import type { Frame } from '../vm/frame';
import type { Instruction } from '../bytecode/code';
import { FinalizerKind, OutputStream, RefCause, type FrameId, type GcPhase, type GcReach, type ObjectId, type StringId } from './events';
import { heapListenerFor, type TraceSink } from './sink';
import { vmHooks } from './vm-hooks';
import { ts } from '../vm/state';
import { RefSlots } from './ref-slots';
import { classes, keyLabel, shortRepr } from './slots';
import { operandCount } from './operands';
import { OPCODES_311 } from '../bytecode/opcodes311';
import { TypeType } from '../objects/types';

/** ob_refcnt at or above this marks an object CPython never frees (STATIC_REFCNT, the 999999999 of types). */
const STATIC_THRESHOLD = 100_000_000;
/** A resync larger than this would flood the trace; the object is reported as static from then on. */
const MAX_RESYNC = 10_000;
// Module-level copies: an imported binding costs a getter call per access under the tsx loader.
const TEMPORARY = RefCause.TEMPORARY;
const INTERNAL = RefCause.INTERNAL;
const RC = RefCause;
const PRECALL = OPCODES_311.PRECALL;
const CALL = OPCODES_311.CALL;
/** The root label of tstate->dict (objects/reprenter.ts). */
const THREAD_DICT = 'thread state dict';

export class VmTracer implements RefHook, GcListener {
  private readonly ids = new Map<PyObject, number>();
  private readonly shadow = new Map<PyObject, number>();
  private born: PyObject[] = [];
  /**
   * Constructed without an address: JS-side storage that is not (yet) a Python object, like the values of an
   * instance's managed dict before it is materialised. Announced if it gets an address and is then touched.
   */
  private readonly unplaced = new WeakSet<PyObject>();
  private nextObject = 0;
  private readonly frameIds = new WeakMap<Frame, number>();
  private nextFrame = 0;
  /** The frames the trace holds, bottom first, and the last line reported for each. */
  private readonly frames: Frame[] = [];
  private readonly lines: number[] = [];
  private readonly typeNames = new Map<string, StringId>();
  private readonly codeNames = new Map<object, StringId>();
  private readonly empty: StringId;
  /** Entries of ts.stdout / ts.stderr already reported as OUTPUT events. */
  private stdoutSeen = 0;
  private stderrSeen = 0;
  /** The reference slots the trace holds (invariant 6). */
  readonly slots: RefSlots;
  /** The objects the current collection examined: their slots are re-read when it stops (tp_clear changed some). */
  private examined = new Set<PyObject>();
  /** The thread state's dict once it is reported as a root (rootLabel), or null. */
  private rootedThreadDict: PyObject | null = null;

  constructor(private readonly sink: TraceSink) {
    this.empty = sink.intern('');
    this.slots = new RefSlots(sink, {
      idOf: (o) => this.idOf(o),
      knownId: (o) => this.ids.get(o),
      unplaced: (o) => this.unplaced.has(o) || (o.addr === 0 && this.born.includes(o)),
      frameId: (f) => this.frameIds.get(f),
    });
  }

  /** Installs every hook; `uninstall` must follow (runProgram does it in a finally). */
  install(): void {
    setRefHook(this);
    setSlotHook(this.slots);
    setGcListener(this);
    vmHooks.instruction = this.instruction;
    heap.memoryListener = heapListenerFor(this.sink, this.sink.block !== undefined ? this.slots.beforeFree : null);
  }

  uninstall(): void {
    setRefHook(null);
    setSlotHook(null);
    setGcListener(null);
    vmHooks.instruction = null;
    heap.memoryListener = null;
    heap.memory?.setListener(null);
  }

  /** The run ended: announces what is pending and pops the frames still held. */
  finish(): void {
    this.flushBorn();
    if (this.ts.dict !== this.rootedThreadDict) this.rootThreadDict();
    this.slots.flushWatched();
    this.flushOutput();
    for (let k = this.frames.length - 1; k >= 0; k--) {
      const f = this.frames[k]!;
      this.sink.framePop(this.frameIds.get(f)! as FrameId);
      this.slots.framePopped(f);
    }
    this.frames.length = 0;
    this.lines.length = 0;
    this.sink.gcCounts(heap.count0, heap.count1, heap.count2);
  }

  /** The trace's count for `o`, or undefined if `o` is not reported (for tests). */
  tracedRefcount(o: PyObject): number | undefined {
    return this.shadow.get(o);
  }

  /** The frames the trace holds, bottom first, with their FrameIds (for tests comparing the trace with the VM). */
  tracedFrames(): readonly { readonly frame: Frame; readonly id: number }[] {
    return this.frames.map((frame) => ({ frame, id: this.frameIds.get(frame)! }));
  }

  /** Live reported objects and their VM counts (for tests comparing the trace with the VM). */
  liveObjects(): ReadonlyMap<PyObject, number> {
    return this.ids;
  }

  // ---- RefHook ----

  created(o: PyObject): void {
    this.born.push(o);
  }

  incref(o: PyObject): void {
    const ctx = this.ctx;
    const c = ctx.cause;
    ctx.cause = -1;
    const id = this.idOf(o);
    if (id < 0) return;
    if (!this.resync(o, id, o.ob_refcnt - 1)) return;
    this.shadow.set(o, o.ob_refcnt);
    if (c >= 0 && this.resolve(c, false)) this.sink.incref(id as ObjectId, o.ob_refcnt, this.rc, this.rOwner, this.rLabel);
    else this.sink.incref(id as ObjectId, o.ob_refcnt, TEMPORARY, -1, this.empty);
  }

  decref(o: PyObject): void {
    // Called before the decrement: the new count is ob_refcnt - 1.
    const ctx = this.ctx;
    const c = ctx.cause;
    ctx.cause = -1;
    const id = this.idOf(o);
    if (id < 0) return;
    if (!this.resync(o, id, o.ob_refcnt)) return;
    this.shadow.set(o, o.ob_refcnt - 1);
    if (c >= 0 && this.resolve(c, true)) this.sink.decref(id as ObjectId, o.ob_refcnt - 1, this.rc, this.rOwner, this.rLabel);
    else this.sink.decref(id as ObjectId, o.ob_refcnt - 1, TEMPORARY, -1, this.empty);
  }

  // Imported bindings used per event, held here: an imported binding costs a getter per access under tsx.
  private readonly ctx = refContext;
  private readonly ts = ts;
  private readonly K = classes();
  private readonly operandCount = operandCount;
  private readonly basicSizeof = basicSizeof;
  private readonly TypeType = TypeType;

  // The resolved refContext (resolve's outputs; fields so that resolving allocates nothing).
  private rc: RefCause = RefCause.TEMPORARY;
  private rOwner = -1;
  private rLabel = 0;

  /** A slot label's StringId, through RefSlots' cache (one table for the labels both report). */
  private label(s: string): StringId {
    return this.slots.intern(s);
  }

  /**
   * Turns refContext (cause c) into the trace's cause/owner/label; false if its owner is not reported. A dict
   * entry's cause is refined by the dict's role (an attribute of the instance owning a managed dict, a global,
   * an item). For a DECREF of a local, the slot's REF_CLEAR/REF_SET is reported first (the store already happened).
   */
  private resolve(c: number, dropping: boolean): boolean {
    const ctx = this.ctx;
    const owner = ctx.owner;
    const label = ctx.label;
    ctx.owner = null;
    ctx.label = null;
    switch (c) {
      case RC.LOCAL:
      case RC.CELL: {
        const f = owner as Frame;
        const fid = this.frameIds.get(f);
        if (fid === undefined || !this.frameOnStack(f)) return false;
        const i = label as number;
        if (dropping) this.slots.syncLocalAt(f, i);
        const kind = f.co.localsplusKinds[i] ?? 0;
        this.rc = kind & 0xc0 ? RC.CELL : RC.LOCAL;
        this.rOwner = fid;
        this.rLabel = this.label(f.co.localsplusNames[i] ?? '');
        return true;
      }
      case RC.VALUE_STACK: {
        const fid = this.frameIds.get(owner as Frame);
        if (fid === undefined || !this.frameOnStack(owner as Frame)) return false;
        this.rc = RC.VALUE_STACK;
        this.rOwner = fid;
        this.rLabel = label as number;
        return true;
      }
      case RC.DICT_KEY:
      case RC.DICT_VALUE: {
        const d = owner as PyDict;
        const key = label as PyObject;
        const isStr = key instanceof this.K.PyStr;
        if (d.hidden) {
          if (d.owner === null || !isStr) return false;
          return this.resolved(d.owner, RC.ATTRIBUTE, this.label(key.v));
        }
        if (isStr && c === RC.DICT_VALUE) {
          if (this.slots.isGlobals(d)) return this.resolved(d, RC.GLOBAL, this.label(key.v));
          if (d.owner !== null) return this.resolved(d, RC.ATTRIBUTE, this.label(key.v));
        }
        return this.resolved(d, c, this.label(keyLabel(key)));
      }
      case RC.SET_ITEM:
        return this.resolved(owner as PyObject, RC.SET_ITEM, this.label(keyLabel(label as PyObject)));
      case RC.LIST_ITEM:
      case RC.TUPLE_ITEM:
        return this.resolved(owner as PyObject, c, label as number);
      case RC.ATTRIBUTE:
      case RC.INTERNAL:
        return this.resolved(owner as PyObject, c, this.label(label as string));
      default:
        return false;
    }
  }

  private resolved(owner: PyObject, cause: RefCause, label: number): boolean {
    const id = this.ids.get(owner);
    if (id === undefined) return false;
    this.rc = cause;
    this.rOwner = id;
    this.rLabel = label;
    return true;
  }

  private frameOnStack(f: Frame): boolean {
    for (let k = this.frames.length - 1; k >= 0; k--) if (this.frames[k] === f) return true;
    return false;
  }

  dealloc(_o: PyObject): void {}

  deallocated(o: PyObject): void {
    const id = this.ids.get(o);
    if (id === undefined) return;
    if (!this.resync(o, id, o.ob_refcnt) || o.ob_refcnt !== 0) return;
    this.ids.delete(o);
    this.shadow.delete(o);
    this.slots.forget(o, id);
    this.sink.objectFree(id as ObjectId);
  }

  // ---- GcListener ----

  start(generation: number): void {
    this.flushBorn();
    this.sink.gcCounts(heap.count0, heap.count1, heap.count2);
    this.sink.gcStart(generation);
  }
  phase(phase: GcPhase): void {
    this.sink.gcPhase(phase);
  }
  refs(o: PyObject, gcRefs: number, reach: GcReach): void {
    const id = this.idOf(o);
    if (id >= 0) {
      this.sink.gcRefs(id as ObjectId, gcRefs, reach);
      this.examined.add(o);
    }
  }
  stop(generation: number, collected: number, uncollectable: number): void {
    const ex = this.examined;
    this.examined = new Set();
    for (const o of ex) this.slots.reconcile(o);
    this.slots.flushWatched();
    this.sink.gcStop(generation, collected, uncollectable);
    this.sink.gcCounts(heap.count0, heap.count1, heap.count2);
  }
  tracked(o: PyObject, generation: number): void {
    const id = this.idOf(o);
    if (id >= 0) this.sink.gcTrack(id as ObjectId, generation > 2 ? 2 : generation);
  }
  weakrefCleared(wr: PyObject, referent: PyObject): void {
    const w = this.idOf(wr);
    const r = this.ids.get(referent);
    // Told before the referent is forgotten: its WEAK slot is re-read at the next fetch (or collection's end).
    this.slots.watch(wr);
    if (w >= 0 && r !== undefined) this.sink.weakrefCleared(w as ObjectId, r as ObjectId);
  }
  weakrefCallback(wr: PyObject, callback: PyObject): void {
    const w = this.idOf(wr);
    const c = this.idOf(callback);
    if (w >= 0 && c >= 0) this.sink.weakrefCallback(w as ObjectId, c as ObjectId);
  }
  finalizer(o: PyObject, kind: 0 | 1): void {
    const id = this.idOf(o);
    if (id >= 0) this.sink.finalizer(id as ObjectId, kind === 0 ? FinalizerKind.TP_FINALIZE : FinalizerKind.TP_DEL);
  }
  thresholds(t0: number, t1: number, t2: number): void {
    this.sink.gcThresholds(t0, t1, t2);
  }

  // ---- the eval loop ----

  /** Bound once: the eval loop calls it through vmHooks before each instruction's effects. */
  readonly instruction = (f: Frame, ins: Instruction, opcode: number): void => {
    const slots = this.slots;
    const ts = this.ts;
    slots.noteGlobals(f.globals);
    if (this.born.length > 0) this.flushBorn();
    if (ts.dict !== this.rootedThreadDict) this.rootThreadDict();
    slots.flushWatched();
    if (ts.stdout.length !== this.stdoutSeen || ts.stderr.length !== this.stderrSeen) this.flushOutput();
    const n = this.frames.length;
    if (n === 0 || this.frames[n - 1] !== f) this.reconcile(f);
    slots.syncLocals(f, this.frameIds.get(f)!);
    slots.syncStack(f);
    const line = ins.span?.lineno ?? -1;
    const top = this.lines.length - 1;
    if (line >= 0 && this.lines[top] !== line) {
      this.lines[top] = line;
      this.sink.line(line);
    }
    this.sink.instruction(ins.offset, opcode, ins.arg);
    // The instruction's operands: small objects among them are re-read at the next fetch (ref-slots.ts 2a).
    const k = this.operandCount(opcode, ins.arg);
    const st = f.stack;
    // The class a PRECALL/CALL calls is not re-read: type_call (tp_new, tp_init) stores nothing into the class,
    // and what Python code it runs changes the class by instructions of its own, which name it as an operand.
    // This was the re-read of the class and its dict at every instantiation (~35% of the tracer's re-reads).
    let callee = -1;
    if (opcode === PRECALL || opcode === CALL) {
      callee = f.sp - ins.arg - 2;
      if (callee >= 0 && st[callee] == null) callee++;
    }
    for (let j = f.sp - 1, end = f.sp - k; j >= end && j >= 0; j--) {
      const o = st[j] ?? null;
      if (j === callee && o !== null && o.ob_type === this.TypeType) continue;
      slots.watch(o);
    }
  };

  /**
   * The thread state's dict became a root after it was announced: a collection its own allocation triggered
   * announced it before PyThreadState_GetDict stored it (one compare per fetch otherwise).
   */
  private rootThreadDict(): void {
    const d = this.ts.dict;
    this.rootedThreadDict = d;
    if (d === null) return;
    const known = this.ids.get(d);
    // Not announced yet: announcing it labels it (rootLabel).
    if (known === undefined) this.idOf(d);
    else this.sink.rootAdd(known as ObjectId, this.sink.intern(THREAD_DICT));
  }

  /** What print() and the traceback writer appended to the run's streams since the last instruction. */
  private flushOutput(): void {
    const s = this.sink;
    const ts = this.ts;
    for (; this.stdoutSeen < ts.stdout.length; this.stdoutSeen++) s.output(OutputStream.STDOUT, s.intern(ts.stdout[this.stdoutSeen]!));
    for (; this.stderrSeen < ts.stderr.length; this.stderrSeen++) s.output(OutputStream.STDERR, s.intern(ts.stderr[this.stderrSeen]!));
  }

  private reconcile(f: Frame): void {
    const chain: Frame[] = [];
    for (let g: Frame | null = f; g !== null; g = g.previous) chain.push(g);
    chain.reverse();
    let common = 0;
    while (common < this.frames.length && common < chain.length && this.frames[common] === chain[common]) common++;
    while (this.frames.length > common) {
      const g = this.frames.pop()!;
      this.lines.pop();
      this.sink.framePop(this.frameIds.get(g)! as FrameId);
      this.slots.framePopped(g);
    }
    // A call moved its arguments from the caller's stack into the callee's locals before the callee's first
    // fetch: the caller's stack is read now, so that no reference is shown in both places.
    if (common > 0 && common === this.frames.length && chain.length > common) this.slots.syncStack(this.frames[common - 1]!);
    for (let k = common; k < chain.length; k++) {
      const g = chain[k]!;
      let id = this.frameIds.get(g);
      if (id === undefined) {
        id = this.nextFrame++;
        this.frameIds.set(g, id);
      }
      let name = this.codeNames.get(g.co);
      if (name === undefined) {
        name = this.sink.intern(g.co.qualname);
        this.codeNames.set(g.co, name);
      }
      this.frames.push(g);
      this.lines.push(-1);
      this.sink.framePush(id as FrameId, name, g.co.firstlineno);
      this.slots.framePushed(g);
      // A caller's slots are not re-read while it waits; the callee's arguments are read at its first fetch.
      if (g !== f) this.slots.syncLocals(g, id);
    }
  }

  // ---- objects ----

  /** The object's id, announcing it if it is new; -1 if it is not reported. */
  private idOf(o: PyObject): number {
    const id = this.ids.get(o);
    if (id !== undefined) return id;
    if (this.born.length > 0) this.flushBorn();
    if (o.addr !== 0 && this.unplaced.delete(o)) {
      this.announce(o);
      this.slots.reconcile(o);
      this.slots.placed();
    }
    return this.ids.get(o) ?? -1;
  }

  private flushBorn(): void {
    const b = this.born;
    this.born = [];
    for (let k = 0; k < b.length; k++) this.announce(b[k]!);
    // Every object of the batch has its id before any slot names one as a target.
    for (let k = 0; k < b.length; k++) this.slots.reconcile(b[k]!);
  }

  private announce(o: PyObject): void {
    if (this.ids.has(o) || o.ob_type == null || o.ob_refcnt >= STATIC_THRESHOLD || o.ob_refcnt <= 0) return;
    if (o.addr === 0) {
      this.unplaced.add(o);
      return;
    }
    const id = this.nextObject++;
    this.ids.set(o, id);
    this.shadow.set(o, 1);
    const s = this.sink;
    const t = o.ob_type;
    let typeName = this.typeNames.get(t.tp_name);
    if (typeName === undefined) {
      typeName = s.intern(t.tp_name);
      this.typeNames.set(t.tp_name, typeName);
    }
    let size = 0;
    try {
      size = this.basicSizeof(o) + (t.isGC ? 16 : 0) + (t.managedDict ? 16 : 0);
    } catch {
      size = t.basicsize;
    }
    s.objectNew(id as ObjectId, typeName, o.addr, size, s.intern(shortRepr(o)));
    const root = rootLabel(o, this.ts.mainGlobals, this.ts.dict, this.K.PyModule);
    if (root !== null) s.rootAdd(id as ObjectId, s.intern(root));
    if (o === this.ts.dict) this.rootedThreadDict = o;
    if (t.isGC) this.slots.fresh(o);
    if (o.ob_refcnt !== 1) this.resync(o, id, o.ob_refcnt);
  }

  /**
   * Brings the trace's count of `o` to `target` with INTERNAL events (invariant 2); false if `o` is (now) not
   * reported, so that the callers need no second lookup.
   */
  private resync(o: PyObject, id: number, target: number): boolean {
    const cur = this.shadow.get(o);
    if (cur === undefined) return false;
    if (cur === target) return true;
    if (Math.abs(cur - target) > MAX_RESYNC || target < 0) {
      // Made static after its birth (e.g. a builtin method marked immortal): it stops being reported.
      this.ids.delete(o);
      this.shadow.delete(o);
      this.slots.forget(o, id);
      this.sink.objectFree(id as ObjectId);
      return false;
    }
    const s = this.sink;
    const oid = id as ObjectId;
    for (let c = cur; c < target; ) s.incref(oid, ++c, INTERNAL, -1, this.empty);
    for (let c = cur; c > target; ) s.decref(oid, --c, INTERNAL, -1, this.empty);
    this.shadow.set(o, target);
    return true;
  }
}

/**
 * What holds `o` from the interpreter state itself, as a root label: the running module's globals (the frame's
 * f_globals), the thread state's dict (tstate->dict, objects/reprenter.ts) and every module (sys.modules).
 * Everything else is alive through a frame or one of these.
 */
function rootLabel(o: PyObject, mainGlobals: PyObject | null, threadDict: PyObject | null, module: typeof PyModule): string | null {
  if (o === mainGlobals) return '__main__ globals';
  if (o === threadDict) return THREAD_DICT;
  if (o instanceof module) return `sys.modules['${o.name}']`;
  return null;
}
