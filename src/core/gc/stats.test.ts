// gc.DEBUG_STATS's report (stats.ts) with the interpreter's own objects (phantom.ts): the calibration programs
// of gc_start311.json and the probes of fixtures/debug_stats311.json, both recorded from CPython 3.11
// (record_gc_start.py, record_debug_stats.py), must print CPython's lines exactly, the elapsed seconds aside.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../run';
import recorded from './gc_start311.json';
import { PhantomGenerations, Phantom } from './phantom';

interface Probe {
  readonly name: string;
  readonly source: string;
  readonly stderr: string;
  readonly refused: boolean;
}
const fixture = JSON.parse(readFileSync(new URL('./fixtures/debug_stats311.json', import.meta.url), 'utf8')) as {
  readonly python: string;
  readonly probes: readonly Probe[];
};

const run = (src: string) => runProgram(src, { profile: '3.11', filename: 'main.py' });
const elapsed = (s: string): string => s.replace(/(uncollectable, )\d+\.\d{4}s elapsed/g, '$1<t>s elapsed');
const sizes = (stderr: string): number[][] =>
  [...stderr.matchAll(/^gc: objects in each generation: (\d+) (\d+) (\d+)$/gm)].map((m) => [Number(m[1]), Number(m[2]), Number(m[3])]);

describe('gc.DEBUG_STATS: calibration programs (gc_start311.json)', () => {
  for (const [name, expected] of Object.entries(recorded.debug_stats)) {
    it(`collections ${name}`, () => {
      const gens = name.split(',').map(Number);
      const src = 'import gc\ngc.set_debug(gc.DEBUG_STATS)\n' + gens.map((g) => `gc.collect(${g})\n`).join('') + 'gc.set_debug(0)\n';
      const r = run(src);
      expect(r.stopReason).toBe('finished');
      expect(sizes(r.stderr)).toEqual(expected);
    });
  }
});

describe('gc.DEBUG_STATS: probes recorded from CPython 3.11 (fixtures/debug_stats311.json)', () => {
  it('the fixture was recorded with 3.11', () => {
    expect(fixture.python.startsWith('3.11.')).toBe(true);
    expect(fixture.probes.length).toBeGreaterThan(10);
  });
  for (const p of fixture.probes) {
    it(p.name, () => {
      const r = run(p.source);
      if (p.refused) {
        // Refused at the first report whose numbers are not known: every line before it is CPython's.
        expect(r.stopReason).toBe('unsupported');
        const lines = r.stderr.split('\n');
        expect(lines.at(-1)).toBe('');
        expect(lines.at(-2)).toMatch(/^Heapscope does not support gc\.DEBUG_STATS .* yet \(line \d+\)$/);
        const before = lines.slice(0, -2).map((l) => l + '\n').join('');
        expect(elapsed(p.stderr).startsWith(elapsed(before))).toBe(true);
        return;
      }
      expect(r.stopReason).toBe('finished');
      expect(elapsed(r.stderr)).toBe(elapsed(p.stderr));
    });
  }
});

describe('PhantomGenerations', () => {
  it('moves counts exactly as the collector moves its lists', () => {
    const ph = new PhantomGenerations();
    ph.setUp({ gen0: [10, 5, 2, 1], gen2: [100, 0, 0, 7] }, [3, 1, 0, 0], [0, 2, 1, 0]);
    expect([ph.size(0), ph.size(1), ph.size(2)]).toEqual([7 + 6 + 3 + 1, 0, 107]);
    // collect(0): T1 go, T2 become T1, the rest moves to generation 1.
    ph.merge(0);
    ph.untrackTuples(0);
    ph.promote(0);
    expect(ph.gens[1]).toEqual([7, 3, 0, 1]);
    expect(ph.size(0)).toBe(0);
    // collect(2): everything merges; the former T2 go, and so do the FULL ones.
    ph.merge(2);
    ph.untrackTuples(2);
    ph.untrackFull(2);
    ph.promote(2);
    expect(ph.gens[2]).toEqual([107, 0, 0, 0]);
    expect(ph.gens[Phantom.PLAIN]).toEqual([0, 0, 0, 0]);
  });
});
