// Models int(str, base) and float(str) (Objects/longobject.c PyLong_FromUnicodeObject, floatobject.c
// PyFloat_FromString) through the semantics library, and maps the library's typed errors onto the
// simulator's exception classes.

import { parseInt as semParseInt, parseFloat as semParseFloat } from '../semantics/numparse';
import { PyError } from '../semantics/errors';
import * as E from '../objects/exceptions';
import type { PyType } from '../objects/object';

export function semanticsErrorType(name: string): PyType {
  switch (name) {
    case 'ZeroDivisionError': return E.ZeroDivisionError;
    case 'OverflowError': return E.OverflowError;
    case 'TypeError': return E.TypeError;
    case 'IndexError': return E.IndexError;
    case 'KeyError': return E.KeyError;
    default: return E.ValueError;
  }
}

/** Runs a semantics-library function, turning its PyError into a raised Python exception. */
export function sem<R>(f: () => R): R {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyError) E.raise(semanticsErrorType(e.excType), e.msg);
    throw e;
  }
}

export function parseIntLiteral(s: string, base: number): bigint {
  return sem(() => semParseInt(s, base));
}

export function parseFloatLiteral(s: string): number {
  return sem(() => semParseFloat(s));
}
