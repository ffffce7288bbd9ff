// Reference-count invariants over whole runs, observed through the recorder's hook: counts never go
// negative, an object is deallocated exactly once and only when its count reaches zero (a finalizer may
// resurrect it first), and with no hook
// installed the output is the same as with one.

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runProgram } from '../run';
import { setRefHook, type PyObject, type RefHook } from './object';

const recorded = JSON.parse(readFileSync(new URL('../vm/fixtures/expected311.json', import.meta.url), 'utf8')) as Record<string, { source: string; stdout: string }>;

class Checker implements RefHook {
  increfs = 0;
  decrefs = 0;
  deallocs = 0;
  problems: string[] = [];
  private dead = new WeakSet<PyObject>();
  incref(o: PyObject): void {
    this.increfs++;
    if (this.dead.has(o)) this.problems.push(`incref of a deallocated ${o.ob_type.tp_name}`);
  }
  decref(o: PyObject): void {
    this.decrefs++;
    if (o.ob_refcnt <= 0) this.problems.push(`decref of a ${o.ob_type.tp_name} at ${o.ob_refcnt}`);
  }
  dealloc(o: PyObject): void {
    this.deallocs++;
    if (o.ob_refcnt !== 0) this.problems.push(`dealloc of a ${o.ob_type.tp_name} at refcount ${o.ob_refcnt}`);
    if (this.dead.has(o)) this.problems.push(`second dealloc of a ${o.ob_type.tp_name}`);
    // tp_dealloc of a class with __del__ resurrects the object while the finalizer runs (and it may stay alive).
    if (!o.ob_type.hasDel) this.dead.add(o);
  }
}

afterEach(() => setRefHook(null));

describe('reference counting through the hook', () => {
  for (const name of ['refcount_basics.py', 'dealloc_order.py', 'del_timing.py', 'values_misc.py', 'trashcan.py']) {
    it(`${name}: no negative counts, one dealloc per object, same output`, () => {
      const src = recorded[name]!.source;
      const c = new Checker();
      setRefHook(c);
      const hooked = runProgram(src);
      setRefHook(null);
      const plain = runProgram(src);
      expect(c.problems.slice(0, 5)).toEqual([]);
      expect(c.increfs).toBeGreaterThan(0);
      expect(c.deallocs).toBeGreaterThan(0);
      expect(hooked.stdout).toBe(plain.stdout);
      expect(hooked.stdout).toBe(recorded[name]!.stdout);
    });
  }
});
