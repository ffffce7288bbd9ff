// Models the exact int↔float conversions of Objects/longobject.c and Objects/floatobject.c:
// PyLong_AsDouble, PyLong_FromDouble, long_true_divide (correctly rounded) and float_richcompare
// against arbitrary-precision ints.

import { decompose } from './floatdigits';
import { ExcType, pyErr } from './errors';

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** m × 2^e for a non-negative integer m ≤ 2^53, computed without intermediate overflow or underflow. */
function ldexp(m: number, e: number): number {
  let x = m;
  let k = e;
  while (k > 1000) {
    x *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    x *= 2 ** -1000;
    k += 1000;
  }
  return x * 2 ** k;
}

/** float(n): PyLong_AsDouble, rounding half to even. */
export function intToFloat(n: bigint): number {
  const x = Number(n);
  if (!Number.isFinite(x)) pyErr(ExcType.OverflowError, 'int too large to convert to float');
  return x;
}

/**
 * a / b for ints, correctly rounded (long_true_divide). b ≠ 0 is the caller's check
 * (ZeroDivisionError 'division by zero').
 */
export function ratioToFloat(a: bigint, b: bigint): number {
  if (b === 0n) pyErr(ExcType.ZeroDivisionError, 'division by zero');
  const negative = (a < 0n) !== (b < 0n);
  let na = a < 0n ? -a : a;
  let nb = b < 0n ? -b : b;
  if (na === 0n) return negative ? -0 : 0;
  // Fast path: both exactly representable, so the IEEE division is correctly rounded.
  if (na <= 2n ** 53n && nb <= 2n ** 53n) {
    const r = Number(na) / Number(nb);
    return negative ? -r : r;
  }
  // Scale so the quotient has 55 or 56 bits, then round once to 53 bits (or to the subnormal grid).
  const sh = 55 - (bitLength(na) - bitLength(nb));
  if (sh > 0) na <<= BigInt(sh);
  else nb <<= BigInt(-sh);
  let q = na / nb;
  const sticky = na - q * nb !== 0n;
  const qbits = bitLength(q);
  const e = qbits - 1 - sh; // value in [2^e, 2^(e+1))
  if (e >= 1024) pyErr(ExcType.OverflowError, 'integer division result too large for a float');
  const drop = e >= -1022 ? qbits - 53 : qbits - 53 + (-1022 - e);
  if (drop > 0) {
    if (drop > qbits + 1) {
      q = 0n;
    } else {
      const unit = 1n << BigInt(drop);
      const half = unit >> 1n;
      const rem = q & (unit - 1n);
      let r = q >> BigInt(drop);
      if (rem > half || (rem === half && (sticky || (r & 1n) === 1n))) r += 1n;
      q = r;
    }
  }
  const res = ldexp(Number(q), (drop > 0 ? drop : 0) - sh);
  if (!Number.isFinite(res)) pyErr(ExcType.OverflowError, 'integer division result too large for a float');
  return negative ? -res : res;
}

/** int(x) for a float: truncation toward zero (float___trunc___impl / PyLong_FromDouble). */
export function floatToInt(x: number): bigint {
  if (Number.isNaN(x)) pyErr(ExcType.ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) pyErr(ExcType.OverflowError, 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return BigInt(t);
  const { mant, exp } = decompose(t);
  const m = exp >= 0 ? mant << BigInt(exp) : mant >> BigInt(-exp);
  return t < 0 ? -m : m;
}

/** Three-way exact comparison of a float with an int: -1, 0, 1, or NaN when x is a nan (unordered). */
export function compareFloatInt(x: number, n: bigint): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const fl = Math.floor(x);
  const fi = floatToInt(fl);
  if (fl === x) return fi < n ? -1 : fi > n ? 1 : 0;
  // x lies strictly between floor(x) and floor(x) + 1.
  return n <= fi ? 1 : -1;
}

export { bitLength };
