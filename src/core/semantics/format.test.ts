import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCases, type OracleCase, type PyVal } from './oraclecodec';
import { ExcType, PyError } from './errors';
import { formatFloat, formatInt, formatStr } from './formatspec';
import { percentFormat, type PercentHooks } from './percent';
import { parseFormatString, renderFormatParts, replacementIndexError, type FormatField } from './strformat';
import { floatRepr } from './floatformat';
import { intToStr } from './intops';
import { strAscii, strRepr } from './strrepr';

function loadOracle(name: string): OracleCase[] {
  return JSON.parse(readFileSync(new URL(`../../../resources/semantics-oracle/${name}.json`, import.meta.url), 'utf8')) as OracleCase[];
}

// A tiny model of the Python values the oracle uses, enough to drive the formatting functions.
function typeName(v: PyVal): string {
  if (v === null) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'string') return 'str';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object' && 'tuple' in v) return 'tuple';
  if (typeof v === 'object' && 'dict' in v) return 'dict';
  return 'object';
}

function repr(v: PyVal): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'bigint') return intToStr(v);
  if (typeof v === 'number') return floatRepr(v);
  if (typeof v === 'string') return strRepr(v);
  if (Array.isArray(v)) return '[' + v.map(repr).join(', ') + ']';
  if (typeof v === 'object' && 'tuple' in v) return '(' + v.tuple.map(repr).join(', ') + (v.tuple.length === 1 ? ',)' : ')');
  if (typeof v === 'object' && 'dict' in v) return '{' + v.dict.map(([k, x]) => repr(k) + ': ' + repr(x)).join(', ') + '}';
  throw new Error('repr');
}
const str = (v: PyVal): string => (typeof v === 'string' ? v : repr(v));

function format(v: PyVal, spec: string): string {
  if (typeof v === 'boolean') return spec === '' ? str(v) : formatInt(v ? 1n : 0n, spec, 'bool');
  if (typeof v === 'bigint') return formatInt(v, spec);
  if (typeof v === 'number') return formatFloat(v, spec);
  if (typeof v === 'string') return formatStr(v, spec);
  if (spec !== '') throw new PyError(ExcType.TypeError, `unsupported format string passed to ${typeName(v)}.__format__`);
  return str(v);
}

const hooks: PercentHooks<PyVal> = {
  str,
  repr,
  ascii: (v) => (typeof v === 'string' ? strAscii(v) : repr(v)),
  number: (v) => (typeof v === 'bigint' ? { int: v } : typeof v === 'boolean' ? { int: v ? 1n : 0n } : typeof v === 'number' ? { float: v } : null),
  asStr: (v) => (typeof v === 'string' ? v : null),
  typeName,
  getItem: (m, key) => {
    if (Array.isArray(m)) throw new PyError(ExcType.TypeError, 'list indices must be integers or slices, not str');
    const hit = (m as { dict: [PyVal, PyVal][] }).dict.find(([k]) => k === key);
    if (!hit) throw new PyError(ExcType.KeyError, strRepr(key));
    return hit[1];
  },
};

function getItem(v: PyVal, acc: { index: number } | { key: string }): PyVal {
  if (Array.isArray(v)) {
    if ('key' in acc) throw new PyError(ExcType.TypeError, 'list indices must be integers or slices, not str');
    if (acc.index >= v.length) throw new PyError(ExcType.IndexError, 'list index out of range');
    return v[acc.index]!;
  }
  if (typeof v === 'string') {
    if ('key' in acc) throw new PyError(ExcType.TypeError, 'string indices must be integers, not \'str\'');
    if (acc.index >= v.length) throw new PyError(ExcType.IndexError, 'string index out of range');
    return v[acc.index]!;
  }
  throw new PyError(ExcType.TypeError, `'${typeName(v)}' object is not subscriptable`);
}

function strFormat(t: string, args: PyVal[], kw: PyVal): string {
  const kwargs = (kw as { dict: [PyVal, PyVal][] }).dict;
  const resolve = (f: FormatField, spec: string): string => {
    let v: PyVal;
    if (typeof f.arg === 'number') {
      if (f.arg >= args.length) throw replacementIndexError(f.arg);
      v = args[f.arg]!;
    } else {
      const hit = kwargs.find(([k]) => k === f.arg);
      if (!hit) throw new PyError(ExcType.KeyError, strRepr(f.arg));
      v = hit[1];
    }
    for (const a of f.accessors) {
      if ('error' in a) throw a.error;
      if ('attr' in a) throw new PyError(ExcType.AttributeError, `'${typeName(v)}' object has no attribute '${a.attr}'`);
      v = getItem(v, a);
    }
    if (f.conversionError) throw f.conversionError;
    if (f.conversion === 'r') v = repr(v);
    else if (f.conversion === 's') v = str(v);
    else if (f.conversion === 'a') v = typeof v === 'string' ? strAscii(v) : repr(v);
    return format(v, spec);
  };
  return renderFormatParts(parseFormatString(t), resolve);
}

const handlers: Record<string, (...a: PyVal[]) => PyVal> = {
  format_int: (v, spec) => formatInt(v as bigint, spec as string),
  format_float: (v, spec) => formatFloat(v as number, spec as string),
  format_str: (v, spec) => formatStr(v as string, spec as string),
  percent: (f, a) => {
    const args = typeof a === 'object' && a !== null && 'tuple' in a ? { tuple: a.tuple } : { single: a, isMapping: typeName(a) === 'dict' || typeName(a) === 'list' };
    return percentFormat(f as string, args, hooks);
  },
  str_format: (t, args, kw) => strFormat(t as string, args as PyVal[], kw),
};

describe('CPython 3.11 oracle: formatting', () => {
  const cases = loadOracle('format');
  const ops = [...new Set(cases.map((c) => c[0]))];
  it.each(ops)('%s', (op) => {
    const mine = cases.filter((c) => c[0] === op);
    expect(checkCases(mine, handlers).slice(0, 12)).toEqual([]);
    expect(mine.length).toBeGreaterThan(0);
  });
});
