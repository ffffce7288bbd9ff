// Models CPython 3.11's hash functions on 64-bit Linux: Python/pyhash.c (siphash13, the default
// Py_HASH_ALGORITHM in 3.11, Py_HASH_CUTOFF 0 so no small-string path; _Py_HashDouble; _Py_HashPointer),
// long_hash (Objects/longobject.c), tuplehash (Objects/tupleobject.c, the xxHash-based one of 3.8+).
//
// With PYTHONHASHSEED=0 the hash secret is all zeros, so k0 = k1 = 0. Hashes are Py_hash_t values, returned
// as signed 64-bit bigints. siphash runs on 32-bit halves (about a microsecond for a short str), and str
// hashes are memoised besides.

import { decompose } from './floatdigits';
import { codePoints } from './unicode';

const M64 = (1n << 64n) - 1n;
export const HASH_BITS = 61;
export const HASH_MODULUS = (1n << 61n) - 1n;
export const HASH_INF = 314159n;

const u64 = (x: bigint): bigint => x & M64;
const rotl = (x: bigint, b: bigint): bigint => ((x << b) | (x >> (64n - b))) & M64;
const toSigned = (x: bigint): bigint => BigInt.asIntN(64, x);

// The 64-bit lanes are kept as 32-bit halves (v[2k] high, v[2k+1] low): ~10x faster than bigint arithmetic.
function add(v: Uint32Array, a: number, b: number): void {
  const lo = (v[a + 1]! + v[b + 1]!) >>> 0;
  const carry = lo < v[a + 1]! ? 1 : 0;
  v[a] = (v[a]! + v[b]! + carry) >>> 0;
  v[a + 1] = lo;
}

/** v[a] = rotl(v[a], r) ^ v[x], for 0 < r < 32. */
function rotXor(v: Uint32Array, a: number, r: number, x: number): void {
  const hi = v[a]!;
  const lo = v[a + 1]!;
  v[a] = (((hi << r) | (lo >>> (32 - r))) ^ v[x]!) >>> 0;
  v[a + 1] = (((lo << r) | (hi >>> (32 - r))) ^ v[x + 1]!) >>> 0;
}

function swapHalves(v: Uint32Array, a: number): void {
  const t = v[a]!;
  v[a] = v[a + 1]!;
  v[a + 1] = t;
}

// Lane offsets in the Uint32Array.
const V0 = 0;
const V1 = 2;
const V2 = 4;
const V3 = 6;

function sipRound(v: Uint32Array): void {
  add(v, V0, V1);
  add(v, V2, V3);
  rotXor(v, V1, 13, V0);
  rotXor(v, V3, 16, V2);
  swapHalves(v, V0);
  add(v, V2, V1);
  add(v, V0, V3);
  rotXor(v, V1, 17, V2);
  rotXor(v, V3, 21, V0);
  swapHalves(v, V2);
}

const sipState = new Uint32Array(8);

/** siphash13 with the given key over the bytes, as pyhash.c computes it (returns the unsigned result). */
export function siphash13(k0: bigint, k1: bigint, src: Uint8Array): bigint {
  const v = sipState;
  const k0h = Number((k0 >> 32n) & 0xffffffffn);
  const k0l = Number(k0 & 0xffffffffn);
  const k1h = Number((k1 >> 32n) & 0xffffffffn);
  const k1l = Number(k1 & 0xffffffffn);
  v[0] = (k0h ^ 0x736f6d65) >>> 0;
  v[1] = (k0l ^ 0x70736575) >>> 0;
  v[2] = (k1h ^ 0x646f7261) >>> 0;
  v[3] = (k1l ^ 0x6e646f6d) >>> 0;
  v[4] = (k0h ^ 0x6c796765) >>> 0;
  v[5] = (k0l ^ 0x6e657261) >>> 0;
  v[6] = (k1h ^ 0x74656462) >>> 0;
  v[7] = (k1l ^ 0x79746573) >>> 0;
  const n = src.length;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const lo = (src[i]! | (src[i + 1]! << 8) | (src[i + 2]! << 16) | (src[i + 3]! << 24)) >>> 0;
    const hi = (src[i + 4]! | (src[i + 5]! << 8) | (src[i + 6]! << 16) | (src[i + 7]! << 24)) >>> 0;
    v[6] = (v[6]! ^ hi) >>> 0;
    v[7] = (v[7]! ^ lo) >>> 0;
    sipRound(v);
    v[0] = (v[0]! ^ hi) >>> 0;
    v[1] = (v[1]! ^ lo) >>> 0;
  }
  // Last block: the remaining bytes, with the length's low byte in the top byte.
  let blo = 0;
  let bhi = (n & 0xff) << 24;
  for (let j = 0; i + j < n; j++) {
    const byte = src[i + j]!;
    if (j < 4) blo |= byte << (8 * j);
    else bhi |= byte << (8 * (j - 4));
  }
  blo >>>= 0;
  bhi >>>= 0;
  v[6] = (v[6]! ^ bhi) >>> 0;
  v[7] = (v[7]! ^ blo) >>> 0;
  sipRound(v);
  v[0] = (v[0]! ^ bhi) >>> 0;
  v[1] = (v[1]! ^ blo) >>> 0;
  v[5] = (v[5]! ^ 0xff) >>> 0;
  sipRound(v);
  sipRound(v);
  sipRound(v);
  const hi = (v[0]! ^ v[2]! ^ v[4]! ^ v[6]!) >>> 0;
  const lo = (v[1]! ^ v[3]! ^ v[5]! ^ v[7]!) >>> 0;
  return (BigInt(hi) << 32n) | BigInt(lo);
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

// hash(str) is a pure function of the text, so results are memoised (CPython caches it in the object;
// the VM may not keep one per string). Bounded: cleared when it reaches STR_HASH_CACHE_MAX entries.
const STR_HASH_CACHE_MAX = 65536;
const strHashCache = new Map<string, bigint>();

/** hash(s) for a str (unicode_hash → _Py_HashBytes over the kind-sized data). */
export function hashStr(s: string): bigint {
  let h = strHashCache.get(s);
  if (h === undefined) {
    h = hashBytes(strData(s));
    if (strHashCache.size >= STR_HASH_CACHE_MAX) strHashCache.clear();
    strHashCache.set(s, h);
  }
  return h;
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
