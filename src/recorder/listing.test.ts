import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../core/compiler/index';
import { codeObjects, listingOf } from './listing';

interface Oracle {
  readonly python: string;
  readonly programs: Record<string, {
    readonly source: string;
    readonly codes: { readonly qualname: string; readonly firstlineno: number; readonly rows: [number, string, number | null, string, number | null, boolean][] }[];
  }>;
}
// Recorded from CPython 3.11's dis.get_instructions by testing/record_listing_oracle.py, never typed by hand.
const oracle = JSON.parse(readFileSync(new URL('./testing/listing-oracle.json', import.meta.url), 'utf8')) as Oracle;

describe('listingOf', () => {
  it('was recorded from CPython 3.11', () => {
    expect(oracle.python).toMatch(/^3\.11\./);
    expect(Object.keys(oracle.programs).length).toBeGreaterThanOrEqual(5);
  });

  it.each(Object.entries(oracle.programs))('%s: every code object row by row as dis.get_instructions', (_name, program) => {
    const codes = codeObjects(compileSource(program.source, 'main.py'));
    expect(codes.map((co) => [co.qualname, co.firstlineno])).toEqual(program.codes.map((c) => [c.qualname, c.firstlineno]));
    codes.forEach((co, k) => {
      const l = listingOf(co);
      expect(l.name).toBe(program.codes[k]!.qualname);
      expect(l.firstLine).toBe(program.codes[k]!.firstlineno);
      expect(l.current).toBe(-1);
      expect(l.instructions.map((r) => [r.offset, r.opname, r.arg, r.argrepr, r.line, r.jumpTarget])).toEqual(program.codes[k]!.rows);
    });
  });

  it('covers EXTENDED_ARG rows, jump targets, exception handlers and lines', () => {
    const all = Object.values(oracle.programs).flatMap((p) => p.codes.flatMap((c) => c.rows));
    expect(all.some((r) => r[1] === 'EXTENDED_ARG')).toBe(true);
    expect(all.some((r) => r[1].includes('JUMP') && r[2]! > 255)).toBe(true);
    expect(all.some((r) => r[1] === 'PUSH_EXC_INFO' && r[5])).toBe(true);
    expect(all.some((r) => r[4] !== null)).toBe(true);
  });
});
