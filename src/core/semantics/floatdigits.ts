// Models _Py_dg_dtoa from Python/dtoa.c: the decimal digits of a double, either the shortest string that
// round-trips (mode 0) or correctly rounded to a number of significant digits (mode 2) or of places after
// the point (mode 3), ties to even on the exact binary value.
//
// Mode 0 uses the engine's shortest round-trip conversion (Number#toExponential with no argument, which
// ECMA-262 defines as the shortest digits, closest to the value): cheap. Modes 2 and 3 expand the double
// exactly with BigInt (at most ~1100 decimal digits), which costs a few microseconds per call.

/** Digits without leading or trailing zeros; value = 0.digits × 10^decpt. `digits` is '' for a zero result. */
export interface Digits {
  readonly digits: string;
  readonly decpt: number;
  readonly negative: boolean;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
// Little-endian hosts only (every platform Heapscope runs on).
const LO = 0;
const HI = 1;

/** Splits a finite double into mantissa and exponent: |x| = mant × 2^exp exactly. */
export function decompose(x: number): { mant: bigint; exp: number } {
  F64[0] = x;
  const hi = U32[HI]!;
  const lo = U32[LO]!;
  const bexp = (hi >>> 20) & 0x7ff;
  const mhi = hi & 0xfffff;
  let mant = (BigInt(mhi) << 32n) | BigInt(lo);
  let exp: number;
  if (bexp === 0) {
    exp = -1074;
  } else {
    mant |= 1n << 52n;
    exp = bexp - 1075;
  }
  return { mant, exp };
}

/** |x| = n / 10^scale exactly. */
function exactDecimal(x: number): { n: bigint; scale: number } {
  const { mant, exp } = decompose(x);
  if (exp >= 0) return { n: mant << BigInt(exp), scale: 0 };
  return { n: mant * 5n ** BigInt(-exp), scale: -exp };
}

function stripZeros(d: string): string {
  let end = d.length;
  while (end > 0 && d.charCodeAt(end - 1) === 48) end--;
  return d.slice(0, end);
}

/** Mode 0: shortest round-trip digits. x must be finite. */
export function shortestDigits(x: number): Digits {
  const negative = x < 0 || Object.is(x, -0);
  if (x === 0) return { digits: '0', decpt: 1, negative };
  const s = Math.abs(x).toExponential();
  const e = s.indexOf('e');
  const mant = s.slice(0, e).replace('.', '');
  const exp10 = Number(s.slice(e + 1));
  return { digits: stripZeros(mant), decpt: exp10 + 1, negative };
}

/** Rounds n / 10^drop to an integer, ties to even. drop may be ≤ 0 (exact). */
function roundShift(n: bigint, drop: number): bigint {
  if (drop <= 0) return n * 10n ** BigInt(-drop);
  const p = 10n ** BigInt(drop);
  const q = n / p;
  const r2 = (n - q * p) * 2n;
  if (r2 > p || (r2 === p && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** Mode 3: rounded to `places` digits after the decimal point (places may be negative). */
export function fixedDigits(x: number, places: number): Digits {
  const negative = x < 0 || Object.is(x, -0);
  if (x === 0) return { digits: '', decpt: -places, negative };
  const { n, scale } = exactDecimal(x);
  const q = roundShift(n, scale - places);
  if (q === 0n) return { digits: '', decpt: -places, negative };
  const s = q.toString();
  return { digits: stripZeros(s), decpt: s.length - places, negative };
}

/** Mode 2: rounded to `ndigits` (≥ 1) significant digits. */
export function significantDigits(x: number, ndigits: number): Digits {
  const negative = x < 0 || Object.is(x, -0);
  if (x === 0) return { digits: '0', decpt: 1, negative };
  const { n, scale } = exactDecimal(x);
  const decpt = n.toString().length - scale;
  const q = roundShift(n, scale - (ndigits - decpt));
  const s = q.toString();
  // A carry (9.99 → 10.0) adds one digit and moves the point.
  return { digits: stripZeros(s), decpt: s.length - ndigits + decpt, negative };
}
