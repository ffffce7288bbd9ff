// The collector's phases as the trace records them, object by object: during delete_garbage each object of a
// collected cycle is marked cleared once its tp_clear has run (GcReach.CLEARED), before reference counting frees
// it; a tuple (no tp_clear) is never marked. Checked on a cycle of instances, lists and a tuple.

import { describe, expect, it } from 'vitest';
import { runProgram } from '../run';
import { Recorder } from '../../recorder/recorder';
import { frameAt } from '../../recorder/views';
import { EventKind, GcPhase, GcReach } from './events';

const PROGRAM = `import gc
class Node:
    pass
gc.collect()
a = Node()
b = Node()
a.other = b
b.other = a
l = [a]
l.append(l)
t = (l,)
l.append(t)
del a, b, l, t
print(gc.collect())
`;

describe('delete_garbage in the trace', () => {
  const rec = new Recorder('3.11');
  const r = runProgram(PROGRAM, { sink: rec });
  rec.finish();
  const log = rec.log;

  it('marks each cleared object, after the unreachable ones were found, and only those with a tp_clear', () => {
    expect(r.stderr).toBe('');
    let deleting = -1;
    /** The unreachable objects of the program's collection, with their types. */
    const unreachable = new Map<number, string>();
    const cleared: number[] = [];
    // from the program's print(gc.collect()) (line 14) to the end of that collection
    let from = 0;
    while (!(log.kind(from) === EventKind.LINE && log.operand(from, 0) === 14)) from++;
    for (let i = from; i < rec.length && log.kind(i) !== EventKind.GC_STOP; i++) {
      const k = log.kind(i);
      if (k === EventKind.GC_PHASE) deleting = log.sub(i) === GcPhase.DELETE_GARBAGE ? i : -1;
      if (k !== EventKind.GC_REFS) continue;
      const id = log.operand(i, 0);
      if (log.sub(i) === GcReach.UNREACHABLE) unreachable.set(id, frameAt(rec, i + 1).objects.find((o) => o.id === id)!.type);
      if (log.sub(i) !== GcReach.CLEARED) continue;
      expect(deleting).toBeGreaterThan(0);
      expect(unreachable.has(id)).toBe(true);
      expect(log.operand(i, 1)).toBe(0);
      cleared.push(id);
      // the moment after it: the object is still there (delete_garbage holds it), drawn as cleared
      expect(frameAt(rec, i + 1).objects.find((o) => o.id === id)?.reach).toBe('cleared');
    }
    expect([...unreachable.values()].sort()).toEqual(['Node', 'Node', 'list', 'tuple']);
    expect(cleared.length).toBeGreaterThan(0);
    // a tuple has no tp_clear: delete_garbage skips it, and refcounting frees it with the list
    for (const id of cleared) expect(unreachable.get(id)).not.toBe('tuple');
    expect(r.stdout).toBe(`${unreachable.size}\n`);
  });
});
