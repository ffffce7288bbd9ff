// Models the format-spec mini-language of Python/formatter_unicode.c (3.11): parse_internal_render_format_spec,
// calc_number_widths / fill_number, _PyUnicode_InsertThousandsGrouping (with zero padding that is grouped too),
// and format_string_internal / format_long_internal / format_float_internal — i.e. format(v, spec) for
// str, int and float. 'n' uses the C locale (no grouping), which is what a Python program starts with.

import { ExcType, pyErr } from './errors';
import { doubleToString, floatRepr, type DoubleFormatCode } from './floatformat';
import { intToStr } from './intops';
import { intToFloat } from './numconv';
import { codePoints, fromCodePoints, pyLen } from './unicode';

/** Thousands separators: none, ',' (LT_DEFAULT_LOCALE), '_' every 3, '_' every 4 (bin/oct/hex). */
export type Grouping = '' | ',' | '_' | '_4';

export interface FormatSpec {
  readonly fill: string;
  readonly fillSpecified: boolean;
  readonly align: '<' | '>' | '=' | '^';
  readonly alignSpecified: boolean;
  readonly sign: '' | '+' | '-' | ' ';
  readonly noNeg0: boolean;
  readonly alternate: boolean;
  readonly width: number;
  readonly grouping: Grouping;
  readonly precision: number;
  /** '' when omitted (for str the default type is 's', for int 'd'). */
  readonly type: string;
}

const isAlign = (c: string | undefined): c is FormatSpec['align'] => c === '<' || c === '>' || c === '=' || c === '^';

function typeCharText(t: string): string {
  const c = t.codePointAt(0)!;
  return c > 32 && c < 128 ? t : `\\x${c.toString(16)}`;
}

/** parse_internal_render_format_spec. `typeName` names the object's type in error messages. */
export function parseFormatSpec(spec: string, defaultType: string, defaultAlign: '<' | '>', typeName: string): FormatSpec {
  const cs = codePoints(spec).map((c) => String.fromCodePoint(c));
  let pos = 0;
  const end = cs.length;
  let fill = ' ';
  let fillSpecified = false;
  let align: FormatSpec['align'] = defaultAlign;
  let alignSpecified = false;
  let sign: FormatSpec['sign'] = '';
  let noNeg0 = false;
  let alternate = false;
  let width = -1;
  let grouping: Grouping = '';
  let precision = -1;
  let type = defaultType;
  if (end - pos >= 2 && isAlign(cs[pos + 1])) {
    fill = cs[pos]!;
    fillSpecified = true;
    align = cs[pos + 1] as FormatSpec['align'];
    alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cs[pos])) {
    align = cs[pos] as FormatSpec['align'];
    alignSpecified = true;
    pos++;
  }
  if (end - pos >= 1 && (cs[pos] === '+' || cs[pos] === '-' || cs[pos] === ' ')) {
    sign = cs[pos] as FormatSpec['sign'];
    pos++;
  }
  if (end - pos >= 1 && cs[pos] === 'z') {
    noNeg0 = true;
    pos++;
  }
  if (end - pos >= 1 && cs[pos] === '#') {
    alternate = true;
    pos++;
  }
  if (!fillSpecified && end - pos >= 1 && cs[pos] === '0') {
    fill = '0';
    if (!alignSpecified && defaultAlign === '>') align = '=';
    pos++;
  }
  const readInt = (): number => {
    let n = 0;
    let consumed = 0;
    while (pos < end && cs[pos]! >= '0' && cs[pos]! <= '9') {
      n = n * 10 + (cs[pos]!.charCodeAt(0) - 48);
      if (n > 0x7fffffffffffffff / 10 || !Number.isSafeInteger(n)) pyErr(ExcType.ValueError, 'Too many decimal digits in format string');
      pos++;
      consumed++;
    }
    return consumed === 0 ? -1 : n;
  };
  width = readInt();
  if (pos < end && cs[pos] === ',') {
    grouping = ',';
    pos++;
  }
  if (pos < end && cs[pos] === '_') {
    if (grouping !== '') pyErr(ExcType.ValueError, "Cannot specify both ',' and '_'.");
    grouping = '_';
    pos++;
  }
  if (pos < end && cs[pos] === ',' && grouping === '_') pyErr(ExcType.ValueError, "Cannot specify both ',' and '_'.");
  if (pos < end && cs[pos] === '.') {
    pos++;
    precision = readInt();
    if (precision < 0) pyErr(ExcType.ValueError, 'Format specifier missing precision');
  }
  if (end - pos > 1) pyErr(ExcType.ValueError, `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (end - pos === 1) type = cs[pos]!;
  if (grouping !== '') {
    const allowed = ['d', 'e', 'f', 'g', 'E', 'G', '%', 'F', ''].includes(type);
    // Underscores are allowed in bin/oct/hex (PEP 515), every four digits.
    const radix = ['b', 'o', 'x', 'X'].includes(type);
    if (radix && grouping === '_') grouping = '_4';
    else if (!allowed) pyErr(ExcType.ValueError, `Cannot specify '${grouping === ',' ? ',' : '_'}' with '${typeCharText(type)}'.`);
  }
  return { fill, fillSpecified, align, alignSpecified, sign, noNeg0, alternate, width, grouping, precision, type };
}

function unknownType(type: string, typeName: string): never {
  return pyErr(ExcType.ValueError, `Unknown format code '${typeCharText(type)}' for object of type '${typeName}'`);
}

/** _PyUnicode_InsertThousandsGrouping: groups digits from the right, padding with (grouped) zeros to minWidth. */
function groupDigits(digits: string, minWidthIn: number, group: number, sep: string): string {
  let minWidth = minWidthIn;
  let remaining = digits.length;
  let pos = digits.length;
  let out = '';
  let useSep = false;
  let broken = false;
  const take = (l: number): void => {
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    out = '0'.repeat(nZeros) + digits.slice(pos - nChars, pos) + (useSep ? sep : '') + out;
    pos -= nChars;
    remaining -= nChars;
  };
  if (group > 0) {
    for (;;) {
      const l = Math.min(group, Math.max(remaining, minWidth, 1));
      take(l);
      useSep = true;
      minWidth -= l;
      if (remaining <= 0 && minWidth <= 0) {
        broken = true;
        break;
      }
      minWidth -= sep.length;
    }
  }
  if (!broken) take(Math.max(remaining, minWidth, 1));
  return out;
}

interface NumberParts {
  readonly signChar: '' | '-';
  readonly prefix: string;
  readonly digits: string;
  /** Decimal point present (written as '.'), followed by the remainder. */
  readonly hasDecimal: boolean;
  readonly remainder: string;
}

/** calc_number_widths + fill_number. */
function layoutNumber(p: NumberParts, f: FormatSpec, upper: boolean): string {
  let sign = '';
  if (f.sign === '+') sign = p.signChar === '-' ? '-' : '+';
  else if (f.sign === ' ') sign = p.signChar === '-' ? '-' : ' ';
  else if (p.signChar === '-') sign = '-';
  const [group, sep] = f.grouping === ',' ? [3, ','] : f.grouping === '_' ? [3, '_'] : f.grouping === '_4' ? [4, '_'] : [0, ''];
  const decimal = p.hasDecimal ? '.' : '';
  const nonDigit = sign.length + p.prefix.length + decimal.length + pyLen(p.remainder);
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigit : 0;
  let grouped = p.digits.length === 0 ? '' : groupDigits(p.digits, minWidth, group, sep);
  let prefix = p.prefix;
  if (upper) {
    grouped = grouped.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  const padding = f.width - (nonDigit + grouped.length);
  let l = 0;
  let s = 0;
  let r = 0;
  if (padding > 0) {
    switch (f.align) {
      case '<': r = padding; break;
      case '^': l = Math.floor(padding / 2); r = padding - l; break;
      case '=': s = padding; break;
      case '>': l = padding; break;
    }
  }
  return f.fill.repeat(l) + sign + prefix + f.fill.repeat(s) + grouped + decimal + p.remainder + f.fill.repeat(r);
}

/** format(s, spec) for a str. */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const f = parseFormatSpec(spec, 's', '<', typeName);
  if (f.type !== 's') unknownType(f.type, typeName);
  if (f.sign === ' ') pyErr(ExcType.ValueError, 'Space not allowed in string format specifier');
  if (f.sign !== '') pyErr(ExcType.ValueError, 'Sign not allowed in string format specifier');
  if (f.noNeg0) pyErr(ExcType.ValueError, 'Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) pyErr(ExcType.ValueError, 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') pyErr(ExcType.ValueError, "'=' alignment not allowed in string format specifier");
  let cps = codePoints(s);
  if (f.precision >= 0 && cps.length > f.precision) cps = cps.slice(0, f.precision);
  const body = fromCodePoints(cps);
  const pad = f.width - cps.length;
  if (pad <= 0) return body;
  switch (f.align) {
    case '>': return f.fill.repeat(pad) + body;
    case '^': {
      const l = Math.floor(pad / 2);
      return f.fill.repeat(l) + body + f.fill.repeat(pad - l);
    }
    default: return body + f.fill.repeat(pad);
  }
}

/** PyLong_AsLong's range check (64-bit C long). */
export function checkCLong(n: bigint): void {
  if (n < -(2n ** 63n) || n >= 2n ** 63n) pyErr(ExcType.OverflowError, 'Python int too large to convert to C long');
}

/** format(n, spec) for an int (bool formats as its int except with an empty spec, which the VM handles). */
export function formatInt(n: bigint, spec: string, typeName = 'int'): string {
  if (spec === '') return intToStr(n);
  const f = parseFormatSpec(spec, 'd', '>', typeName);
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatParsed(intToFloat(n), f);
    default:
      unknownType(f.type, typeName);
  }
  if (f.precision !== -1) pyErr(ExcType.ValueError, 'Precision not allowed in integer format specifier');
  if (f.noNeg0) pyErr(ExcType.ValueError, 'Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') pyErr(ExcType.ValueError, "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) pyErr(ExcType.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    checkCLong(n);
    if (n < 0n || n > 0x10ffffn) pyErr(ExcType.OverflowError, '%c arg not in range(0x110000)');
    return layoutNumber({ signChar: '', prefix: '', digits: '', hasDecimal: false, remainder: String.fromCodePoint(Number(n)) }, f, false);
  }
  const base = f.type === 'b' ? 2 : f.type === 'o' ? 8 : f.type === 'x' || f.type === 'X' ? 16 : 10;
  const abs = n < 0n ? -n : n;
  const digits = base === 10 ? intToStr(abs) : abs.toString(base);
  const prefix = f.alternate && base !== 10 ? (base === 2 ? '0b' : base === 8 ? '0o' : '0x') : '';
  return layoutNumber({ signChar: n < 0n ? '-' : '', prefix, digits, hasDecimal: false, remainder: '' }, f, f.type === 'X');
}

/** format(x, spec) for a float. */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(x);
  const f = parseFormatSpec(spec, '', '>', typeName);
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    default:
      unknownType(f.type, typeName);
  }
  return formatFloatParsed(x, f);
}

function formatFloatParsed(value: number, f: FormatSpec): string {
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let addDot0 = false;
  if (type === '') {
    addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let val = value;
  let pct = false;
  if (type === '%') {
    type = 'f';
    val *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let buf = doubleToString(val, type as DoubleFormatCode, precision, { alt: f.alternate, addDot0, noNeg0: f.noNeg0 });
  if (pct) buf += '%';
  let signChar: '' | '-' = '';
  if (buf[0] === '-') {
    signChar = '-';
    buf = buf.slice(1);
  }
  let k = 0;
  while (k < buf.length && buf[k]! >= '0' && buf[k]! <= '9') k++;
  const hasDecimal = buf[k] === '.';
  return layoutNumber({ signChar, prefix: '', digits: buf.slice(0, k), hasDecimal, remainder: buf.slice(k + (hasDecimal ? 1 : 0)) }, f, false);
}
