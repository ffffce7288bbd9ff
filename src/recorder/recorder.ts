// Records a run: implements the VM's TraceSink (src/core/trace/sink.ts) by appending to the EventLog, and keeps
// immutable keyframes (immer snapshots of state.ts's HeapState) every K events so that seek(i) is one keyframe
// plus at most K-1 replayed events (DESIGN.md §4: the log is the truth, keyframes are a cache).
//
// Cost: appending is a few typed-array stores. Every K events keyframes.ts's `advance` replays the K new events
// onto copies of only the buckets, records, pools and frames they touch; everything else is shared with the
// previous keyframe. K = 4096 from bench/recorder.bench.ts (1,000,000 synthetic events, ~2,000 live objects):
// K = 2048 cost 75.5 B/event in memory (with Map buckets), K = 4096 with array buckets 52.5 B/event, and a seek
// (at most K-1 plain replays plus the copies) stayed at p99 ≈ 2-4 ms of CPU.
//
// Invariants:
// 1. keyframes[k] is the state at moment k*K (events [0, k*K) applied) and is frozen.
// 2. seek(i) returns a state equal to replaying events [0, i) from the empty state, whatever was sought before.
// 3. Events are validated as keyframes are built; a TraceError leaves the recorder unusable (`error` is set).

import { freeze } from 'immer';
import { ALLOCATOR_GEOMETRY } from '../core/memory/index';
import type { ProfileName } from '../core/api';
import {
  addressHi,
  addressLo,
  EventKind,
  type ArenaChange,
  type BlockChange,
  type FinalizerKind,
  type FrameId,
  type GcPhase,
  type GcReach,
  type ObjectId,
  OutputStream,
  type PoolStateCode,
  type RefCause,
  type StringId,
} from '../core/trace/events';
import type { TraceSink } from '../core/trace/sink';
import { advance, advanceForSeek } from './keyframes';
import { EventLog } from './log';
import type { Peaks } from './replay';
import { emptyState, type ApplyContext, type HeapState } from './state';

// Imported bindings read once: under a CommonJS-style loader (tsx, which runs the benchmarks) each use of an
// imported binding is a getter call, and the code below runs per event.
const _EventKind = EventKind;
const _addressLo = addressLo;
const _addressHi = addressHi;

export const DEFAULT_KEYFRAME_INTERVAL = 4096;
const OUTPUT_CHECKPOINT = 256;

/** Facts about a whole run, gathered while its keyframes are built (the `heapscope trace` summary). */
export interface RunTotals {
  readonly events: number;
  readonly steps: number;
  readonly collections: readonly [number, number, number];
  readonly peakObjects: number;
  readonly peakArenas: number;
}

export class Recorder implements TraceSink {
  readonly log = new EventLog();
  readonly keyframes: HeapState[] = [emptyState()];
  readonly ctx: ApplyContext;
  private sinceKeyframe = 0;
  private cache: HeapState;
  private readonly peaks: Peaks = { objects: 0, peakObjects: 0, arenas: 0, peakArenas: 0 };
  /** Set when an event broke a state invariant; the trace is then unusable. */
  error: Error | null = null;

  /** For a trace that is a window of a longer run: the run's moment at which this trace's moment 0 lies. */
  origin = 0;
  /** For a window: the output written before it. */
  priorStdout = '';
  priorStderr = '';

  /** `base` (a window's starting state, index 0) replaces the empty interpreter as moment 0. */
  constructor(
    readonly profile: ProfileName = '3.11',
    readonly keyframeInterval = DEFAULT_KEYFRAME_INTERVAL,
    base?: HeapState,
  ) {
    const g = ALLOCATOR_GEOMETRY[profile];
    this.ctx = { poolSize: g.POOL_SIZE, poolOverhead: g.POOL_OVERHEAD, stringCount: 0 };
    if (base !== undefined) {
      if (base.index !== 0) throw new Error('a base state must be moment 0');
      this.keyframes[0] = base;
      this.peaks.objects = this.peaks.peakObjects = base.liveObjects;
      this.peaks.arenas = this.peaks.peakArenas = base.arenas.size;
    }
    freeze(this.keyframes[0]!, true);
    this.cache = this.keyframes[0]!;
  }

  /** Appends an event given as its raw fields (the importer's path; the VM calls the typed methods). */
  appendRaw(kind: number, sub: number, a: number, b: number, c: number, d: number, e: number, f: number): void {
    this.e(kind, sub, a, b, c, d, e, f);
  }

  /** Events recorded so far. */
  get length(): number {
    return this.log.length;
  }

  private e(kind: number, sub: number, a: number, b: number, c: number, d: number, e: number, f: number): void {
    if (this.error !== null) throw this.error;
    this.log.append(kind, sub, a, b, c, d, e, f);
    if (++this.sinceKeyframe === this.keyframeInterval) this.addKeyframe();
  }

  private addKeyframe(): void {
    this.sinceKeyframe = 0;
    const prev = this.keyframes[this.keyframes.length - 1]!;
    const to = prev.index + this.keyframeInterval;
    try {
      this.keyframes.push(advance(prev, this.log, this.ctx, to, this.peaks));
    } catch (err) {
      this.error = err as Error;
      throw err;
    }
  }

  /**
   * Applies the events after the last keyframe so that every event is validated and the totals are final.
   * Called once the run ends (and by the importer); recording may not continue afterwards.
   */
  finish(): HeapState {
    const last = this.keyframes[this.keyframes.length - 1]!;
    const p = { ...this.peaks };
    const s = advance(last, this.log, this.ctx, this.log.length, p);
    Object.assign(this.peaks, p);
    this.finalState = s;
    return s;
  }
  private finalState: HeapState | null = null;

  totals(): RunTotals {
    const s = this.finalState !== null && this.finalState.index === this.log.length ? this.finalState : this.finish();
    return {
      events: this.log.length,
      steps: s.steps,
      collections: s.gc.collections,
      peakObjects: this.peaks.peakObjects,
      peakArenas: this.peaks.peakArenas,
    };
  }

  /** The state at moment i (events [0, i) applied), 0 <= i <= length. Frozen; identical buckets are shared. */
  seek(i: number): HeapState {
    if (!(Number.isInteger(i) && i >= 0 && i <= this.log.length)) throw new RangeError(`moment ${i} is outside 0…${this.log.length}`);
    const k = Math.min(Math.floor(i / this.keyframeInterval), this.keyframes.length - 1);
    let base = this.keyframes[k]!;
    const c = this.cache;
    if (c.index <= i && c.index > base.index) base = c;
    if (base.index === i) return (this.cache = base);
    return (this.cache = advanceForSeek(base, this.log, this.ctx, i));
  }

  private readonly outputIndex: number[] = [];
  private outputScanned = 0;
  /** Cumulative output after every OUTPUT_CHECKPOINT-th OUTPUT event, so a view concatenates at most that many. */
  private readonly outputCheckpoints: { stdout: string; stderr: string }[] = [];

  /** The text written to stdout and stderr by the first n OUTPUT events (after a window's prior output). */
  outputText(n: number): { stdout: string; stderr: string } {
    const idx = this.outputEvents(n);
    const strings = this.log.strings;
    const cps = this.outputCheckpoints;
    const k = Math.min(Math.floor(n / OUTPUT_CHECKPOINT), cps.length);
    let { stdout, stderr } = k === 0 ? { stdout: this.priorStdout, stderr: this.priorStderr } : cps[k - 1]!;
    for (let m = k * OUTPUT_CHECKPOINT; m < n; m++) {
      const i = idx[m]!;
      const text = strings[this.log.operand(i, 0)]!;
      if (this.log.sub(i) === OutputStream.STDERR) stderr += text;
      else stdout += text;
      if ((m + 1) % OUTPUT_CHECKPOINT === 0 && cps.length === (m + 1) / OUTPUT_CHECKPOINT - 1) cps.push({ stdout, stderr });
    }
    return { stdout, stderr };
  }

  /** Event indices of the first n OUTPUT events (n must not exceed those recorded). Extended lazily. */
  outputEvents(n: number): readonly number[] {
    const log = this.log;
    while (this.outputIndex.length < n && this.outputScanned < log.length) {
      if (log.kind(this.outputScanned) === _EventKind.OUTPUT) this.outputIndex.push(this.outputScanned);
      this.outputScanned++;
    }
    return this.outputIndex;
  }

  // ------------------------------------------------------------------ TraceSink

  intern(text: string): StringId {
    return this.log.intern(text);
  }
  alloc(address: number, nbytes: number): void {
    this.e(_EventKind.ALLOC, 0, _addressLo(address), _addressHi(address), nbytes, 0, 0, 0);
  }
  free(address: number): void {
    this.e(_EventKind.FREE, 0, _addressLo(address), _addressHi(address), 0, 0, 0, 0);
  }
  realloc(oldAddress: number, newAddress: number, nbytes: number): void {
    this.e(_EventKind.REALLOC, 0, _addressLo(oldAddress), _addressHi(oldAddress), _addressLo(newAddress), _addressHi(newAddress), nbytes, 0);
  }
  pool(pool: number, state: PoolStateCode, szidx: number, arenaIndex: number): void {
    this.e(_EventKind.POOL, state, _addressLo(pool), _addressHi(pool), szidx, arenaIndex, 0, 0);
  }
  arena(change: ArenaChange, arenaIndex: number, address: number): void {
    this.e(_EventKind.ARENA, change, arenaIndex, _addressLo(address), _addressHi(address), 0, 0, 0);
  }
  objectNew(object: ObjectId, typeName: StringId, address: number, size: number, shortRepr: StringId): void {
    this.e(_EventKind.OBJECT_NEW, 0, object, typeName, _addressLo(address), _addressHi(address), size, shortRepr);
  }
  objectFree(object: ObjectId): void {
    this.e(_EventKind.OBJECT_FREE, 0, object, 0, 0, 0, 0, 0);
  }
  repr(object: ObjectId, shortRepr: StringId): void {
    this.e(_EventKind.REPR, 0, object, shortRepr, 0, 0, 0, 0);
  }
  size(object: ObjectId, size: number): void {
    this.e(_EventKind.SIZE, 0, object, size, 0, 0, 0, 0);
  }
  incref(object: ObjectId, newRefcnt: number, cause: RefCause, owner: number, label: number): void {
    this.e(_EventKind.INCREF, cause, object, newRefcnt, owner, label, 0, 0);
  }
  decref(object: ObjectId, newRefcnt: number, cause: RefCause, owner: number, label: number): void {
    this.e(_EventKind.DECREF, cause, object, newRefcnt, owner, label, 0, 0);
  }
  refSet(cause: RefCause, owner: number, target: ObjectId, label: number): void {
    this.e(_EventKind.REF_SET, cause, owner, target, label, 0, 0, 0);
  }
  refClear(cause: RefCause, owner: number, target: ObjectId, label: number): void {
    this.e(_EventKind.REF_CLEAR, cause, owner, target, label, 0, 0, 0);
  }
  rootAdd(object: ObjectId, label: StringId): void {
    this.e(_EventKind.ROOT_ADD, 0, object, label, 0, 0, 0, 0);
  }
  rootRemove(object: ObjectId): void {
    this.e(_EventKind.ROOT_REMOVE, 0, object, 0, 0, 0, 0, 0);
  }
  framePush(frame: FrameId, codeName: StringId, firstLine: number): void {
    this.e(_EventKind.FRAME_PUSH, 0, frame, codeName, firstLine, 0, 0, 0);
  }
  framePop(frame: FrameId): void {
    this.e(_EventKind.FRAME_POP, 0, frame, 0, 0, 0, 0, 0);
  }
  line(line: number): void {
    this.e(_EventKind.LINE, 0, line, 0, 0, 0, 0, 0);
  }
  instruction(offset: number, opcode: number, oparg: number): void {
    this.e(_EventKind.INSTRUCTION, 0, offset, opcode, oparg, 0, 0, 0);
  }
  stackPush(object: ObjectId): void {
    this.e(_EventKind.STACK_PUSH, 0, object, 0, 0, 0, 0, 0);
  }
  stackPop(count: number): void {
    this.e(_EventKind.STACK_POP, 0, count, 0, 0, 0, 0, 0);
  }
  gcTrack(object: ObjectId, generation: number): void {
    this.e(_EventKind.GC_TRACK, 0, object, generation, 0, 0, 0, 0);
  }
  gcStart(generation: number): void {
    this.e(_EventKind.GC_START, generation, 0, 0, 0, 0, 0, 0);
  }
  gcPhase(phase: GcPhase): void {
    this.e(_EventKind.GC_PHASE, phase, 0, 0, 0, 0, 0, 0);
  }
  gcRefs(object: ObjectId, gcRefs: number, reach: GcReach): void {
    this.e(_EventKind.GC_REFS, reach, object, gcRefs, 0, 0, 0, 0);
  }
  gcStop(generation: number, collected: number, uncollectable: number): void {
    this.e(_EventKind.GC_STOP, generation, collected, uncollectable, 0, 0, 0, 0);
  }
  gcCounts(count0: number, count1: number, count2: number): void {
    this.e(_EventKind.GC_COUNTS, 0, count0, count1, count2, 0, 0, 0);
  }
  gcThresholds(threshold0: number, threshold1: number, threshold2: number): void {
    this.e(_EventKind.GC_THRESHOLDS, 0, threshold0, threshold1, threshold2, 0, 0, 0);
  }
  weakrefCleared(weakref: ObjectId, referent: ObjectId): void {
    this.e(_EventKind.WEAKREF_CLEARED, 0, weakref, referent, 0, 0, 0, 0);
  }
  weakrefCallback(weakref: ObjectId, callback: ObjectId): void {
    this.e(_EventKind.WEAKREF_CALLBACK, 0, weakref, callback, 0, 0, 0, 0);
  }
  finalizer(object: ObjectId, kind: FinalizerKind): void {
    this.e(_EventKind.FINALIZER, kind, object, 0, 0, 0, 0, 0);
  }
  output(stream: OutputStream, text: StringId): void {
    this.e(_EventKind.OUTPUT, stream, text, 0, 0, 0, 0, 0);
  }
  block(object: ObjectId, change: BlockChange, address: number, nbytes: number): void {
    this.e(_EventKind.BLOCK, change, object, _addressLo(address), _addressHi(address), nbytes, 0, 0);
  }
}
