// Models the libm pow() that float_pow (Objects/floatobject.c) calls: glibc's pow is correctly rounded in
// practice (error < 0.52 ulp), while V8's Math.pow is often 1 ulp off. This computes x^y = exp(y·ln x) in
// 192-bit fixed point with BigInt and rounds once, ties to even. Costs ~100 bigint operations per call.

import { decompose } from './floatdigits';
import { ratioToFloat } from './numconv';

const P = 192n;
const ONE = 1n << P;
/** √2 × 2^192, truncated. */
const SQRT2 = 0x16a09e667f3bcc908b2fb1366ea957d3e3adec17512775099n;

function bitLen(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** 2·atanh(z) for a fixed-point |z| < 1/2: sum of 2 z^(2n+1)/(2n+1). */
function twoAtanh(zs: bigint): bigint {
  // Work on |z|: >> floors, so a negative term would never reach 0.
  if (zs < 0n) return -twoAtanh(-zs);
  const z = zs;
  const z2 = (z * z) >> P;
  let term = z;
  let sum = 0n;
  for (let n = 1n; term !== 0n; n += 2n) {
    sum += term / n;
    term = (term * z2) >> P;
  }
  return 2n * sum;
}

let ln2: bigint | undefined;
function LN2(): bigint {
  if (ln2 === undefined) ln2 = twoAtanh(ONE / 3n);
  return ln2;
}

/** ln(x) in fixed point for a finite x > 0. */
function lnFixed(x: number): bigint {
  const { mant, exp } = decompose(x);
  // x = mant × 2^exp; normalise mant to f ∈ [1/√2, √2) scaled by 2^P.
  const bl = bitLen(mant);
  let k = exp + bl - 1; // x = (mant / 2^(bl-1)) × 2^k
  let f = (mant << (P - BigInt(bl - 1))); // in [1, 2)
  if (f > SQRT2) {
    f >>= 1n;
    k += 1;
  }
  const z = ((f - ONE) << P) / (f + ONE);
  return twoAtanh(z) + BigInt(k) * LN2();
}

/** exp(t) for a fixed-point t, returned as [mantissa scaled by 2^P, binary exponent]. */
function expFixed(t: bigint): [bigint, bigint] {
  const l2 = LN2();
  // k = round(t / ln2)
  let k = t / l2;
  let r = t - k * l2;
  if (r > l2 / 2n) {
    k += 1n;
    r -= l2;
  } else if (r < -l2 / 2n) {
    k -= 1n;
    r += l2;
  }
  let term = ONE;
  let sum = 0n;
  for (let n = 1n; term !== 0n; n++) {
    sum += term;
    term = (term * r) / (n << P);
  }
  return [sum, k];
}

/** pow(x, y) for finite x > 0 and finite y, correctly rounded; Infinity on overflow. */
export function powPositive(x: number, y: number): number {
  const lx = lnFixed(x);
  const { mant, exp } = decompose(y);
  let t = mant * lx;
  t = exp >= 0 ? t << BigInt(exp) : t >> BigInt(-exp);
  if (y < 0) t = -t;
  // exp(t) overflows past t ≈ 709.8 and underflows to 0 below t ≈ -745.2.
  if (t > 720n * ONE) return Infinity;
  if (t < -760n * ONE) return 0;
  const [m, k] = expFixed(t);
  const shift = k - P;
  try {
    return shift >= 0n ? ratioToFloat(m << shift, 1n) : ratioToFloat(m, 1n << -shift);
  } catch {
    return Infinity;
  }
}
