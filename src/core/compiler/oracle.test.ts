// Conformance of the compiler against CPython 3.11: every snippet in resources/dis-oracle/snippets was
// compiled by python3.11 (scripts/record_dis_oracle.py); its AST is recorded with it, so these tests
// exercise the compiler independently of the parser.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { CodeObject, ConstValue } from '../bytecode/code';
import type * as A from '../python/ast';
import { PySyntaxError } from '../python/errors';
import { constRepr } from './consts';
import { formatDis, varnames } from './dis';
import { type CompileWarning, compile, compileSource } from './index';

const DIR = join(__dirname, '../../../resources/dis-oracle/recorded');

interface RecordedCode {
  name: string; qualname: string; firstlineno: number; argcount: number; posonlyargcount: number; kwonlyargcount: number;
  flags: number; stacksize: number; varnames: string[]; cellvars: string[]; freevars: string[]; names: string[];
  consts: string[]; instructions: [string, number | null, number, number | null, number | null, number | null, number | null][];
  exceptiontable: { start: number; end: number; target: number; depth: number; lasti: boolean }[];
}
interface Recorded {
  filename: string; codes: RecordedCode[]; dis: string; ast: unknown; warnings: [string, number, string][];
  error?: string; msg?: string; lineno?: number; offset?: number;
}

/** Deliberate differences, each with its reason (kept small). */
export const KNOWN_DIFFERENCES: Record<string, string> = {};

/** Snippets whose parser output (not the compiler) differs from CPython's AST; the AST path still runs them. */
const PARSER_PATH_DIFFERENCES: Record<string, string> = {};

function num(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  return Number(s);
}

function constFromJson(v: { t: string; v?: unknown; re?: string; im?: string; items?: unknown[] }): ConstValue {
  switch (v.t) {
    case 'int': return { t: 'int', v: BigInt(v.v as string) };
    case 'float': return { t: 'float', v: num(v.v as string) };
    case 'complex': return { t: 'complex', re: num(v.re!), im: num(v.im!) };
    case 'tuple': return { t: 'tuple', items: (v.items as never[]).map(constFromJson) };
    default: return v as ConstValue;
  }
}

export function astFromJson(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(astFromJson);
  if (x === null || typeof x !== 'object') return x;
  const o = x as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if ((o._type === 'Constant' || o._type === 'MatchSingleton') && k === 'value') out[k] = constFromJson(v as never);
    else out[k] = astFromJson(v);
  }
  return out;
}

export function walk(co: CodeObject, out: CodeObject[] = []): CodeObject[] {
  out.push(co);
  for (const k of co.consts) if (k.t === 'code') walk(k.code, out);
  return out;
}

export function loadRecorded(name: string): Recorded {
  const raw = readFileSync(join(DIR, name));
  return JSON.parse((name.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')) as Recorded;
}

/** `snippets__NAME.json` or `snippets__NAME.json.gz` → NAME. */
const baseName = (f: string, prefix: string) => f.slice(prefix.length).replace(/\.json(\.gz)?$/, '');

const n = (x: number) => (x < 0 ? null : x);

/** Our code object in the oracle's shape. */
export function ourRecord(co: CodeObject) {
  const v = varnames(co);
  return {
    name: co.name, qualname: co.qualname, firstlineno: co.firstlineno, argcount: co.argcount,
    posonlyargcount: co.posonlyargcount, kwonlyargcount: co.kwonlyargcount, flags: co.flags, stacksize: co.stacksize,
    varnames: v.varnames, cellvars: v.cellvars, freevars: v.freevars, names: [...co.names],
    consts: co.consts.map((k) => (k.t === 'code' ? `<code ${k.code.name}>` : constRepr(k))),
    instructions: co.instructions.map((i) => ({
      op: i.op, arg: i.op.length && (i.arg !== 0 || hasArg(i.op)) ? i.arg : null,
      pos: i.span ? [i.span.lineno, i.span.endLineno, n(i.span.colOffset), n(i.span.endColOffset)] : [null, null, null, null],
    })),
  };
}

import { HAVE_ARGUMENT_311, OPCODES_311 } from '../bytecode/opcodes311';
function hasArg(op: keyof typeof OPCODES_311): boolean {
  return OPCODES_311[op] >= HAVE_ARGUMENT_311;
}

export function theirRecord(r: RecordedCode) {
  return {
    name: r.name, qualname: r.qualname, firstlineno: r.firstlineno, argcount: r.argcount, posonlyargcount: r.posonlyargcount,
    kwonlyargcount: r.kwonlyargcount, flags: r.flags, stacksize: r.stacksize, varnames: r.varnames, cellvars: r.cellvars,
    freevars: r.freevars, names: r.names, consts: r.consts,
    instructions: r.instructions.filter((i) => i[0] !== 'EXTENDED_ARG').map((i) => ({ op: i[0], arg: i[1], pos: i.slice(3) })),
  };
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.json') || f.endsWith('.json.gz')).sort();

describe('compiler matches CPython 3.11 (dis oracle)', () => {
  for (const f of files.filter((x) => x.startsWith('snippets__'))) {
    const name = baseName(f, 'snippets__');
    if (KNOWN_DIFFERENCES[name]) continue;
    it(name, () => {
      const rec = loadRecorded(f);
      const warnings: CompileWarning[] = [];
      const co = compile(astFromJson(rec.ast) as A.Module, rec.filename, warnings);
      const ours = walk(co);
      expect(warnings.map((w) => [w.category, w.lineno, w.message])).toEqual(rec.warnings);
      expect(ours.map(ourRecord)).toEqual(rec.codes.map(theirRecord));
      expect(formatDis(co)).toBe(rec.dis);
    });
  }
});

describe('compile-time SyntaxErrors match CPython 3.11', () => {
  for (const f of files.filter((x) => x.startsWith('errors__'))) {
    it(baseName(f, 'errors__'), () => {
      const rec = loadRecorded(f);
      let err: unknown = null;
      try {
        compile(astFromJson(rec.ast) as A.Module, rec.filename);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(PySyntaxError);
      const e = err as PySyntaxError;
      expect({ msg: e.msg, lineno: e.lineno, offset: e.offset }).toEqual({ msg: rec.msg, lineno: rec.lineno, offset: rec.offset });
    });
  }
});

describe('compileSource (parser + compiler) matches CPython 3.11', () => {
  for (const f of files.filter((x) => x.startsWith('snippets__'))) {
    const name = baseName(f, 'snippets__');
    if (KNOWN_DIFFERENCES[name] || PARSER_PATH_DIFFERENCES[name]) continue;
    it(name, () => {
      const rec = loadRecorded(f);
      const src = readFileSync(join(DIR, '../snippets', name + '.py'), 'utf8');
      const co = compileSource(src, rec.filename);
      expect(formatDis(co)).toBe(rec.dis);
    });
  }
});
