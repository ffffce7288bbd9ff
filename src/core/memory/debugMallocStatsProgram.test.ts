// sys._debugmallocstats() from a simulated program beside CPython 3.11's text for the same program
// (resources/conformance/memory/debugmallocstats.py, recorded by scripts/record_conformance.py).
// The texts cannot be equal: CPython's heap holds its start-up objects, the simulated one starts clean. What
// must be equal: the lines and labels in their order (apart from which class rows are printed), the free-list
// lines byte for byte once given CPython's counts, and what the program itself changes between its two calls
// (class 28 gains 300 blocks in use; the float free list ends full at 100).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../run';
import { formatTypeStats } from './typeStats';

const DIR = join(__dirname, '../../../resources/conformance/memory');
const NAME = 'debugmallocstats';
const ROW = /^\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$/;
const FREE = /^\s*(\d+) free (.+)s \* (\d+) bytes each = +([\d,]+)$/;

interface Report {
  readonly rows: ReadonlyMap<number, { readonly numPools: number; readonly blocksInUse: number }>;
  /** Every line that is not a class row, with its numbers blanked: the structure of the text. */
  readonly labels: readonly string[];
  readonly free: ReadonlyMap<string, number>;
  /** The free-list block (from the first "free" line to the end). */
  readonly freeText: string;
}

function reports(stderr: string): Report[] {
  const parts = stderr.split(/(?=^Small block threshold)/m);
  return parts.map((text) => {
    const rows = new Map<number, { numPools: number; blocksInUse: number }>();
    const labels: string[] = [];
    const free = new Map<string, number>();
    const lines = text.split('\n');
    const firstFree = lines.findIndex((l) => FREE.test(l));
    for (const line of lines) {
      const r = ROW.exec(line);
      if (r) {
        rows.set(Number(r[1]), { numPools: Number(r[3]), blocksInUse: Number(r[4]) });
        continue;
      }
      const f = FREE.exec(line);
      if (f) free.set(f[2]!, Number(f[1]));
      labels.push(line.replace(/[\d,]+/g, '#').replace(/ +/g, ' '));
    }
    return { rows, labels, free, freeText: lines.slice(firstFree).join('\n') };
  });
}

const expected = JSON.parse(readFileSync(join(DIR, `${NAME}.expected.json`), 'utf8')) as { python: string; stdout: string; stderr: string };
const source = readFileSync(join(DIR, `${NAME}.py`), 'utf8');
const simulated = runProgram(source, { profile: '3.11', filename: 'main.py' });
const cpy = reports(expected.stderr);
const sim = reports(simulated.stderr);

describe('sys._debugmallocstats() beside CPython 3.11 for memory/debugmallocstats.py', () => {
  it('runs to the end and prints two reports, like CPython', () => {
    expect(expected.python.startsWith('3.11.')).toBe(true);
    expect(simulated.stdout).toBe(expected.stdout);
    expect(cpy.length).toBe(2);
    expect(sim.length).toBe(2);
  });

  it('prints the same lines in the same order, numbers aside', () => {
    for (let i = 0; i < 2; i++) expect(sim[i]!.labels).toEqual(cpy[i]!.labels);
  });

  it('prints the free lists as CPython does for the same counts', () => {
    for (const r of cpy) {
      const tuple = [0];
      for (let n = 1; n <= 20; n++) tuple.push(r.free.get(`${n}-sized PyTupleObject`)!);
      const text = formatTypeStats({ dict: r.free.get('PyDictObject')!, float: r.free.get('PyFloatObject')!, list: r.free.get('PyListObject')!, tuple });
      expect(text).toBe(r.freeText);
    }
  });

  it('shows what the program changed: 300 more blocks of class 28, a full float free list', () => {
    const delta = (rs: Report[]): number => (rs[1]!.rows.get(28)?.blocksInUse ?? 0) - (rs[0]!.rows.get(28)?.blocksInUse ?? 0);
    expect(delta(cpy)).toBe(300);
    expect(delta(sim)).toBe(300);
    expect(sim[1]!.free.get('PyFloatObject')).toBe(cpy[1]!.free.get('PyFloatObject'));
    // From a clean heap the 300 blocks fill whole pools of 35 blocks: 9 pools, (16384 - 48) // 464 = 35.
    expect(sim[1]!.rows.get(28)).toEqual({ numPools: 9, blocksInUse: 300 });
  });
});
