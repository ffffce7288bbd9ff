// The causes and labels the VM gives the references it creates and drops: Py_INCREF/Py_DECREF at a store say
// which slot ("global `foo`", "local `a`", "attribute `next`", "value stack"), and the REF_SET/REF_CLEAR events
// name the same slots. Checked on the lecture's getrefcount demo (resources/demos) and on `a.next = b`.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../run';
import { Recorder } from '../../recorder/recorder';
import { EventKind, RefCause, LABEL_IS_INDEX, OPERAND_COUNT } from './events';

const CAUSE = Object.fromEntries(Object.entries(RefCause).map(([k, v]) => [v, k.toLowerCase()])) as Record<number, string>;

interface Ev {
  readonly kind: 'incref' | 'decref' | 'set' | 'clear' | 'push' | 'pop';
  readonly object: number;
  readonly cause: string;
  readonly label: string;
}

/** The reference events of a recorded run, with their labels as text. */
function referenceEvents(source: string): { events: Ev[]; types: Map<number, string>; stdout: string } {
  const rec = new Recorder('3.11');
  const r = runProgram(source, { sink: rec });
  rec.finish();
  const log = rec.log;
  const events: Ev[] = [];
  const types = new Map<number, string>();
  const label = (cause: number, l: number): string => (LABEL_IS_INDEX[cause] ? String(l) : log.strings[l]!);
  for (let i = 0; i < rec.length; i++) {
    const k = log.kind(i);
    const sub = log.sub(i);
    const op = (j: number): number => log.operand(i, j);
    if (k === EventKind.OBJECT_NEW) types.set(op(0), log.strings[op(1)]!);
    else if (k === EventKind.INCREF || k === EventKind.DECREF)
      events.push({ kind: k === EventKind.INCREF ? 'incref' : 'decref', object: op(0), cause: CAUSE[sub]!, label: label(sub, op(3)) });
    else if (k === EventKind.REF_SET || k === EventKind.REF_CLEAR)
      events.push({ kind: k === EventKind.REF_SET ? 'set' : 'clear', object: op(1), cause: CAUSE[sub]!, label: label(sub, op(2)) });
    else if (k === EventKind.STACK_PUSH) events.push({ kind: 'push', object: op(0), cause: 'value_stack', label: '' });
  }
  return { events, types, stdout: r.stdout };
}

const has = (evs: Ev[], e: Partial<Ev>): boolean =>
  evs.some((x) => (Object.keys(e) as (keyof Ev)[]).every((k) => x[k] === e[k]));

describe('reference causes and labels', () => {
  it('the getrefcount demo: the list is a global, an argument on the stack, then the local `a`', () => {
    const src = readFileSync(new URL('../../../resources/demos/programs/01_getrefcount.py', import.meta.url), 'utf8');
    const { events, types, stdout } = referenceEvents(src);
    expect(stdout).toBe(JSON.parse(readFileSync(new URL('../../../resources/demos/programs/01_getrefcount.expected.json', import.meta.url), 'utf8')).stdout);
    const foo = events.find((e) => e.kind === 'set' && e.cause === 'global' && e.label === 'foo')!.object;
    expect(types.get(foo)).toBe('list');
    const mine = events.filter((e) => e.object === foo);
    expect(has(mine, { kind: 'incref', cause: 'global', label: 'foo' })).toBe(true);
    expect(has(mine, { kind: 'incref', cause: 'value_stack' })).toBe(true);
    expect(has(mine, { kind: 'push' })).toBe(true);
    expect(has(mine, { kind: 'set', cause: 'local', label: 'a' })).toBe(true);
    // bar's frame releases `a` when it returns: the DECREF says which local it was, after its REF_CLEAR.
    const drop = mine.findIndex((e) => e.kind === 'decref' && e.cause === 'local' && e.label === 'a');
    expect(drop).toBeGreaterThan(0);
    expect(mine.slice(0, drop).some((e) => e.kind === 'clear' && e.cause === 'local' && e.label === 'a')).toBe(true);
    // Refcount changes with a known slot are not reported as temporaries.
    const incs = mine.filter((e) => e.kind === 'incref' || e.kind === 'decref');
    expect(incs.filter((e) => e.cause === 'temporary').length).toBeLessThan(incs.length / 2);
  });

  it('`a.next = b` is an INCREF and a REF_SET of attribute `next`', () => {
    const { events, types } = referenceEvents('class Node:\n    pass\na = Node()\nb = Node()\na.next = b\nprint(1)\n');
    const nodes = [...types].filter(([, t]) => t === 'Node').map(([id]) => id);
    expect(nodes.length).toBe(2);
    const b = nodes[1]!;
    const mine = events.filter((e) => e.object === b);
    expect(has(mine, { kind: 'incref', cause: 'attribute', label: 'next' })).toBe(true);
    expect(has(mine, { kind: 'set', cause: 'attribute', label: 'next' })).toBe(true);
    expect(has(mine, { kind: 'set', cause: 'global', label: 'b' })).toBe(true);
  });

  it('list items, dict entries and set elements are labelled by index and key', () => {
    const { events } = referenceEvents("x = 1000\nl = [None]\nl[0] = x\nd = {}\nd['k'] = x\ns = set()\ns.add(x)\nprint(1)\n");
    expect(has(events, { kind: 'incref', cause: 'list_item', label: '0' })).toBe(true);
    expect(has(events, { kind: 'set', cause: 'list_item', label: '0' })).toBe(true);
    expect(has(events, { kind: 'incref', cause: 'dict_value', label: "'k'" })).toBe(true);
    expect(has(events, { kind: 'set', cause: 'dict_value', label: "'k'" })).toBe(true);
    expect(has(events, { kind: 'incref', cause: 'set_item', label: '1000' })).toBe(true);
    expect(has(events, { kind: 'set', cause: 'set_item', label: '1000' })).toBe(true);
  });

  it('a weak reference is a WEAK slot and never a count', () => {
    const { events } = referenceEvents('import weakref\nclass C:\n    pass\nc = C()\nr = weakref.ref(c)\ndel c\nprint(r())\n');
    expect(has(events, { kind: 'set', cause: 'weak', label: 'referent' })).toBe(true);
    expect(has(events, { kind: 'clear', cause: 'weak', label: 'referent' })).toBe(true);
    expect(events.some((e) => (e.kind === 'incref' || e.kind === 'decref') && e.cause === 'weak')).toBe(false);
  });
});

describe('determinism with reference slots', () => {
  it('the same program twice gives the same events, operand for operand', () => {
    const src = 'class N:\n    def __init__(self, v):\n        self.v = v\nl = [N(i) for i in range(40)]\nd = {i: l[i] for i in range(0, 40, 3)}\ns = set(range(30))\nl.insert(0, N(-1))\ndel l[5:9]\nprint(len(l), len(d), len(s))\n';
    const a = new Recorder('3.11');
    const b = new Recorder('3.11');
    runProgram(src, { sink: a });
    runProgram(src, { sink: b });
    expect(a.length).toBe(b.length);
    let refs = 0;
    for (let i = 0; i < a.length; i++) {
      const k = a.log.kind(i);
      if (k === EventKind.REF_SET) refs++;
      const row = (r: Recorder): string =>
        [r.log.kind(i), r.log.sub(i), ...Array.from({ length: OPERAND_COUNT[r.log.kind(i)]! }, (_, j) => r.log.operand(i, j))].join(',');
      if (row(a) !== row(b)) expect(`${i}: ${row(b)}`).toBe(`${i}: ${row(a)}`);
    }
    expect(refs).toBeGreaterThan(100);
  });
});

describe('collector and allocation events', () => {
  it('a run with a threshold change, a weakref callback, a finalizer and growing containers reports them all', () => {
    const src = [
      'import gc, weakref',
      'gc.set_threshold(500, 5, 5)',
      'class D:',
      '    def __del__(self):',
      "        print('del')",
      'def cb(r):',
      "    print('callback')",
      'd = D()',
      'r = weakref.ref(d, cb)',
      'del d',
      'l = []',
      'for i in range(100):',
      '    l.append(i)',
      's = set(range(50))',
      'm = {i: i for i in range(50)}',
      'b = bytearray(b"x" * 100)',
      'print(len(l), len(s), len(m), len(b))',
    ].join('\n');
    const rec = new Recorder('3.11');
    const r = runProgram(src + '\n', { sink: rec });
    rec.finish();
    expect(r.stderr).toBe('');
    const seen = new Map<number, number>();
    for (let i = 0; i < rec.length; i++) seen.set(rec.log.kind(i), (seen.get(rec.log.kind(i)) ?? 0) + 1);
    for (const k of [EventKind.GC_TRACK, EventKind.GC_THRESHOLDS, EventKind.WEAKREF_CLEARED, EventKind.WEAKREF_CALLBACK, EventKind.FINALIZER, EventKind.BLOCK]) {
      expect(seen.get(k) ?? 0, `kind ${k}`).toBeGreaterThan(0);
    }
    // Every attached block is detached by the end (list growth reallocates, the run's end frees them all).
    let attached = 0;
    for (let i = 0; i < rec.length; i++) if (rec.log.kind(i) === EventKind.BLOCK) attached += rec.log.sub(i) === 0 ? 1 : -1;
    expect(attached).toBeGreaterThanOrEqual(0);
  });
});
