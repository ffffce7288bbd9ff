// The corpus on disk: every program is recorded, well formed, deterministic in what it prints, and the
// corpus covers the areas and sizes the project promised.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, KNOWN_MISMATCHES_FILE, loadCorpus, parseExpected } from './corpus';
import { parseKnownMismatches, staleKeys } from './verdict';

const programs = loadCorpus('3.11');
const AREAS = ['control', 'dealloc', 'errors', 'gc', 'memory', 'refcount', 'sizeof', 'syntax', 'values'];

describe('corpus', () => {
  it('has at least 140 programs, 60 of them for the GC, in the nine areas', () => {
    expect(programs.length).toBeGreaterThanOrEqual(140);
    expect(programs.filter((p) => p.area === 'gc').length).toBeGreaterThanOrEqual(60);
    expect([...new Set(programs.map((p) => p.area))].sort()).toEqual(AREAS);
  });

  it('was recorded with CPython 3.11.7', () => {
    const versions = new Set(programs.map((p) => p.expected.python));
    expect([...versions]).toEqual(['3.11.7']);
  });

  it('starts every program with a one-line comment saying what it checks', () => {
    const bad = programs.filter((p) => !/^# \S.*\n/.test(p.source)).map((p) => p.path);
    expect(bad).toEqual([]);
  });

  it('never prints addresses or default object reprs', () => {
    const leaky = programs
      .filter((p) => / at 0x|0x7f[0-9a-f]{8}/.test(p.expected.stdout + p.expected.stderr))
      .map((p) => p.path);
    expect(leaky).toEqual([]);
  });

  it('names the file main.py in tracebacks, never the recording directory', () => {
    const leaky = programs.filter((p) => /hs-conf-|\/tmp\//.test(p.expected.stdout + p.expected.stderr)).map((p) => p.path);
    expect(leaky).toEqual([]);
    const errors = programs.filter((p) => p.area === 'errors' && p.path !== 'errors/stderr_and_stdout.py');
    for (const p of errors) expect(p.expected.stderr, p.path).toContain('File "main.py", line ');
  });

  it('has failing programs only in errors/ and syntax/, and unparsable sources only in syntax/', () => {
    for (const p of programs) {
      const fails = p.expected.exitCode !== 0;
      expect(fails, p.path).toBe(p.area === 'errors' || p.area === 'syntax');
      if (p.expected.astDump === null) expect(p.area, p.path).toBe('syntax');
    }
    // Some SyntaxErrors come from the compiler ('break' outside loop), after a successful parse.
    expect(programs.filter((p) => p.area === 'syntax' && p.expected.astDump !== null).length).toBeGreaterThan(0);
  });

  it('records memory/ programs for 3.8 as well', () => {
    const m38 = loadCorpus('3.8');
    expect(m38.filter((p) => p.area === 'memory').length).toBe(programs.filter((p) => p.area === 'memory').length);
    expect(new Set(m38.map((p) => p.expected.python))).toEqual(new Set(['3.8.18']));
  });

  it('keeps known-mismatches.json well formed and free of stale entries', () => {
    const known = parseKnownMismatches(readFileSync(KNOWN_MISMATCHES_FILE, 'utf8'));
    expect(staleKeys(known, programs.map((p) => p.path))).toEqual([]);
  });

  it('rejects a malformed expected file', () => {
    expect(() => parseExpected('{"python": "3.11.7", "stdout": "", "stderr": "", "exit_code": "0", "ast_dump": null}', 'x')).toThrow(
      /exit_code/,
    );
    expect(() => parseExpected(readFileSync(join(CORPUS_DIR, 'gc', 'self_list.expected.json'), 'utf8'), 'ok')).not.toThrow();
  });
});
