// Models the PyErr_SetString call sites of the semantics library's number and string algorithms on the
// simulated runtime: its typed PyError becomes a raised exception of the matching builtin class.

import { PyError } from '../semantics/errors';
import * as E from './exceptions';
import type { PyType } from './object';

/** The builtin exception class for a semantics-library error name (UnicodeError's subclasses fall back to ValueError). */
export function semanticsErrorType(name: string): PyType {
  switch (name) {
    case 'ZeroDivisionError': return E.ZeroDivisionError;
    case 'OverflowError': return E.OverflowError;
    case 'TypeError': return E.TypeError;
    case 'IndexError': return E.IndexError;
    case 'KeyError': return E.KeyError;
    case 'AttributeError': return E.AttributeError;
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
