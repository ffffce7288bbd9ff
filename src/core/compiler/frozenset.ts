// Models the iteration order of a constant frozenset as CPython 3.11 builds it: hash() of ints, floats,
// complex, str, bytes and tuples (Python/pyhash.c siphash13 with the zero key of PYTHONHASHSEED=0 and
// _Py_HashDouble, Objects/longobject.c long_hash, Objects/tupleobject.c tuplehash) and the open-addressing table of Objects/setobject.c (set_add_entry,
// set_table_resize) that decides the order `dis` prints.

import type { ConstValue } from '../bytecode/code';
import { constKey } from './consts';

type C = ConstValue;

function asInt(v: C): bigint | null {
  if (v.t === 'int') return v.v;
  if (v.t === 'bool') return v.v ? 1n : 0n;
  return null;
}

const HASH_MODULUS = (1n << 61n) - 1n;
const U64 = (1n << 64n) - 1n;

const M64 = (1n << 64n) - 1n;
const rotl = (x: bigint, b: bigint) => ((x << b) | (x >> (64n - b))) & M64;

/** siphash13 of Python/pyhash.c with the all-zero key that PYTHONHASHSEED=0 selects. */
function siphash13(data: readonly number[]): bigint {
  const k0 = 0n;
  const k1 = 0n;
  let v0 = k0 ^ 0x736f6d6570736575n;
  let v1 = k1 ^ 0x646f72616e646f6dn;
  let v2 = k0 ^ 0x6c7967656e657261n;
  let v3 = k1 ^ 0x7465646279746573n;
  const round = () => {
    v0 = (v0 + v1) & M64; v2 = (v2 + v3) & M64;
    v1 = rotl(v1, 13n) ^ v0; v3 = rotl(v3, 16n) ^ v2;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v1) & M64; v0 = (v0 + v3) & M64;
    v1 = rotl(v1, 17n) ^ v2; v3 = rotl(v3, 21n) ^ v0;
    v2 = rotl(v2, 32n);
  };
  let off = 0;
  const word = (n: number) => {
    let m = 0n;
    for (let i = n - 1; i >= 0; i--) m = (m << 8n) | BigInt(data[off + i]);
    return m;
  };
  while (data.length - off >= 8) {
    const mi = word(8);
    off += 8;
    v3 ^= mi;
    round();
    v0 ^= mi;
  }
  const b = (BigInt(data.length & 0xff) << 56n) | word(data.length - off);
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round();
  round();
  round();
  return (v0 ^ v1) ^ (v2 ^ v3);
}

/** The bytes CPython hashes for a str: its canonical representation (1, 2 or 4 bytes per code point). */
function strData(s: string): number[] {
  const cps = [...s].map((ch) => ch.codePointAt(0)!);
  const max = Math.max(0, ...cps);
  const kind = max < 256 ? 1 : max < 65536 ? 2 : 4;
  const out: number[] = [];
  for (const cp of cps) for (let i = 0; i < kind; i++) out.push((cp >> (8 * i)) & 0xff);
  return out;
}

function bytesHash(data: readonly number[]): bigint {
  if (data.length === 0) return 0n;
  const h = BigInt.asIntN(64, siphash13(data));
  return h === -1n ? -2n : h;
}

function intHash(i: bigint): bigint {
  const neg = i < 0n;
  let h = (neg ? -i : i) % HASH_MODULUS;
  if (neg) h = -h;
  return h === -1n ? -2n : h;
}

/** _Py_HashDouble: the hash of a float, equal to the int's for integral values. */
function floatHash(v: number): bigint | null {
  if (Number.isNaN(v)) return null; // pointer-based in 3.11: not reproducible
  if (!Number.isFinite(v)) return v > 0 ? 314159n : -314159n;
  if (Number.isInteger(v)) return intHash(BigInt(v));
  // frexp: v = m * 2**e with 0.5 <= |m| < 1
  let e = Math.floor(Math.log2(Math.abs(v))) + 1;
  let m = v / 2 ** e;
  if (Math.abs(m) >= 1) { m /= 2; e += 1; }
  if (Math.abs(m) < 0.5) { m *= 2; e -= 1; }
  let sign = 1n;
  if (m < 0) { sign = -1n; m = -m; }
  let x = 0n;
  const BITS = 61n;
  while (m) {
    x = ((x << 28n) & HASH_MODULUS) | (x >> (BITS - 28n));
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= HASH_MODULUS) x -= HASH_MODULUS;
  }
  const eb = BigInt(e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61));
  x = ((x << eb) & HASH_MODULUS) | (x >> (BITS - eb));
  x = BigInt.asUintN(64, x * sign);
  if (x === U64) x = U64 - 1n;
  return BigInt.asIntN(64, x);
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** hash() of a constant under PYTHONHASHSEED=0, or null where 3.11 hashes by address (None, Ellipsis, NaN). */
function constHash(v: C): bigint | null {
  switch (v.t) {
    case 'str': return bytesHash(strData(v.v));
    case 'bytes': return bytesHash(v.v);
    case 'int': case 'bool': return intHash(asInt(v)!);
    case 'float': return floatHash(v.v);
    case 'complex': {
      const re = floatHash(v.re);
      const im = floatHash(v.im);
      if (re === null || im === null) return null;
      let h = BigInt.asUintN(64, re + 1000003n * im);
      if (h === U64) h = U64 - 1n;
      return BigInt.asIntN(64, h);
    }
    case 'tuple': {
      let acc = XXPRIME_5;
      for (const it of v.items) {
        const lane = constHash(it);
        if (lane === null) return null;
        acc = (acc + BigInt.asUintN(64, lane) * XXPRIME_2) & U64;
        acc = ((acc << 31n) | (acc >> 33n)) & U64;
        acc = (acc * XXPRIME_1) & U64;
      }
      acc = (acc + (BigInt(v.items.length) ^ (XXPRIME_5 ^ 3527539n))) & U64;
      if (acc === U64) return 1546275796n;
      return BigInt.asIntN(64, acc);
    }
    default: return null;
  }
}

/** A key equal for equal Python values (1 == 1.0 == True, 0.0 == -0.0, 2+0j == 2). */
export function equalityKey(v: C): string {
  switch (v.t) {
    case 'int': case 'bool': return 'n' + asInt(v)!.toString();
    case 'float': return Number.isInteger(v.v) ? 'n' + BigInt(v.v).toString() : 'f' + String(v.v);
    case 'complex': return v.im === 0 ? equalityKey({ t: 'float', v: v.re }) : 'c' + String(v.re) + ',' + String(v.im);
    case 'tuple': return 't(' + v.items.map(equalityKey).join(';') + ')';
    default: return constKey(v);
  }
}

/**
 * The items of `frozenset(tuple)` in CPython's iteration order: equal items merged (1 == 1.0 == True) and
 * the table order of set_add_entry with linear probing, hashing as CPython 3.11 does under
 * PYTHONHASHSEED=0. With an item hashed by address (None, Ellipsis, NaN) the order is not reproducible
 * even in CPython; such sets keep their source order.
 */
export function frozensetItems(items: readonly C[]): C[] {
  const unique: C[] = [];
  const seen = new Set<string>();
  for (const it of items) {
    const key = equalityKey(it);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(it);
  }
  const hashes = unique.map(constHash);
  if (hashes.some((h) => h === null)) return unique;
  let mask = 7;
  let table: (number | null)[] = new Array(8).fill(null);
  const insert = (tab: (number | null)[], m: number, idx: number): void => {
    const h = BigInt.asUintN(64, hashes[idx]!);
    let perturb = h;
    let i = Number(h & BigInt(m));
    for (;;) {
      const probes = i + 9 <= m ? 9 : 0;
      for (let p = 0, j = i; p <= probes; p++, j++) {
        if (tab[j] === null) { tab[j] = idx; return; }
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & U64 & BigInt(m));
    }
  };
  let used = 0;
  for (let idx = 0; idx < unique.length; idx++) {
    insert(table, mask, idx);
    used++;
    if (used * 5 >= mask * 3) {
      let size = 8;
      const minused = used > 50000 ? used * 2 : used * 4;
      while (size <= minused) size <<= 1;
      const old = table;
      table = new Array(size).fill(null);
      mask = size - 1;
      for (const e of old) if (e !== null) insert(table, mask, e);
    }
  }
  return table.filter((e): e is number => e !== null).map((e) => unique[e]);
}
