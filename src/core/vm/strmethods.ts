// Models the common methods of str (Objects/unicodeobject.c, Objects/stringlib): join, split, strip,
// replace, find, case mapping, padding, format, … with CPython 3.11's messages. The text algorithms are the
// semantics library's (Unicode 14 tables of CPython 3.11, code-point indexes); this file parses arguments
// and decides, as unicodeobject.c's unicode_result_unchanged does, when the method returns `self` itself.

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
import { exactly, nargs, asInt, kwGet } from './argparse';
import { sem } from './numparse';
import {
  strSplit, strRsplit, strSplitlines, strStrip, strLstrip, strRstrip, strReplace, strFind, strRfind, strIndex, strRindex,
  strCount, strStartsWith, strEndsWith, strPartition, strRpartition, strExpandtabs, strCenter, strLjust, strRjust, strZfill,
} from '../semantics/strmethods';
import {
  strUpper, strLower, strCasefold, strSwapcase, strCapitalize, strTitle, strIsDigit, strIsDecimal, strIsNumeric, strIsAlpha,
  strIsAlnum, strIsSpace, strIsIdentifier, strIsUpper, strIsLower, strIsAscii, strIsTitle,
} from '../semantics/strcase';
import { strIsPrintable } from '../semantics/strrepr';
import { parseFormatString, replacementIndexError, type FormatPart, type FormatField } from '../semantics/strformat';
import { strEncodeUtf8, strRemoveprefix, strRemovesuffix } from '../semantics/strslice';

type Def = (t: PyType, name: string, impl: (self: PyObject, args: PyObject[], kw: C.Kw) => PyObject) => void;

const sv = (o: PyObject): string => (o as M.PyStr).v;
function strArg(o: PyObject, fname: string, pos: number | null = 1): string {
  if (!(o instanceof M.PyStr)) E.raise(E.TypeError, `${fname} argument ${pos === null ? '' : `${pos} `}must be str, not ${o.ob_type.tp_name}`);
  return sv(o);
}
function mustStr(o: PyObject, what: string): string {
  if (!(o instanceof M.PyStr)) E.raise(E.TypeError, `${what}, not ${o.ob_type.tp_name}`);
  return sv(o);
}

/** Argument Clinic's keyword check (vgetargskeywords' message differs from onlyKw's). */
function clinicKw(fname: string, kw: C.Kw, allowed: readonly string[]): void {
  if (kw === null) return;
  for (const k of kw.keys()) if (!allowed.includes(k)) E.raise(E.TypeError, `'${k}' is an invalid keyword argument for ${fname}()`);
}

/** An optional start/end argument of find/count/startswith…: None or absent means "not given". */
function optIndex(o: PyObject | undefined): number | null {
  return o === undefined || o === M.None ? null : asInt(o);
}

/**
 * str.format (Objects/stringlib/unicode_format.h): the template is parsed by the semantics library; each field
 * is then looked up, converted and formatted in output_markup's order (object, !conversion, then the nested
 * spec's own fields).
 */
export function strFormat(fmt: string, args: PyObject[], kw: C.Kw): string {
  return sem(() => renderParts(parseFormatString(fmt), args, kw));
}

function renderParts(parts: readonly FormatPart[], args: PyObject[], kw: C.Kw): string {
  let out = '';
  for (const p of parts) {
    if ('literal' in p) out += p.literal;
    else if ('error' in p) throw p.error;
    else out += renderField(p.field, args, kw);
  }
  return out;
}

function renderField(f: FormatField, args: PyObject[], kw: C.Kw): string {
  let obj: PyObject;
  if (typeof f.arg === 'number') {
    if (f.arg >= args.length) throw replacementIndexError(f.arg);
    obj = args[f.arg]!;
  } else {
    const v = kw?.get(f.arg);
    if (v === undefined) E.raiseWith(E.KeyError, [M.newStr(f.arg)]);
    obj = v!;
  }
  INCREF(obj);
  try {
    for (const acc of f.accessors) {
      if ('error' in acc) throw acc.error;
      let nv: PyObject;
      if ('attr' in acc) nv = A.getAttr(obj, acc.attr);
      else {
        const key = 'index' in acc ? M.newInt(acc.index) : M.newStr(acc.key);
        try {
          nv = O.getItem(obj, key);
        } finally {
          DECREF(key);
        }
      }
      DECREF(obj);
      obj = nv;
    }
    if (f.conversionError !== undefined) throw f.conversionError;
    if (f.conversion !== null) {
      const r = f.conversion === 'r' ? A.repr(obj) : f.conversion === 'a' ? A.ascii(obj) : A.str(obj);
      DECREF(obj);
      obj = r;
    }
    return formatValue(obj, renderParts(f.spec, args, kw));
  } finally {
    DECREF(obj);
  }
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
  // unicode_result_unchanged: a method whose result equals its exact-str receiver returns the receiver.
  const same = (s: PyObject, r: string): PyObject => {
    if (r === sv(s) && s.ob_type === T.StrType) {
      INCREF(s);
      return s;
    }
    return M.newStr(r);
  };
  // stringlib's split family puts the receiver itself in the list when nothing was split off.
  const parts = (s: PyObject, ps: string[]): PyObject =>
    M.newList(ps.length === 1 && ps[0] === sv(s) && s.ob_type === T.StrType ? [(INCREF(s), s)] : ps.map((p) => M.newStr(p)));
  for (const name of ['split', 'rsplit'] as const) {
    def(S, name, (s, a, kw) => {
      nargs(name, a, 0, 2);
      clinicKw(name, kw, ['sep', 'maxsplit']);
      const sepO = a[0] ?? kwGet(kw, 'sep') ?? M.None;
      const maxO = a[1] ?? kwGet(kw, 'maxsplit');
      const max = maxO === undefined || maxO === null ? -1 : asInt(maxO);
      const sep = sepO === M.None ? null : mustStr(sepO, 'must be str or None');
      if (sep === '') E.raise(E.ValueError, 'empty separator');
      return parts(s, name === 'split' ? strSplit(sv(s), sep, max) : strRsplit(sv(s), sep, max));
    });
  }
  def(S, 'splitlines', (s, a, kw) => {
    nargs('splitlines', a, 0, 1);
    clinicKw('splitlines', kw, ['keepends']);
    const k = a[0] ?? kwGet(kw, 'keepends');
    return parts(s, strSplitlines(sv(s), k !== undefined && k !== null && A.isTrue(k)));
  });
  for (const [name, f] of [['strip', strStrip], ['lstrip', strLstrip], ['rstrip', strRstrip]] as const) {
    def(S, name, (s, a) => {
      nargs(name, a, 0, 1);
      const c = a[0];
      if (c !== undefined && c !== M.None && !(c instanceof M.PyStr)) E.raise(E.TypeError, `${name} arg must be None or str`);
      const chars = c === undefined || c === M.None ? null : sv(c);
      return same(s, f(sv(s), chars));
    });
  }
  def(S, 'upper', (s) => ret(strUpper(sv(s))));
  def(S, 'lower', (s) => ret(strLower(sv(s))));
  def(S, 'casefold', (s) => ret(strCasefold(sv(s))));
  def(S, 'swapcase', (s) => ret(strSwapcase(sv(s))));
  def(S, 'capitalize', (s) => ret(strCapitalize(sv(s))));
  def(S, 'title', (s) => ret(strTitle(sv(s))));
  def(S, 'replace', (s, a) => {
    nargs('replace', a, 2, 3);
    const old = strArg(a[0]!, 'replace()', 1), nw = strArg(a[1]!, 'replace()', 2);
    const count = a[2] === undefined ? -1 : asInt(a[2]!);
    const v = sv(s);
    // replace() returns self when nothing is replaced, or when old and new are the same object.
    if (count === 0 || a[0] === a[1] || (old !== '' && !v.includes(old))) return same(s, v);
    return ret(strReplace(v, old, nw, count));
  });
  for (const name of ['find', 'rfind', 'index', 'rindex', 'count'] as const) {
    const f = { find: strFind, rfind: strRfind, index: strIndex, rindex: strRindex, count: strCount }[name];
    def(S, name, (s, a) => {
      nargs(name, a, 1, 3);
      const sub = mustStr(a[0]!, 'must be str');
      return M.newInt(sem(() => f(sv(s), sub, optIndex(a[1]), optIndex(a[2]))));
    });
  }
  for (const name of ['startswith', 'endswith'] as const) {
    def(S, name, (s, a) => {
      nargs(name, a, 1, 3);
      const p = a[0]!;
      let subs: string | string[];
      if (p instanceof M.PyTuple) {
        subs = p.items.map((x) => {
          if (!(x instanceof M.PyStr)) E.raise(E.TypeError, `tuple for ${name} must only contain str, not ${x.ob_type.tp_name}`);
          return sv(x);
        });
      } else if (p instanceof M.PyStr) subs = sv(p);
      else E.raise(E.TypeError, `${name} first arg must be str or a tuple of str, not ${p.ob_type.tp_name}`);
      const f = name === 'startswith' ? strStartsWith : strEndsWith;
      return M.newBool(f(sv(s), subs, optIndex(a[1]), optIndex(a[2])));
    });
  }
  const pred = (name: string, f: (s: string) => boolean): void => def(S, name, (s) => M.newBool(f(sv(s))));
  pred('isdigit', strIsDigit);
  pred('isdecimal', strIsDecimal);
  pred('isnumeric', strIsNumeric);
  pred('isalpha', strIsAlpha);
  pred('isalnum', strIsAlnum);
  pred('isspace', strIsSpace);
  pred('isidentifier', strIsIdentifier);
  pred('isupper', strIsUpper);
  pred('islower', strIsLower);
  pred('isascii', strIsAscii);
  pred('istitle', strIsTitle);
  pred('isprintable', strIsPrintable);
  for (const [name, f] of [['center', strCenter], ['ljust', strLjust], ['rjust', strRjust]] as const) {
    def(S, name, (s, a) => {
      nargs(name, a, 1, 2);
      const w = asInt(a[0]!);
      const fill = a[1] === undefined ? ' ' : mustStr(a[1]!, 'The fill character must be a unicode character');
      return same(s, sem(() => f(sv(s), w, fill)));
    });
  }
  def(S, 'zfill', (s, a) => {
    exactly('zfill', a, 1);
    return same(s, strZfill(sv(s), asInt(a[0]!)));
  });
  // A format string without replacement fields is written in one piece by build_string's _PyUnicodeWriter,
  // which then returns that very string.
  def(S, 'format', (s, a, kw) => (/[{}]/.test(sv(s)) ? ret(strFormat(sv(s), a, kw)) : same(s, sv(s))));
  def(S, 'format_map', (s, a) => {
    const d = a[0] as PyDict;
    const kw = new Map<string, PyObject>();
    for (let i = 0; i < d.ekeys.length; i++) if (d.ekeys[i] != null) kw.set(sv(d.ekeys[i]!), d.evals[i]!);
    return ret(strFormat(sv(s), [], kw));
  });
  def(S, 'partition', (s, a) => {
    exactly('partition', a, 1);
    const sep = mustStr(a[0]!, 'must be str');
    const [h, m, t] = sem(() => strPartition(sv(s), sep));
    if (m === '') return M.newTuple([(INCREF(s), s), M.newStr(''), M.newStr('')]);
    return M.newTuple([M.newStr(h), (INCREF(a[0]!), a[0]!), M.newStr(t)]);
  });
  def(S, 'rpartition', (s, a) => {
    exactly('rpartition', a, 1);
    const sep = mustStr(a[0]!, 'must be str');
    const [h, m, t] = sem(() => strRpartition(sv(s), sep));
    if (m === '') return M.newTuple([M.newStr(''), M.newStr(''), (INCREF(s), s)]);
    return M.newTuple([M.newStr(h), (INCREF(a[0]!), a[0]!), M.newStr(t)]);
  });
  def(S, 'encode', (s) => M.newBytes(sem(() => strEncodeUtf8(sv(s)))));
  def(S, 'expandtabs', (s, a) => {
    nargs('expandtabs', a, 0, 1);
    return same(s, strExpandtabs(sv(s), a[0] === undefined ? 8 : asInt(a[0]!)));
  });
  def(S, 'removeprefix', (s, a) => {
    exactly('removeprefix', a, 1);
    return same(s, strRemoveprefix(sv(s), strArg(a[0]!, 'removeprefix()', null)));
  });
  def(S, 'removesuffix', (s, a) => {
    exactly('removesuffix', a, 1);
    return same(s, strRemovesuffix(sv(s), strArg(a[0]!, 'removesuffix()', null)));
  });
  def(S, '__len__', (s) => M.newInt([...sv(s)].length));
  def(S, '__contains__', (s, a) => M.newBool(O.contains(s, a[0]!)));
  def(S, '__getitem__', (s, a) => O.getItem(s, a[0]!));
  void dictGet;
}
