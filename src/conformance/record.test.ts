// The recording script itself: re-recording a sample of the corpus in a scratch copy reproduces the committed
// expected files byte for byte (so they are the script's output, not hand edits), and the script refuses
// an unknown version or a pattern that matches nothing.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR } from './corpus';

const SCRIPT = fileURLToPath(new URL('../../scripts/record_conformance.py', import.meta.url));
const PY311 = '/root/.pyenv/versions/3.11.7/bin/python3';
const SAMPLE = ['refcount/lecture_example.py', 'errors/key_error.py', 'syntax/unclosed_paren.py', 'gc/instance_pair.py', 'memory/lifo_reuse.py'];
const scratch = mkdtempSync(join(tmpdir(), 'heapscope-record-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function record(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(PY311, [SCRIPT, '--corpus', scratch, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// The recordings come from pyenv's 3.11.7 (and 3.8.18); elsewhere the check cannot reproduce them byte for byte.
describe.skipIf(!existsSync(PY311) || !existsSync('/root/.pyenv/versions/3.8.18/bin/python3'))('scripts/record_conformance.py', () => {
  for (const rel of SAMPLE) {
    mkdirSync(join(scratch, dirname(rel)), { recursive: true });
    cpSync(join(CORPUS_DIR, rel), join(scratch, rel));
  }

  it('reproduces the committed 3.11 recordings', () => {
    const r = record();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`recording ${SAMPLE.length} program(s)`);
    for (const rel of SAMPLE) {
      const name = rel.replace(/\.py$/, '.expected.json');
      expect(readFileSync(join(scratch, name), 'utf8'), name).toBe(readFileSync(join(CORPUS_DIR, name), 'utf8'));
    }
  });

  it('records one pattern for another version beside the program', () => {
    const r = record('--python', '3.8', 'memory/');
    expect(r.code, r.stderr).toBe(0);
    const name = 'memory/lifo_reuse.expected-3.8.json';
    expect(readFileSync(join(scratch, name), 'utf8')).toBe(readFileSync(join(CORPUS_DIR, name), 'utf8'));
    expect(existsSync(join(scratch, 'refcount/lecture_example.expected-3.8.json'))).toBe(false);
  });

  it('refuses an unknown version and a pattern that matches nothing', () => {
    expect(record('--python', '3.99').code).not.toBe(0);
    const r = record('no-such-program');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('no program matches');
  });
});
