// The harness end to end over the real corpus, with fake simulators standing in for runProgram: one that
// replays CPython's recordings (everything matches), one that is wrong in one program, one that throws.

import { describe, expect, it } from 'vitest';
import type { RunOptions, RunResult } from '../core/api';
import type { RunProgram } from '../cli/simulator';
import { loadCorpus } from './corpus';
import { corpusRunOptions, evaluate } from './harness';
import { Verdict, parseKnownMismatches, summaryLines } from './verdict';

const programs = loadCorpus('3.11');
const bySource = new Map(programs.map((p) => [p.source, p.expected]));

/** Returns what CPython printed, as a perfect simulator would. */
const replay: RunProgram = (source: string, options?: RunOptions): RunResult => {
  expect(options).toEqual(corpusRunOptions('3.11'));
  const e = bySource.get(source)!;
  return { stdout: e.stdout, stderr: e.stderr, exitCode: e.exitCode, steps: 1, stopReason: e.exitCode === 0 ? 'finished' : 'exception' };
};
const none = parseKnownMismatches('{"mismatches": {}}');

describe('harness', () => {
  it('passes every program for a simulator that reproduces CPython', () => {
    const evs = programs.map((p) => evaluate(p, replay, none));
    expect(evs.filter((e) => e.failure !== null)).toEqual([]);
    expect(summaryLines(evs.map((e) => e.report)).at(-1)).toBe(`conformance: ${programs.length}/${programs.length} match (100.0%)`);
  });

  it('fails a listed program that matches, naming the entry that covers it', () => {
    const known = parseKnownMismatches('{"mismatches": {"gc/": "no gc yet"}}');
    const p = programs.find((q) => q.path === 'gc/self_list.py')!;
    const ev = evaluate(p, replay, known);
    expect(ev.report.verdict).toBe(Verdict.UNEXPECTED_MATCH);
    expect(ev.failure).toContain('covered by the entry "gc/"');
  });

  it('fails an unlisted mismatch with a diff, and accepts it once listed', () => {
    const p = programs.find((q) => q.path === 'refcount/lecture_example.py')!;
    const wrong: RunProgram = (src, opts) => ({ ...replay(src, opts), stdout: '2\n4\n2\n' });
    const ev = evaluate(p, wrong, none);
    expect(ev.report.verdict).toBe(Verdict.UNEXPECTED_MISMATCH);
    expect(ev.diff).toEqual(['stdout differs from line 2:', '  - "3"', '  - "2"', '  - ""', '  + "4"', '  + "2"', '  + ""']);
    const listed = evaluate(p, wrong, parseKnownMismatches('{"mismatches": {"refcount/lecture_example.py": "frames copy arguments"}}'));
    expect(listed.failure).toBeNull();
  });

  it('turns an exception thrown by the simulator into a mismatch, not a crash of the suite', () => {
    const p = programs[0]!;
    const ev = evaluate(p, () => { throw new TypeError('not built'); }, none);
    expect(ev.report.verdict).toBe(Verdict.UNEXPECTED_MISMATCH);
    expect(ev.diff).toEqual(['runProgram threw: TypeError: not built']);
  });

  it('counts refusals in the summary', () => {
    const p = programs.find((q) => q.area === 'gc')!;
    const refuse: RunProgram = () => ({ stdout: '', stderr: 'Heapscope does not support gc yet (line 2)\n', exitCode: 2, steps: 0, stopReason: 'unsupported' });
    const ev = evaluate(p, refuse, parseKnownMismatches('{"mismatches": {"gc/": "no gc yet"}}'));
    expect(ev.report).toMatchObject({ verdict: Verdict.KNOWN_MISMATCH, refused: true });
    expect(summaryLines([ev.report])[0]).toBe('conformance: gc 0/1 match (0.0%), 1 refused as unsupported');
  });
});
