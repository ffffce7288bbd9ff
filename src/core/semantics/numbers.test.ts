import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCases, type OracleCase, type PyVal } from './oraclecodec';
import { floatRepr } from './floatformat';
import { floatDivmod, floatFloorDiv, floatMod, floatPow, floatRound, floatRoundToInt, floatTrueDiv } from './floatops';
import { compareFloatInt, floatToInt, intToFloat } from './numconv';
import { parseFloat as pyParseFloat, parseInt as pyParseInt } from './numparse';
import {
  intAbs, intAnd, intBitLength, intDivmod, intFloorDiv, intInvert, intLshift, intMod, intOr, intPow, intPowMod,
  intRound, intRshift, intToBase, intToStr, intTrueDiv, intXor, intSizeof, FLOAT_SIZEOF,
} from './intops';
import { hashBytes, hashFloat, hashInt, hashPointer, hashStr, hashTuple } from './hash';

function loadOracle(name: string): OracleCase[] {
  return JSON.parse(readFileSync(new URL(`../../../resources/semantics-oracle/${name}.json`, import.meta.url), 'utf8')) as OracleCase[];
}

const f = (v: PyVal) => v as number;
const i = (v: PyVal) => v as bigint;
const tup = (a: PyVal, b: PyVal): PyVal => ({ tuple: [a, b] });

const handlers: Record<string, (...a: PyVal[]) => PyVal> = {
  float_repr: (x) => floatRepr(f(x)),
  float_floordiv: (a, b) => floatFloorDiv(f(a), f(b)),
  float_mod: (a, b) => floatMod(f(a), f(b)),
  float_divmod: (a, b) => tup(...floatDivmod(f(a), f(b))),
  float_truediv: (a, b) => floatTrueDiv(f(a), f(b)),
  float_pow: (a, b) => floatPow(f(a), f(b)),
  float_round: (x, n) => floatRound(f(x), Number(i(n))),
  float_round0: (x) => floatRoundToInt(f(x)),
  float_int: (x) => floatToInt(f(x)),
  float_parse: (s) => pyParseFloat(s as string),
  float_from_int: (n) => intToFloat(i(n)),
  float_cmp_int: (x, n) => {
    const c = compareFloatInt(f(x), i(n));
    return [c < 0, c === 0, c > 0];
  },
  int_floordiv: (a, b) => intFloorDiv(i(a), i(b)),
  int_mod: (a, b) => intMod(i(a), i(b)),
  int_divmod: (a, b) => tup(...intDivmod(i(a), i(b))),
  int_truediv: (a, b) => intTrueDiv(i(a), i(b)),
  int_and: (a, b) => intAnd(i(a), i(b)),
  int_or: (a, b) => intOr(i(a), i(b)),
  int_xor: (a, b) => intXor(i(a), i(b)),
  int_invert: (a) => intInvert(i(a)),
  int_abs: (a) => intAbs(i(a)),
  int_bit_length: (a) => BigInt(intBitLength(i(a))),
  int_str: (a) => intToStr(i(a)),
  int_hex: (a) => intToBase(i(a), 16),
  int_oct: (a) => intToBase(i(a), 8),
  int_bin: (a) => intToBase(i(a), 2),
  int_round: (a, n) => intRound(i(a), i(n)),
  int_lshift: (a, s) => intLshift(i(a), i(s)),
  int_rshift: (a, s) => intRshift(i(a), i(s)),
  int_pow: (a, b) => intPow(i(a), i(b)),
  int_powmod: (a, b, m) => intPowMod(i(a), i(b), i(m)),
  int_parse: (s, b) => pyParseInt(s as string, Number(i(b))),
  hash_int: (n) => hashInt(i(n)),
  hash_float: (x) => hashFloat(f(x), 0n),
  hash_str: (s) => hashStr(s as string),
  hash_bytes: (b) => hashBytes(b as Uint8Array),
  hash_pointer: (addr) => hashPointer(i(addr)),
  int_sizeof: (a) => BigInt(intSizeof(i(a))),
  float_sizeof: () => BigInt(FLOAT_SIZEOF),
  hash_tuple: (t) => hashTuple((t as { tuple: PyVal[] }).tuple.map(hashOf)),
};

function hashOf(v: PyVal): bigint {
  if (typeof v === 'bigint') return hashInt(v);
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number') return hashFloat(v, 0n);
  if (typeof v === 'string') return hashStr(v);
  if (v && typeof v === 'object' && 'tuple' in v) return hashTuple(v.tuple.map(hashOf));
  throw new Error('unhashable in test: ' + String(v));
}

for (const file of ['float', 'int', 'hash']) {
  describe(`CPython 3.11 oracle: ${file}`, () => {
    const cases = loadOracle(file);
    const ops = [...new Set(cases.map((c) => c[0]))];
    it.each(ops)('%s', (op) => {
      const mine = cases.filter((c) => c[0] === op);
      const bad = checkCases(mine, handlers);
      expect(bad.slice(0, 10)).toEqual([]);
      expect(mine.length).toBeGreaterThan(0);
    });
  });
}
