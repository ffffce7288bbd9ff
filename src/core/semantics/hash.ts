// Models CPython 3.11's hash functions on 64-bit Linux: Python/pyhash.c (siphash13, the default
// Py_HASH_ALGORITHM in 3.11, Py_HASH_CUTOFF 0 so no small-string path; _Py_HashDouble; _Py_HashPointer),
// long_hash (Objects/longobject.c), tuplehash (Objects/tupleobject.c, the xxHash-based one of 3.8+).
//
// With PYTHONHASHSEED=0 the hash secret is all zeros, so k0 = k1 = 0. Hashes are Py_hash_t values, returned
// as signed 64-bit bigints. The 64-bit arithmetic is done on bigints (BigInt.asUintN); a str hash costs a
// few microseconds per 8 bytes, and CPython caches it per object, as the VM should.

import { decompose } from './floatdigits';
import { codePoints } from './unicode';

const M64 = (1n << 64n) - 1n;
export const HASH_BITS = 61;
export const HASH_MODULUS = (1n << 61n) - 1n;
export const HASH_INF = 314159n;

const u64 = (x: bigint): bigint => x & M64;
const rotl = (x: bigint, b: bigint): bigint => ((x << b) | (x >> (64n - b))) & M64;
const toSigned = (x: bigint): bigint => BigInt.asIntN(64, x);

/** siphash13 with the given key over the bytes, as pyhash.c computes it (returns the unsigned result). */
export function siphash13(k0: bigint, k1: bigint, src: Uint8Array): bigint {
  let v0 = k0 ^ 0x736f6d6570736575n;
  let v1 = k1 ^ 0x646f72616e646f6dn;
  let v2 = k0 ^ 0x6c7967656e657261n;
  let v3 = k1 ^ 0x7465646279746573n;
  const round = (): void => {
    v0 = u64(v0 + v1);
    v2 = u64(v2 + v3);
    v1 = rotl(v1, 13n) ^ v0;
    v3 = rotl(v3, 16n) ^ v2;
    v0 = rotl(v0, 32n);
    v2 = u64(v2 + v1);
    v0 = u64(v0 + v3);
    v1 = rotl(v1, 17n) ^ v2;
    v3 = rotl(v3, 21n) ^ v0;
    v2 = rotl(v2, 32n);
  };
  const n = src.length;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const lo = (src[i]! | (src[i + 1]! << 8) | (src[i + 2]! << 16) | (src[i + 3]! << 24)) >>> 0;
    const hi = (src[i + 4]! | (src[i + 5]! << 8) | (src[i + 6]! << 16) | (src[i + 7]! << 24)) >>> 0;
    const mi = (BigInt(hi) << 32n) | BigInt(lo);
    v3 ^= mi;
    round();
    v0 ^= mi;
  }
  let t = 0n;
  for (let j = n - i - 1; j >= 0; j--) t = (t << 8n) | BigInt(src[i + j]!);
  const b = (BigInt(n & 0xff) << 56n) | t;
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round();
  round();
  round();
  return (v0 ^ v1) ^ (v2 ^ v3);
}

/** _Py_HashBytes with PYTHONHASHSEED=0: hash(b'') is 0, -1 becomes -2. */
export function hashBytes(b: Uint8Array): bigint {
  if (b.length === 0) return 0n;
  const x = toSigned(siphash13(0n, 0n, b));
  return x === -1n ? -2n : x;
}

/** The str kind CPython stores a string in: 1 (latin-1), 2 (UCS-2) or 4 (UCS-4), from its maxchar. */
export function strKind(s: string): 1 | 2 | 4 {
  let max = 0;
  for (const cp of codePoints(s)) if (cp > max) max = cp;
  return max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
}

/** The maximum code point of s (0 for ''), as PyUnicode_MAX_CHAR_VALUE rounds it: 0x7f, 0xff, 0xffff, 0x10ffff. */
export function strMaxCharClass(s: string): 0x7f | 0xff | 0xffff | 0x10ffff {
  let max = 0;
  for (const cp of codePoints(s)) if (cp > max) max = cp;
  return max < 0x80 ? 0x7f : max < 0x100 ? 0xff : max < 0x10000 ? 0xffff : 0x10ffff;
}

/** The bytes PyUnicode_DATA holds for s (little-endian code units of its kind). */
export function strData(s: string): Uint8Array {
  const cps = codePoints(s);
  const kind = strKind(s);
  const out = new Uint8Array(cps.length * kind);
  cps.forEach((cp, i) => {
    for (let k = 0; k < kind; k++) out[i * kind + k] = (cp >>> (8 * k)) & 0xff;
  });
  return out;
}

/** hash(s) for a str (unicode_hash → _Py_HashBytes over the kind-sized data). */
export function hashStr(s: string): bigint {
  return hashBytes(strData(s));
}

/** hash(n) for an int (long_hash): n mod (2^61 - 1) with the sign of n; -1 → -2. */
export function hashInt(n: bigint): bigint {
  const neg = n < 0n;
  let x = (neg ? -n : n) % HASH_MODULUS;
  if (neg) x = -x;
  return x === -1n ? -2n : x;
}

export function hashBool(b: boolean): bigint {
  return b ? 1n : 0n;
}

/**
 * _Py_HashPointer: the address rotated right by 4 bits. 3.11 uses it for object.__hash__, for a nan's hash
 * (the float object's address) and for None (hash(None) is its address's hash until 3.12).
 */
export function hashPointer(address: bigint): bigint {
  const y = u64(address);
  const r = ((y >> 4n) | (y << 60n)) & M64;
  const x = toSigned(r);
  return x === -1n ? -2n : x;
}

/** hash(x) for a float (_Py_HashDouble); `address` is the float object's id, used only for a nan. */
export function hashFloat(x: number, address: bigint): bigint {
  if (Number.isNaN(x)) return hashPointer(address);
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  const { mant, exp } = decompose(x);
  // m × 2^e mod P, with 2^61 ≡ 1 (mod P) so the exponent reduces mod 61.
  const e = ((exp % HASH_BITS) + HASH_BITS) % HASH_BITS;
  let h = ((mant % HASH_MODULUS) << BigInt(e)) % HASH_MODULUS;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** tuplehash over the items' hashes (each a Py_hash_t). */
export function hashTuple(itemHashes: readonly bigint[]): bigint {
  let acc = XXPRIME_5;
  for (const h of itemHashes) {
    acc = u64(acc + u64(h) * XXPRIME_2);
    acc = rotl(acc, 31n);
    acc = u64(acc * XXPRIME_1);
  }
  acc = u64(acc + (BigInt(itemHashes.length) ^ (XXPRIME_5 ^ 3527539n)));
  if (acc === M64) return 1546275796n;
  return toSigned(acc);
}
