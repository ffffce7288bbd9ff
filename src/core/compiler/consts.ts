// Models what the compiler needs of constant objects: `_PyCode_ConstantKey` (Objects/codeobject.c, which
// decides when two constants are merged), truth values (PyObject_IsTrue) and `repr()` as `dis` prints it
// (Objects/floatobject.c float_repr, Objects/unicodeobject.c unicode_repr, Objects/bytesobject.c).

import type { CodeObject, ConstValue } from '../bytecode/code';
import { strRepr as semanticsStrRepr } from '../semantics/strrepr';

/**
 * A string that is equal for two constants exactly when CPython's constant key is: the type is part of it
 * (1, 1.0 and True stay distinct) and so is the sign of a float zero.
 */
export function constKey(v: ConstValue): string {
  switch (v.t) {
    case 'None': return 'N';
    case 'Ellipsis': return 'E';
    case 'bool': return v.v ? 'b1' : 'b0';
    case 'int': return 'i' + v.v.toString();
    case 'float': return 'f' + floatKey(v.v);
    case 'complex': return 'c' + floatKey(v.re) + ',' + floatKey(v.im);
    case 'str': return 's' + JSON.stringify(v.v);
    case 'bytes': return 'y' + v.v.join(',');
    case 'tuple': return 't(' + v.items.map(constKey).join(';') + ')';
    case 'frozenset': return 'F(' + v.items.map(constKey).sort().join(';') + ')';
    case 'code': return codeKey(v.code);
  }
}

const codeKeys = new WeakMap<CodeObject, string>();
/**
 * A code object is its own constant key and compares structurally (code_richcompare: name, argument counts,
 * flags, first line, bytecode, constants, names, localsplus names, line table, exception table; not the
 * qualname), so two identical code objects — e.g. a comprehension in a `while` test, which 3.11 compiles
 * twice — become one constant.
 */
function codeKey(co: CodeObject): string {
  let k = codeKeys.get(co);
  if (k === undefined) {
    k = 'code' + JSON.stringify([
      co.name, co.argcount, co.posonlyargcount, co.kwonlyargcount, co.flags, co.firstlineno,
      co.instructions.map((i) => [i.op, i.arg, i.span && [i.span.lineno, i.span.endLineno, i.span.colOffset, i.span.endColOffset]]),
      co.consts.map(constKey), co.names, co.localsplusNames, co.localsplusKinds,
      co.exceptionTable.map((e) => [e.start, e.end, e.target, e.depth, e.lasti]),
    ]);
    codeKeys.set(co, k);
  }
  return k;
}

function floatKey(x: number): string {
  if (Object.is(x, -0)) return '-0';
  return String(x);
}

/** PyObject_IsTrue for a constant. */
export function constTruth(v: ConstValue): boolean {
  switch (v.t) {
    case 'None': return false;
    case 'Ellipsis': return true;
    case 'bool': return v.v;
    case 'int': return v.v !== 0n;
    case 'float': return v.v !== 0;
    case 'complex': return v.re !== 0 || v.im !== 0;
    case 'str': return v.v.length > 0;
    case 'bytes': return v.v.length > 0;
    case 'tuple': case 'frozenset': return v.items.length > 0;
    case 'code': return true;
  }
}

/** repr() of a float, Python's 'r' format: shortest round-trip digits, exponent outside 1e-4 <= |x| < 1e16. */
export function floatRepr(x: number, addDot0 = true): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (addDot0 ? '.0' : '');
  const sign = x < 0 ? '-' : '';
  const [mant, expStr] = Math.abs(x).toExponential().split('e');
  const digits = mant.replace('.', '');
  const decpt = Number(expStr) + 1; // position of the decimal point relative to the digit string
  if (decpt > -4 && decpt <= 16) {
    let s: string;
    if (decpt <= 0) s = '0.' + '0'.repeat(-decpt) + digits;
    else if (decpt >= digits.length) s = digits + '0'.repeat(decpt - digits.length) + (addDot0 ? '.0' : '');
    else s = digits.slice(0, decpt) + '.' + digits.slice(decpt);
    return sign + s;
  }
  const e = decpt - 1;
  const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  return sign + m + 'e' + (e < 0 ? '-' : '+') + String(Math.abs(e)).padStart(2, '0');
}

function complexRepr(re: number, im: number): string {
  const imS = floatRepr(im, false) + 'j';
  if (re === 0 && !Object.is(re, -0)) return imS;
  const reS = floatRepr(re, false);
  const imSigned = im < 0 || Object.is(im, -0) || Number.isNaN(im) && false ? imS : '+' + imS;
  return '(' + reS + imSigned + ')';
}

/** repr() of a str: CPython's quote choice, escapes and Unicode 14 printability (shared semantics library). */
export const strRepr: (s: string) => string = semanticsStrRepr;

export function bytesRepr(b: readonly number[]): string {
  const hasSingle = b.includes(0x27);
  const quote = hasSingle && !b.includes(0x22) ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

/** repr() of a constant, as `dis` prints it in `(argrepr)`. */
export function constRepr(v: ConstValue): string {
  switch (v.t) {
    case 'None': return 'None';
    case 'Ellipsis': return 'Ellipsis';
    case 'bool': return v.v ? 'True' : 'False';
    case 'int': return v.v.toString();
    case 'float': return floatRepr(v.v);
    case 'complex': return complexRepr(v.re, v.im);
    case 'str': return strRepr(v.v);
    case 'bytes': return bytesRepr(v.v);
    case 'tuple':
      if (v.items.length === 1) return '(' + constRepr(v.items[0]) + ',)';
      return '(' + v.items.map(constRepr).join(', ') + ')';
    case 'frozenset':
      if (v.items.length === 0) return 'frozenset()';
      return 'frozenset({' + v.items.map(constRepr).join(', ') + '})';
    case 'code':
      return `<code object ${v.code.name} at 0x…, file "${v.code.filename}", line ${v.code.firstlineno}>`;
  }
}
