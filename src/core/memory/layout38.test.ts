// The 3.8 profile switch checked against the memory/ programs recorded from CPython 3.8.18: each program runs on
// the simulator (3.11 VM and object model) with 3.8's allocator geometry (256 KiB arenas, 4 KiB pools) and
// its stdout must equal the 3.8 recording.
//
// What this checks, and what it cannot: the VM is 3.11-only, so a program passes here only when its printed
// facts depend on the allocator (pool size, blocks per pool, LIFO reuse, size classes) and on request sizes
// and free lists that 3.8 shares with 3.11. The one source change made: the programs pick their pool size
// from sys.version_info, which is 3.11 on the simulator, so `POOL = 16384 if sys.version_info >= (3, 10) else
// 4096` becomes `POOL = 4096`. The programs that depend on what differs in 3.8's object model stay out
// (NOT_3_8_ALLOCATOR below, each with its reason); they must keep failing, so the list cannot go stale.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runProgram } from '../run';
import { heap } from '../objects/heap';
import { ALLOCATOR_GEOMETRY } from './index';

const DIR = join(__dirname, '../../../resources/conformance/memory');
const POOL_LINE = 'POOL = 16384 if sys.version_info >= (3, 10) else 4096';

const NOT_3_8_ALLOCATOR: Readonly<Record<string, string>> = {
  'allocated_blocks.py': "print() between the counts: the stdout TextIOWrapper's pending strings are not modelled",
  'allocated_blocks_quiet.py': "3.8's dict keys, set and list growth take other blocks than 3.11's",
  'dict_keys_freelist.py': "3.8's keys free list keeps every 8-slot table, str keys or not",
  'debugmallocstats.py': "the report's absolute counts include CPython's start-up heap (see debugMallocStatsProgram.test.ts)",
  'dict_keys_move.py': "3.8's dict keys table (24-byte entries, other usable fractions) is not 3.11's",
  'list_items_move.py': "3.8's list_resize over-allocates without 3.11's `& ~3`, so the item arrays have other sizes",
  'repr_enter_blocks.py': "3.8's Py_ReprEnter and dicts allocate otherwise (measured: its first container repr and a dict's repr take one block more each, its full collection frees one more)",
  'tuple_freelist_20.py': '3.8 keeps freed 20-tuples out of its tuple free list; 3.11 parks them there',
};

/**
 * Programs whose 3.8 output differs from their 3.11 output through the allocator's pool size, not only through
 * the POOL constant they print with (size_class_strides' third column is (POOL - 48) // block, computed by the
 * program itself, so it is left out of this list).
 */
const GEOMETRY_DEPENDENT = ['pool_consecutive.py'];

function load(name: string): { src: string; stdout: string; stdout311: string } {
  const raw = readFileSync(join(DIR, name), 'utf8');
  const src = raw.replace(POOL_LINE, 'POOL = 4096');
  if (raw.includes('sys.version_info') && src === raw) throw new Error(`${name}: its pool-size line is not the one this test rewrites`);
  const e38 = JSON.parse(readFileSync(join(DIR, name.replace(/\.py$/, '.expected-3.8.json')), 'utf8')) as { python: string; stdout: string };
  const e311 = JSON.parse(readFileSync(join(DIR, name.replace(/\.py$/, '.expected.json')), 'utf8')) as { stdout: string };
  expect(e38.python.startsWith('3.8.')).toBe(true);
  return { src, stdout: e38.stdout, stdout311: e311.stdout };
}

function run(src: string, with38: boolean): string {
  heap.geometryOverride = with38 ? ALLOCATOR_GEOMETRY['3.8'] : null;
  try {
    const r = runProgram(src, { profile: '3.11', filename: 'main.py' });
    return r.stdout + r.stderr;
  } finally {
    heap.geometryOverride = null;
  }
}

const programs = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort();

describe('memory/ programs recorded from CPython 3.8, on the 3.8 allocator geometry', () => {
  afterEach(() => {
    heap.geometryOverride = null;
  });

  it('every listed exception is a memory/ program', () => {
    for (const k of Object.keys(NOT_3_8_ALLOCATOR)) expect(programs).toContain(k);
    expect(programs.length - Object.keys(NOT_3_8_ALLOCATOR).length).toBeGreaterThanOrEqual(15);
  });

  for (const name of programs) {
    const why = NOT_3_8_ALLOCATOR[name];
    if (why === undefined) {
      it(`${name} prints what CPython 3.8 printed`, () => {
        const p = load(name);
        expect(run(p.src, true)).toBe(p.stdout);
      });
    } else {
      it(`${name} still differs (${why})`, () => {
        const p = load(name);
        expect(run(p.src, true)).not.toBe(p.stdout);
      });
    }
  }

  it.each(GEOMETRY_DEPENDENT)('%s needs the 3.8 geometry: the 3.11 pools print something else', (name) => {
    const p = load(name);
    expect(p.stdout).not.toBe(p.stdout311);
    expect(run(p.src, false)).not.toBe(p.stdout);
    expect(run(p.src, true)).toBe(p.stdout);
  });
});
