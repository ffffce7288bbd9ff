// Connects the simulated interpreter's hooks (Py_INCREF/Py_DECREF/_Py_Dealloc in objects/object.ts, the eval
// loop's instruction fetch in vm/eval.ts, gc_collect_main's phases in gc/collect.ts, obmalloc's listener) to a
// TraceSink, translating PyObjects and Frames into the trace's never-reused ObjectIds and FrameIds.
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
// Not reported yet (the views show no reference labels): REF_SET/REF_CLEAR slots, value-stack pushes, gcTrack.

import { PyObject, setRefHook, type RefHook } from '../objects/object';
import * as M from '../objects/models';
import { heap } from '../objects/heap';
import { basicSizeof } from '../modules/sys';
import { setGcListener, type GcListener } from '../gc/collect';
import type { Frame } from '../vm/frame';
import type { Instruction } from '../bytecode/code';
import { OutputStream, RefCause, type FrameId, type GcPhase, type GcReach, type ObjectId, type StringId } from './events';
import { heapListenerFor, type TraceSink } from './sink';
import { vmHooks } from './vm-hooks';
import { ts } from '../vm/state';

/** ob_refcnt at or above this marks an object CPython never frees (STATIC_REFCNT, the 999999999 of types). */
const STATIC_THRESHOLD = 100_000_000;
/** A resync larger than this would flood the trace; the object is reported as static from then on. */
const MAX_RESYNC = 10_000;
const REPR_MAX = 40;

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

  constructor(private readonly sink: TraceSink) {
    this.empty = sink.intern('');
  }

  /** Installs every hook; `uninstall` must follow (runProgram does it in a finally). */
  install(): void {
    setRefHook(this);
    setGcListener(this);
    vmHooks.instruction = this.instruction;
    heap.memoryListener = heapListenerFor(this.sink);
  }

  uninstall(): void {
    setRefHook(null);
    setGcListener(null);
    vmHooks.instruction = null;
    heap.memoryListener = null;
    heap.memory?.setListener(null);
  }

  /** The run ended: announces what is pending and pops the frames still held. */
  finish(): void {
    this.flushBorn();
    this.flushOutput();
    for (let k = this.frames.length - 1; k >= 0; k--) this.sink.framePop(this.frameIds.get(this.frames[k]!)! as FrameId);
    this.frames.length = 0;
    this.lines.length = 0;
    this.sink.gcCounts(heap.count0, heap.count1, heap.count2);
  }

  /** The trace's count for `o`, or undefined if `o` is not reported (for tests). */
  tracedRefcount(o: PyObject): number | undefined {
    return this.shadow.get(o);
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
    const id = this.idOf(o);
    if (id < 0) return;
    this.resync(o, id, o.ob_refcnt - 1);
    if (!this.ids.has(o)) return;
    this.shadow.set(o, o.ob_refcnt);
    this.sink.incref(id as ObjectId, o.ob_refcnt, RefCause.TEMPORARY, -1, this.empty);
  }

  decref(o: PyObject): void {
    // Called before the decrement: the new count is ob_refcnt - 1.
    const id = this.idOf(o);
    if (id < 0) return;
    this.resync(o, id, o.ob_refcnt);
    if (!this.ids.has(o)) return;
    this.shadow.set(o, o.ob_refcnt - 1);
    this.sink.decref(id as ObjectId, o.ob_refcnt - 1, RefCause.TEMPORARY, -1, this.empty);
  }

  dealloc(_o: PyObject): void {}

  deallocated(o: PyObject): void {
    const id = this.ids.get(o);
    if (id === undefined) return;
    this.resync(o, id, o.ob_refcnt);
    if (o.ob_refcnt !== 0 || !this.ids.has(o)) return;
    this.ids.delete(o);
    this.shadow.delete(o);
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
    if (id >= 0) this.sink.gcRefs(id as ObjectId, gcRefs, reach);
  }
  stop(generation: number, collected: number, uncollectable: number): void {
    this.sink.gcStop(generation, collected, uncollectable);
    this.sink.gcCounts(heap.count0, heap.count1, heap.count2);
  }

  // ---- the eval loop ----

  /** Bound once: the eval loop calls it through vmHooks before each instruction's effects. */
  readonly instruction = (f: Frame, ins: Instruction, opcode: number): void => {
    if (this.born.length > 0) this.flushBorn();
    if (ts.stdout.length !== this.stdoutSeen || ts.stderr.length !== this.stderrSeen) this.flushOutput();
    const n = this.frames.length;
    if (n === 0 || this.frames[n - 1] !== f) this.reconcile(f);
    const line = ins.span?.lineno ?? -1;
    const top = this.lines.length - 1;
    if (line >= 0 && this.lines[top] !== line) {
      this.lines[top] = line;
      this.sink.line(line);
    }
    this.sink.instruction(ins.offset, opcode, ins.arg);
  };

  /** What print() and the traceback writer appended to the run's streams since the last instruction. */
  private flushOutput(): void {
    const s = this.sink;
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
    }
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
    }
  }

  // ---- objects ----

  /** The object's id, announcing it if it is new; -1 if it is not reported. */
  private idOf(o: PyObject): number {
    const id = this.ids.get(o);
    if (id !== undefined) return id;
    if (this.born.length > 0) this.flushBorn();
    if (o.addr !== 0 && this.unplaced.delete(o)) this.announce(o);
    return this.ids.get(o) ?? -1;
  }

  private flushBorn(): void {
    const b = this.born;
    this.born = [];
    for (let k = 0; k < b.length; k++) this.announce(b[k]!);
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
      size = basicSizeof(o) + (t.isGC ? 16 : 0) + (t.managedDict ? 16 : 0);
    } catch {
      size = t.basicsize;
    }
    s.objectNew(id as ObjectId, typeName, o.addr, size, s.intern(shortRepr(o)));
    if (o.ob_refcnt !== 1) this.resync(o, id, o.ob_refcnt);
  }

  /** Brings the trace's count of `o` to `target` with INTERNAL events (invariant 2). */
  private resync(o: PyObject, id: number, target: number): void {
    const cur = this.shadow.get(o);
    if (cur === undefined || cur === target) return;
    if (Math.abs(cur - target) > MAX_RESYNC || target < 0) {
      // Made static after its birth (e.g. a builtin method marked immortal): it stops being reported.
      this.ids.delete(o);
      this.shadow.delete(o);
      this.sink.objectFree(id as ObjectId);
      return;
    }
    const s = this.sink;
    const oid = id as ObjectId;
    for (let c = cur; c < target; ) s.incref(oid, ++c, RefCause.INTERNAL, -1, this.empty);
    for (let c = cur; c > target; ) s.decref(oid, --c, RefCause.INTERNAL, -1, this.empty);
    this.shadow.set(o, target);
  }
}

/** A short, side-effect-free repr: the value of numbers, strings and constants, else `<type>`. */
function shortRepr(o: PyObject): string {
  let r: string;
  if (o instanceof M.PyInt) r = String(o.v);
  else if (o instanceof M.PyFloat) r = Number.isInteger(o.v) && Math.abs(o.v) < 1e16 ? `${o.v}.0` : String(o.v);
  else if (o instanceof M.PyStr) r = JSON.stringify(o.v.length > REPR_MAX ? `${o.v.slice(0, REPR_MAX)}…` : o.v).replace(/^"|"$/g, "'");
  else r = `<${o.ob_type.tp_name}>`;
  return r.length > REPR_MAX + 2 ? `${r.slice(0, REPR_MAX)}…` : r;
}
