// Decodes the tagged JSON of resources/semantics-oracle (written by scripts/record_semantics_oracle.py) into
// plain JS values and compares results with CPython's, so every test checks against recorded CPython output.

import { PyError } from './errors';

export interface PyTuple {
  readonly tuple: readonly PyVal[];
}
export interface PyComplex {
  readonly complex: readonly [number, number];
}
export interface PyDictVal {
  readonly dict: readonly (readonly [PyVal, PyVal])[];
}
/** int → bigint, float → number, str → string, bytes → Uint8Array, list → array. */
export type PyVal = null | boolean | string | bigint | number | Uint8Array | PyTuple | PyComplex | PyDictVal | readonly PyVal[];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export function decode(j: Json): PyVal {
  if (j === null || typeof j === 'boolean' || typeof j === 'string') return j;
  if (typeof j === 'number') throw new Error('untagged number in oracle data');
  if (Array.isArray(j)) return j.map(decode);
  if ('i' in j) {
    const s = j.i as string;
    return s.startsWith('-') ? -BigInt(s.slice(1)) : BigInt(s);
  }
  if ('f' in j) {
    const s = j.f as string;
    return s === 'nan' ? NaN : s === 'inf' ? Infinity : s === '-inf' ? -Infinity : Number(s);
  }
  if ('t' in j) return { tuple: (j.t as Json[]).map(decode) };
  if ('c' in j) {
    const [re, im] = (j.c as Json[]).map(decode) as [number, number];
    return { complex: [re, im] };
  }
  if ('b' in j) {
    const h = j.b as string;
    const out = new Uint8Array(h.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
    return out;
  }
  if ('d' in j) return { dict: (j.d as Json[][]).map((kv) => [decode(kv[0]!), decode(kv[1]!)] as const) };
  throw new Error('unknown tag in oracle data: ' + JSON.stringify(j));
}

export function pyEqual(a: PyVal, b: PyVal): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
  if (a instanceof Uint8Array && b instanceof Uint8Array) return a.length === b.length && a.every((x, i) => x === b[i]);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => pyEqual(x, b[i]));
  if ('tuple' in a && 'tuple' in b) return pyEqual(a.tuple, b.tuple);
  if ('complex' in a && 'complex' in b) return pyEqual([...a.complex], [...b.complex]);
  if ('dict' in a && 'dict' in b) return pyEqual(a.dict.map((kv) => ({ tuple: kv })), b.dict.map((kv) => ({ tuple: kv })));
  return false;
}

export type OracleCase = [op: string, args: Json[], result: { ok?: Json; err?: [string, string] }];

export interface Mismatch {
  readonly op: string;
  readonly args: string;
  readonly expected: string;
  readonly got: string;
}

function show(v: unknown): string {
  return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x instanceof Uint8Array ? Array.from(x) : Number.isNaN(x) ? 'NaN' : Object.is(x, -0) ? '-0' : x));
}

/** Runs each case through its handler; returns the cases whose result or exception differs from CPython's. */
export function checkCases(cases: readonly OracleCase[], handlers: Record<string, (...args: PyVal[]) => PyVal>): Mismatch[] {
  const bad: Mismatch[] = [];
  for (const [op, rawArgs, expected] of cases) {
    const h = handlers[op];
    if (!h) throw new Error('no handler for ' + op);
    const args = rawArgs.map(decode);
    let got: { ok: PyVal } | { err: [string, string] };
    try {
      got = { ok: h(...args) };
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      got = { err: [e.excType, e.msg] };
    }
    let same: boolean;
    if (expected.err) {
      same = 'err' in got && got.err[0] === expected.err[0] && got.err[1] === expected.err[1];
    } else {
      const want = decode(expected.ok ?? null);
      if (typeof want === 'object' && want !== null && 'complex' in want) same = 'err' in got && got.err[0] === 'ComplexResult';
      else same = 'ok' in got && pyEqual(got.ok, want);
    }
    if (!same) bad.push({ op, args: show(args), expected: show(expected.err ?? decode(expected.ok ?? null)), got: show('ok' in got ? got.ok : got.err) });
  }
  return bad;
}
