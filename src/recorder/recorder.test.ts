import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventKind, RefCause, type ObjectId, type FrameId } from '../core/trace/events';
import { setStrictSnapshots } from './keyframes';
import { Recorder } from './recorder';
import { applyRange } from './replay';
import { emptyState, TraceError, type HeapState, type MutableState } from './state';
import { generate, mulberry32 } from './testing/synthetic';
import { ALLOCATOR_GEOMETRY, createHeap, type Heap } from '../core/memory/index';
import { heapListenerFor } from '../core/trace/sink';
import { frameAt } from './views';

setStrictSnapshots(true);

function record(seed: number, events: number, K: number, liveTarget = 60): Recorder {
  const rec = new Recorder('3.11', K);
  generate(rec, { seed, events, liveTarget }, () => rec.length);
  rec.finish();
  return rec;
}

/** The reference: every event from 0 applied to plain mutable data, no keyframes, no sharing. */
function replayFrom0(rec: Recorder, i: number): HeapState {
  const s = emptyState() as MutableState;
  applyRange(s, rec.log, { ...rec.ctx }, 0, i);
  return s as HeapState;
}

describe('seek', () => {
  it('equals a fresh replay from 0 whatever path reached it (forwards, backwards, random jumps)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(16, 64, 250, 1024),
        fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('fwd', 'back', 'step+', 'step-')), {
          minLength: 5,
          maxLength: 25,
        }),
        (seed, K, moves) => {
          const rec = record(seed, 3000, K);
          const n = rec.length;
          let i = 0;
          for (const m of moves) {
            if (m === 'fwd') i = Math.min(n, i + K + 3);
            else if (m === 'back') i = Math.max(0, i - K - 5);
            else if (m === 'step+') i = Math.min(n, i + 1);
            else if (m === 'step-') i = Math.max(0, i - 1);
            else i = Math.floor(m * n);
            expect(rec.seek(i)).toEqual(replayFrom0(rec, i));
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('walks a whole run forwards and backwards event by event', () => {
    const rec = record(7, 1500, 64);
    const reference: HeapState[] = [];
    const s = emptyState() as MutableState;
    for (let i = 0; i <= rec.length; i++) {
      if (i > 0) applyRange(s, rec.log, { ...rec.ctx }, i - 1, i);
      reference.push(structuredClone(s) as HeapState);
    }
    for (let i = 0; i <= rec.length; i++) expect(rec.seek(i)).toEqual(reference[i]);
    for (let i = rec.length; i >= 0; i--) expect(rec.seek(i)).toEqual(reference[i]);
  });

  it('returns frozen states that share untouched buckets with the keyframe', () => {
    const rec = record(3, 5000, 512, 300);
    const kf = rec.seek(1024);
    const s = rec.seek(1030);
    expect(Object.isFrozen(s)).toBe(true);
    let shared = 0;
    for (let b = 0; b < s.objects.length; b++) if (s.objects[b] === kf.objects[b]) shared++;
    expect(shared).toBeGreaterThan(900);
    expect(() => (s.objects[0] as unknown[]).push({})).toThrow();
  });

  it('rejects moments outside the run', () => {
    const rec = record(1, 200, 64);
    expect(() => rec.seek(-1)).toThrow(RangeError);
    expect(() => rec.seek(rec.length + 1)).toThrow(RangeError);
    expect(() => rec.seek(1.5)).toThrow(RangeError);
  });
});

describe('determinism', () => {
  it('the same program twice gives identical traces', () => {
    const a = record(42, 20_000, 1024, 300);
    const b = record(42, 20_000, 1024, 300);
    expect(a.length).toBe(b.length);
    expect(a.log.strings).toEqual(b.log.strings);
    expect(a.log.chunks.map((c) => [...c.words.subarray(0, c.used)])).toEqual(b.log.chunks.map((c) => [...c.words.subarray(0, c.used)]));
    for (const i of [0, 1, 777, 5000, a.length]) expect(frameAt(a, i)).toEqual(frameAt(b, i));
    expect(a.totals()).toEqual(b.totals());
  });

  it('different seeds give different traces', () => {
    expect(record(1, 2000, 256).log.chunks[0]!.words.slice(0, 400)).not.toEqual(record(2, 2000, 256).log.chunks[0]!.words.slice(0, 400));
  });
});

describe('event validation', () => {
  function tiny(): Recorder {
    const rec = new Recorder('3.11', 16);
    const int = rec.intern('int');
    const one = rec.intern('1');
    const main = rec.intern('<module>');
    rec.framePush(1 as FrameId, main, 1);
    rec.objectNew(10 as ObjectId, int, 0x1000, 28, one);
    return rec;
  }

  it('rejects a refcount that does not move by one', () => {
    const rec = tiny();
    rec.incref(10 as ObjectId, 3, RefCause.VALUE_STACK, 1, 0);
    expect(() => rec.finish()).toThrow(/refcount of 10 goes from 1 to 3/);
  });

  it('rejects events about dead objects and unknown frames', () => {
    const a = tiny();
    a.objectFree(10 as ObjectId);
    a.repr(10 as ObjectId, 0 as never);
    expect(() => a.finish()).toThrow(TraceError);
    const b = tiny();
    b.incref(10 as ObjectId, 2, RefCause.LOCAL, 99, b.intern('x'));
    expect(() => b.finish()).toThrow(/frame 99 is not on the stack/);
  });

  it('rejects clearing a slot that does not hold the target, and frees of unallocated blocks', () => {
    const a = tiny();
    a.refClear(RefCause.LOCAL, 1, 10 as ObjectId, a.intern('x'));
    expect(() => a.finish()).toThrow(/does not hold/);
    const b = tiny();
    b.free(0x7f00_0000_1000);
    expect(() => b.finish()).toThrow(TraceError);
  });

  it('validates as keyframes are built during recording', () => {
    const rec = new Recorder('3.11', 16);
    const main = rec.intern('<module>');
    rec.framePush(1 as FrameId, main, 1);
    expect(() => {
      for (let k = 0; k < 20; k++) rec.framePop(2 as FrameId);
    }).toThrow(/frame 2 is not the top frame/);
    expect(rec.error).toBeInstanceOf(TraceError);
    expect(() => rec.line(3)).toThrow(TraceError);
  });
});

function expectSameAllocator(rec: Recorder, heap: Heap): void {
  const view = frameAt(rec, rec.length);
  const arenas = heap.allocatedArenas();
  expect(view.allocator.arenas.map((a) => [a.index, a.address])).toEqual(arenas.map((a) => [a.index, a.address]).sort((x, y) => x[0]! - y[0]!));
  for (const a of arenas) {
    const mine = view.allocator.arenas.find((x) => x.index === a.index)!;
    expect(mine.pools.map((p) => [p.address, p.state, p.sizeClass, p.count])).toEqual(a.pools.map((p) => [p.address, p.state, p.szidx, p.count]));
    for (const p of a.pools) {
      const expected = heap.poolBlockStates(p.address).map((b) => ['u', 'f', '.'][b]).join('');
      expect(mine.pools.find((x) => x.address === p.address)!.blocks).toBe(expected);
    }
  }
  expect(view.allocator.allocatedBlocks).toBe(heap.getAllocatedBlocks());
  expect(view.allocator.systemBlocks).toEqual(heap.systemBlocks().map((b) => ({ address: b.address, nbytes: b.nbytes })));
}

describe('the allocator model', () => {
  it('agrees with the obmalloc model that produced the events (pools, states, block states)', () => {
    for (const [seed, profile] of [[5, '3.11'], [6, '3.8'], [7, '3.10']] as const) {
      const rec = new Recorder(profile, 1024);
      const { heap } = generate(rec, { seed, events: 60_000, liveTarget: 1500, profile }, () => rec.length);
      expectSameAllocator(rec, heap);
    }
  });

  it('follows arenas being mapped and released (3.8 releases at once, 3.9+ keeps the last)', () => {
    for (const profile of ['3.8', '3.9', '3.11'] as const) {
      const rec = new Recorder(profile, 256);
      const heap = createHeap(ALLOCATOR_GEOMETRY[profile]);
      heap.setListener(heapListenerFor(rec));
      const rnd = mulberry32(17);
      const live: number[] = [];
      for (let k = 0; k < 25_000; k++) live.push(heap.malloc(1 + Math.floor(rnd() * (rnd() < 0.02 ? 2000 : 512))));
      expectSameAllocator(rec, heap);
      for (let k = live.length - 1; k >= 0; k--) {
        if (rnd() < 0.7) {
          heap.free(live[k]!);
          live[k] = live[live.length - 1]!;
          live.pop();
        }
      }
      expectSameAllocator(rec, heap);
      for (let k = 0; k < 5000; k++) live.push(heap.malloc(1 + Math.floor(rnd() * 512)));
      while (live.length > 0) heap.free(live.pop()!);
      expectSameAllocator(rec, heap);
      let mapped = 0;
      let released = 0;
      for (let i = 0; i < rec.length; i++) {
        if (rec.log.kind(i) === EventKind.ARENA) rec.log.sub(i) === 0 ? mapped++ : released++;
      }
      expect(mapped).toBeGreaterThan(1);
      expect(released).toBe(profile === '3.8' ? mapped : mapped - 1);
      for (const i of [0, 1, 5000, 40_000, rec.length - 3, rec.length]) expect(rec.seek(i)).toEqual(replayFrom0(rec, i));
    }
  });
});

describe('the event log', () => {
  it('stores events compactly and reads them back', () => {
    const rec = record(9, 100_000, 4096, 500);
    const perEvent = rec.log.bytes() / rec.length;
    // ~24 B: the synthetic mix includes 5-word BLOCK and REF_SET/REF_CLEAR events of weak references.
    expect(perEvent).toBeLessThan(25);
    let instructions = 0;
    for (let i = 0; i < rec.length; i++) if (rec.log.kind(i) === EventKind.INSTRUCTION) instructions++;
    expect(instructions).toBe(rec.totals().steps);
  });
});
