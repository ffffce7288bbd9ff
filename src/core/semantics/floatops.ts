// Models float arithmetic from Objects/floatobject.c (3.11): float_div, float_rem, float_divmod,
// float_floor_div, float_pow, float___round___impl / double_round, and float.__int__.
//
// Integral powers are computed exactly with BigInt and rounded once; fractional ones in 192-bit fixed point
// (floatpow.ts). Both match glibc's pow, which is correctly rounded in practice.
// C's `if (mod)` is true for a nan, so the tests below compare with 0 rather than relying on JS truthiness.

import { ExcType, pyErr } from './errors';
import { decompose, fixedDigits } from './floatdigits';
import { floatToInt, ratioToFloat } from './numconv';
import { powPositive } from './floatpow';

export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) pyErr(ExcType.ZeroDivisionError, 'float division by zero');
  return a / b;
}

export function floatMod(a: number, b: number): number {
  if (b === 0) pyErr(ExcType.ZeroDivisionError, 'float modulo');
  let mod = a % b; // IEEE fmod, exact
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

function divmodCore(a: number, b: number): [number, number] {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) pyErr(ExcType.ZeroDivisionError, 'float floor division by zero');
  return divmodCore(a, b)[0];
}

export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) pyErr(ExcType.ZeroDivisionError, 'float divmod()');
  return divmodCore(a, b);
}

function isOddInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x % 2) === 1;
}

/** |x|^n for an integer n, exactly rounded, or undefined when too large to do exactly. */
function exactIntPow(x: number, n: number): number | undefined {
  if (Math.abs(n) > 4096) return undefined;
  const { mant, exp } = decompose(x);
  if (mant === 0n) return undefined;
  const n2 = BigInt(Math.abs(n));
  const mp = mant ** n2;
  const e2 = exp * Math.abs(n);
  let num: bigint;
  let den: bigint;
  if (n >= 0) {
    num = e2 >= 0 ? mp << BigInt(e2) : mp;
    den = e2 >= 0 ? 1n : 1n << BigInt(-e2);
  } else {
    num = e2 <= 0 ? 1n << BigInt(-e2) : 1n;
    den = e2 <= 0 ? mp : mp << BigInt(e2);
  }
  // Both sides are big; bail out for results far outside the double range (handled by Math.pow).
  if (num.toString(16).length - den.toString(16).length > 260) return Infinity;
  if (den.toString(16).length - num.toString(16).length > 275) return 0;
  try {
    return ratioToFloat(num, den);
  } catch {
    return Infinity;
  }
}

/** float ** float (float_pow); ints are converted to floats first by the caller. */
export function floatPow(iv: number, iw: number): number {
  if (iw === 0) return 1.0;
  if (Number.isNaN(iv)) return iv === 1 ? 1.0 : iv;
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    const a = Math.abs(iv);
    if (a === 1.0) return 1.0;
    if (a > 1.0 === iw > 0) return Infinity;
    return 0.0;
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0 : 0) : 0.0;
  }
  if (iv === 0) {
    if (iw < 0) pyErr(ExcType.ZeroDivisionError, '0.0 cannot be raised to a negative power');
    return isOddInteger(iw) ? iv : 0.0;
  }
  let negate = false;
  let base = iv;
  if (iv < 0) {
    if (!Number.isInteger(iw)) pyErr(ExcType.ComplexResult, 'negative number cannot be raised to a fractional power');
    base = -iv;
    negate = isOddInteger(iw);
  }
  if (base === 1.0) return negate ? -1.0 : 1.0;
  let r: number | undefined;
  if (Number.isInteger(iw)) r = exactIntPow(base, iw);
  if (r === undefined) r = powPositive(base, iw);
  if (!Number.isFinite(r)) pyErr(ExcType.OverflowError, "(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

/** round(x) with no ndigits: round half to even, to an int. */
/** C's round(): half away from zero. x - trunc(x) is exact for doubles. */
function roundHalfAway(x: number): number {
  const t = Math.trunc(x);
  return Math.abs(x - t) >= 0.5 ? t + Math.sign(x) : t;
}

/** round(x) with no ndigits: round half to even, to an int. */
export function floatRoundToInt(x: number): bigint {
  if (!Number.isFinite(x)) return floatToInt(x);
  let r = roundHalfAway(x);
  if (Math.abs(x - r) === 0.5) r = 2.0 * roundHalfAway(x / 2.0);
  return floatToInt(r);
}

// NDIGITS_MAX / NDIGITS_MIN from floatobject.c for IEEE doubles.
const NDIGITS_MAX = Math.trunc((53 - -1021) * 0.30103);
const NDIGITS_MIN = -Math.trunc((1024 + 1) * 0.30103);

/** round(x, ndigits): double_round, correctly rounded via the exact decimal expansion. */
export function floatRound(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0.0 * x;
  const d = fixedDigits(x, ndigits);
  const text = (d.negative ? '-' : '') + (d.digits === '' ? '0' : `0.${d.digits}e${d.decpt}`);
  const z = Number(text);
  if (!Number.isFinite(z)) pyErr(ExcType.OverflowError, 'rounded value too large to represent');
  return z;
}
