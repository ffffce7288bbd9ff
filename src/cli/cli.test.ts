// The installed command end to end: spawns `node bin/heapscope.mjs` (what `npx heapscope` runs) and checks
// exit codes and output. `run` and `dis` must pass the simulator's output through byte for byte, so they
// are compared with runProgram / formatDis called in this process on the same file.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exportTrace, importTrace } from '../recorder/file';
import { Recorder } from '../recorder/recorder';
import { frameAt } from '../recorder/views';
import { generate } from '../recorder/testing/synthetic';
import { loadDisassembler, loadRunProgram } from './simulator';
import { formatTraceSummary, thousands } from './summary';

const BIN = fileURLToPath(new URL('../../bin/heapscope.mjs', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../resources/conformance/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'heapscope-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function heapscope(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A corpus program copied into the temporary directory as main.py; returns its absolute path. */
function corpusFile(rel: string, name = 'main.py'): string {
  const p = join(dir, name);
  copyFileSync(join(CORPUS, rel), p);
  return p;
}

const oneLine = (s: string): void => {
  expect(s.endsWith('\n')).toBe(true);
  expect(s.trimEnd()).not.toContain('\n');
  expect(s.startsWith('heapscope: ')).toBe(true);
};

describe('heapscope', () => {
  it('is the package\'s bin: an executable node script, so npx heapscope runs it', () => {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin['heapscope']).toBe('bin/heapscope.mjs');
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
  });

  it('prints the usage for --help and for no arguments', () => {
    for (const args of [['--help'], []]) {
      const r = heapscope(...args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: heapscope <command>/);
      for (const cmd of ['run FILE.py', 'dis FILE.py', 'trace FILE.py -o OUT.heapscope', 'info FILE.heapscope']) expect(r.stdout).toContain(cmd);
      expect(r.stderr).toBe('');
    }
  });

  it('answers a bad command, a bad flag or a missing file with one line and exit 2', () => {
    for (const args of [['frob'], ['run', 'x.py', '--steps', 'many'], ['run', 'missing.py'], ['dis', 'missing.py'], ['run', '.']]) {
      const r = heapscope(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      oneLine(r.stderr);
    }
    expect(heapscope('run', 'missing.py').stderr).toBe('heapscope: missing.py: no such file\n');
  });

  it('accepts only Python profiles that exist', () => {
    const file = corpusFile('refcount/lecture_example.py');
    const r = heapscope('run', file, '--python', '3.7');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^heapscope: no Python 3.7 profile \(available: [\d., ]+\)\n$/);
    expect(r.stderr).toContain('3.11');
  });

  it('trace records a real run into a file whose summary trace and info both print', () => {
    const file = corpusFile('gc/get_count_lists.py');
    const out = join(dir, 'gc.heapscope');
    const r = heapscope('trace', file, '-o', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    const { header, recorder } = importTrace(bytes);
    expect(r.stdout).toBe(formatTraceSummary(out, header, bytes.length));
    // The trace is the VM's run: the same instruction count and output as `heapscope run`.
    const run = heapscope('run', file);
    expect(recorder.totals().steps).toBeGreaterThan(0);
    expect(frameAt(recorder, recorder.length).stdout).toBe(run.stdout);
    expect(r.stdout).toContain(`steps         ${thousands(header.totals.steps)}\n`);
    expect(r.stdout).toMatch(/collections   gen0 \d+, gen1 \d+, gen2 \d+\n/);
    expect(r.stdout).toMatch(/peak arenas   [1-9]/);
    const info = heapscope('info', out);
    expect(info.code).toBe(0);
    expect(info.stdout).toBe(r.stdout);
  });

  it('trace refuses a missing -o and an unwritable output in one line', () => {
    const file = corpusFile('refcount/lecture_example.py');
    const r = heapscope('trace', file, '-o', join(dir, 'no-such-dir', 'x.heapscope'));
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain('cannot write');
  });

  it('info validates a trace file and prints its summary', () => {
    const rec = new Recorder('3.11', 512);
    generate(rec, { seed: 7, events: 3000, liveTarget: 100 }, () => rec.length);
    rec.finish();
    const bytes = exportTrace(rec, { source: 'a = [1, 2]\nprint(a)\n', focus: { moment: 40, object: null } });
    const file = join(dir, 'synthetic.heapscope');
    writeFileSync(file, bytes);
    const t = importTrace(bytes).header.totals;
    const r = heapscope('info', file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(formatTraceSummary(file, importTrace(bytes).header, bytes.length));
    expect(r.stdout).toContain(`steps         ${thousands(t.steps)}\n`);
    expect(r.stdout).toContain(`events        ${thousands(t.events)} (a keyframe every 512)\n`);
    expect(r.stdout).toContain(`collections   gen0 ${t.collections[0]}, gen1 ${t.collections[1]}, gen2 ${t.collections[2]}\n`);
    expect(r.stdout).toContain(`peak objects  ${thousands(t.peakObjects)}\n`);
    expect(r.stdout).toContain('focus         moment 40\n');
    expect(r.stdout.split('\n').length).toBeLessThan(20);
  });

  it('info refuses a damaged, truncated or foreign file in one line with exit 2', () => {
    const rec = new Recorder('3.11', 512);
    generate(rec, { seed: 3, events: 500, liveTarget: 50 }, () => rec.length);
    rec.finish();
    const good = exportTrace(rec, { source: 'x = 1\n' });
    const cases: [string, Uint8Array, RegExp][] = [
      ['text.heapscope', new TextEncoder().encode('print(1)\n'), /not a Heapscope trace/],
      ['truncated.heapscope', good.slice(0, Math.floor(good.length / 2)), /truncated|corrupt/],
    ];
    for (const [name, bytes, msg] of cases) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const r = heapscope('info', file);
      expect(r.code, name).toBe(2);
      expect(r.stdout).toBe('');
      oneLine(r.stderr);
      expect(r.stderr).toMatch(msg);
      expect(r.stderr.startsWith(`heapscope: ${file}: `)).toBe(true);
    }
    expect(heapscope('info', join(dir, 'none.heapscope')).stderr).toBe(`heapscope: ${join(dir, 'none.heapscope')}: no such file\n`);
  });

  it('run passes the simulated stdout, stderr and exit code through exactly', async () => {
    const sim = await loadRunProgram();
    const cases = ['refcount/lecture_example.py', 'errors/key_error.py', 'syntax/missing_colon.py', 'errors/stderr_and_stdout.py'];
    for (const rel of cases) {
      const file = corpusFile(rel);
      const r = heapscope('run', file);
      if (!sim.ok) {
        expect(r.code).toBe(2);
        expect(r.stderr).toBe(`heapscope: cannot run ${file}: ${sim.reason}\n`);
        continue;
      }
      // CPython 3.9+ shows the script's absolute path in tracebacks: the CLI passes it as the file name.
      const want = sim.value(readFileSync(file, 'utf8'), { profile: '3.11', filename: file });
      expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }, rel).toEqual({ code: want.exitCode, stdout: want.stdout, stderr: want.stderr });
    }
  });

  it('run --steps gives the simulator a step budget', async () => {
    const sim = await loadRunProgram();
    const file = join(dir, 'loop.py');
    writeFileSync(file, 'i = 0\nwhile True:\n    i += 1\n');
    const r = heapscope('run', file, '--steps', '1000');
    if (!sim.ok) return expect(r.code).toBe(2);
    const want = sim.value('i = 0\nwhile True:\n    i += 1\n', { profile: '3.11', filename: file, stepBudget: 1000 });
    expect(want.stopReason).toBe('step-budget');
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: want.exitCode, stdout: want.stdout, stderr: want.stderr });
  });

  it('dis prints formatDis of the compiled program', async () => {
    const dis = await loadDisassembler();
    const file = corpusFile('control/closures_nonlocal.py', 'prog.py');
    const r = heapscope('dis', file);
    if (!dis.ok) {
      expect(r.code).toBe(2);
      return expect(r.stderr).toBe(`heapscope: cannot disassemble ${file}: ${dis.reason}\n`);
    }
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(dis.value.formatDis(dis.value.compileSource(readFileSync(file, 'utf8'), file)));
    expect(r.stdout).toContain('Disassembly of <code object counter at 0x');
  });

  it('dis reports a SyntaxError in one line with exit 1', () => {
    const file = corpusFile('syntax/missing_colon.py', 'bad.py');
    const r = heapscope('dis', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`SyntaxError: expected ':' (${file}, line 3)\n`);
  });
});
