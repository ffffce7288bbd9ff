// Models int(str, base) and float(str): PyLong_FromUnicodeObject / PyLong_FromString (Objects/longobject.c)
// and float_from_string / _Py_string_to_number_with_underscores (Objects/floatobject.c, Python/pystrtod.c),
// including _PyUnicode_TransformDecimalAndSpaceToASCII and CPython's ValueError texts.

import { ExcType, pyErr } from './errors';
import { MAX_STR_DIGITS } from './intops';
import { Flag, codePoints, decimalValue, hasFlag } from './unicode';
import { strRepr } from './strrepr';

/** Py_ISSPACE: the ASCII whitespace of C's isspace. */
function isAsciiSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';
}

/** Non-ASCII whitespace → ' ', non-ASCII decimal digits → their ASCII digit, anything else non-ASCII → '?'. */
function transformDecimalAndSpace(s: string): string {
  let out = '';
  for (const cp of codePoints(s)) {
    if (cp < 128) out += String.fromCharCode(cp);
    else if (hasFlag(cp, Flag.SPACE)) out += ' ';
    else {
      const d = decimalValue(cp);
      out += d >= 0 ? String.fromCharCode(48 + d) : '?';
    }
  }
  return out;
}

function digitValue(c: string): number {
  const x = c.charCodeAt(0);
  if (x >= 48 && x <= 57) return x - 48;
  if (x >= 97 && x <= 122) return x - 87;
  if (x >= 65 && x <= 90) return x - 55;
  return 37;
}

function truncRepr200(s: string): string {
  const r = codePoints(strRepr(s));
  return r.length <= 200 ? strRepr(s) : String.fromCodePoint(...r.slice(0, 200));
}

/** int(s, base) for a str argument. */
export function parseInt(s: string, base = 10): bigint {
  if ((base !== 0 && base < 2) || base > 36) pyErr(ExcType.ValueError, 'int() base must be >= 2 and <= 36, or 0');
  const invalid = (): never => pyErr(ExcType.ValueError, `invalid literal for int() with base ${base}: ${truncRepr200(s)}`);
  const t = transformDecimalAndSpace(s);
  let i = 0;
  while (i < t.length && isAsciiSpace(t[i]!)) i++;
  let negative = false;
  if (t[i] === '+') i++;
  else if (t[i] === '-') {
    negative = true;
    i++;
  }
  let b = base;
  let errorIfNonzero = false;
  const c1 = (t[i + 1] ?? '').toLowerCase();
  if (b === 0) {
    if (t[i] !== '0') b = 10;
    else if (c1 === 'x') b = 16;
    else if (c1 === 'o') b = 8;
    else if (c1 === 'b') b = 2;
    else {
      errorIfNonzero = true;
      b = 10;
    }
  }
  if (t[i] === '0' && ((b === 16 && c1 === 'x') || (b === 8 && c1 === 'o') || (b === 2 && c1 === 'b'))) {
    i += 2;
    if (t[i] === '_') i++;
  }
  if (t[i] === '_') invalid();
  let digits = '';
  let prev = '';
  while (i < t.length && (digitValue(t[i]!) < b || t[i] === '_')) {
    if (t[i] === '_') {
      if (prev === '_') invalid();
    } else digits += t[i];
    prev = t[i]!;
    i++;
  }
  if (prev === '_') invalid();
  if ((b & (b - 1)) !== 0 && digits.length > MAX_STR_DIGITS) {
    pyErr(ExcType.ValueError, `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  if (digits === '') invalid();
  while (i < t.length && isAsciiSpace(t[i]!)) i++;
  if (i !== t.length) invalid();
  const v = digitsToBigint(digits, b);
  if (errorIfNonzero && v !== 0n) invalid();
  return negative ? -v : v;
}

function digitsToBigint(d: string, base: number): bigint {
  if (base === 10) return BigInt(d);
  if (base === 16) return BigInt('0x' + d);
  if (base === 8) return BigInt('0o' + d);
  if (base === 2) return BigInt('0b' + d);
  const B = BigInt(base);
  let v = 0n;
  // Chunks of 8 digits keep the bigint multiplications few.
  for (let i = 0; i < d.length; i += 8) {
    const chunk = d.slice(i, i + 8);
    let cv = 0;
    for (const ch of chunk) cv = cv * base + digitValue(ch);
    v = v * B ** BigInt(chunk.length) + BigInt(cv);
  }
  return v;
}

const FLOAT_SYNTAX = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)$/i;

/** float(s) for a str argument. */
export function parseFloat(s: string): number {
  const invalid = (): never => pyErr(ExcType.ValueError, `could not convert string to float: ${strRepr(s)}`);
  let t = transformDecimalAndSpace(s);
  let a = 0;
  let b = t.length;
  while (a < b && isAsciiSpace(t[a]!)) a++;
  while (b > a && isAsciiSpace(t[b - 1]!)) b--;
  t = t.slice(a, b);
  if (t.includes('_')) {
    let dup = '';
    let prev = '';
    for (const c of t) {
      const isDigit = c >= '0' && c <= '9';
      if (c === '_') {
        if (!(prev >= '0' && prev <= '9' && prev !== '')) invalid();
      } else {
        if (prev === '_' && !isDigit) invalid();
        dup += c;
      }
      prev = c;
    }
    if (prev === '_') invalid();
    t = dup;
  }
  if (!FLOAT_SYNTAX.test(t)) invalid();
  const neg = t[0] === '-';
  const body = t.replace(/^[+-]/, '').toLowerCase();
  if (body === 'inf' || body === 'infinity') return neg ? -Infinity : Infinity;
  if (body === 'nan') return NaN;
  return Number(t);
}
