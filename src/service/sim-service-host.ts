// The simulation service's implementation, the one both hosts serve (electron/worker over worker_threads,
// src/web in a Web Worker): runs and records programs with the core and the recorder, keeps the trace in the
// worker, and answers views, diffs, navigation, queries, export and import. Pure: no clock, no platform APIs.
//
// Invariants:
// 1. At most one trace is held; `run` and a successful `importTrace` replace it, a refused import leaves it.
// 2. A run is synchronous inside the worker; progress and cancellation happen at progress ticks (every
//    PROGRESS_INSTRUCTIONS instructions). A host that can read messages during a run (worker_threads'
//    receiveMessageOnPort) passes `poll`, which delivers a cancel() call there; a host that cannot (a Web Worker)
//    passes `cancelRequested`, which reads a flag the page shares (src/web/cancel-flag.ts). Cancel then exhausts
//    the run's step budget, so the VM stops exactly as at its budget (a consistent trace, kept) and the summary
//    says 'cancelled'.

import { runProgram } from '../core/run';
import type { ProfileName } from '../core/api';
import { ts } from '../core/vm/state';
import { Recorder } from '../recorder/recorder';
import { frameAt, opname, type MomentView } from '../recorder/views';
import { diffViews } from '../recorder/view-diff';
import { Direction, StepMode, nextCollection, nextEvent, nextGcPhase, nextInstruction, stepLine } from '../recorder/navigate';
import { cyclesAt, lastRefcountChange, lifetime, objectHistory, refcountChanges, whyAlive } from '../recorder/queries';
import { exportTrace, importTrace, TraceFileError, TraceFileProblem, type Focus } from '../recorder/file';
import { formatSummary } from '../recorder/summary';
import { computeOverview, type TraceOverview } from '../recorder/overview';
import { codeObjects, listingOf, type CodeListing } from '../recorder/listing';
import { compileSource } from '../core/compiler/index';
import { DECLARED_PROFILES, DEFAULT_PROFILE } from '../shared/profiles';
import { PROTOCOL_VERSION } from '../shared/protocol';
import type { Emit } from '../shared/rpc-server';
import type { PlainData } from '../shared/schema';
import type { ServiceImplementation } from '../shared/service-spec';
import { countLines, SERVICE_VERSION, type RunSummary, type SimServiceSpec } from '../shared/sim-service';
import { fromBase64, toBase64 } from './base64';

/** Views kept for repeated frameAt/diff calls on the same moments. */
const RECENT_VIEWS = 4;

/** The note src/core/run.ts appends to stderr when the step budget stops a program. */
const BUDGET_NOTE = /Heapscope stopped the program after (\d+) instructions \(the step budget\)\.\n$/;

/** Instructions between progress ticks (~4-5 events each): a few ticks per second of a long run. */
const PROGRESS_INSTRUCTIONS = 1 << 14;

export interface SimServiceOptions {
  /** Called at every progress tick of a run: lets the host deliver a pending cancel() call (invariant 2). */
  readonly poll?: () => void;
  /** Read at every progress tick of a run: true stops the run as cancel() does (invariant 2). */
  readonly cancelRequested?: () => boolean;
}

/** A Recorder that also ticks every PROGRESS_INSTRUCTIONS instructions. */
class RunRecorder extends Recorder {
  private ticks = 0;
  constructor(
    profile: ProfileName,
    private readonly tick: () => void,
  ) {
    super(profile);
  }
  override instruction(offset: number, opcode: number, oparg: number): void {
    super.instruction(offset, opcode, oparg);
    if ((++this.ticks & (PROGRESS_INSTRUCTIONS - 1)) === 0) this.tick();
  }
}

interface Held {
  readonly rec: Recorder;
  readonly source: string;
  readonly filename: string;
  readonly focus: Focus | null;
  readonly summary: RunSummary;
  /** Overviews already computed, by bucket count (a pane asks for the same count again on every adopt/resize). */
  readonly overviews: Map<number, TraceOverview>;
  /** The source's code objects' listings by `${firstLine} ${qualname}`, compiled on the first listing call. */
  listings: Map<string, CodeListing[]> | null;
}

/** Overviews kept per trace; the oldest is dropped beyond this (each is O(buckets + lines + collections)). */
const OVERVIEW_CACHE = 4;

function plain(value: unknown): PlainData {
  return value as PlainData;
}

/**
 * The listings of every code object of the held trace's source: the core compiler is deterministic, so compiling
 * the source again yields the code objects the run executed. Keyed by first line and qualname, as FrameView names a
 * frame's code; code objects that share both (two lambdas on one line) are all kept, in dis order. A source that
 * does not compile (the trace of a SyntaxError) has none.
 */
function listingsOf(h: Held): Map<string, CodeListing[]> {
  if (h.listings !== null) return h.listings;
  const out = new Map<string, CodeListing[]>();
  let module = null;
  try {
    module = compileSource(h.source, h.filename);
  } catch {
    // No code objects: the run stopped at compile time, so no frame ever ran.
  }
  if (module !== null) {
    for (const co of codeObjects(module)) {
      const key = `${co.firstlineno} ${co.qualname}`;
      const list = out.get(key) ?? [];
      list.push(listingOf(co));
      out.set(key, list);
    }
  }
  return (h.listings = out);
}

export function createSimService(emit?: Emit<SimServiceSpec>, options: SimServiceOptions = {}): ServiceImplementation<SimServiceSpec> {
  let held: Held | null = null;
  let running = false;
  let cancelRequested = false;

  // The last few views asked for: the renderer asks for a moment's view and then its diff against the one before
  // (or the other way round), and a view is deterministic per moment of a trace. Reset with the trace.
  let recent: { rec: Recorder | null; views: Map<number, MomentView> } = { rec: null, views: new Map() };
  const viewAt = (rec: Recorder, i: number): MomentView => {
    if (recent.rec !== rec) recent = { rec, views: new Map() };
    let v = recent.views.get(i);
    if (v === undefined) {
      v = frameAt(rec, i);
      if (recent.views.size >= RECENT_VIEWS) recent.views.delete(recent.views.keys().next().value!);
      recent.views.set(i, v);
    }
    return v;
  };

  const trace = (): Recorder => {
    if (held === null) throw new Error('no trace: run a program or import a .heapscope file first');
    return held.rec;
  };
  const inRange = (rec: Recorder, i: number): number => {
    if (i > rec.length) throw new RangeError(`moment ${i} is outside 0…${rec.length}`);
    return i;
  };

  const summaryOf = (rec: Recorder, profile: ProfileName, filename: string, stopReason: string, stdout: string, stderr: string): RunSummary => {
    const totals = rec.totals();
    return {
      events: totals.events,
      steps: totals.steps,
      collections: [...totals.collections],
      peakObjects: totals.peakObjects,
      peakArenas: totals.peakArenas,
      stopReason,
      stdout,
      stderr,
      text: formatSummary({ profile, filename, totals }),
    };
  };

  return {
    version: () => ({
      service: SERVICE_VERSION,
      protocol: PROTOCOL_VERSION,
      declaredProfiles: [...DECLARED_PROFILES],
      defaultProfile: DEFAULT_PROFILE,
    }),
    analyze: (source) => ({ source, lineCount: countLines(source) }),

    run: (source, profile) => {
      if (running) throw new Error('a run is already in progress');
      running = true;
      cancelRequested = false;
      try {
        const rec: RunRecorder = new RunRecorder(profile, () => {
          emit?.('onDidProgress', { events: rec.length, steps: ts.steps });
          options.poll?.();
          if (options.cancelRequested?.() === true) cancelRequested = true;
          // Exhausting the budget stops the VM at its next instruction, as a budget would (invariant 2).
          if (cancelRequested) ts.budget = 0;
        });
        const filename = 'main.py';
        const r = runProgram(source, { profile, filename, sink: rec });
        rec.finish();
        // A cancelled run stopped at its exhausted budget: say why it really stopped (core/run.ts's last line).
        const stderr = cancelRequested ? r.stderr.replace(BUDGET_NOTE, 'Heapscope stopped the program after $1 instructions (cancelled).\n') : r.stderr;
        const summary = summaryOf(rec, profile, filename, cancelRequested ? 'cancelled' : r.stopReason, r.stdout, stderr);
        held = { rec, source, filename, focus: null, summary, overviews: new Map(), listings: null };
        emit?.('onDidFinish', summary);
        return summary;
      } finally {
        running = false;
      }
    },

    cancel: () => {
      if (!running) return false;
      cancelRequested = true;
      return true;
    },

    frameAt: (i) => {
      const rec = trace();
      return plain(viewAt(rec, inRange(rec, i)));
    },

    diff: (i, j) => {
      const rec = trace();
      return plain(diffViews(viewAt(rec, inRange(rec, i)), viewAt(rec, inRange(rec, j))));
    },

    navigate: (what, i, dir, arg) => {
      const rec = trace();
      inRange(rec, i);
      const d = dir === 'forward' ? Direction.FORWARD : Direction.BACKWARD;
      switch (what) {
        case 'event':
          return nextEvent(rec, i, d);
        case 'instruction':
          return nextInstruction(rec, i, d);
        case 'into':
          return stepLine(rec, i, StepMode.INTO, d);
        case 'over':
          return stepLine(rec, i, StepMode.OVER, d);
        case 'out':
          return stepLine(rec, i, StepMode.OUT, d);
        case 'collection':
          return nextCollection(rec, i, d, arg < 0 ? undefined : arg);
        case 'phase':
          return nextGcPhase(rec, i, d, arg < 0 ? undefined : arg);
      }
    },

    query: (what, id, i) => {
      const rec = trace();
      inRange(rec, i);
      switch (what) {
        case 'lifetime':
          return plain(lifetime(rec, id));
        case 'history':
          return plain(objectHistory(rec, id));
        case 'refcountChanges':
          return plain(refcountChanges(rec, id));
        case 'lastRefcountChange':
          return lastRefcountChange(rec, id, i);
        case 'whyAlive':
          return plain(whyAlive(rec, id, i));
        case 'cycles':
          return plain(cyclesAt(rec, i));
      }
    },

    exportTrace: (focus) => {
      const h = held;
      if (h === null) throw new Error('no trace to export');
      const f = focus === null ? null : { moment: inRange(h.rec, focus.moment), object: focus.object < 0 ? null : focus.object };
      return toBase64(exportTrace(h.rec, { source: h.source, filename: h.filename, focus: f }));
    },

    importTrace: (text) => {
      if (running) throw new Error('a run is in progress');
      let bytes: Uint8Array;
      try {
        bytes = fromBase64(text);
      } catch (e) {
        throw new TraceFileError(TraceFileProblem.NOT_A_TRACE, `this is not a .heapscope file (${(e as Error).message})`);
      }
      // importTrace validates the whole file before anything here changes (invariant 1).
      const loaded = importTrace(bytes);
      const header = loaded.header;
      const out = frameAt(loaded.recorder, loaded.recorder.length);
      const summary = summaryOf(loaded.recorder, header.profile, header.filename, 'imported', out.stdout, out.stderr);
      held = { rec: loaded.recorder, source: header.source, filename: header.filename, focus: header.focus, summary, overviews: new Map(), listings: null };
      return summary;
    },

    traceInfo: () => {
      const h = held;
      if (h === null) throw new Error('no trace: run a program or import a .heapscope file first');
      return { source: h.source, filename: h.filename, profile: h.rec.profile, focus: h.focus, summary: h.summary };
    },

    overview: (buckets) => {
      const h = held;
      if (h === null) throw new Error('no trace: run a program or import a .heapscope file first');
      let o = h.overviews.get(buckets);
      if (o === undefined) {
        o = computeOverview(h.rec, buckets);
        if (h.overviews.size >= OVERVIEW_CACHE) h.overviews.delete(h.overviews.keys().next().value!);
        h.overviews.set(buckets, o);
      }
      return o;
    },

    listing: (i) => {
      const h = held;
      if (h === null) throw new Error('no trace: run a program or import a .heapscope file first');
      const s = h.rec.seek(inRange(h.rec, i));
      const top = s.frames[s.frames.length - 1];
      if (top === undefined) return null;
      const candidates = listingsOf(h).get(`${top.firstLine} ${h.rec.log.strings[top.name]}`) ?? [];
      // Among code objects with the same name and first line, the one whose instruction at the frame's offset is the
      // one the frame executes (before its first instruction, the first of them).
      const op = top.offset < 0 ? '' : opname(h.rec, top.opcode);
      const l = candidates.find((c) => top.offset < 0 || c.instructions.some((r) => r.offset === top.offset && r.opname === op)) ?? candidates[0];
      return l === undefined ? null : { ...l, current: top.offset };
    },

    listingFor: (name, firstLine) => {
      const h = held;
      if (h === null) throw new Error('no trace: run a program or import a .heapscope file first');
      // FrameView's name and first line cannot tell apart code objects that share them: the first in dis order.
      return listingsOf(h).get(`${firstLine} ${name}`)?.[0] ?? null;
    },
  };
}
