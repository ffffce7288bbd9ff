// Models int arithmetic from Objects/longobject.c (3.11): long_div/long_mod (l_divmod, floor semantics),
// long_pow (negative exponent → float, three-argument pow), shifts, bit_length, long_round, and the
// 3.11 int↔str digit limit (sys.int_info.default_max_str_digits = 4300).
//
// Values are bigint throughout: V8's small-bigint paths are fast enough for a debugger's workloads, and one
// representation keeps every operation exact.

import { ExcType, pyErr } from './errors';
import { floatPow } from './floatops';
import { intToFloat, ratioToFloat, bitLength } from './numconv';

export const MAX_STR_DIGITS = 4300;

export function intFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) pyErr(ExcType.ZeroDivisionError, 'integer division or modulo by zero');
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

export function intMod(a: bigint, b: bigint): bigint {
  if (b === 0n) pyErr(ExcType.ZeroDivisionError, 'integer modulo by zero');
  const r = a % b;
  return r !== 0n && ((r < 0n) !== (b < 0n)) ? r + b : r;
}

export function intDivmod(a: bigint, b: bigint): [bigint, bigint] {
  if (b === 0n) pyErr(ExcType.ZeroDivisionError, 'integer division or modulo by zero');
  return [intFloorDiv(a, b), intMod(a, b)];
}

/** int / int, correctly rounded. */
export function intTrueDiv(a: bigint, b: bigint): number {
  return ratioToFloat(a, b);
}

/** a ** b for ints: an int for b ≥ 0, else float(a) ** float(b) as long_pow does. */
export function intPow(a: bigint, b: bigint): bigint | number {
  if (b < 0n) return floatPow(intToFloat(a), intToFloat(b));
  return a ** b;
}

/** pow(a, b, m) for ints (long_pow with a modulus, 3.8+ modular inverse for b < 0). */
export function intPowMod(a: bigint, b: bigint, m: bigint): bigint {
  if (m === 0n) pyErr(ExcType.ValueError, 'pow() 3rd argument cannot be 0');
  const neg = m < 0n;
  const mod = neg ? -m : m;
  let base = intMod(a, mod);
  let e = b;
  if (e < 0n) {
    base = modInverse(base, mod);
    e = -e;
  }
  let r = mod === 1n ? 0n : 1n;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % mod;
    base = (base * base) % mod;
    e >>= 1n;
  }
  // The result has the sign of the modulus.
  return neg && r !== 0n ? r - mod : r;
}

function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [m, a];
  let [t0, t1] = [0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (r0 !== 1n) pyErr(ExcType.ValueError, 'base is not invertible for the given modulus');
  return intMod(t0, m);
}

export function intLshift(a: bigint, n: bigint): bigint {
  if (n < 0n) pyErr(ExcType.ValueError, 'negative shift count');
  if (a === 0n) return 0n;
  if (n > 0x7fffffffn) pyErr(ExcType.OverflowError, 'too many digits in integer');
  return a << n;
}

export function intRshift(a: bigint, n: bigint): bigint {
  if (n < 0n) pyErr(ExcType.ValueError, 'negative shift count');
  if (n > 0x7fffffffn) return a < 0n ? -1n : 0n;
  return a >> n; // bigint >> is arithmetic (floor), as Python's
}

export const intAnd = (a: bigint, b: bigint): bigint => a & b;
export const intOr = (a: bigint, b: bigint): bigint => a | b;
export const intXor = (a: bigint, b: bigint): bigint => a ^ b;
export const intInvert = (a: bigint): bigint => -a - 1n;
export const intAbs = (a: bigint): bigint => (a < 0n ? -a : a);

export function intBitLength(a: bigint): number {
  return bitLength(a < 0n ? -a : a);
}

/** round(n, ndigits): exact for ndigits ≥ 0, else round half to even to a multiple of 10^-ndigits. */
export function intRound(a: bigint, ndigits: bigint): bigint {
  if (ndigits >= 0n) return a;
  const m = 10n ** -ndigits;
  let q = intFloorDiv(a, m);
  const r2 = (a - q * m) * 2n;
  if (r2 > m || (r2 === m && (q & 1n) === 1n)) q += 1n;
  return q * m;
}

/** str(n) / repr(n), with 3.11's digit limit. */
export function intToStr(a: bigint): string {
  const s = a.toString();
  const ndig = a < 0n ? s.length - 1 : s.length;
  if (ndig > MAX_STR_DIGITS) {
    pyErr(ExcType.ValueError, `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

/** hex(n), oct(n), bin(n): '0x'/'0o'/'0b' prefix after the sign; no digit limit (power-of-two bases). */
export function intToBase(a: bigint, base: 2 | 8 | 16): string {
  const prefix = base === 16 ? '0x' : base === 8 ? '0o' : '0b';
  return a < 0n ? '-' + prefix + (-a).toString(base) : prefix + a.toString(base);
}

/**
 * sys.getsizeof(n) in 3.11: 24 bytes of header + 4 per 30-bit digit, at least one digit (int 0 is 28).
 * (The allocation can be larger: _PyLong_FromMedium asks for 32 bytes; that is the object model's concern.)
 */
export function intSizeof(n: bigint): number {
  const a = n < 0n ? -n : n;
  const digits = Math.max(1, Math.ceil(bitLength(a) / 30));
  return 24 + 4 * digits;
}

/** sys.getsizeof(x) for a float. */
export const FLOAT_SIZEOF = 24;
