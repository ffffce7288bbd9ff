// Models str % args (Objects/unicodeobject.c PyUnicode_Format) and format(value, spec) for int, float and
// str (Python/formatter_unicode.c): [[fill]align][sign][#][0][width][,|_][.precision][type]. Float digits
// come from the semantics library's PyOS_double_to_string.
// TODO: the semantics library may grow a complete format-spec implementation; switch to it then.

import { PyObject, DECREF } from './object';
import * as M from './models';
import * as E from './exceptions';
import { PyDict, dictGet } from './dict';
import { reprJs, strJs, callSpecial } from './abstract';
import { doubleToString } from '../semantics/floatformat';

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
}

function parseSpec(spec: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/su.exec(spec);
  if (m === null) return E.raise(E.ValueError, 'Invalid format specifier');
  return {
    fill: m[1] ?? (m[5] && !m[2] ? '0' : ' '),
    align: m[2] ?? (m[5] ? '=' : ''),
    sign: m[3] ?? '-',
    alt: !!m[4],
    zero: !!m[5],
    width: m[6] ? parseInt(m[6], 10) : 0,
    grouping: m[7] ?? '',
    precision: m[8] !== undefined ? parseInt(m[8], 10) : -1,
    type: m[9] ?? '',
  };
}

function group(intPart: string, sep: string, every: number): string {
  if (!sep) return intPart;
  let out = '';
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % every === 0) out += sep;
    out += intPart[i];
  }
  return out;
}

function pad(body: string, signStr: string, s: Spec, defaultAlign: string): string {
  const align = s.align || defaultAlign;
  const total = [...signStr].length + [...body].length;
  const n = Math.max(0, s.width - total);
  if (align === '=') return signStr + s.fill.repeat(n) + body;
  const full = signStr + body;
  if (align === '<') return full + s.fill.repeat(n);
  if (align === '>') return s.fill.repeat(n) + full;
  const left = Math.floor(n / 2);
  return s.fill.repeat(left) + full + s.fill.repeat(n - left);
}

function signOf(neg: boolean, s: Spec): string {
  if (neg) return '-';
  if (s.sign === '+') return '+';
  if (s.sign === ' ') return ' ';
  return '';
}

export function formatInt(v: number | bigint, s: Spec): string {
  const neg = v < 0;
  const a = neg ? (typeof v === 'bigint' ? -v : -v) : v;
  let body: string;
  let prefix = '';
  switch (s.type) {
    case 'b': body = a.toString(2); prefix = s.alt ? '0b' : ''; break;
    case 'o': body = a.toString(8); prefix = s.alt ? '0o' : ''; break;
    case 'x': body = a.toString(16); prefix = s.alt ? '0x' : ''; break;
    case 'X': body = a.toString(16).toUpperCase(); prefix = s.alt ? '0X' : ''; break;
    case 'c': body = String.fromCodePoint(Number(a)); break;
    case '': case 'd': case 'n': body = group(a.toString(), s.grouping, 3); break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloat(Number(v), s);
    default:
      return E.raise(E.ValueError, `Unknown format code '${s.type}' for object of type 'int'`);
  }
  if (s.zero && s.align === '=' && s.grouping && s.width > 0) {
    const width = s.width - signOf(neg, s).length - prefix.length;
    const digits = a.toString();
    let g = group(digits, s.grouping, 3);
    let d = digits;
    while ([...g].length < width) {
      d = '0' + d;
      g = group(d, s.grouping, 3);
    }
    return signOf(neg, s) + prefix + g;
  }
  return pad(body, signOf(neg, s) + prefix, s, '>');
}

export function formatFloat(x: number, s: Spec): string {
  let type = s.type;
  let prec = s.precision;
  let x2 = x;
  let suffix = '';
  if (type === '%') {
    x2 = x * 100;
    type = 'f';
    suffix = '%';
  }
  let body: string;
  if (type === '') {
    if (prec < 0) body = doubleToString(Math.abs(x2), 'r', 0, { addDot0: true });
    else body = doubleToString(Math.abs(x2), 'g', prec === 0 ? 1 : prec, { addDot0: true, alt: s.alt });
  } else {
    if (!'eEfFgG'.includes(type)) return E.raise(E.ValueError, `Unknown format code '${type}' for object of type 'float'`);
    if (prec < 0) prec = 6;
    body = doubleToString(Math.abs(x2), type as 'e', type.toLowerCase() === 'g' && prec === 0 ? 1 : prec, { alt: s.alt });
  }
  const neg = x2 < 0 || Object.is(x2, -0);
  if (s.grouping) {
    const [ip, ...rest] = body.split('.');
    body = group(ip!, s.grouping, 3) + (rest.length ? '.' + rest.join('.') : '');
  }
  return pad(body + suffix, signOf(neg && !Number.isNaN(x2), s), s, '>');
}

/** format(value, spec) for builtin values; user classes go through __format__ in the VM. */
export function formatValue(o: PyObject, spec: string): string {
  if (o.ob_type.isHeap) {
    const m = o.ob_type.lookup('__format__');
    if (m !== undefined) {
      const sp = M.newStr(spec);
      try {
        const r = callSpecial(o, m, [sp]);
        const v = (r as M.PyStr).v;
        DECREF(r);
        return v;
      } finally {
        DECREF(sp);
      }
    }
    if (spec !== '') E.raise(E.TypeError, `unsupported format string passed to ${o.ob_type.tp_name}.__format__`);
    return strJs(o);
  }
  if (spec === '') return strJs(o);
  const s = parseSpec(spec);
  if (o instanceof M.PyInt && o.ob_type.tp_name !== 'bool') return formatInt(o.v, s);
  if (o instanceof M.PyInt) return s.type === '' ? pad(o.v ? 'True' : 'False', '', s, '<') : formatInt(o.v, s);
  if (o instanceof M.PyFloat) return formatFloat(o.v, s);
  if (o instanceof M.PyStr) {
    if (s.type !== '' && s.type !== 's') return E.raise(E.ValueError, `Unknown format code '${s.type}' for object of type 'str'`);
    const v = s.precision >= 0 ? [...o.v].slice(0, s.precision).join('') : o.v;
    return pad(v, '', s, '<');
  }
  return E.raise(E.TypeError, `unsupported format string passed to ${o.ob_type.tp_name}.__format__`);
}

/** PyUnicode_Format: `fmt % args`. */
export function percentFormat(fmt: string, args: PyObject): string {
  const isTuple = args instanceof M.PyTuple;
  const items = isTuple ? (args as M.PyTuple).items : [args];
  const dict = !isTuple && args instanceof PyDict ? args : null;
  let ai = 0;
  let out = '';
  const next = (): PyObject => {
    if (ai >= items.length) E.raise(E.TypeError, 'not enough arguments for format string');
    return items[ai++]!;
  };
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch !== '%') {
      out += ch;
      continue;
    }
    i++;
    let key: string | null = null;
    if (fmt[i] === '(') {
      const end = fmt.indexOf(')', i);
      key = fmt.slice(i + 1, end);
      i = end + 1;
    }
    let flags = '';
    while ('-+ #0'.includes(fmt[i]!)) flags += fmt[i++];
    let width = '';
    if (fmt[i] === '*') {
      width = String((next() as M.PyInt).v);
      i++;
    } else while (/\d/.test(fmt[i] ?? '')) width += fmt[i++];
    let prec = '';
    if (fmt[i] === '.') {
      i++;
      prec = '.';
      while (/\d/.test(fmt[i] ?? '')) prec += fmt[i++];
      if (prec === '.') prec = '.0';
    }
    const conv = fmt[i];
    if (conv === undefined) E.raise(E.ValueError, 'incomplete format');
    if (conv === '%') {
      out += '%';
      continue;
    }
    let v: PyObject;
    if (key !== null) {
      if (dict === null) E.raise(E.TypeError, 'format requires a mapping');
      const ks = M.newStr(key);
      const got = dictGet(dict!, ks);
      DECREF(ks);
      if (got === null) E.raise(E.KeyError, key);
      v = got!;
    } else v = next();
    const align = flags.includes('-') ? '<' : flags.includes('0') && conv !== 's' && conv !== 'r' ? '=' : '>';
    const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '-';
    const spec = `${align === '=' ? '0' : ' '}${align}${sign}${flags.includes('#') ? '#' : ''}${width}${prec}`;
    let piece: string;
    switch (conv) {
      case 's': piece = strJs(v); break;
      case 'r': case 'a': piece = reprJs(v); break;
      case 'd': case 'i': case 'u': {
        if (!(v instanceof M.PyInt) && !(v instanceof M.PyFloat)) E.raise(E.TypeError, `%${conv} format: a real number is required, not ${v.ob_type.tp_name}`);
        const iv = v instanceof M.PyFloat ? Math.trunc(v.v) : (v as M.PyInt).v;
        piece = formatInt(iv, parseSpec(spec.replace(/\.\d*$/, '') + 'd'));
        out += piece;
        continue;
      }
      case 'x': case 'X': case 'o': {
        if (!(v instanceof M.PyInt)) E.raise(E.TypeError, `%${conv} format: an integer is required, not ${v.ob_type.tp_name}`);
        piece = formatInt((v as M.PyInt).v, parseSpec(spec.replace(/\.\d*$/, '') + conv));
        out += piece;
        continue;
      }
      case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': {
        const x = v instanceof M.PyFloat ? v.v : v instanceof M.PyInt ? Number(v.v) : E.raise(E.TypeError, `must be real number, not ${v.ob_type.tp_name}`);
        out += formatFloat(x, parseSpec(spec + (prec === '' ? '.6' : '') + conv));
        continue;
      }
      case 'c': piece = v instanceof M.PyInt ? String.fromCodePoint(Number(v.v)) : strJs(v); break;
      default:
        return E.raise(E.ValueError, `unsupported format character '${conv}' (0x${conv!.charCodeAt(0).toString(16)}) at index ${i}`);
    }
    if (prec !== '' && (conv === 's' || conv === 'r')) piece = piece.slice(0, parseInt(prec.slice(1), 10));
    const w = width ? parseInt(width, 10) : 0;
    const n = Math.max(0, w - [...piece].length);
    out += flags.includes('-') ? piece + ' '.repeat(n) : ' '.repeat(n) + piece;
  }
  if (ai < items.length && dict === null && (isTuple || ai === 0)) {
    E.raise(E.TypeError, 'not all arguments converted during string formatting');
  }
  return out;
}
