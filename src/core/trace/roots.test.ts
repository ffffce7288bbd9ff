// The roots the VM reports: __main__'s globals and every module (sys.modules), so that "why is it alive" walks
// from the interpreter state to a global's object, and a cycle whose names were deleted is unreachable until
// gc.collect() frees it. Checked on the lecture's reference-cycle demo (resources/demos).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../run';
import { Recorder } from '../../recorder/recorder';
import { whyAlive } from '../../recorder/queries';
import { EventKind } from './events';

const demo = readFileSync(new URL('../../../resources/demos/programs/02_reference_cycle.py', import.meta.url), 'utf8');
const expected = JSON.parse(readFileSync(new URL('../../../resources/demos/programs/02_reference_cycle.expected.json', import.meta.url), 'utf8')) as { stdout: string };

describe('roots', () => {
  const rec = new Recorder('3.11');
  const r = runProgram(demo, { sink: rec });
  rec.finish();
  const log = rec.log;
  const first = (kind: number, pred: (i: number) => boolean, from = 0): number => {
    for (let i = from; i < rec.length; i++) if (log.kind(i) === kind && pred(i)) return i;
    return -1;
  };
  const lineAt = (line: number): number => first(EventKind.LINE, (i) => log.operand(i, 0) === line);

  it('are the running module globals and the modules', () => {
    expect(r.stdout).toBe(expected.stdout);
    const labels: string[] = [];
    for (let i = 0; i < rec.length; i++) if (log.kind(i) === EventKind.ROOT_ADD) labels.push(log.strings[log.operand(i, 1)]!);
    expect(labels).toContain('__main__ globals');
    expect(labels).toContain("sys.modules['gc']");
    expect(labels).toContain("sys.modules['sys']");
  });

  it('make a global reachable, and a cycle unreachable once its names are deleted', () => {
    const source = demo.split('\n');
    const delLine = source.findIndex((l) => l.startsWith('del a, b')) + 1;
    const collectLine = source.findIndex((l) => l.startsWith('print(gc.collect())')) + 1;
    const beforeDel = lineAt(delLine);
    const afterDel = lineAt(collectLine);
    expect(beforeDel).toBeGreaterThan(0);
    expect(afterDel).toBeGreaterThan(beforeDel);
    // `a`: the Node stored in the global a.
    const setA = first(EventKind.REF_SET, (i) => log.strings[log.operand(i, 2)] === 'a');
    const nodeA = log.operand(setA, 1);
    const why = whyAlive(rec, nodeA, beforeDel);
    expect(why.kind).toBe('reachable');
    if (why.kind !== 'reachable') return;
    expect(why.path[0]!.holder).toBe('root __main__ globals');
    expect(why.path.at(-1)!.label).toBe('global `a`');
    expect(whyAlive(rec, nodeA, afterDel)).toEqual({ kind: 'unreachable', message: 'unreachable — awaiting collection' });
    expect(whyAlive(rec, nodeA, rec.length).kind).toBe('not-alive');
  });
});
