// Models the exceptions CPython's number, string and formatting code raises (PyErr_SetString call sites
// in Objects/{float,long,unicode,bytes}object.c, Python/formatter_unicode.c), as a small typed error.

/** The Python exception classes this library can raise. The VM maps each to the real class. */
export const ExcType = {
  /** ZeroDivisionError */
  ZeroDivisionError: 'ZeroDivisionError',
  /** OverflowError */
  OverflowError: 'OverflowError',
  /** ValueError */
  ValueError: 'ValueError',
  /** TypeError */
  TypeError: 'TypeError',
  /** IndexError */
  IndexError: 'IndexError',
  /** KeyError (the VM builds the key argument itself; msg is its repr when given) */
  KeyError: 'KeyError',
  /** AttributeError */
  AttributeError: 'AttributeError',
  /** UnicodeDecodeError */
  UnicodeDecodeError: 'UnicodeDecodeError',
  /** UnicodeEncodeError */
  UnicodeEncodeError: 'UnicodeEncodeError',
  /**
   * Not an exception: CPython returns a complex number here (a negative float raised to a
   * fractional power). The VM computes the complex result, or refuses the program.
   */
  ComplexResult: 'ComplexResult',
} as const;
export type ExcType = (typeof ExcType)[keyof typeof ExcType];

/** A Python exception to raise, carrying CPython's exact message text. */
export class PyError extends Error {
  constructor(
    readonly excType: ExcType,
    readonly msg: string,
  ) {
    super(`${excType}: ${msg}`);
  }
}

export function pyErr(excType: ExcType, msg: string): never {
  throw new PyError(excType, msg);
}
