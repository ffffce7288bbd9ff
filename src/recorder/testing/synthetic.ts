// A deterministic generator of synthetic runs for the recorder's tests and benchmark: random little programs of
// allocations (through the real obmalloc model, src/core/memory), refcount changes with their causes,
// references, frames and value stacks, weakrefs, finalizers and generational collections that follow
// gc_collect_main's phases (Modules/gcmodule.c 3.11). It stands in for the VM until the VM emits events itself.
//
// The generator keeps a shadow heap in which refcnt = references held (object slots + locals + value-stack
// entries + root), so every stream it emits satisfies state.ts's invariants and its collections find exactly
// the unreachable cycles. Randomness is a seeded PRNG (mulberry32): the same seed gives the same stream.

import type { ProfileName } from '../../core/api';
import { ALLOCATOR_GEOMETRY, createHeap, type Heap } from '../../core/memory/index';
import {
  BlockChange,
  FinalizerKind,
  GcPhase,
  GcReach,
  OutputStream,
  RefCause,
  type FrameId,
  type ObjectId,
  type StringId,
} from '../../core/trace/events';
import { heapListenerFor, type TraceSink } from '../../core/trace/sink';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Slot {
  readonly cause: RefCause;
  readonly label: number;
  target: number;
}
interface Obj {
  readonly id: number;
  readonly addr: number;
  readonly kind: number;
  refcnt: number;
  gen: number;
  finalized: boolean;
  readonly slots: Map<string, Slot>;
  items: number;
  weakTarget: number;
  /** Extra allocations (a list's items array, a dict's table): [address, nbytes] pairs, attached by BLOCK. */
  readonly blocks: [number, number][];
}
interface Frame {
  readonly id: number;
  readonly locals: Map<number, number>;
  readonly stack: number[];
}

/** Object kinds: name, bytes requested, GC-tracked, container. */
const KINDS = [
  ['int', 32, false, false],
  ['str', 64, false, false],
  ['bytes', 700, false, false],
  ['list', 56, true, true],
  ['dict', 64, true, true],
  ['Node', 48, true, true],
  ['tuple', 40, true, true],
  ['weakref', 80, false, false],
] as const;
const WEAKREF = 7;
const LIST = 3;
const DICT = 4;
const NODE = 5;

export interface SyntheticOptions {
  readonly seed: number;
  /** Stop after at least this many events. */
  readonly events: number;
  /** The live-object count the program hovers around. */
  readonly liveTarget?: number;
  /** Whose obmalloc geometry to allocate with (default 3.11). */
  readonly profile?: ProfileName;
}

/** Emits a synthetic run into sink; `count()` reads the sink's events. Returns the allocator it drove (an oracle). */
export function generate(sink: TraceSink, opts: SyntheticOptions, count: () => number): { readonly ops: number; readonly heap: Heap } {
  const g = new Generator(sink, opts.seed, opts.liveTarget ?? 200, opts.profile ?? '3.11');
  let ops = 0;
  while (count() < opts.events) {
    g.step();
    ops++;
  }
  g.end();
  return { ops, heap: g.heap };
}

class Generator {
  private readonly rnd: () => number;
  readonly heap: Heap;
  private readonly objs = new Map<number, Obj>();
  private readonly frames: Frame[] = [];
  private readonly weakrefsTo = new Map<number, number[]>();
  private readonly names: StringId[] = [];
  private readonly typeNames: StringId[] = [];
  private readonly reprs: StringId[] = [];
  private readonly codeNames: StringId[] = [];
  private readonly rootLabel: StringId;
  private readonly referentLabel: StringId;
  private nextObject = 1;
  private nextFrame = 1;
  private line = 1;
  private offset = 0;
  private counts: [number, number, number] = [0, 0, 0];
  private readonly module: number;
  private readonly containers: number[] = [];

  constructor(
    private readonly sink: TraceSink,
    seed: number,
    private readonly liveTarget: number,
    profile: ProfileName,
  ) {
    this.rnd = mulberry32(seed);
    this.heap = createHeap(ALLOCATOR_GEOMETRY[profile]);
    this.heap.setListener(heapListenerFor(sink));
    for (const n of ['x', 'y', 'z', 'node', 'items', 'cache', 'tmp', 'head', 'next', 'value']) this.names.push(sink.intern(n));
    for (const k of KINDS) this.typeNames.push(sink.intern(k[0]));
    for (let i = 0; i < 16; i++) this.reprs.push(sink.intern(`<repr ${i}>`));
    for (const n of ['<module>', 'f', 'g', 'build', 'walk']) this.codeNames.push(sink.intern(n));
    this.rootLabel = sink.intern('module __main__');
    this.referentLabel = sink.intern('referent');
    sink.gcThresholds(700, 10, 10);
    this.pushFrame(0);
    this.module = this.create(NODE);
    this.frames[0]!.stack.pop();
    sink.stackPop(1);
    sink.rootAdd(this.module as ObjectId, this.rootLabel);
  }

  private pick<T>(a: readonly T[]): T {
    return a[Math.floor(this.rnd() * a.length)]!;
  }
  private top(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  private pushFrame(code: number): void {
    const id = this.nextFrame++;
    this.frames.push({ id, locals: new Map(), stack: [] });
    this.sink.framePush(id as FrameId, this.codeNames[code]!, this.line);
  }

  private create(kind: number): number {
    const [, nbytes, gc, container] = KINDS[kind]!;
    const size = nbytes + Math.floor(this.rnd() * 3) * 8;
    const addr = this.heap.malloc(gc ? size + 16 : size);
    const id = this.nextObject++;
    const o: Obj = { id, addr, kind, refcnt: 1, gen: -1, finalized: false, slots: new Map(), items: 0, weakTarget: 0, blocks: [] };
    this.objs.set(id, o);
    this.sink.objectNew(id as ObjectId, this.typeNames[kind]!, addr, size, this.pick(this.reprs));
    if (gc) {
      o.gen = 0;
      this.sink.gcTrack(id as ObjectId, 0);
      this.counts[0]++;
      this.sink.gcCounts(this.counts[0], this.counts[1], this.counts[2]);
    }
    if (container) this.containers.push(id);
    if ((kind === LIST || kind === DICT) && this.rnd() < 0.7) this.attachBlock(o);
    if (kind === WEAKREF && this.objs.size > 2) {
      const t = this.randomObject();
      if (t !== 0 && t !== id) {
        o.weakTarget = t;
        this.sink.refSet(RefCause.WEAK, id, t as ObjectId, this.referentLabel);
        const list = this.weakrefsTo.get(t) ?? [];
        list.push(id);
        this.weakrefsTo.set(t, list);
      }
    }
    const f = this.top();
    f.stack.push(id);
    this.sink.stackPush(id as ObjectId);
    return id;
  }

  /** A new items array / table for o (sometimes above 512 bytes: the system allocator's), attached by BLOCK. */
  private attachBlock(o: Obj): void {
    const nbytes = 8 * (1 + Math.floor(this.rnd() * (this.rnd() < 0.1 ? 200 : 60)));
    const address = this.heap.malloc(nbytes);
    o.blocks.push([address, nbytes]);
    this.sink.block?.(o.id as ObjectId, BlockChange.ATTACHED, address, nbytes);
  }

  /** Detaches and frees o's k-th block (a list's old items array after a resize, or at deallocation). */
  private releaseBlock(o: Obj, k: number): void {
    const [address, nbytes] = o.blocks[k]!;
    o.blocks.splice(k, 1);
    this.sink.block?.(o.id as ObjectId, BlockChange.DETACHED, address, nbytes);
    this.heap.free(address);
  }

  private randomObject(): number {
    // Objects are found through the frames and containers, the way a program reaches them.
    const f = this.top();
    if (f.locals.size > 0 && this.rnd() < 0.5) return this.pick([...f.locals.values()]);
    const c = this.randomContainer();
    return c;
  }

  private randomContainer(): number {
    for (let tries = 0; tries < 4 && this.containers.length > 0; tries++) {
      const k = Math.floor(this.rnd() * this.containers.length);
      const id = this.containers[k]!;
      if (this.objs.has(id)) return id;
      this.containers[k] = this.containers[this.containers.length - 1]!;
      this.containers.pop();
    }
    return 0;
  }

  private instr(opcode: number): void {
    this.offset += 2;
    if (this.rnd() < 0.25) this.sink.line(++this.line);
    this.sink.instruction(this.offset, opcode, 0);
  }

  /** Py_DECREF with deallocation of everything that reaches zero (iteratively, like the trashcan). */
  private decref(id: number, cause: RefCause, owner: number, label: number): void {
    const pending: number[] = [];
    this.drop(id, cause, owner, label, pending);
    while (pending.length > 0) this.dealloc(pending.pop()!, pending);
  }

  private drop(id: number, cause: RefCause, owner: number, label: number, pending: number[]): void {
    const o = this.objs.get(id)!;
    o.refcnt--;
    this.sink.decref(id as ObjectId, o.refcnt, cause, owner, label);
    if (o.refcnt === 0) pending.push(id);
  }

  private dealloc(id: number, pending: number[]): void {
    const o = this.objs.get(id)!;
    const wrs = this.weakrefsTo.get(id);
    if (wrs !== undefined) {
      for (const wr of wrs) {
        if (!this.objs.has(wr) || this.objs.get(wr)!.weakTarget !== id) continue;
        this.sink.refClear(RefCause.WEAK, wr, id as ObjectId, this.referentLabel);
        this.sink.weakrefCleared(wr as ObjectId, id as ObjectId);
        this.objs.get(wr)!.weakTarget = 0;
      }
      this.weakrefsTo.delete(id);
    }
    if (o.kind === NODE && !o.finalized && this.rnd() < 0.5) {
      o.finalized = true;
      this.sink.finalizer(id as ObjectId, FinalizerKind.TP_FINALIZE);
    }
    for (const [key, s] of o.slots) {
      o.slots.delete(key);
      this.sink.refClear(s.cause, id, s.target as ObjectId, s.label);
      this.drop(s.target, s.cause, id, s.label, pending);
    }
    if (o.gen >= 0) {
      this.sink.gcTrack(id as ObjectId, -1);
      if (this.counts[0] > 0) this.counts[0]--;
      this.sink.gcCounts(this.counts[0], this.counts[1], this.counts[2]);
    }
    if (o.weakTarget !== 0) {
      this.sink.refClear(RefCause.WEAK, id, o.weakTarget as ObjectId, this.referentLabel);
      o.weakTarget = 0;
    }
    while (o.blocks.length > 0) this.releaseBlock(o, o.blocks.length - 1);
    this.objs.delete(id);
    this.sink.objectFree(id as ObjectId);
    this.heap.free(o.addr);
  }

  private pop(): number {
    const f = this.top();
    const v = f.stack.pop()!;
    this.sink.stackPop(1);
    return v;
  }

  /** Moves the value-stack top into a slot of owner (a steal: no refcount change), dropping what was there. */
  private store(cause: RefCause, owner: number, label: number, frame: Frame | null): void {
    const v = this.pop();
    if (frame !== null) {
      const old = frame.locals.get(label);
      if (old !== undefined) {
        this.sink.refClear(cause, owner, old as ObjectId, label);
        frame.locals.delete(label);
        this.decref(old, cause, owner, label);
      }
      frame.locals.set(label, v);
      this.sink.refSet(cause, owner, v as ObjectId, label);
      return;
    }
    const o = this.objs.get(owner)!;
    const key = `${cause}:${label}`;
    const old = o.slots.get(key);
    if (old !== undefined) {
      o.slots.delete(key);
      this.sink.refClear(cause, owner, old.target as ObjectId, label);
      this.decref(old.target, cause, owner, label);
    }
    if (!this.objs.has(owner)) {
      // Dropping the old value freed the owner itself (it held the last reference to itself): drop v too.
      this.decref(v, RefCause.VALUE_STACK, this.top().id, this.top().stack.length);
      return;
    }
    o.slots.set(key, { cause, label, target: v });
    this.sink.refSet(cause, owner, v as ObjectId, label);
  }

  step(): void {
    const r = this.rnd();
    const f = this.top();
    const live = this.objs.size;
    if (r < 0.3) {
      this.instr(100);
      if (live < this.liveTarget || this.rnd() < 0.3) this.create(Math.floor(this.rnd() * KINDS.length));
      else if (live > this.liveTarget) this.clearSlot();
      else if (f.locals.size > 0) this.load();
    } else if (r < 0.45) {
      this.instr(124);
      if (f.locals.size > 0) this.load();
    } else if (r < 0.6) {
      this.instr(125);
      if (f.stack.length > 0) this.store(RefCause.LOCAL, f.id, this.pick(this.names), f);
    } else if (r < 0.78) {
      this.instr(95);
      const c = this.randomContainer();
      if (f.stack.length > 0 && c !== 0) {
        const kind = this.objs.get(c)!.kind;
        if (kind === 3) {
          const o = this.objs.get(c)!;
          const i = this.rnd() < 0.7 ? o.items++ : Math.floor(this.rnd() * (o.items + 1));
          if (i === o.items) o.items++;
          this.store(RefCause.LIST_ITEM, c, i, null);
          if (this.objs.has(c)) {
            this.sink.repr(c as ObjectId, this.pick(this.reprs));
            this.sink.size(c as ObjectId, 56 + 8 * o.items);
            // list_resize: a new items array is attached, then the old one detached and freed.
            if (this.rnd() < 0.2) {
              this.attachBlock(o);
              if (o.blocks.length > 1) this.releaseBlock(o, 0);
            }
          }
        } else if (kind === 4) this.store(RefCause.DICT_VALUE, c, this.pick(this.reprs), null);
        else if (kind === 6) this.store(RefCause.TUPLE_ITEM, c, Math.floor(this.rnd() * 3), null);
        else this.store(RefCause.ATTRIBUTE, c, this.pick(this.names), null);
      }
    } else if (r < 0.84) {
      this.instr(1);
      if (f.stack.length > 0) this.decref(this.pop(), RefCause.VALUE_STACK, f.id, f.stack.length);
    } else if (r < 0.87) {
      this.instr(138);
      this.clearSlot();
    } else if (r < 0.9) {
      this.instr(171);
      if (this.frames.length < 8) this.pushFrame(1 + Math.floor(this.rnd() * 4));
    } else if (r < 0.94) {
      this.instr(83);
      if (this.frames.length > 1) this.returnFrame();
    } else if (r < 0.945) {
      this.instr(171);
      this.collect(this.rnd() < 0.8 ? 0 : this.rnd() < 0.7 ? 1 : 2);
    } else if (r < 0.96) {
      this.instr(171);
      this.sink.output(OutputStream.STDOUT, this.pick(this.reprs));
    } else {
      this.instr(124);
      if (this.frames.length === 1 && f.stack.length > 0) this.store(RefCause.GLOBAL, this.module, this.pick(this.names), null);
      else if (f.locals.size > 0) this.load();
    }
  }

  /** `del container[k]`: drops the first reference a random container holds. */
  private clearSlot(): void {
    const c = this.randomContainer();
    if (c === 0) return;
    const o = this.objs.get(c)!;
    const first = o.slots.entries().next();
    if (first.done) return;
    const [key, s] = first.value;
    o.slots.delete(key);
    this.sink.refClear(s.cause, c, s.target as ObjectId, s.label);
    this.decref(s.target, s.cause, c, s.label);
  }

  private load(): void {
    const f = this.top();
    const v = this.pick([...f.locals.values()]);
    const o = this.objs.get(v)!;
    o.refcnt++;
    this.sink.incref(v as ObjectId, o.refcnt, RefCause.VALUE_STACK, f.id, f.stack.length);
    f.stack.push(v);
    this.sink.stackPush(v as ObjectId);
  }

  private returnFrame(): void {
    const f = this.top();
    while (f.stack.length > 0) this.decref(this.pop(), RefCause.VALUE_STACK, f.id, f.stack.length);
    for (const [label, v] of [...f.locals]) {
      f.locals.delete(label);
      this.sink.refClear(RefCause.LOCAL, f.id, v as ObjectId, label);
      this.decref(v, RefCause.LOCAL, f.id, label);
    }
    this.frames.pop();
    this.sink.framePop(f.id as FrameId);
  }

  /** gc_collect_main over generations 0..gen with the shadow heap's exact reachability. */
  private collect(gen: number): void {
    const s = this.sink;
    s.gcStart(gen);
    const young: Obj[] = [];
    for (const o of this.objs.values()) if (o.gen >= 0 && o.gen <= gen) young.push(o);
    const inYoung = new Set(young.map((o) => o.id));
    const gcRefs = new Map<number, number>();
    s.gcPhase(GcPhase.UPDATE_REFS);
    for (const o of young) {
      gcRefs.set(o.id, o.refcnt);
      s.gcRefs(o.id as ObjectId, o.refcnt, GcReach.COUNTING);
    }
    s.gcPhase(GcPhase.SUBTRACT_REFS);
    for (const o of young) for (const sl of o.slots.values()) if (inYoung.has(sl.target)) gcRefs.set(sl.target, gcRefs.get(sl.target)! - 1);
    for (const o of young) s.gcRefs(o.id as ObjectId, gcRefs.get(o.id)!, GcReach.COUNTING);
    s.gcPhase(GcPhase.MOVE_UNREACHABLE);
    const reachable = new Set<number>();
    const work = young.filter((o) => gcRefs.get(o.id)! > 0).map((o) => o.id);
    for (const id of work) reachable.add(id);
    while (work.length > 0) {
      for (const sl of this.objs.get(work.pop()!)!.slots.values()) {
        if (inYoung.has(sl.target) && !reachable.has(sl.target)) {
          reachable.add(sl.target);
          work.push(sl.target);
        }
      }
    }
    const unreachable = young.filter((o) => !reachable.has(o.id));
    for (const o of young) {
      const ok = reachable.has(o.id);
      s.gcRefs(o.id as ObjectId, ok ? Math.max(1, gcRefs.get(o.id)!) : 0, ok ? GcReach.REACHABLE : GcReach.UNREACHABLE);
    }
    const older = Math.min(gen + 1, 2);
    for (const o of young) {
      if (reachable.has(o.id) && o.gen !== older) {
        o.gen = older;
        s.gcTrack(o.id as ObjectId, older);
      }
    }
    s.gcPhase(GcPhase.FINALIZE_GARBAGE);
    for (const o of unreachable) {
      if (o.kind === NODE && !o.finalized) {
        o.finalized = true;
        s.finalizer(o.id as ObjectId, FinalizerKind.TP_FINALIZE);
      }
    }
    s.gcPhase(GcPhase.DELETE_GARBAGE);
    const before = this.objs.size;
    for (const o of unreachable) {
      if (!this.objs.has(o.id)) continue;
      const pending: number[] = [];
      for (const [key, sl] of o.slots) {
        o.slots.delete(key);
        s.refClear(sl.cause, o.id, sl.target as ObjectId, sl.label);
        this.drop(sl.target, sl.cause, o.id, sl.label, pending);
      }
      while (pending.length > 0) this.dealloc(pending.pop()!, pending);
    }
    const collected = before - this.objs.size;
    if (gen < 2) this.counts[gen + 1]++;
    for (let k = 0; k <= gen; k++) this.counts[k] = 0;
    s.gcCounts(this.counts[0], this.counts[1], this.counts[2]);
    s.gcStop(gen, collected, 0);
  }

  /** Unwinds every frame but the module's, as a program's end does. */
  end(): void {
    while (this.frames.length > 1) this.returnFrame();
  }
}
