// Models printf-style str formatting, PyUnicode_Format in Objects/unicodeobject.c (3.11):
// unicode_format_arg_parse (mapping keys, flags, '*' width/precision, length modifiers),
// unicode_format_getnextarg, mainformatlong / _PyUnicode_FormatLong, formatfloat, formatchar, and the padding
// of unicode_format_arg_output. The VM supplies the Python-level conversions through PercentHooks.

import { ExcType, pyErr } from './errors';
import { doubleToString, type DoubleFormatCode } from './floatformat';
import { intToStr } from './intops';
import { intToFloat } from './numconv';
import { checkCLong } from './formatspec';
import { codePoints, fromCodePoints } from './unicode';

/** What a Python value is, for the numeric conversions. */
export type PercentNumber = { readonly int: bigint } | { readonly float: number } | null;

export interface PercentHooks<V> {
  str(v: V): string;
  repr(v: V): string;
  ascii(v: V): string;
  /** The value as a number (bool is an int), or null when it is not a number (PyNumber_Check fails). */
  number(v: V): PercentNumber;
  /** The value when it is a str, else null. */
  asStr(v: V): string | null;
  /** type(v).__name__, for error messages. */
  typeName(v: V): string;
  /** mapping[key] (the VM raises KeyError itself). */
  getItem(mapping: V, key: string): V;
}

/**
 * The right operand of %: a tuple's items, or one object. `isMapping` follows CPython's test
 * `PyMapping_Check(args) && !PyTuple_Check(args) && !PyUnicode_Check(args)`: true for any object with
 * __getitem__ other than str and tuple (dict, list, bytes…), which also silences "not all arguments converted".
 */
export type PercentArgs<V> = { readonly tuple: readonly V[] } | { readonly single: V; readonly isMapping: boolean };

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

/** fmt % args. */
export function percentFormat<V>(fmt: string, args: PercentArgs<V>, hooks: PercentHooks<V>): string {
  const cs = codePoints(fmt);
  let out = '';
  let argsObj: readonly V[] | V = 'tuple' in args ? args.tuple : args.single;
  let arglen = 'tuple' in args ? args.tuple.length : -1;
  let argidx = 'tuple' in args ? 0 : -2;
  const dict = 'single' in args && args.isMapping ? args.single : undefined;
  const nextArg = (): V => {
    if (argidx < arglen) {
      argidx++;
      if (arglen < 0) return argsObj as V;
      return (argsObj as readonly V[])[argidx - 1]!;
    }
    return pyErr(ExcType.TypeError, 'not enough arguments for format string');
  };
  let i = 0;
  while (i < cs.length) {
    if (cs[i] !== 0x25) {
      const j = i;
      while (i < cs.length && cs[i] !== 0x25) i++;
      out += fromCodePoints(cs.slice(j, i));
      continue;
    }
    i++; // past '%'
    if (i >= cs.length) pyErr(ExcType.ValueError, 'incomplete format');
    if (cs[i] === 0x25) {
      out += '%';
      i++;
      continue;
    }
    let flags = 0;
    let width = -1;
    let prec = -1;
    if (cs[i] === 0x28) {
      // %(key)
      if (dict === undefined) pyErr(ExcType.TypeError, 'format requires a mapping');
      i++;
      let depth = 1;
      const start = i;
      while (depth > 0 && i < cs.length) {
        if (cs[i] === 0x29) depth--;
        else if (cs[i] === 0x28) depth++;
        i++;
      }
      if (depth > 0) pyErr(ExcType.ValueError, 'incomplete format key');
      const key = fromCodePoints(cs.slice(start, i - 1));
      argsObj = hooks.getItem(dict as V, key);
      arglen = -1;
      argidx = -2;
    }
    for (; i < cs.length; i++) {
      const c = cs[i];
      if (c === 0x2d) flags |= F_LJUST;
      else if (c === 0x2b) flags |= F_SIGN;
      else if (c === 0x20) flags |= F_BLANK;
      else if (c === 0x23) flags |= F_ALT;
      else if (c === 0x30) flags |= F_ZERO;
      else break;
    }
    const starInt = (): number => {
      const v = nextArg();
      const num = hooks.number(v);
      if (!num || !('int' in num)) pyErr(ExcType.TypeError, '* wants int');
      return Number((num as { int: bigint }).int);
    };
    if (cs[i] === 0x2a) {
      width = starInt();
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      i++;
    } else {
      while (i < cs.length && cs[i]! >= 0x30 && cs[i]! <= 0x39) {
        width = (width < 0 ? 0 : width) * 10 + (cs[i]! - 0x30);
        if (!Number.isSafeInteger(width)) pyErr(ExcType.ValueError, 'width too big');
        i++;
      }
    }
    if (cs[i] === 0x2e) {
      prec = 0;
      i++;
      if (cs[i] === 0x2a) {
        prec = starInt();
        if (prec < 0) prec = 0;
        i++;
      } else {
        while (i < cs.length && cs[i]! >= 0x30 && cs[i]! <= 0x39) {
          prec = prec * 10 + (cs[i]! - 0x30);
          if (!Number.isSafeInteger(prec)) pyErr(ExcType.ValueError, 'precision too big');
          i++;
        }
      }
    }
    while (i < cs.length && (cs[i] === 0x68 || cs[i] === 0x6c || cs[i] === 0x4c)) i++; // h l L
    if (i >= cs.length) pyErr(ExcType.ValueError, 'incomplete format');
    const chCp = cs[i]!;
    const ch = String.fromCodePoint(chCp);
    const chIndex = i;
    i++;
    const v = nextArg();
    let body: string;
    let isNumber = false;
    switch (ch) {
      case 's': case 'r': case 'a': {
        body = ch === 's' ? hooks.str(v) : ch === 'r' ? hooks.repr(v) : hooks.ascii(v);
        if (prec >= 0) body = fromCodePoints(codePoints(body).slice(0, prec));
        break;
      }
      case 'i': case 'd': case 'u': case 'o': case 'x': case 'X': {
        const num = hooks.number(v);
        let n: bigint;
        if (num && 'int' in num) n = num.int;
        else if (num && 'float' in num && (ch === 'i' || ch === 'd' || ch === 'u')) {
          if (Number.isNaN(num.float)) pyErr(ExcType.ValueError, 'cannot convert float NaN to integer');
          if (!Number.isFinite(num.float)) pyErr(ExcType.OverflowError, 'cannot convert float infinity to integer');
          n = BigInt(Math.trunc(num.float));
        } else if (ch === 'o' || ch === 'x' || ch === 'X') {
          return pyErr(ExcType.TypeError, `%${ch} format: an integer is required, not ${hooks.typeName(v)}`);
        } else {
          return pyErr(ExcType.TypeError, `%${ch} format: a real number is required, not ${hooks.typeName(v)}`);
        }
        body = formatLong(n, (flags & F_ALT) !== 0, prec, ch);
        isNumber = true;
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        const num = hooks.number(v);
        if (!num) pyErr(ExcType.TypeError, `must be real number, not ${hooks.typeName(v)}`);
        const x = 'float' in num! ? num.float : intToFloat((num as { int: bigint }).int);
        body = doubleToString(x, ch as DoubleFormatCode, prec < 0 ? 6 : prec, { alt: (flags & F_ALT) !== 0 });
        isNumber = true;
        break;
      }
      case 'c': {
        const s = hooks.asStr(v);
        if (s !== null) {
          if (codePoints(s).length !== 1) pyErr(ExcType.TypeError, '%c requires int or char');
          body = s;
        } else {
          const num = hooks.number(v);
          if (!num || !('int' in num)) return pyErr(ExcType.TypeError, '%c requires int or char');
          checkCLong(num.int);
          if (num.int < 0n || num.int > 0x10ffffn) pyErr(ExcType.OverflowError, '%c arg not in range(0x110000)');
          body = String.fromCodePoint(Number(num.int));
        }
        break;
      }
      default: {
        const shown = chCp > 32 && chCp < 127 ? ch : '?';
        return pyErr(ExcType.ValueError, `unsupported format character '${shown}' (0x${chCp.toString(16)}) at index ${chIndex}`);
      }
    }
    out += padArg(body, flags, width, isNumber, ch);
  }
  if (argidx < arglen && dict === undefined) pyErr(ExcType.TypeError, 'not all arguments converted during string formatting');
  return out;
}

/** _PyUnicode_FormatLong: digits with a minimum count (precision), an optional 0x/0o prefix, upper case for X. */
function formatLong(n: bigint, alt: boolean, prec: number, type: string): string {
  const neg = n < 0n;
  const abs = neg ? -n : n;
  let digits = type === 'o' ? abs.toString(8) : type === 'x' || type === 'X' ? abs.toString(16) : intToStr(abs);
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  const prefix = alt && (type === 'o' || type === 'x' || type === 'X') ? (type === 'o' ? '0o' : '0x') : '';
  let s = (neg ? '-' : '') + prefix + digits;
  if (type === 'X') s = s.toUpperCase();
  return s;
}

/** unicode_format_arg_output: sign, alternate prefix and padding. */
function padArg(str: string, flagsIn: number, widthIn: number, isNumber: boolean, ch: string): string {
  let flags = flagsIn;
  if (!isNumber || flags & F_LJUST) flags &= ~F_ZERO;
  const fill = flags & F_ZERO ? '0' : ' ';
  let cps = codePoints(str);
  let len = cps.length;
  let width = widthIn;
  let signChar = '';
  let hasSign = isNumber;
  let p = 0;
  if (hasSign) {
    const c = cps[0];
    if (c === 0x2d || c === 0x2b) {
      signChar = String.fromCharCode(c);
      len--;
      p++;
    } else if (flags & F_SIGN) signChar = '+';
    else if (flags & F_BLANK) signChar = ' ';
    else hasSign = false;
  }
  if (width < len) width = len;
  let out = '';
  if (hasSign) {
    if (fill !== ' ') out += signChar;
    if (width > len) width--;
  }
  const altPrefix = (flags & F_ALT) !== 0 && (ch === 'x' || ch === 'X' || ch === 'o');
  if (altPrefix) {
    if (fill !== ' ') {
      out += fromCodePoints(cps.slice(p, p + 2));
      p += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (hasSign) out += signChar;
    if (altPrefix) {
      out += fromCodePoints(cps.slice(p, p + 2));
      p += 2;
    }
  }
  cps = cps.slice(p, p + len);
  out += fromCodePoints(cps);
  if (width > len) out += ' '.repeat(width - len);
  return out;
}
