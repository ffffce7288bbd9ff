import { describe, expect, it } from 'vitest';
import { GcPhase, GcReach, RefCause, type FrameId, type ObjectId } from '../core/trace/events';
import { setStrictSnapshots } from './keyframes';
import { Direction, nextCollection, nextEvent, nextGcPhase, nextInstruction, StepMode, stepLine } from './navigate';
import { cyclesAt, lastRefcountChange, lifetime, objectHistory, refcountChanges, whyAlive } from './queries';
import { Recorder } from './recorder';
import { generate } from './testing/synthetic';
import { frameAt } from './views';

setStrictSnapshots(true);
const o = (n: number): ObjectId => n as ObjectId;
const F = (n: number): FrameId => n as FrameId;

/**
 * A hand-built run:
 *   line 1: a = [b]        (list #1 holding object #2)
 *   line 2: f()            (f: line 10, line 11, returns)
 *   line 3: c.next = d; d.next = c; del c, d   (a cycle #3 <-> #4 left unreachable)
 *   line 4: gc.collect(0)
 */
function program(): { rec: Recorder; at: Record<string, number> } {
  const rec = new Recorder('3.11', 8);
  const at: Record<string, number> = {};
  const mark = (name: string): void => {
    at[name] = rec.length;
  };
  const s = (t: string) => rec.intern(t);
  let n = 0;
  const instr = (): void => rec.instruction((n += 2), 100, 0);
  rec.framePush(F(1), s('<module>'), 1);
  mark('line1');
  rec.line(1);
  instr();
  rec.objectNew(o(2), s('str'), 0x10000, 50, s("'b'"));
  rec.stackPush(o(2));
  mark('instrBuild');
  instr();
  rec.objectNew(o(1), s('list'), 0x10040, 64, s("['b']"));
  rec.stackPop(1);
  rec.refSet(RefCause.LIST_ITEM, 1, o(2), 0);
  rec.stackPush(o(1));
  instr();
  rec.stackPop(1);
  rec.refSet(RefCause.LOCAL, 1, o(1), s('a'));
  mark('line2');
  rec.line(2);
  instr();
  mark('push');
  rec.framePush(F(2), s('f'), 10);
  mark('line10');
  rec.line(10);
  instr();
  rec.incref(o(2), 2, RefCause.VALUE_STACK, 2, 0);
  rec.stackPush(o(2));
  mark('line11');
  rec.line(11);
  instr();
  rec.stackPop(1);
  mark('decref');
  rec.decref(o(2), 1, RefCause.VALUE_STACK, 2, 0);
  mark('pop');
  rec.framePop(F(2));
  mark('line3');
  rec.line(3);
  instr();
  rec.objectNew(o(3), s('Node'), 0x10080, 48, s('<Node>'));
  rec.gcTrack(o(3), 0);
  rec.objectNew(o(4), s('Node'), 0x100c0, 48, s('<Node>'));
  rec.gcTrack(o(4), 0);
  rec.refSet(RefCause.ATTRIBUTE, 3, o(4), s('next'));
  rec.incref(o(4), 2, RefCause.ATTRIBUTE, 3, s('next'));
  rec.refSet(RefCause.ATTRIBUTE, 4, o(3), s('next'));
  rec.incref(o(3), 2, RefCause.ATTRIBUTE, 4, s('next'));
  rec.decref(o(3), 1, RefCause.TEMPORARY, -1, s('del'));
  rec.decref(o(4), 1, RefCause.TEMPORARY, -1, s('del'));
  mark('line4');
  rec.line(4);
  instr();
  mark('gcStart');
  rec.gcStart(0);
  rec.gcPhase(GcPhase.UPDATE_REFS);
  rec.gcRefs(o(3), 1, GcReach.COUNTING);
  rec.gcRefs(o(4), 1, GcReach.COUNTING);
  mark('subtract');
  rec.gcPhase(GcPhase.SUBTRACT_REFS);
  rec.gcRefs(o(3), 0, GcReach.COUNTING);
  rec.gcRefs(o(4), 0, GcReach.COUNTING);
  mark('gcRefs');
  rec.gcPhase(GcPhase.DELETE_GARBAGE);
  rec.refClear(RefCause.ATTRIBUTE, 3, o(4), s('next'));
  rec.decref(o(4), 0, RefCause.ATTRIBUTE, 3, s('next'));
  rec.refClear(RefCause.ATTRIBUTE, 4, o(3), s('next'));
  rec.decref(o(3), 0, RefCause.ATTRIBUTE, 4, s('next'));
  rec.objectFree(o(4));
  rec.objectFree(o(3));
  rec.gcStop(0, 2, 0);
  mark('end');
  rec.output(0, s('done\n'));
  rec.finish();
  return { rec, at };
}

describe('navigation', () => {
  const { rec, at } = program();
  const after = (name: string): number => at[name]! + 1;

  it('steps by event and instruction in both directions', () => {
    expect(nextEvent(rec, 0, Direction.BACKWARD)).toBeNull();
    expect(nextEvent(rec, 5, Direction.FORWARD)).toBe(6);
    expect(nextEvent(rec, rec.length, Direction.FORWARD)).toBeNull();
    expect(nextInstruction(rec, after('line1'), Direction.FORWARD)).toBe(after('line1') + 1);
    expect(nextInstruction(rec, after('instrBuild'), Direction.BACKWARD)).toBe(after('line1') + 1);
  });

  it('steps over, into and out of calls, forwards', () => {
    expect(stepLine(rec, after('line2'), StepMode.OVER, Direction.FORWARD)).toBe(after('line3'));
    expect(stepLine(rec, after('line2'), StepMode.INTO, Direction.FORWARD)).toBe(after('line10'));
    expect(stepLine(rec, after('line10'), StepMode.OUT, Direction.FORWARD)).toBe(after('pop'));
    expect(stepLine(rec, after('line11'), StepMode.OVER, Direction.FORWARD)).toBe(after('pop'));
    expect(stepLine(rec, after('line4'), StepMode.OVER, Direction.FORWARD)).toBeNull();
  });

  it('steps over, into and out of calls, backwards', () => {
    expect(stepLine(rec, after('line3'), StepMode.OVER, Direction.BACKWARD)).toBe(after('line2'));
    expect(stepLine(rec, after('line10'), StepMode.OVER, Direction.BACKWARD)).toBe(at['push']);
    expect(stepLine(rec, after('line3'), StepMode.INTO, Direction.BACKWARD)).toBe(after('line11'));
    expect(stepLine(rec, after('line11'), StepMode.OUT, Direction.BACKWARD)).toBe(at['push']);
    expect(stepLine(rec, after('line2'), StepMode.OVER, Direction.BACKWARD)).toBe(after('line1'));
    expect(stepLine(rec, after('line1'), StepMode.INTO, Direction.BACKWARD)).toBeNull();
  });

  it('finds collections and phases', () => {
    expect(nextCollection(rec, 0, Direction.FORWARD)).toBe(after('gcStart'));
    expect(nextCollection(rec, 0, Direction.FORWARD, 1)).toBeNull();
    expect(nextCollection(rec, rec.length, Direction.BACKWARD, 0)).toBe(after('gcStart'));
    expect(nextGcPhase(rec, after('gcStart'), Direction.FORWARD, GcPhase.SUBTRACT_REFS)).toBe(after('subtract'));
    expect(nextGcPhase(rec, rec.length, Direction.BACKWARD)).toBe(after('gcRefs'));
  });
});

describe('queries', () => {
  const { rec, at } = program();

  it('answers why an object is alive with a path from a root', () => {
    const why = whyAlive(rec, 2, at['line2']!);
    expect(why).toEqual({
      kind: 'reachable',
      path: [
        { holderKind: 'frame', holder: 'frame <module>', holderId: 1, label: 'local `a`', to: 1 },
        { holderKind: 'object', holder: 'list #1', holderId: 1, label: 'list item 0', to: 2 },
      ],
    });
  });

  it('reports an unreachable cycle as awaiting collection, and its strongly connected component', () => {
    expect(whyAlive(rec, 3, at['line4']!)).toEqual({ kind: 'unreachable', message: 'unreachable — awaiting collection' });
    expect(cyclesAt(rec, at['line4']!)).toEqual([[3, 4]]);
    expect(cyclesAt(rec, at['end']!)).toEqual([]);
    expect(whyAlive(rec, 3, at['end']!).kind).toBe('not-alive');
  });

  it('gives an object history, its refcount changes with causes and instructions, and its last change', () => {
    expect(lifetime(rec, 3)).toEqual({ created: at['line3']! + 2, freed: at['end']! - 2 });
    const changes = refcountChanges(rec, 2);
    expect(changes.map((c) => [c.refcnt, c.event.text])).toEqual([
      [2, '#2 refcount → 2 (value stack [0])'],
      [1, '#2 refcount → 1 (value stack [0])'],
    ]);
    expect(changes[0]!.instruction).toBe(at['line10']! + 1);
    expect(lastRefcountChange(rec, 2, rec.length)).toBe(at['decref']);
    expect(lastRefcountChange(rec, 2, at['decref']!)).toBe(at['line10']! + 2);
    const rec2 = new Recorder('3.11', 64);
    const { heap } = generate(rec2, { seed: 8, events: 3000, liveTarget: 50 }, () => rec2.length);
    expect(heap.getAllocatedBlocks()).toBeGreaterThan(0);
    const first = objectHistory(rec2, 2);
    expect(first.map((e) => e.kind).slice(0, 2)).toEqual(['alloc', 'object_new']);
    const kinds = objectHistory(rec, 4).map((e) => e.kind);
    expect(kinds[0]).toBe('object_new');
    expect(kinds.at(-1)).toBe('object_free');
    expect(kinds).toContain('gc_refs');
    expect(kinds).toContain('ref_set');
  });
});

describe('views', () => {
  it('show gc_refs during a collection, labels, frames, stdout and counters', () => {
    const { rec, at } = program();
    const v = frameAt(rec, at['gcRefs']!);
    expect(v.gc.collecting).toBe(0);
    expect(v.gc.phase).toBe('subtract-refs');
    const node = v.objects.find((x) => x.id === 3)!;
    expect([node.gcRefs, node.reach, node.tracked, node.generation]).toEqual([0, 'counting', true, 0]);
    expect(v.refs.filter((r) => r.fromKind === 'object' && r.from === 3).map((r) => r.label)).toEqual(['attribute `next`']);
    expect(v.frames.map((f) => [f.name, f.line])).toEqual([['<module>', 4]]);
    const end = frameAt(rec, rec.length);
    expect(end.stdout).toBe('done\n');
    expect(end.gc.collections).toEqual([1, 0, 0]);
    expect(end.objects.find((x) => x.id === 3)).toBeUndefined();
    expect(frameAt(rec, 0).lastEvent).toBeNull();
  });

  it('are structured-clone and JSON safe', () => {
    const rec = new Recorder('3.11', 512);
    generate(rec, { seed: 11, events: 20_000, liveTarget: 300 }, () => rec.length);
    for (const i of [0, 1000, 9999, rec.length]) {
      const v = frameAt(rec, i);
      expect(structuredClone(v)).toEqual(v);
      expect(JSON.parse(JSON.stringify(v))).toEqual(v);
    }
  });
});

describe('summary', () => {
  it('prints the run totals and the file size', async () => {
    const { formatSummary } = await import('./summary');
    const { rec } = program();
    expect(formatSummary({ profile: '3.11', filename: 'cycle.py', totals: rec.totals(), fileBytes: 1234 })).toBe(
      [
        'cycle.py on Python 3.11',
        '  steps (bytecode instructions): 8',
        `  events recorded:               ${rec.length}`,
        '  collections (gen 0 / 1 / 2):   1 / 0 / 0',
        '  peak live objects:             4',
        '  peak arenas:                   0',
        `  file size:                     1,234 bytes (${(1234 / rec.length).toFixed(1)} bytes/event)`,
        '',
      ].join('\n'),
    );
  });
});
