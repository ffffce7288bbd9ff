// Models the common methods of str (Objects/unicodeobject.c, Objects/stringlib): join, split, strip,
// replace, find, case mapping, padding, format, … with CPython 3.11's messages. Case mapping uses JS's
// Unicode tables (close to CPython's for the characters students use; unicodedata 14 vs the JS engine's).

import { PyObject, PyType, INCREF, DECREF } from '../objects/object';
import * as M from '../objects/models';
import type * as C from '../objects/callables';
import * as E from '../objects/exceptions';
import * as A from '../objects/abstract';
import * as I from '../objects/iter';
import * as O from '../objects/ops';
import { formatValue } from '../objects/format';
import { PyDict, dictGet } from '../objects/dict';
import * as T from '../objects/types';
import { exactly, nargs, asInt } from './argparse';

type Def = (t: PyType, name: string, impl: (self: PyObject, args: PyObject[], kw: C.Kw) => PyObject) => void;

const sv = (o: PyObject): string => (o as M.PyStr).v;
function strArg(o: PyObject, fname: string, pos = 1): string {
  if (!(o instanceof M.PyStr)) E.raise(E.TypeError, `${fname} arg ${pos} must be str, not ${o.ob_type.tp_name}`);
  return sv(o);
}
function mustStr(o: PyObject, what: string): string {
  if (!(o instanceof M.PyStr)) E.raise(E.TypeError, `${what}, not ${o.ob_type.tp_name}`);
  return sv(o);
}

const WS = /[\s\x1c-\x1f\x85]/u;

function splitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && WS.test(s[i]!)) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(i).replace(/[\s\x1c-\x1f\x85]+$/u, ''));
      return out;
    }
    let j = i;
    while (j < n && !WS.test(s[j]!)) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function stripChars(s: string, chars: string | null, left: boolean, right: boolean): string {
  const isStrip = (c: string): boolean => (chars === null ? WS.test(c) : chars.includes(c));
  let a = 0, b = s.length;
  if (left) while (a < b && isStrip(s[a]!)) a++;
  if (right) while (b > a && isStrip(s[b - 1]!)) b--;
  return s.slice(a, b);
}

function sliceArgs(s: string, args: PyObject[], from: number): [number, number] {
  const n = s.length;
  const norm = (o: PyObject | undefined, dflt: number): number => {
    if (o === undefined || o === M.None) return dflt;
    let v = asInt(o);
    if (v < 0) v = Math.max(0, v + n);
    return Math.min(v, n);
  };
  return [norm(args[from], 0), norm(args[from + 1], n)];
}

/** str.format: positional/keyword fields with conversions and format specs (no nested attribute chains beyond . and [int]). */
export function strFormat(fmt: string, args: PyObject[], kw: C.Kw): string {
  let out = '';
  let auto = 0;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i]!;
    if (ch === '{') {
      if (fmt[i + 1] === '{') {
        out += '{';
        i++;
        continue;
      }
      let depth = 1;
      let j = i + 1;
      while (j < fmt.length && depth > 0) {
        if (fmt[j] === '{') depth++;
        else if (fmt[j] === '}') depth--;
        if (depth > 0) j++;
      }
      if (j >= fmt.length) E.raise(E.ValueError, "expected '}' before end of string");
      const field = fmt.slice(i + 1, j);
      i = j;
      let spec = '';
      let conv = '';
      let name = field;
      const colon = field.indexOf(':');
      if (colon >= 0) {
        spec = field.slice(colon + 1);
        name = field.slice(0, colon);
      }
      const bang = name.indexOf('!');
      if (bang >= 0) {
        conv = name.slice(bang + 1);
        name = name.slice(0, bang);
      }
      spec = spec.replace(/\{([^}]*)\}/g, (_m, inner: string) => strFormat(`{${inner}}`, args, kw));
      const m = /^([^.[]*)(.*)$/.exec(name)!;
      let head = m[1]!;
      let obj: PyObject;
      if (head === '') {
        if (auto < 0) E.raise(E.ValueError, 'cannot switch from manual field specification to automatic field numbering');
        head = String(auto++);
      } else if (/^\d+$/.test(head)) {
        if (auto > 0) E.raise(E.ValueError, 'cannot switch from automatic field numbering to manual field specification');
        auto = -1;
      }
      if (/^\d+$/.test(head)) {
        const k = parseInt(head, 10);
        if (k >= args.length) E.raise(E.IndexError, `Replacement index ${k} out of range for positional args tuple`);
        obj = args[k]!;
        INCREF(obj);
      } else {
        const v = kw?.get(head);
        if (v === undefined) E.raise(E.KeyError, `'${head}'`);
        obj = v!;
        INCREF(obj);
      }
      let rest = m[2]!;
      while (rest.length > 0) {
        const am = /^\.(\w+)/.exec(rest);
        if (am !== null) {
          const nv = A.getAttr(obj, am[1]!);
          DECREF(obj);
          obj = nv;
          rest = rest.slice(am[0].length);
          continue;
        }
        const im = /^\[([^\]]*)\]/.exec(rest);
        if (im === null) E.raise(E.ValueError, 'Only \'.\' or \'[\' may follow \']\' in format field specifier');
        const key = /^\d+$/.test(im![1]!) ? M.newInt(parseInt(im![1]!, 10)) : M.newStr(im![1]!);
        const nv = O.getItem(obj, key);
        DECREF(key);
        DECREF(obj);
        obj = nv;
        rest = rest.slice(im![0].length);
      }
      try {
        if (conv === 'r' || conv === 'a') {
          const r = conv === 'r' ? A.repr(obj) : A.ascii(obj);
          DECREF(obj);
          obj = r;
        } else if (conv === 's') {
          const r = A.str(obj);
          DECREF(obj);
          obj = r;
        } else if (conv !== '') E.raise(E.ValueError, `Unknown conversion specifier ${conv}`);
        out += formatValue(obj, spec);
      } finally {
        DECREF(obj);
      }
    } else if (ch === '}') {
      if (fmt[i + 1] === '}') {
        out += '}';
        i++;
        continue;
      }
      E.raise(E.ValueError, "Single '}' encountered in format string");
    } else out += ch;
  }
  return out;
}

export function installStrMethods(def: Def): void {
  const S = T.StrType;
  const ret = (s: string): PyObject => M.newStr(s);
  def(S, 'join', (s, a) => {
    exactly('str.join', a, 1);
    const items = I.toArray(a[0]!);
    try {
      const parts = items.map((x, i) => {
        if (!(x instanceof M.PyStr)) E.raise(E.TypeError, `sequence item ${i}: expected str instance, ${x.ob_type.tp_name} found`);
        return sv(x);
      });
      if (items.length === 1 && items[0]!.ob_type === T.StrType) {
        INCREF(items[0]!);
        return items[0]!;
      }
      return ret(parts.join(sv(s)));
    } finally {
      for (const x of items) DECREF(x);
    }
  });
  def(S, 'split', (s, a, kw) => {
    const sep = a[0] ?? kw?.get('sep') ?? M.None;
    const maxO = a[1] ?? kw?.get('maxsplit');
    const max = maxO === undefined ? -1 : asInt(maxO);
    let parts: string[];
    if (sep === M.None) parts = splitWs(sv(s), max);
    else {
      const sp = mustStr(sep, 'must be str or None');
      if (sp === '') E.raise(E.ValueError, 'empty separator');
      parts = [];
      let rest = sv(s);
      while (max < 0 || parts.length < max) {
        const k = rest.indexOf(sp);
        if (k < 0) break;
        parts.push(rest.slice(0, k));
        rest = rest.slice(k + sp.length);
      }
      parts.push(rest);
    }
    return M.newList(parts.map((p) => M.newStr(p)));
  });
  def(S, 'rsplit', (s, a) => {
    const sep = a[0] ?? M.None;
    const max = a[1] === undefined ? -1 : asInt(a[1]!);
    if (sep === M.None && max < 0) return M.newList(splitWs(sv(s), -1).map((p) => M.newStr(p)));
    const sp = sep === M.None ? ' ' : sv(sep);
    const parts: string[] = [];
    let rest = sv(s);
    while (max < 0 || parts.length < max) {
      const k = rest.lastIndexOf(sp);
      if (k < 0) break;
      parts.unshift(rest.slice(k + sp.length));
      rest = rest.slice(0, k);
    }
    parts.unshift(rest);
    return M.newList(parts.map((p) => M.newStr(p)));
  });
  def(S, 'splitlines', (s, a) => {
    const keep = a[0] !== undefined && A.isTrue(a[0]!);
    const out: string[] = [];
    const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
    const str = sv(s);
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(str)) !== null) {
      out.push(str.slice(last, keep ? m.index + m[0].length : m.index));
      last = m.index + m[0].length;
    }
    if (last < str.length) out.push(str.slice(last));
    return M.newList(out.map((p) => M.newStr(p)));
  });
  for (const [name, l, r] of [['strip', true, true], ['lstrip', true, false], ['rstrip', false, true]] as const) {
    def(S, name, (s, a) => {
      nargs(name, a, 0, 1);
      const chars = a[0] === undefined || a[0] === M.None ? null : mustStr(a[0]!, `${name} arg must be None or str`);
      const r2 = stripChars(sv(s), chars, l, r);
      if (r2 === sv(s)) {
        INCREF(s);
        return s;
      }
      return ret(r2);
    });
  }
  def(S, 'upper', (s) => ret(sv(s).toUpperCase()));
  def(S, 'lower', (s) => ret(sv(s).toLowerCase()));
  def(S, 'casefold', (s) => ret(sv(s).toLowerCase()));
  def(S, 'swapcase', (s) => ret([...sv(s)].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')));
  def(S, 'capitalize', (s) => {
    const v = sv(s);
    return ret(v.length ? v[0]!.toUpperCase() + v.slice(1).toLowerCase() : v);
  });
  def(S, 'title', (s) => ret(sv(s).toLowerCase().replace(/(^|[^A-Za-z\u00c0-\uffff])([a-z\u00e0-\uffff])/g, (_m, p: string, c: string) => p + c.toUpperCase())));
  def(S, 'replace', (s, a) => {
    nargs('replace', a, 2, 3);
    const old = strArg(a[0]!, 'replace()', 1), nw = strArg(a[1]!, 'replace()', 2);
    let count = a[2] === undefined ? -1 : asInt(a[2]!);
    const v = sv(s);
    if (old === '') {
      const cps = [...v];
      let out = '';
      for (let i = 0; i <= cps.length; i++) {
        if (count !== 0) {
          out += nw;
          count--;
        }
        if (i < cps.length) out += cps[i];
      }
      return ret(out);
    }
    let out = '', rest = v;
    while (count !== 0) {
      const k = rest.indexOf(old);
      if (k < 0) break;
      out += rest.slice(0, k) + nw;
      rest = rest.slice(k + old.length);
      count--;
    }
    if (out === '' && rest === v) {
      INCREF(s);
      return s;
    }
    return ret(out + rest);
  });
  for (const name of ['find', 'rfind', 'index', 'rindex', 'count'] as const) {
    def(S, name, (s, a) => {
      nargs(name, a, 1, 3);
      const sub = mustStr(a[0]!, `must be str`);
      const [st, en] = sliceArgs(sv(s), a, 1);
      const hay = sv(s).slice(st, en);
      if (name === 'count') {
        if (sub === '') return M.newInt([...hay].length + 1);
        let c = 0, k = 0;
        while ((k = hay.indexOf(sub, k)) >= 0) {
          c++;
          k += sub.length;
        }
        return M.newInt(c);
      }
      if (en - st < sub.length && !(sub === '' && st <= sv(s).length)) {
        if (name === 'index' || name === 'rindex') E.raise(E.ValueError, 'substring not found');
        return M.newInt(-1);
      }
      const k = name === 'find' || name === 'index' ? hay.indexOf(sub) : hay.lastIndexOf(sub);
      if (k < 0 && (name === 'index' || name === 'rindex')) E.raise(E.ValueError, 'substring not found');
      return M.newInt(k < 0 ? -1 : k + st);
    });
  }
  for (const name of ['startswith', 'endswith'] as const) {
    def(S, name, (s, a) => {
      nargs(name, a, 1, 3);
      const [st, en] = sliceArgs(sv(s), a, 1);
      const hay = sv(s).slice(st, en);
      const test = (p: PyObject): boolean => {
        if (!(p instanceof M.PyStr)) E.raise(E.TypeError, `${name} first arg must be str or a tuple of str, not ${p.ob_type.tp_name}`);
        return name === 'startswith' ? hay.startsWith(sv(p)) : hay.endsWith(sv(p));
      };
      const p = a[0]!;
      return M.newBool(p instanceof M.PyTuple ? p.items.some(test) : test(p));
    });
  }
  const pred = (name: string, re: RegExp, emptyFalse = true): void =>
    def(S, name, (s) => M.newBool(!(emptyFalse && sv(s) === '') && re.test(sv(s))));
  pred('isdigit', /^[0-9\u00b2\u00b3\u00b9\u2070-\u2079]+$/u);
  pred('isdecimal', /^\p{Nd}+$/u);
  pred('isnumeric', /^[\p{Nd}\p{Nl}\p{No}]+$/u);
  pred('isalpha', /^\p{L}+$/u);
  pred('isalnum', /^[\p{L}\p{Nd}\p{Nl}\p{No}]+$/u);
  pred('isspace', /^[\s\x1c-\x1f\x85]+$/u);
  pred('isidentifier', /^[\p{L}_][\p{L}\p{N}_]*$/u);
  def(S, 'isupper', (s) => M.newBool(/\p{Lu}/u.test(sv(s)) && !/\p{Ll}/u.test(sv(s))));
  def(S, 'islower', (s) => M.newBool(/\p{Ll}/u.test(sv(s)) && !/\p{Lu}/u.test(sv(s))));
  def(S, 'isascii', (s) => M.newBool(/^[\x00-\x7f]*$/.test(sv(s))));
  def(S, 'istitle', (s) => M.newBool(/\p{Lu}/u.test(sv(s)) && sv(s) === sv(s).toLowerCase().replace(/(^|[^\p{L}])(\p{Ll})/gu, (_m, p: string, c: string) => p + c.toUpperCase())));
  for (const name of ['center', 'ljust', 'rjust'] as const) {
    def(S, name, (s, a) => {
      nargs(name, a, 1, 2);
      const w = asInt(a[0]!);
      const fill = a[1] === undefined ? ' ' : sv(a[1]!);
      if ([...fill].length !== 1) E.raise(E.TypeError, 'The fill character must be exactly one character long');
      const v = sv(s);
      const n = [...v].length;
      if (w <= n) {
        INCREF(s);
        return s;
      }
      const padn = w - n;
      if (name === 'ljust') return ret(v + fill.repeat(padn));
      if (name === 'rjust') return ret(fill.repeat(padn) + v);
      const left = Math.floor(padn / 2) + (padn & w & 1);
      return ret(fill.repeat(left) + v + fill.repeat(padn - left));
    });
  }
  def(S, 'zfill', (s, a) => {
    exactly('zfill', a, 1);
    const w = asInt(a[0]!);
    const v = sv(s);
    if (v.length >= w) return ret(v);
    const sign = v[0] === '+' || v[0] === '-' ? v[0] : '';
    return ret(sign + '0'.repeat(w - v.length) + v.slice(sign.length));
  });
  def(S, 'format', (s, a, kw) => ret(strFormat(sv(s), a, kw)));
  def(S, 'format_map', (s, a) => {
    const d = a[0] as PyDict;
    const kw = new Map<string, PyObject>();
    for (let i = 0; i < d.ekeys.length; i++) if (d.ekeys[i] != null) kw.set(sv(d.ekeys[i]!), d.evals[i]!);
    return ret(strFormat(sv(s), [], kw));
  });
  def(S, 'partition', (s, a) => {
    const sep = sv(a[0]!);
    const v = sv(s);
    const k = v.indexOf(sep);
    if (k < 0) return M.newTuple([(INCREF(s), s), M.newStr(''), M.newStr('')]);
    return M.newTuple([M.newStr(v.slice(0, k)), (INCREF(a[0]!), a[0]!), M.newStr(v.slice(k + sep.length))]);
  });
  def(S, 'rpartition', (s, a) => {
    const sep = sv(a[0]!);
    const v = sv(s);
    const k = v.lastIndexOf(sep);
    if (k < 0) return M.newTuple([M.newStr(''), M.newStr(''), (INCREF(s), s)]);
    return M.newTuple([M.newStr(v.slice(0, k)), (INCREF(a[0]!), a[0]!), M.newStr(v.slice(k + sep.length))]);
  });
  def(S, 'encode', (s) => {
    const v = sv(s);
    const bytes: number[] = [];
    for (const ch of v) {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) bytes.push(c);
      else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return M.newBytes(Uint8Array.from(bytes));
  });
  def(S, 'expandtabs', (s, a) => {
    const size = a[0] === undefined ? 8 : asInt(a[0]!);
    let col = 0, out = '';
    for (const ch of sv(s)) {
      if (ch === '\t') {
        const n = size > 0 ? size - (col % size) : 0;
        out += ' '.repeat(n);
        col += n;
      } else {
        out += ch;
        col = ch === '\n' || ch === '\r' ? 0 : col + 1;
      }
    }
    return ret(out);
  });
  def(S, 'removeprefix', (s, a) => {
    const p = sv(a[0]!);
    return ret(sv(s).startsWith(p) ? sv(s).slice(p.length) : sv(s));
  });
  def(S, 'removesuffix', (s, a) => {
    const p = sv(a[0]!);
    return ret(p && sv(s).endsWith(p) ? sv(s).slice(0, -p.length) : sv(s));
  });
  def(S, '__len__', (s) => M.newInt([...sv(s)].length));
  def(S, '__contains__', (s, a) => M.newBool(O.contains(s, a[0]!)));
  def(S, '__getitem__', (s, a) => O.getItem(s, a[0]!));
  void dictGet;
}
