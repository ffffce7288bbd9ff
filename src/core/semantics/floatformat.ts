// Models PyOS_double_to_string / format_float_short from Python/pystrtod.c (float_repr_style 'short'):
// repr(float), str(float) and the digit layout behind '%e %f %g' and format() for floats.

import { fixedDigits, shortestDigits, significantDigits, type Digits } from './floatdigits';

export interface DoubleFormatFlags {
  /** Py_DTSF_SIGN: '+' before non-negative numbers. */
  readonly sign?: boolean;
  /** Py_DTSF_ADD_DOT_0: an integral result in fixed notation gets '.0'. */
  readonly addDot0?: boolean;
  /** Py_DTSF_ALT: keep trailing zeros and the decimal point ('#'). */
  readonly alt?: boolean;
  /** Py_DTSF_NO_NEG_0 (3.11's 'z' option): a result that rounds to zero loses its minus sign. */
  readonly noNeg0?: boolean;
}

export type DoubleFormatCode = 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r';

/** PyOS_double_to_string(x, code, precision, flags). Precision is ignored for 'r'. */
export function doubleToString(x: number, code: DoubleFormatCode, precision: number, flags: DoubleFormatFlags = {}): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  const lc = code.toLowerCase() as 'e' | 'f' | 'g' | 'r';
  if (!Number.isFinite(x)) {
    // The sign of a nan is ignored, as in format_float_short.
    const neg = x === -Infinity;
    const body = Number.isNaN(x) ? 'nan' : 'inf';
    return (neg ? '-' : flags.sign ? '+' : '') + (upper ? body.toUpperCase() : body);
  }
  let d: Digits;
  let prec = precision;
  switch (lc) {
    case 'e':
      prec = precision + 1;
      d = significantDigits(x, prec);
      break;
    case 'f':
      d = fixedDigits(x, precision);
      break;
    case 'g':
      if (prec === 0) prec = 1;
      d = significantDigits(x, prec);
      break;
    case 'r':
      d = shortestDigits(x);
      break;
  }
  return layout(d, lc, prec, flags, upper);
}

function zeros(n: number): string {
  return n > 0 ? '0'.repeat(n) : '';
}

function layout(d: Digits, code: 'e' | 'f' | 'g' | 'r', precision: number, flags: DoubleFormatFlags, upper: boolean): string {
  const digits = d.digits;
  const len = digits.length;
  let decpt = d.decpt;
  const addDot0 = !!flags.addDot0;
  const alt = !!flags.alt;
  let useExp = false;
  let vEnd = len;
  switch (code) {
    case 'e':
      useExp = true;
      vEnd = precision;
      break;
    case 'f':
      vEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;

  const negative = d.negative && !(flags.noNeg0 && /^0*$/.test(digits));
  let out = negative ? '-' : flags.sign ? '+' : '';
  if (decpt <= 0) out += zeros(decpt - vStart) + '.' + zeros(-decpt);
  else out += zeros(-vStart);
  if (decpt > 0 && decpt <= len) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (len < decpt) out += zeros(decpt - len) + '.' + zeros(vEnd - decpt);
  else out += zeros(vEnd - len);
  if (out.endsWith('.') && !alt) out = out.slice(0, -1);
  if (useExp) {
    const a = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
  }
  return out;
}

/** repr(float) and str(float) (identical since 3.2). */
export function floatRepr(x: number): string {
  return doubleToString(x, 'r', 0, { addDot0: true });
}
