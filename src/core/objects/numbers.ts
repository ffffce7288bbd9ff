// Models the arithmetic of int, bool and float (Objects/longobject.c, floatobject.c 3.11): exact integer
// arithmetic with a double fast path and BigInt beyond 2**53, Python's floor division and modulo, float
// repr (float_repr / PyOS_double_to_string 'r' mode) and CPython's exact error messages.

import { PyObject } from './object';
import { PyInt, PyFloat, newInt, newIntSized, intDigits, newFloat, NotImplemented } from './models';
import { raise, ZeroDivisionError, OverflowError, ValueError } from './exceptions';
import { INCREF } from './object';
import * as T from './types';

export type IntV = number | bigint;

function norm(v: bigint): IntV {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}
const big = (v: IntV): bigint => (typeof v === 'bigint' ? v : BigInt(v));

export function intAdd(a: IntV, b: IntV): IntV {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) + big(b));
}
export function intSub(a: IntV, b: IntV): IntV {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) - big(b));
}
export function intMul(a: IntV, b: IntV): IntV {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return norm(big(a) * big(b));
}
export function intFloorDiv(a: IntV, b: IntV): IntV {
  if (b === 0 || b === 0n) raise(ZeroDivisionError, 'integer division or modulo by zero');
  if (typeof a === 'number' && typeof b === 'number' && Math.abs(a) < 2 ** 31 && Math.abs(b) < 2 ** 31) {
    return Math.floor(a / b);
  }
  const x = big(a), y = big(b);
  let q = x / y;
  if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
  return norm(q);
}
export function intMod(a: IntV, b: IntV): IntV {
  if (b === 0 || b === 0n) raise(ZeroDivisionError, 'integer modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    const m = r !== 0 && (r < 0) !== (b < 0) ? r + b : r;
    return m === 0 ? 0 : m;
  }
  const x = big(a), y = big(b);
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return norm(r);
}
export function intPow(a: IntV, b: IntV): IntV | number {
  if (typeof b === 'number' ? b < 0 : b < 0n) return NaN;
  return norm(big(a) ** big(b));
}
export function intToFloat(v: IntV): number {
  if (typeof v === 'number') return v;
  const f = Number(v);
  if (!Number.isFinite(f)) raise(OverflowError, 'int too large to convert to float');
  return f;
}
export function intCmp(a: IntV, b: IntV): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
export function intTrueDiv(a: IntV, b: IntV): number {
  if (b === 0 || b === 0n) raise(ZeroDivisionError, 'division by zero');
  return intToFloat(a) / intToFloat(b);
}
export function intBitop(a: IntV, b: IntV, op: '&' | '|' | '^' | '<<' | '>>'): IntV {
  const x = big(a), y = big(b);
  switch (op) {
    case '&': return norm(x & y);
    case '|': return norm(x | y);
    case '^': return norm(x ^ y);
    case '<<':
      if (y < 0n) raise(ValueError, 'negative shift count');
      return norm(x << y);
    case '>>':
      if (y < 0n) raise(ValueError, 'negative shift count');
      return norm(x >> y);
  }
}

/** Python's float.__mod__ / __floordiv__ (float_divmod). */
export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) raise(ZeroDivisionError, 'float divmod()');
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = a / b < 0 ? -0 : 0;
  }
  return [floordiv, mod];
}

/** float_repr: the shortest repr that round-trips (the semantics library's PyOS_double_to_string 'r'). */
export { floatRepr } from '../semantics/floatformat';

export function isIntLike(o: PyObject): o is PyInt {
  return o instanceof PyInt;
}

const isMedium = (v: IntV): boolean => (typeof v === 'number' ? Math.abs(v) < 1073741824 : v > -1073741824n && v < 1073741824n);
const isNeg = (v: IntV): boolean => (typeof v === 'number' ? v < 0 : v < 0n);
const absBig = (v: IntV): bigint => (typeof v === 'number' ? BigInt(Math.abs(v)) : v < 0n ? -v : v);

/**
 * How many digits long_add / long_sub / long_mul (Objects/longobject.c 3.11) allocate for a result, or null
 * when both operands are medium (one digit at most) and _PyLong_FromSTwoDigits allocates exactly. x_add asks
 * for the longer size + 1; x_sub for the longer size, or, for equal sizes, up to the highest digit that
 * differs; x_mul and k_mul for the sum of the sizes.
 */
function resultDigits(op: '+' | '-' | '*', x: IntV, y: IntV): number | null {
  if (isMedium(x) && isMedium(y)) return null;
  const na = intDigits(x), nb = intDigits(y);
  if (op === '*') return na + nb;
  const sameSign = isNeg(x) === isNeg(y);
  if ((op === '+') === sameSign) return Math.max(na, nb) + 1;
  if (na !== nb) return Math.max(na, nb);
  return intDigits(absBig(x) ^ absBig(y));
}

/**
 * long_lshift's request: size + wordshift, one more when the shift is not a whole number of digits; a medium
 * value shifted by less than a digit is computed exactly (_PyLong_FromSTwoDigits), so 0 is returned then.
 */
function lshiftDigits(x: IntV, y: IntV): number {
  const by = Number(y);
  if (!(by >= 0) || x === 0 || x === 0n) return 0;
  const wordshift = Math.floor(by / 30), remshift = by % 30;
  if (wordshift === 0 && isMedium(x)) return 0;
  return intDigits(x) + wordshift + (remshift !== 0 ? 1 : 0);
}

/** Binary arithmetic on builtin numbers; NotImplemented (a new reference) when the operands are not numbers. */
export function numberBinop(a: PyObject, b: PyObject, op: string): PyObject {
  if (a instanceof PyInt && b instanceof PyInt) {
    const x = a.v, y = b.v;
    switch (op) {
      case '+': return newIntSized(intAdd(x, y), resultDigits('+', x, y) ?? 0);
      case '-': return newIntSized(intSub(x, y), resultDigits('-', x, y) ?? 0);
      case '*': return newIntSized(intMul(x, y), resultDigits('*', x, y) ?? 0);
      case '//': return newInt(intFloorDiv(x, y));
      case '%': return newInt(intMod(x, y));
      case '/': return newFloat(intTrueDiv(x, y));
      case '**': {
        if (typeof y === 'number' ? y < 0 : y < 0n) {
          if (x === 0 || x === 0n) raise(ZeroDivisionError, '0.0 cannot be raised to a negative power');
          return newFloat(Math.pow(intToFloat(x), intToFloat(y)));
        }
        return newInt(intPow(x, y) as IntV);
      }
      case '&': case '|': case '^': case '<<': case '>>':
        if (a.ob_type === T.BoolType && b.ob_type === T.BoolType && (op === '&' || op === '|' || op === '^')) {
          const r = intBitop(x, y, op);
          return newBoolFromInt(r);
        }
        if (op === '<<') return newIntSized(intBitop(x, y, op), lshiftDigits(x, y));
        return newInt(intBitop(x, y, op));
    }
  } else if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
    const x = a instanceof PyFloat ? a.v : intToFloat(a.v);
    const y = b instanceof PyFloat ? b.v : intToFloat(b.v);
    switch (op) {
      case '+': return newFloat(x + y);
      case '-': return newFloat(x - y);
      case '*': return newFloat(x * y);
      case '/':
        if (y === 0) raise(ZeroDivisionError, 'float division by zero');
        return newFloat(x / y);
      case '//':
        if (y === 0) raise(ZeroDivisionError, 'float floor division by zero');
        return newFloat(floatDivmod(x, y)[0]);
      case '%':
        if (y === 0) raise(ZeroDivisionError, 'float modulo');
        return newFloat(floatDivmod(x, y)[1]);
      case '**': {
        if (x === 0 && y < 0) raise(ZeroDivisionError, '0.0 cannot be raised to a negative power');
        if (x < 0 && !Number.isInteger(y)) raise(ValueError, 'Heapscope does not support complex results yet');
        const r = Math.pow(x, y);
        if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) raise(OverflowError, "(34, 'Numerical result out of range')");
        return newFloat(r);
      }
    }
  }
  INCREF(NotImplemented);
  return NotImplemented;
}

function newBoolFromInt(r: IntV): PyObject {
  const o = newInt(r);
  return o;
}

/** Numeric comparison for int/float mixes; null when not both numbers. */
export function numberCompare(a: PyObject, b: PyObject): number | null {
  if (a instanceof PyInt && b instanceof PyInt) return intCmp(a.v, b.v);
  if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
    const x = a instanceof PyFloat ? a.v : a.v;
    const y = b instanceof PyFloat ? b.v : b.v;
    if (typeof x === 'number' && typeof y === 'number') {
      if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
      return x < y ? -1 : x > y ? 1 : 0;
    }
    const fx = Number(x), fy = Number(y);
    if (Number.isNaN(fx) || Number.isNaN(fy)) return NaN;
    if (fx !== fy) return fx < fy ? -1 : 1;
    // equal as doubles: compare exactly when one side is an integral float
    const bx = typeof x === 'bigint' ? x : Number.isInteger(x) ? BigInt(x) : null;
    const by = typeof y === 'bigint' ? y : Number.isInteger(y) ? BigInt(y) : null;
    if (bx !== null && by !== null) return bx < by ? -1 : bx > by ? 1 : 0;
    return 0;
  }
  return null;
}
