// A class statement's GC allocations (Objects/typeobject.c type_new, Python/bltinmodule.c __build_class__):
// gc.get_count() deltas around class statements of several shapes, with empty and primed tuple/dict free
// lists, and the identity of a class's __mro__/__bases__ tuples. Expected output recorded from CPython 3.11
// by record_class_counts.py (fixtures/class_counts311.json).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../run';

interface Probe {
  readonly name: string;
  readonly source: string;
  readonly stdout: string;
}

const fixture = JSON.parse(readFileSync(new URL('./fixtures/class_counts311.json', import.meta.url), 'utf8')) as {
  readonly python: string;
  readonly probes: readonly Probe[];
};

describe('class statement GC allocations (CPython 3.11)', () => {
  it('the fixture was recorded with 3.11', () => {
    expect(fixture.python.startsWith('3.11.')).toBe(true);
    expect(fixture.probes.length).toBeGreaterThan(0);
  });
  for (const p of fixture.probes) {
    it(p.name, () => {
      const r = runProgram(p.source, { profile: '3.11', filename: 'main.py' });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(p.stdout);
    });
  }
});
