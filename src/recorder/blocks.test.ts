// BLOCK events (an object's extra allocations) and weak references through the recorder: state, views, the
// invariants apply.ts checks (7), keyframes, and the .heapscope window base that carries them.
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BlockChange, EventKind, joinAddress, RefCause, type FrameId, type ObjectId } from '../core/trace/events';
import { exportTrace, importTrace, TraceFileError } from './file';
import { setStrictSnapshots } from './keyframes';
import { whyAlive, cyclesAt } from './queries';
import { Recorder } from './recorder';
import { TraceError } from './state';
import { generate, mulberry32 } from './testing/synthetic';
import { frameAt } from './views';

setStrictSnapshots(true);

function record(seed: number, events: number, K = 256): Recorder {
  const rec = new Recorder('3.11', K);
  generate(rec, { seed, events, liveTarget: 150 }, () => rec.length);
  rec.finish();
  return rec;
}

/** Each live object's blocks at moment i, by scanning BLOCK events [0, i) (no state, no keyframes). */
function blocksByScan(rec: Recorder, i: number): Map<number, { address: number; nbytes: number }[]> {
  const out = new Map<number, { address: number; nbytes: number }[]>();
  const log = rec.log;
  for (let e = 0; e < i; e++) {
    const k = log.kind(e);
    if (k === EventKind.OBJECT_FREE) out.delete(log.operand(e, 0));
    if (k !== EventKind.BLOCK) continue;
    const id = log.operand(e, 0);
    const b = { address: joinAddress(log.operand(e, 1), log.operand(e, 2)), nbytes: log.operand(e, 3) };
    const list = out.get(id) ?? [];
    if (log.sub(e) === BlockChange.ATTACHED) list.push(b);
    else list.splice(list.findIndex((x) => x.address === b.address), 1);
    out.set(id, list);
  }
  return out;
}

describe('BLOCK events', () => {
  const rec = record(5, 30_000);

  it('the synthetic run attaches and detaches blocks, pool and system ones', () => {
    let attached = 0;
    let detached = 0;
    let system = 0;
    for (let e = 0; e < rec.length; e++) {
      if (rec.log.kind(e) !== EventKind.BLOCK) continue;
      if (rec.log.sub(e) === BlockChange.ATTACHED) attached++;
      else detached++;
      if (rec.log.operand(e, 3) > 512) system++;
    }
    expect(attached).toBeGreaterThan(100);
    expect(detached).toBeGreaterThan(50);
    expect(system).toBeGreaterThan(5);
  });

  it('ObjectView.blocks equals a scan of the BLOCK events at random moments (any seek path)', () => {
    const rnd = mulberry32(3);
    let seen = 0;
    for (let k = 0; k < 40; k++) {
      const i = Math.floor(rnd() * (rec.length + 1));
      const expected = blocksByScan(rec, i);
      for (const o of frameAt(rec, i).objects) {
        const want = (expected.get(o.id) ?? []).slice().sort((a, b) => a.address - b.address);
        expect(o.blocks).toEqual(want);
        seen += want.length;
      }
    }
    expect(seen).toBeGreaterThan(50);
  });

  it('weak references are refs marked weak, ignored by whyAlive and cyclesAt', () => {
    let weak = 0;
    for (const i of [rec.length >> 2, rec.length >> 1, rec.length]) {
      const v = frameAt(rec, i);
      for (const r of v.refs) {
        expect(r.weak).toBe(r.cause === 'weak');
        if (r.weak) {
          weak++;
          expect(r.label).toBe('weak `referent`');
        }
      }
    }
    expect(weak).toBeGreaterThan(0);
    // A weakref is the only holder of a fresh object: it is not alive through it, and the pair is no cycle.
    const r = new Recorder('3.11', 16);
    const t = r.intern('object');
    r.framePush(1 as FrameId, r.intern('<module>'), 1);
    r.objectNew(1 as ObjectId, t, 0x1000, 16, t);
    r.objectNew(2 as ObjectId, t, 0x2000, 16, t);
    r.refSet(RefCause.LOCAL, 1, 1 as ObjectId, r.intern('w'));
    r.refSet(RefCause.WEAK, 1, 2 as ObjectId, r.intern('referent'));
    r.refSet(RefCause.ATTRIBUTE, 2, 1 as ObjectId, r.intern('back'));
    r.finish();
    expect(whyAlive(r, 2, r.length).kind).toBe('unreachable');
    expect(cyclesAt(r, r.length)).toEqual([]);
  });
});

describe('BLOCK validation (apply.ts invariant 7)', () => {
  /** A frame, an int object at a block of 32 bytes and a free-standing 64-byte block; returns the blocks. */
  function setup(): { rec: Recorder; obj: number; block: number; big: number } {
    const rec = new Recorder('3.11', 16);
    const t = rec.intern('list');
    rec.framePush(1 as FrameId, rec.intern('<module>'), 1);
    rec.arena(0, 0, 0x1000_0000);
    rec.pool(0x1000_0000, 0, 1, 0);
    rec.alloc(0x1000_0000 + 48, 32);
    rec.alloc(0x1000_0000 + 80, 32);
    rec.objectNew(1 as ObjectId, t, 0x1000_0000 + 48, 32, t);
    rec.pool(0x1000_4000, 0, 3, 0);
    rec.alloc(0x1000_4000 + 48, 64);
    rec.alloc(0x7000_0000, 4000);
    return { rec, obj: 1, block: 0x1000_4000 + 48, big: 0x7000_0000 };
  }

  it('accepts attach, detach and free in that order', () => {
    const { rec, block, big } = setup();
    rec.block(1 as ObjectId, BlockChange.ATTACHED, block, 64);
    rec.block(1 as ObjectId, BlockChange.ATTACHED, big, 4000);
    const mid = rec.length;
    rec.block(1 as ObjectId, BlockChange.DETACHED, block, 64);
    rec.free(block);
    rec.finish();
    expect(frameAt(rec, mid).objects[0]!.blocks).toEqual([{ address: block, nbytes: 64 }, { address: big, nbytes: 4000 }]);
    expect(frameAt(rec, rec.length).objects[0]!.blocks).toEqual([{ address: big, nbytes: 4000 }]);
  });

  const cases: [string, (r: ReturnType<typeof setup>) => void, RegExp][] = [
    ['an unallocated block', ({ rec, block }) => rec.block(1 as ObjectId, BlockChange.ATTACHED, block + 64, 64), /is not allocated/],
    ['a size that is not the block’s', ({ rec, block }) => rec.block(1 as ObjectId, BlockChange.ATTACHED, block, 16), /is not allocated|not a block boundary/],
    ['a system block of another size', ({ rec, big }) => rec.block(1 as ObjectId, BlockChange.ATTACHED, big, 4001), /is not allocated/],
    ['twice', ({ rec, block }) => { rec.block(1 as ObjectId, 0, block, 64); rec.block(1 as ObjectId, 0, block, 64); }, /attached twice/],
    ['a block another object holds', ({ rec, block }) => {
      rec.objectNew(2 as ObjectId, 0 as never, 0x1000_0000 + 80, 32, 0 as never);
      rec.block(1 as ObjectId, 0, block, 64);
      rec.block(2 as ObjectId, 0, block, 64);
    }, /already attached to another object/],
    ['a detach of a block not held', ({ rec, block }) => rec.block(1 as ObjectId, BlockChange.DETACHED, block, 64), /holds no block/],
    ['a free while attached', ({ rec, block }) => { rec.block(1 as ObjectId, 0, block, 64); rec.free(block); }, /freed while an object holds it/],
    ['an in-place realloc while attached', ({ rec, big }) => { rec.block(1 as ObjectId, 0, big, 4000); rec.realloc(big, big, 5000); }, /freed while an object holds it/],
    ['a deallocation with blocks held', ({ rec, block }) => { rec.block(1 as ObjectId, 0, block, 64); rec.objectFree(1 as ObjectId); }, /deallocated while it holds blocks/],
    ['a dead object', ({ rec, block }) => { rec.objectFree(1 as ObjectId); rec.block(1 as ObjectId, 0, block, 64); }, /not alive/],
  ];
  it.each(cases)('rejects %s', (_name, act, message) => {
    const s = setup();
    act(s);
    expect(() => s.rec.finish()).toThrow(TraceError);
    expect(() => s.rec.finish()).toThrow(message);
  });
});

describe('blocks in a .heapscope window', () => {
  const rec = record(11, 20_000, 512);
  const focus = 12_000;
  const w = exportTrace(rec, { source: '# synthetic\n', focus: { moment: focus, object: null }, window: { before: 4000, after: 2000 } });

  function header(file: Uint8Array): { h: Record<string, unknown>; rest: Uint8Array; pre: Uint8Array } {
    const data = gunzipSync(file);
    const len = new DataView(data.buffer, data.byteOffset).getUint32(20, true);
    return { h: JSON.parse(strFromU8(data.subarray(24, 24 + len))) as Record<string, unknown>, pre: data.slice(0, 24), rest: data.slice(24 + len) };
  }
  function repack(pre: Uint8Array, h: unknown, rest: Uint8Array): Uint8Array {
    const hb = strToU8(JSON.stringify(h));
    const out = new Uint8Array(24 + hb.length + rest.length);
    out.set(pre);
    new DataView(out.buffer).setUint32(20, hb.length, true);
    out.set(hb, 24);
    out.set(rest, 24 + hb.length);
    return gzipSync(out);
  }

  it('round-trips the blocks held at the window start and after', () => {
    const { recorder } = importTrace(w);
    const start = frameAt(rec, focus - 4000).objects.filter((o) => o.blocks.length > 0);
    expect(start.length).toBeGreaterThan(5);
    for (const m of [0, 1, 2000, 4000, 6000]) expect(frameAt(recorder, m).objects).toEqual(frameAt(rec, focus - 4000 + m).objects);
  });

  it('refuses a base whose blocks are malformed, name a dead object or an unallocated block', () => {
    const { h, pre, rest } = header(w);
    const base = (h['window'] as { base: { blocks: number[]; objects: number[][] } }).base;
    expect(base.blocks.length).toBeGreaterThan(0);
    const liveIds = new Set(base.objects.map((o) => o[0]!));
    const dead = Math.max(...liveIds) + 1;
    const variants: [number[], RegExp][] = [
      [base.blocks.slice(0, -1), /blocks/],
      [[dead, base.blocks[1]!, base.blocks[2]!], /not alive/],
      [[base.blocks[0]!, base.blocks[1]! + 1, base.blocks[2]!], /not allocated/],
      [[...base.blocks.slice(0, 3), ...base.blocks.slice(0, 3)], /twice/],
    ];
    for (const [blocks, message] of variants) {
      const bad = repack(pre, { ...h, window: { ...(h['window'] as object), base: { ...base, blocks } } }, rest);
      let err: unknown;
      try {
        importTrace(bad);
      } catch (e) {
        err = e;
      }
      expect(err instanceof TraceFileError || err instanceof TraceError).toBe(true);
      expect((err as Error).message).toMatch(message);
    }
  });
});
