// Tests of the collector's listener hooks (GcListener.tracked / weakrefCleared / weakrefCallback / finalizer /
// thresholds): a recording listener checks that each fires at its CPython site, with the right objects, in order.
// The last "cleared weakref -> type" of several programs is the class's entry in object.__subclasses__()
// (a weakref in CPython too), cleared when the class is freed at shutdown.
import { describe, it, expect, afterEach } from 'vitest';
import { runProgram } from '../run';
import { setGcListener, type GcListener } from './collect';
import { PyObject } from '../objects/object';
import * as M from '../objects/models';
import * as C from '../objects/callables';
import { PyDict } from '../objects/dict';
import { PyWeakref } from './weakrefs';

afterEach(() => setGcListener(null));

/** A short name for an object the programs below create: its type, a list's first int item, a function's name. */
function nameOf(o: PyObject): string {
  if (o instanceof PyWeakref) return 'weakref';
  if (o instanceof C.PyFunction) return `fn ${o.name.v}`;
  if (o instanceof M.PyList) {
    const it = o.items[0];
    return it instanceof M.PyInt ? `list ${String(it.v)}` : 'list';
  }
  return o.ob_type.tp_name;
}

/** Runs `src` with a listener recording every hook call as a line; collections are recorded as `start g`. */
function record(src: string, keep: (o: PyObject) => boolean = () => true): { out: string; log: string[] } {
  const log: string[] = [];
  const l: GcListener = {
    start: (g) => log.push(`start ${g}`),
    phase: () => {},
    refs: () => {},
    stop: () => {},
    tracked: (o, g) => {
      if (keep(o)) log.push(`tracked ${nameOf(o)} ${g}`);
    },
    weakrefCleared: (wr, r) => log.push(`cleared ${nameOf(wr)} -> ${nameOf(r)}`),
    weakrefCallback: (wr, cb) => log.push(`callback ${nameOf(wr)} ${nameOf(cb)}`),
    finalizer: (o, kind) => log.push(`finalizer ${nameOf(o)} ${kind}`),
    thresholds: (a, b, c) => log.push(`thresholds ${a} ${b} ${c}`),
  };
  setGcListener(l);
  const r = runProgram(src, { profile: '3.11', filename: 'main.py' });
  setGcListener(null);
  expect(r.stderr).toBe('');
  return { out: r.stdout, log };
}

const isMarked = (o: PyObject): boolean => o instanceof M.PyList && o.items[0] instanceof M.PyInt && Number((o.items[0] as M.PyInt).v) === 4242;

describe('GcListener.tracked', () => {
  it('reports creation in generation 0, each promotion once, and the untracking at deallocation', () => {
    const { log } = record('import gc\ngc.disable()\nx = [4242]\ngc.collect(0)\ngc.collect(0)\ngc.collect(1)\ngc.collect(2)\ndel x\n', isMarked);
    // collect(0) promotes it to 1; the second collect(0) does not see it; collect(1) → 2; collect(2) keeps it in 2.
    expect(log.filter((s) => !s.startsWith('start'))).toEqual(['tracked list 4242 0', 'tracked list 4242 1', 'tracked list 4242 2', 'tracked list 4242 -1']);
  });

  it('reports a dict only while it is tracked (MAINTAIN_TRACKING, then untracked by a full collection)', () => {
    const isD = (o: PyObject): boolean => o instanceof PyDict && o.ob_type.tp_name === 'dict' && o.used === 1 && o.ekeys[0] instanceof M.PyStr && (o.ekeys[0] as M.PyStr).v === 'k4242';
    const { log } = record('import gc\ngc.disable()\nd = {"k4242": 1}\ngc.collect(0)\nd["k4242"] = []\ngc.collect(1)\nd["k4242"] = 2\ngc.collect(1)\ngc.collect(2)\ndel d\n', isD);
    // Untracked at creation and promotion, tracked when a list is stored (it sits in generation 1 then), promoted
    // by collect(1), untracked by collect(2)'s untrack_dicts; its deallocation then reports nothing.
    expect(log.filter((s) => !s.startsWith('start'))).toEqual(['tracked dict 1', 'tracked dict 2', 'tracked dict -1']);
  });

  it('reports gc.freeze as generation 3 and unfreeze as 2', () => {
    const { log } = record('import gc\ngc.disable()\nx = [4242]\ngc.freeze()\ngc.unfreeze()\n', isMarked);
    expect(log.filter((s) => !s.startsWith('start')).slice(0, 3)).toEqual(['tracked list 4242 0', 'tracked list 4242 3', 'tracked list 4242 2']);
  });
});

describe('GcListener weakref and finalizer hooks', () => {
  it('on refcount death: __del__ first, then the callback-less ref cleared, then the callback ref cleared and called', () => {
    const src = [
      'import weakref',
      'class A:',
      '    def __del__(self):',
      '        print("del")',
      'def cb(wr):',
      '    print("cb", wr() is None)',
      'a = A()',
      'r1 = weakref.ref(a)',
      'r2 = weakref.ref(a, cb)',
      'del a',
      '',
    ].join('\n');
    const { out, log } = record(src, () => false);
    expect(out).toBe('del\ncb True\n');
    expect(log.filter((s) => !s.startsWith('start'))).toEqual(['finalizer A 0', 'cleared weakref -> A', 'cleared weakref -> A', 'callback weakref fn cb', 'cleared weakref -> type']);
  });

  it('in a collection: every weakref to the garbage cleared before any callback and before the finalizers', () => {
    const src = [
      'import gc, weakref',
      'gc.disable()',
      'class A:',
      '    def __del__(self):',
      '        print("del")',
      'def cb(wr):',
      '    print("cb")',
      'a = A()',
      'a.self = a',
      'r = weakref.ref(a, cb)',
      'del a',
      'print(gc.collect())',
      '',
    ].join('\n');
    const { out, log } = record(src, () => false);
    expect(out).toBe('cb\ndel\n1\n');
    expect(log.slice(log.indexOf('start 2'))).toEqual(['start 2', 'cleared weakref -> A', 'callback weakref fn cb', 'finalizer A 0', 'start 2', 'start 2', 'cleared weakref -> type']);
  });

  it('reports a garbage weakref cleared in handle_weakrefs (no callback runs for it)', () => {
    const src = [
      'import gc, weakref',
      'gc.disable()',
      'class A:',
      '    pass',
      'def cb(wr):',
      '    print("cb")',
      'keep = A()',
      'a = A()',
      'a.r = weakref.ref(keep, cb)',
      'a.self = a',
      'del a',
      'print(gc.collect())',
      '',
    ].join('\n');
    const { out, log } = record(src, () => false);
    expect(out).toBe('2\n');
    expect(log.filter((s) => !s.startsWith('start'))).toEqual(['cleared weakref -> A', 'cleared weakref -> type']);
  });

  it("reports a generator's finalizer (close) at refcount death", () => {
    const { log } = record('def g():\n    yield 1\nit = g()\nnext(it)\ndel it\n', () => false);
    expect(log.filter((s) => !s.startsWith('start'))).toEqual(['finalizer generator 0']);
  });

  it('reports gc.set_threshold with the three thresholds', () => {
    const { log } = record('import gc\ngc.set_threshold(5, 3)\ngc.set_threshold(700)\n', () => false);
    expect(log.filter((s) => s.startsWith('thresholds'))).toEqual(['thresholds 5 3 10', 'thresholds 700 3 10']);
  });
});
