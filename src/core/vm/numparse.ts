// Models int(str, base) and float(str) (Objects/longobject.c PyLong_FromUnicodeObject, floatobject.c
// PyFloat_FromString) through the semantics library, and maps the library's typed errors onto the
// simulator's exception classes.

import { parseInt as semParseInt, parseFloat as semParseFloat } from '../semantics/numparse';
import { sem } from '../objects/semerr';

export { semanticsErrorType, sem } from '../objects/semerr';

export function parseIntLiteral(s: string, base: number): bigint {
  return sem(() => semParseInt(s, base));
}

export function parseFloatLiteral(s: string): number {
  return sem(() => semParseFloat(s));
}
