// The thread state's dict and Py_Repr list of reprenter.ts seen from outside the program: what a run leaves in
// them (invariants 1–3), that each run starts without them, and that the trace reports the dict as a root (also when
// its own allocation triggered a collection that announced it before PyThreadState_GetDict stored it), so that
// "why is this alive" finds the list. Program outputs are checked against CPython by the conformance corpus
// (gc/repr_enter_*.py, sizeof/repr_enter_list.py, memory/repr_enter_blocks.py, refcount/repr_holds.py).

import { describe, expect, it } from 'vitest';
import { runProgram } from '../run';
import { Recorder } from '../../recorder/recorder';
import { whyAlive } from '../../recorder/queries';
import { EventKind } from '../trace/events';
import { ts } from '../vm/state';
import { gcState } from '../gc/state';
import * as M from './models';
import { dictGetStr } from './dict';

/** The Py_Repr list of the last run's thread state dict (the run's module state stays until the next run). */
function reprList(): M.PyList {
  const d = ts.dict;
  expect(d).not.toBeNull();
  const l = dictGetStr(d!, 'Py_Repr');
  expect(l).toBeInstanceOf(M.PyList);
  return l as M.PyList;
}

describe('the thread state dict', () => {
  it('is not made by a run without a container repr (an empty list or tuple does not enter)', () => {
    const r = runProgram("print(1, 'a', 2.5)\ns = repr([]) + repr(())\nprint(s)\n");
    expect(r.stdout).toBe('1 a 2.5\n[]()\n');
    expect(ts.dict).toBeNull();
  });

  it('holds the Py_Repr list, emptied and without an item array once every repr left', () => {
    const r = runProgram('x = [1, [2, [3, [4, [5, [6]]]]]]\ns = repr(x)\nprint({1: x[1]})\n');
    expect(r.stdout).toBe('{1: [2, [3, [4, [5, [6]]]]]}\n');
    const d = ts.dict!;
    const l = reprList();
    expect(d.used).toBe(1);
    expect(d.ob_refcnt).toBe(1);
    expect(d.tracked).toBe(true);
    expect(l.ob_refcnt).toBe(1);
    expect(l.items).toEqual([]);
    expect(l.allocated).toBe(0);
    expect(l.itemsAddr).toBe(0);
    // Both are GC objects the collector knows (they survive the shutdown collections: the thread state holds them).
    expect(gcState.isLinked(d)).toBe(true);
    expect(gcState.isLinked(l)).toBe(true);
  });

  it("refuses a 'Py_Repr' entry that is not a list (CPython reads it as one and crashes)", () => {
    const src = "import gc\ns = repr([1])\nd = [o for o in gc.get_objects() if type(o) is dict and 'Py_Repr' in o][0]\nd['Py_Repr'] = 5\nprint([3])\n";
    const r = runProgram(src);
    expect(r.stopReason).toBe('unsupported');
    expect(r.stderr).toBe("Heapscope does not support a thread state dict whose 'Py_Repr' entry is not a list (int) yet (line 5)\n");
  });

  it('is made afresh by each run', () => {
    runProgram('s = repr({})\n');
    const first = ts.dict;
    expect(first).not.toBeNull();
    runProgram('x = 1\n');
    expect(ts.dict).toBeNull();
    runProgram('s = repr({})\n');
    expect(ts.dict).not.toBe(first);
    expect(ts.dict!.ob_refcnt).toBe(1);
  });
});

/** Records `source` and returns the recorder with the ROOT_ADD labels it holds, by object. */
function record(source: string): { rec: Recorder; roots: Map<number, string[]>; stdout: string } {
  const rec = new Recorder('3.11');
  const r = runProgram(source, { sink: rec });
  rec.finish();
  const roots = new Map<number, string[]>();
  const log = rec.log;
  for (let i = 0; i < rec.length; i++) {
    if (log.kind(i) !== EventKind.ROOT_ADD) continue;
    const id = log.operand(i, 0);
    roots.set(id, [...(roots.get(id) ?? []), log.strings[log.operand(i, 1)]!]);
  }
  return { rec, roots, stdout: r.stdout };
}

/** The index of the OBJECT_NEW event of `id`. */
function firstNew(rec: Recorder, id: number): number {
  for (let i = 0; i < rec.length; i++) if (rec.log.kind(i) === EventKind.OBJECT_NEW && rec.log.operand(i, 0) === id) return i;
  return -1;
}

function threadDictRoots(roots: Map<number, string[]>): number[] {
  return [...roots].filter(([, labels]) => labels.includes('thread state dict')).map(([id]) => id);
}

describe('the trace', () => {
  it('reports the thread state dict as a root once, and the Py_Repr list as reachable through it', () => {
    const { rec, roots, stdout } = record('x = [1, (2, 3)]\nprint(x)\nprint({4: x})\ny = 5\n');
    expect(stdout).toBe('[1, (2, 3)]\n{4: [1, (2, 3)]}\n');
    const ids = threadDictRoots(roots);
    expect(ids.length).toBe(1);
    expect(roots.get(ids[0]!)).toEqual(['thread state dict']);
    // The list: the object the dict's REF_SET names under the key 'Py_Repr'.
    const log = rec.log;
    let list = -1;
    for (let i = 0; i < rec.length && list < 0; i++) {
      // REF_SET operands: owner, target, label (the cause is the sub-code).
      if (log.kind(i) === EventKind.REF_SET && log.operand(i, 0) === ids[0] && log.strings[log.operand(i, 2)]!.includes('Py_Repr')) list = log.operand(i, 1);
    }
    expect(list).toBeGreaterThanOrEqual(0);
    expect(log.strings[log.operand(firstNew(rec, list), 1)]).toBe('list');
    const why = whyAlive(rec, list, rec.length);
    expect(why.kind).toBe('reachable');
    if (why.kind === 'reachable') expect(why.path[0]!.holder).toBe('root thread state dict');
  });

  it('roots the dict when its allocation triggered a collection that announced it first', () => {
    // threshold0 = 1: y's list runs a collection (count0 back to 0), z's list makes count0 1, so the dict's allocation
    // (count0 2 > 1; the free lists were emptied by gc.collect()) runs collect_generations inside PyObject_GC_New,
    // before PyThreadState_GetDict stores the dict.
    const { roots, stdout } = record('import gc\nx = [1]\ngc.collect()\ngc.set_threshold(1)\ny = [2]\nz = [3]\ns = repr(x)\ngc.set_threshold(700)\nprint(s, y, z)\n');
    expect(stdout).toBe('[1] [2] [3]\n');
    expect(threadDictRoots(roots).length).toBe(1);
  });
});
