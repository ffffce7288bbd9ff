// Models PyComplexObject of CPython 3.11 (Objects/complexobject.c): complex_repr ('r' digits, no parentheses
// when the real part is +0), the arithmetic of _Py_c_sum/_Py_c_diff/_Py_c_prod/_Py_c_quot, abs (hypot),
// equality with real numbers, and complex_hash.

import { PyObject, INCREF, allocObject } from './object';
import * as M from './models';
import * as E from './exceptions';
import { makeStaticType, ObjectType } from './types';
import { doubleToString } from '../semantics/floatformat';
import { hashDouble, normHash } from './repr';

export const ComplexType = makeStaticType('complex', ObjectType, false, 32);

export class PyComplex extends PyObject {
  constructor(public re: number, public im: number) {
    super(ComplexType);
  }
}

export function newComplex(re: number, im: number): PyComplex {
  const c = new PyComplex(re, im);
  allocObject(c, 32, false);
  return c;
}

export function complexRepr(c: PyComplex): string {
  if (c.re === 0 && !Object.is(c.re, -0)) return doubleToString(c.im, 'r', 0) + 'j';
  return '(' + doubleToString(c.re, 'r', 0) + doubleToString(c.im, 'r', 0, { sign: true }) + 'j)';
}

function parts(o: PyObject): [number, number] | null {
  if (o instanceof PyComplex) return [o.re, o.im];
  if (o instanceof M.PyFloat) return [o.v, 0];
  if (o instanceof M.PyInt) return [Number(o.v), 0];
  return null;
}

/** Arithmetic when either operand is complex; null when neither is. */
export function complexBinop(a: PyObject, b: PyObject, op: string): PyObject | null {
  if (!(a instanceof PyComplex) && !(b instanceof PyComplex)) return null;
  const x = parts(a), y = parts(b);
  if (x === null || y === null) {
    INCREF(M.NotImplemented);
    return M.NotImplemented;
  }
  const [a1, b1] = x, [a2, b2] = y;
  switch (op) {
    case '+': return newComplex(a1 + a2, b1 + b2);
    case '-': return newComplex(a1 - a2, b1 - b2);
    case '*': return newComplex(a1 * a2 - b1 * b2, a1 * b2 + b1 * a2);
    case '/': {
      // _Py_c_quot (Smith's method, as CPython)
      const absBr = Math.abs(a2), absBi = Math.abs(b2);
      if (absBr >= absBi) {
        if (absBr === 0) E.raise(E.ZeroDivisionError, 'complex division by zero');
        const ratio = b2 / a2;
        const denom = a2 + b2 * ratio;
        return newComplex((a1 + b1 * ratio) / denom, (b1 - a1 * ratio) / denom);
      }
      const ratio = a2 / b2;
      const denom = a2 * ratio + b2;
      return newComplex((a1 * ratio + b1) / denom, (b1 * ratio - a1) / denom);
    }
    default:
      INCREF(M.NotImplemented);
      return M.NotImplemented;
  }
}

export function complexEq(a: PyObject, b: PyObject): boolean | null {
  if (!(a instanceof PyComplex) && !(b instanceof PyComplex)) return null;
  const x = parts(a), y = parts(b);
  if (x === null || y === null) return null;
  return x[0] === y[0] && x[1] === y[1];
}

export function complexHash(c: PyComplex): number | bigint {
  const hr = BigInt(hashDouble(c.re)), hi = BigInt(hashDouble(c.im));
  return normHash(BigInt.asIntN(64, hr + 1000003n * hi));
}
