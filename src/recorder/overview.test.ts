import { describe, expect, it } from 'vitest';
import { runProgram } from '../core/run';
import { EventKind, GcPhase, type FrameId } from '../core/trace/events';
import { computeOverview, MAX_OVERVIEW_LINES, type TraceOverview } from './overview';
import { Recorder } from './recorder';
import { applyRange } from './replay';
import { emptyState, type HeapState, type MutableState } from './state';
import { generate } from './testing/synthetic';

function synthetic(seed: number, events: number): Recorder {
  const rec = new Recorder('3.11', 512);
  generate(rec, { seed, events, liveTarget: 80 }, () => rec.length);
  rec.finish();
  return rec;
}

function program(source: string): Recorder {
  const rec = new Recorder('3.11');
  runProgram(source, { profile: '3.11', filename: 'main.py', sink: rec });
  rec.finish();
  return rec;
}

/**
 * The reference: replays the log one event at a time on a plain state (no keyframes) and reads each bucket's
 * figures off the state at its end; collections and lines from the states around each GC/LINE event.
 */
function bruteForce(rec: Recorder, requested: number): TraceOverview {
  const n = rec.length;
  const size = n === 0 ? 1 : Math.ceil(n / Math.min(requested, n));
  const s = emptyState() as MutableState;
  const ctx = { ...rec.ctx };
  const o: TraceOverview = {
    events: n, buckets: 0, bucketSize: size, line: [], allocs: [], frees: [], liveObjects: [], blocksInUse: [], arenas: [],
    counts: [[], [], []], thresholds: [[], [], []], collections: [], lines: [], linesSampled: false,
  };
  const read = (st: HeapState): void => {
    o.line.push(st.frames.length === 0 ? -1 : st.frames[st.frames.length - 1]!.line);
    o.liveObjects.push(st.liveObjects);
    o.blocksInUse.push(st.allocatedBlocks);
    o.arenas.push(st.arenas.size);
    for (let g = 0; g < 3; g++) {
      o.counts[g]!.push(st.gc.counts[g]!);
      o.thresholds[g]!.push(st.gc.thresholds[g]!);
    }
  };
  let allocs = 0;
  let frees = 0;
  let collection: TraceOverview['collections'][number] | null = null;
  for (let i = 0; i < n; i++) {
    const before = { collecting: s.gc.collecting, collected: s.gc.collected, uncollectable: s.gc.uncollectable };
    applyRange(s, rec.log, ctx, i, i + 1);
    const k = rec.log.kind(i);
    if (k === EventKind.OBJECT_NEW) allocs++;
    if (k === EventKind.OBJECT_FREE) frees++;
    if (k === EventKind.LINE) o.lines.push({ at: i + 1, line: s.frames[s.frames.length - 1]!.line });
    if (before.collecting === -1 && s.gc.collecting !== -1) {
      collection = { generation: s.gc.collecting, start: i, end: -1, collected: 0, uncollectable: 0, phases: [] };
    }
    if (k === EventKind.GC_PHASE) collection!.phases.push({ phase: phaseName(s.gc.phase), at: i + 1 });
    if (before.collecting !== -1 && s.gc.collecting === -1) {
      collection!.end = i + 1;
      collection!.collected = s.gc.collected - before.collected;
      collection!.uncollectable = s.gc.uncollectable - before.uncollectable;
      o.collections.push(collection!);
      collection = null;
    }
    if ((i + 1) % size === 0 || i + 1 === n) {
      o.allocs.push(allocs);
      o.frees.push(frees);
      allocs = frees = 0;
      read(s as HeapState);
      o.buckets++;
    }
  }
  if (collection !== null) o.collections.push({ ...collection, end: n });
  return o;
}

function phaseName(phase: number): string {
  return ['update-refs', 'subtract-refs', 'move-unreachable', 'untrack', 'move-legacy-finalizers', 'handle-weakrefs',
    'finalize-garbage', 'handle-resurrected', 'delete-garbage', 'handle-legacy-finalizers', 'clear-freelists'][phase]!;
}

const CYCLES = `
import gc
gc.set_threshold(50, 3, 2)
class Node:
    def __init__(self, name):
        self.name = name
        self.next = None
def make(k):
    a = Node(k)
    b = Node(k + "x")
    a.next = b
    b.next = a
    return len(a.name * 2)
total = 0
for i in range(300):
    total += make(str(i))
    if i % 100 == 99:
        gc.collect(1)
print(total, gc.collect())
`;

describe('overview', () => {
  it('matches a brute-force replay at every bucket end (synthetic run, several bucket counts)', () => {
    const rec = synthetic(7, 20_000);
    for (const b of [1, 3, 64, 1000, 4096]) {
      const o = computeOverview(rec, b);
      expect(o.buckets).toBe(Math.ceil(rec.length / o.bucketSize));
      expect(o.buckets).toBeLessThanOrEqual(b);
      expect(o).toEqual(bruteForce(rec, b));
    }
  });

  it('matches a brute-force replay for a program with collections, a threshold change and lines', () => {
    const rec = program(CYCLES);
    const o = computeOverview(rec, 200);
    expect(o).toEqual(bruteForce(rec, 200));
    expect(o.collections.length).toBeGreaterThanOrEqual(4);
    expect(o.collections.some((c) => c.collected > 0)).toBe(true);
    expect(o.lines.length).toBeGreaterThan(300);
    // Every collection's phases lie inside it, in order.
    for (const c of o.collections) {
      let last = c.start;
      for (const p of c.phases) {
        expect(p.at).toBeGreaterThan(last);
        last = p.at;
      }
      expect(c.end).toBeGreaterThan(last);
    }
  });

  it('has one bucket per event when more are asked than there are events, and none for an empty trace', () => {
    const rec = program('x = 1\n');
    const o = computeOverview(rec, 4096);
    expect(rec.length).toBeLessThan(4096);
    expect(o.bucketSize).toBe(1);
    expect(o.buckets).toBe(rec.length);
    const empty = computeOverview(new Recorder('3.11'), 10);
    expect(empty).toMatchObject({ events: 0, buckets: 0, line: [], collections: [], lines: [] });
  });

  it('samples the LINE events beyond the cap, keeping every k-th', () => {
    const rec = program('i = 0\nwhile i < 60000:\n    i += 1\n');
    const o = computeOverview(rec, 10);
    const all = bruteForce(rec, 10).lines;
    expect(all.length).toBeGreaterThan(MAX_OVERVIEW_LINES);
    const k = Math.ceil(all.length / MAX_OVERVIEW_LINES);
    expect(o.linesSampled).toBe(true);
    expect(o.lines).toEqual(all.filter((_, j) => j % k === 0));
    expect(o.lines.length).toBeLessThanOrEqual(MAX_OVERVIEW_LINES);
  });

  it('follows gc.set_threshold and gc.get_count changes and a trace cut off inside a collection', () => {
    const rec = new Recorder('3.11');
    rec.gcCounts(1, 2, 3);
    rec.gcThresholds(50, 3, 2);
    rec.framePush(1 as FrameId, rec.intern('<module>'), 1);
    rec.line(4);
    rec.gcStart(1);
    rec.gcPhase(GcPhase.UPDATE_REFS);
    rec.finish();
    const o = computeOverview(rec, 6);
    expect(o).toEqual(bruteForce(rec, 6));
    expect(o.thresholds.map((t) => t.at(-1))).toEqual([50, 3, 2]);
    expect(o.counts.map((t) => t[0])).toEqual([1, 2, 3]);
    expect(o.line).toEqual([-1, -1, -1, 4, 4, 4]);
    expect(o.collections).toEqual([{ generation: 1, start: 4, end: 6, collected: 0, uncollectable: 0, phases: [{ phase: 'update-refs', at: 6 }] }]);
  });

  it('refuses a bucket count outside 1…4096', () => {
    const rec = program('x = 1\n');
    for (const b of [0, 4097, 1.5]) expect(() => computeOverview(rec, b)).toThrow(RangeError);
  });
});
