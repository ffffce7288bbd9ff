// The harness's own rules, checked with hand-made outcomes: these decide whether the suite can fail at all.

import { describe, expect, it } from 'vitest';
import type { RunResult } from '../core/api';
import type { ExpectedOutput } from './corpus';
import {
  Verdict,
  autoReason,
  topReasons,
  updatedKnownMismatches,
  describeMismatch,
  findEntry,
  firstLinesDiff,
  judge,
  keyCovers,
  outputsMatch,
  normaliseElapsed,
  parseKnownMismatches,
  staleKeys,
  summaryLines,
  type Outcome,
} from './verdict';

const expected: ExpectedOutput = { python: '3.11.7', stdout: '1\n2\n3\n', stderr: '', exitCode: 0, astDump: null };
const result = (over: Partial<RunResult>): Outcome => ({
  kind: 'result',
  result: { stdout: '1\n2\n3\n', stderr: '', exitCode: 0, steps: 10, stopReason: 'finished', ...over },
});

describe('outputsMatch', () => {
  it('requires stdout, stderr and exit code to be equal', () => {
    expect(outputsMatch(expected, result({}))).toBe(true);
    expect(outputsMatch(expected, result({ stdout: '1\n2\n4\n' }))).toBe(false);
    expect(outputsMatch(expected, result({ stderr: 'x' }))).toBe(false);
    expect(outputsMatch(expected, result({ exitCode: 1 }))).toBe(false);
    expect(outputsMatch(expected, result({ stdout: '1\n2\n3' }))).toBe(false);
  });
  it('treats a crash as a mismatch', () => {
    expect(outputsMatch(expected, { kind: 'crash', error: 'TypeError: boom' })).toBe(false);
  });
});

describe('normaliseElapsed (gc.DEBUG_STATS wall-clock time)', () => {
  const stats = (t: string, unreachable = 1): string =>
    `gc: collecting generation 2...\ngc: objects in each generation: 1 0 4810\ngc: objects in permanent generation: 0\ngc: done, ${unreachable} unreachable, 0 uncollectable, ${t}s elapsed\n`;
  const withStderr = (stderr: string): ExpectedOutput => ({ ...expected, stderr });
  it('ignores only the elapsed seconds of a "gc: done" line, on both sides', () => {
    expect(outputsMatch(withStderr(stats('0.0002')), result({ stderr: stats('0.0000') }))).toBe(true);
    expect(outputsMatch(withStderr(stats('12.3456')), result({ stderr: stats('0.0017') }))).toBe(true);
    expect(normaliseElapsed(stats('0.0031') + stats('1.0000'))).toBe(stats('0.0000') + stats('0.0000'));
  });
  it('still compares every other part of those lines', () => {
    expect(outputsMatch(withStderr(stats('0.0002', 1)), result({ stderr: stats('0.0000', 2) }))).toBe(false);
    expect(outputsMatch(withStderr(stats('0.0002')), result({ stderr: stats('0.000') }))).toBe(false);
    expect(outputsMatch(withStderr(stats('0.0002')), result({ stderr: stats('0.0000').replace('4810', '4811') }))).toBe(false);
  });
  it('leaves the same words anywhere else alone', () => {
    const printed = 'gc: done, 1 unreachable, 0 uncollectable, 0.0002s elapsed\n';
    expect(outputsMatch({ ...expected, stdout: printed }, result({ stdout: printed.replace('0.0002', '0.0000') }))).toBe(false);
    expect(normaliseElapsed('took 0.1234s elapsed\n')).toBe('took 0.1234s elapsed\n');
    expect(normaliseElapsed('x gc: done, 1 unreachable, 0 uncollectable, 0.0002s elapsed')).toBe('x gc: done, 1 unreachable, 0 uncollectable, 0.0002s elapsed');
  });
  it('shows no elapsed-time difference in a mismatch report', () => {
    const d = describeMismatch(withStderr(stats('0.0002') + 'x\n'), result({ stderr: stats('0.0000') + 'y\n' }));
    expect(d.join('\n')).toContain('stderr differs from line 5');
  });
});

describe('judge', () => {
  it('fails both an unlisted mismatch and a listed match', () => {
    expect(judge(true, false)).toBe(Verdict.MATCH);
    expect(judge(false, true)).toBe(Verdict.KNOWN_MISMATCH);
    expect(judge(false, false)).toBe(Verdict.UNEXPECTED_MISMATCH);
    expect(judge(true, true)).toBe(Verdict.UNEXPECTED_MATCH);
  });
});

describe('known mismatches', () => {
  const known = parseKnownMismatches(
    JSON.stringify({ mismatches: { 'gc/': 'no gc', 'values/set_*.py': 'hashing', 'values/set_order_strs.py': 'siphash' } }),
  );
  it('matches exact paths, area prefixes and globs that do not cross folders', () => {
    expect(keyCovers('gc/', 'gc/self_list.py')).toBe(true);
    expect(keyCovers('gc/', 'gcx/a.py')).toBe(false);
    expect(keyCovers('values/set_*.py', 'values/set_order_ints.py')).toBe(true);
    expect(keyCovers('values/*', 'values/sub/x.py')).toBe(false);
    expect(keyCovers('values/a.py', 'values/a.py')).toBe(true);
    expect(keyCovers('values/a.py', 'values/ab.py')).toBe(false);
    expect(keyCovers('a.b/x.py', 'aXb/x.py')).toBe(false);
  });
  it('prefers the most specific entry', () => {
    expect(findEntry(known, 'values/set_order_strs.py')).toEqual({ key: 'values/set_order_strs.py', reason: 'siphash' });
    expect(findEntry(known, 'values/set_order_ints.py')?.key).toBe('values/set_*.py');
    expect(findEntry(known, 'gc/x.py')?.reason).toBe('no gc');
    expect(findEntry(known, 'values/list_ops.py')).toBeNull();
  });
  it('reports entries that cover no program', () => {
    expect(staleKeys(known, ['gc/a.py', 'values/set_order_ints.py'])).toEqual(['values/set_order_strs.py']);
  });
  it('rejects a file without reasons or of the wrong shape', () => {
    expect(() => parseKnownMismatches('{"mismatches": {"gc/": ""}}')).toThrow(/needs a reason/);
    expect(() => parseKnownMismatches('{"gc/": "x"}')).toThrow(/expected an object/);
    expect(() => parseKnownMismatches('[]')).toThrow(/expected an object/);
  });
});

describe('diffs', () => {
  it('starts at the first differing line', () => {
    expect(firstLinesDiff('stdout', 'a\nb\nc\n', 'a\nB\nc\n')).toEqual(['stdout differs from line 2:', '  - "b"', '  - "c"', '  - ""', '  + "B"', '  + "c"', '  + ""']);
    expect(firstLinesDiff('stdout', 'same', 'same')).toEqual([]);
  });
  it('truncates long tails', () => {
    const e = Array.from({ length: 20 }, (_, i) => `e${i}`).join('\n');
    const d = firstLinesDiff('stderr', e, 'x', 3);
    expect(d).toContain('  - … 17 more expected line(s)');
    expect(d.filter((l) => l.startsWith('  + '))).toEqual(['  + "x"']);
  });
  it('names the exit code, the stop reason and a crash', () => {
    expect(describeMismatch(expected, result({ exitCode: 2, stopReason: 'unsupported', stdout: '' }))[0]).toBe(
      'exit code: expected 0, got 2 (unsupported)',
    );
    expect(describeMismatch(expected, { kind: 'crash', error: 'RangeError: x' })).toEqual(['runProgram threw: RangeError: x']);
  });
});

describe('summaryLines', () => {
  it('prints one line per area and a total', () => {
    const lines = summaryLines([
      { path: 'a/1.py', area: 'a', verdict: Verdict.MATCH, refused: false },
      { path: 'a/2.py', area: 'a', verdict: Verdict.KNOWN_MISMATCH, refused: true },
      { path: 'b/1.py', area: 'b', verdict: Verdict.UNEXPECTED_MISMATCH, refused: false },
    ]);
    expect(lines).toEqual([
      'conformance: a 1/2 match (50.0%), 1 refused as unsupported',
      'conformance: b 0/1 match (0.0%), 1 unexpected',
      'conformance: 1/3 match (33.3%), 1 refused as unsupported, 1 unexpected',
    ]);
  });
});

describe('autoReason', () => {
  it('names the refusal, the crash or the first differing line', () => {
    expect(autoReason(expected, result({ stopReason: 'unsupported', exitCode: 2, stderr: 'Heapscope does not support generators yet (line 5)\n' }))).toBe(
      'refused: Heapscope does not support generators yet',
    );
    expect(autoReason(expected, { kind: 'crash', error: 'Error: VM not installed\n  at x' })).toBe('runProgram throws: Error: VM not installed');
    expect(autoReason(expected, result({ stdout: '1\n2\n4\n' }))).toBe('wrong stdout from line 3: CPython "3", Heapscope "4"');
    expect(autoReason(expected, result({ stdout: '1\n2\n' }))).toBe('wrong stdout from line 3: CPython "3", Heapscope ""');
    expect(autoReason(expected, result({ exitCode: 3, stopReason: 'step-budget' }))).toBe('runs out of steps after 10 instructions');
    expect(autoReason(expected, result({ exitCode: 1, stopReason: 'exception', stdout: '1\n', stderr: 'Traceback (most recent call last):\nKeyError: 3\n' }))).toBe(
      'raises KeyError: 3 where CPython runs to the end',
    );
    expect(autoReason(expected, result({ exitCode: 7 }))).toBe('exit code 7 instead of 0 (finished)');
  });
});

describe('updatedKnownMismatches', () => {
  const known = parseKnownMismatches(
    JSON.stringify({ mismatches: { 'gc/': 'no gc', 'values/a.py': 'hand-written reason', 'values/gone.py': 'deleted program', 'values/b.py': 'fixed' } }),
  );
  const run = [
    { path: 'gc/1.py', verdict: Verdict.KNOWN_MISMATCH, reason: 'refused: gc' },
    { path: 'gc/2.py', verdict: Verdict.UNEXPECTED_MATCH, reason: null },
    { path: 'gc/3.py', verdict: Verdict.KNOWN_MISMATCH, reason: 'refused: gc' },
    { path: 'values/a.py', verdict: Verdict.KNOWN_MISMATCH, reason: 'wrong stdout' },
    { path: 'values/b.py', verdict: Verdict.UNEXPECTED_MATCH, reason: null },
    { path: 'values/c.py', verdict: Verdict.UNEXPECTED_MISMATCH, reason: 'wrong stdout from line 1' },
    { path: 'values/d.py', verdict: Verdict.MATCH, reason: null },
  ];
  it('drops fixed and stale entries, splits a broken prefix, keeps hand-written reasons and adds new gaps', () => {
    expect(updatedKnownMismatches(known, run).entries).toEqual({
      'gc/1.py': 'no gc',
      'gc/3.py': 'no gc',
      'values/a.py': 'hand-written reason',
      'values/c.py': 'wrong stdout from line 1',
    });
  });
  it('keeps a prefix whose programs all still fail, and leaves a list that is up to date unchanged', () => {
    const still = run.map((p) => (p.path === 'gc/2.py' ? { ...p, verdict: Verdict.KNOWN_MISMATCH } : p));
    const once = updatedKnownMismatches(known, still);
    expect(once.entries['gc/']).toBe('no gc');
    expect(once.entries['gc/1.py']).toBeUndefined();
    const rerun = still.map((p) =>
      p.verdict === Verdict.UNEXPECTED_MISMATCH ? { ...p, verdict: Verdict.KNOWN_MISMATCH } : p.verdict === Verdict.UNEXPECTED_MATCH ? { ...p, verdict: Verdict.MATCH } : p,
    );
    expect(updatedKnownMismatches(once, rerun)).toEqual(once);
  });
});

describe('topReasons', () => {
  it('counts reasons, most frequent first', () => {
    const run = [
      { path: 'a', verdict: Verdict.KNOWN_MISMATCH, reason: 'refused: gc' },
      { path: 'b', verdict: Verdict.KNOWN_MISMATCH, reason: 'refused: gc' },
      { path: 'c', verdict: Verdict.UNEXPECTED_MISMATCH, reason: 'wrong stdout' },
      { path: 'd', verdict: Verdict.MATCH, reason: null },
      { path: 'e', verdict: Verdict.KNOWN_MISMATCH, reason: 'a reason' },
    ];
    expect(topReasons(run, 2)).toEqual(['   2 × refused: gc', '   1 × a reason']);
    expect(topReasons([])).toEqual([]);
  });
});
