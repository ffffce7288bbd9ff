// Properties of the compiler that the dis oracle does not show directly: refusals, determinism, and the
// CodeObject invariants the VM relies on (jump targets, offsets, exception table ranges).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CodeObject } from '../bytecode/code';
import { INLINE_CACHE_ENTRIES_311 } from '../bytecode/opcodes311';
import { PySyntaxError, Unsupported } from '../python/errors';
import { compileSource } from './index';

const SNIPPETS = join(__dirname, '../../../resources/dis-oracle/snippets');

function walk(co: CodeObject, out: CodeObject[] = []): CodeObject[] {
  out.push(co);
  for (const k of co.consts) if (k.t === 'code') walk(k.code, out);
  return out;
}

describe('refusals', () => {
  const cases: [string, string, number][] = [
    ['from __future__ import barry_as_FLUFL\n', 'from __future__ import barry_as_FLUFL', 1],
    ['x = 1\ny = (1 + 2j) ** 2\n', 'constant folding of complex Pow', 2],
    ['x = 1\n\ny = (-8.0) ** 0.5\n', 'constant folding of a negative float to a fractional power', 3],
  ];
  for (const [src, feature, line] of cases) {
    it(feature, () => {
      let err: unknown = null;
      try {
        compileSource(src, 'main.py');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(Unsupported);
      expect((err as Unsupported).message).toBe(`Heapscope does not support ${feature} yet (line ${line})`);
    });
  }
});

describe('compile errors through the parser', () => {
  it("reports 'return' outside function at the statement", () => {
    let err: unknown = null;
    try {
      compileSource('x = 1\nreturn x\n', 'main.py');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PySyntaxError);
    expect((err as PySyntaxError).msg).toBe("'return' outside function");
    expect((err as PySyntaxError).lineno).toBe(2);
  });
});

const sources = readdirSync(SNIPPETS).filter((f) => f.endsWith('.py')).sort()
  .map((f) => [f, readFileSync(join(SNIPPETS, f), 'utf8')] as const);

describe('code object invariants (every snippet)', () => {
  it('is deterministic', () => {
    for (const [f, src] of sources) {
      expect(compileSource(src, f)).toEqual(compileSource(src, f));
    }
  });

  it('jump targets, offsets and exception table agree', () => {
    for (const [f, src] of sources) {
      for (const co of walk(compileSource(src, f))) {
        const ins = co.instructions;
        let prevEnd = 0;
        for (const i of ins) {
          expect(i.offset).toBeGreaterThanOrEqual(prevEnd);
          prevEnd = i.offset + 2 + 2 * (INLINE_CACHE_ENTRIES_311[i.op] ?? 0);
          if (i.target !== undefined) {
            const after = i.offset + 2 + 2 * (INLINE_CACHE_ENTRIES_311[i.op] ?? 0);
            const dest = after + (i.op.includes('BACKWARD') ? -i.arg : i.arg) * 2;
            const t = ins[i.target];
            const ext = (t.arg > 0xff ? 1 : 0) + (t.arg > 0xffff ? 1 : 0) + (t.arg > 0xffffff ? 1 : 0);
            expect(t.offset - 2 * ext).toBe(dest);
          }
        }
        for (const e of co.exceptionTable) {
          expect(e.start).toBeLessThan(e.end);
          expect(e.end).toBeLessThanOrEqual(ins.length);
          expect(e.target).toBeLessThan(ins.length);
          expect(e.depth).toBeGreaterThanOrEqual(0);
          expect(e.depth).toBeLessThan(co.stacksize);
        }
        expect(co.localsplusNames.length).toBe(co.localsplusKinds.length);
      }
    }
  });
});
