// Models str's searching, splitting and padding methods from Objects/unicodeobject.c and
// Objects/stringlib/{find,split,partition,count,transmogrify}.h (3.11): split/rsplit, strip family,
// replace, find/rfind/index/rindex/count, startswith/endswith, partition/rpartition, splitlines,
// expandtabs, center/ljust/rjust/zfill.
//
// Indexes are code-point indexes. Searching runs on the UTF-16 text (a well-formed surrogate pair never
// matches half of another), converting offsets only when the string has astral characters.

import { ExcType, pyErr } from './errors';
import { Flag, codePoints, fromCodePoints, hasFlag, isBmpOnly, pyLen } from './unicode';

/** ADJUST_INDICES from stringlib: slice-style clamping of start/end against len. */
export function adjustIndices(start: number | null | undefined, end: number | null | undefined, len: number): [number, number] {
  let s = start ?? 0;
  let e = end ?? len;
  if (e > len) e = len;
  else if (e < 0) {
    e += len;
    if (e < 0) e = 0;
  }
  if (s < 0) {
    s += len;
    if (s < 0) s = 0;
  }
  return [s, e];
}

/** UTF-16 offset of a code-point index (the index must be ≤ len). */
function unitOffset(s: string, cp: number): number {
  let u = 0;
  for (let i = 0; i < cp && u < s.length; i++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c <= 0xdbff && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return u;
}

function cpIndex(s: string, unit: number): number {
  return pyLen(s.slice(0, unit));
}

interface Window {
  readonly bmp: boolean;
  readonly us: number;
  readonly ue: number;
}

function window(s: string, st: number, en: number): Window {
  const bmp = isBmpOnly(s);
  return bmp ? { bmp, us: st, ue: en } : { bmp, us: unitOffset(s, st), ue: unitOffset(s, en) };
}

export function strFind(s: string, sub: string, start?: number | null, end?: number | null): number {
  const [st, en] = adjustIndices(start, end, pyLen(s));
  if (en - st < pyLen(sub)) return -1;
  const w = window(s, st, en);
  const i = s.slice(w.us, w.ue).indexOf(sub);
  if (i < 0) return -1;
  return w.bmp ? i + st : cpIndex(s, i + w.us);
}

export function strRfind(s: string, sub: string, start?: number | null, end?: number | null): number {
  const [st, en] = adjustIndices(start, end, pyLen(s));
  if (en - st < pyLen(sub)) return -1;
  const w = window(s, st, en);
  const i = s.slice(w.us, w.ue).lastIndexOf(sub);
  if (i < 0) return -1;
  return w.bmp ? i + st : cpIndex(s, i + w.us);
}

export function strIndex(s: string, sub: string, start?: number | null, end?: number | null): number {
  const i = strFind(s, sub, start, end);
  if (i < 0) pyErr(ExcType.ValueError, 'substring not found');
  return i;
}

export function strRindex(s: string, sub: string, start?: number | null, end?: number | null): number {
  const i = strRfind(s, sub, start, end);
  if (i < 0) pyErr(ExcType.ValueError, 'substring not found');
  return i;
}

export function strCount(s: string, sub: string, start?: number | null, end?: number | null): number {
  const [st, en] = adjustIndices(start, end, pyLen(s));
  if (en - st < pyLen(sub)) return 0;
  if (sub === '') return en - st + 1;
  const w = window(s, st, en);
  const t = s.slice(w.us, w.ue);
  let n = 0;
  for (let i = t.indexOf(sub); i >= 0; i = t.indexOf(sub, i + sub.length)) n++;
  return n;
}

function tailMatch(s: string, sub: string, start: number | null | undefined, end: number | null | undefined, atEnd: boolean): boolean {
  const [st, en] = adjustIndices(start, end, pyLen(s));
  const subLen = pyLen(sub);
  if (en - st < subLen) return false;
  if (subLen === 0) return true;
  const w = window(s, st, en);
  const t = s.slice(w.us, w.ue);
  return atEnd ? t.endsWith(sub) : t.startsWith(sub);
}

/** str.startswith(prefix | tuple of prefixes, start, end). */
export function strStartsWith(s: string, prefix: string | readonly string[], start?: number | null, end?: number | null): boolean {
  return typeof prefix === 'string' ? tailMatch(s, prefix, start, end, false) : prefix.some((p) => tailMatch(s, p, start, end, false));
}

export function strEndsWith(s: string, suffix: string | readonly string[], start?: number | null, end?: number | null): boolean {
  return typeof suffix === 'string' ? tailMatch(s, suffix, start, end, true) : suffix.some((p) => tailMatch(s, p, start, end, true));
}

const isSpace = (c: number): boolean => hasFlag(c, Flag.SPACE);

/** str.split(sep=None, maxsplit=-1). */
export function strSplit(s: string, sep: string | null = null, maxsplit = -1): string[] {
  const max = maxsplit < 0 ? Infinity : maxsplit;
  if (sep === null) {
    const cps = codePoints(s);
    const out: string[] = [];
    let i = 0;
    const n = cps.length;
    let count = max;
    while (count-- > 0) {
      while (i < n && isSpace(cps[i]!)) i++;
      if (i === n) break;
      const j = i;
      while (i < n && !isSpace(cps[i]!)) i++;
      out.push(fromCodePoints(cps.slice(j, i)));
    }
    if (i < n) {
      while (i < n && isSpace(cps[i]!)) i++;
      if (i !== n) out.push(fromCodePoints(cps.slice(i)));
    }
    return out;
  }
  if (sep === '') pyErr(ExcType.ValueError, 'empty separator');
  const out: string[] = [];
  let pos = 0;
  let count = max;
  while (count-- > 0) {
    const k = s.indexOf(sep, pos);
    if (k < 0) break;
    out.push(s.slice(pos, k));
    pos = k + sep.length;
  }
  out.push(s.slice(pos));
  return out;
}

/** str.rsplit(sep=None, maxsplit=-1). */
export function strRsplit(s: string, sep: string | null = null, maxsplit = -1): string[] {
  const max = maxsplit < 0 ? Infinity : maxsplit;
  if (sep === null) {
    const cps = codePoints(s);
    const out: string[] = [];
    let i = cps.length - 1;
    let count = max;
    while (count-- > 0) {
      while (i >= 0 && isSpace(cps[i]!)) i--;
      if (i < 0) break;
      const j = i;
      while (i >= 0 && !isSpace(cps[i]!)) i--;
      out.push(fromCodePoints(cps.slice(i + 1, j + 1)));
    }
    if (i >= 0) {
      while (i >= 0 && isSpace(cps[i]!)) i--;
      if (i >= 0) out.push(fromCodePoints(cps.slice(0, i + 1)));
    }
    return out.reverse();
  }
  if (sep === '') pyErr(ExcType.ValueError, 'empty separator');
  const out: string[] = [];
  let end = s.length;
  let count = max;
  while (count-- > 0) {
    if (end - sep.length < 0) break;
    const k = s.lastIndexOf(sep, end - sep.length);
    if (k < 0) break;
    out.push(s.slice(k + sep.length, end));
    end = k;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

function stripImpl(s: string, chars: string | null, left: boolean, right: boolean): string {
  const cps = codePoints(s);
  const set = chars === null ? null : new Set(codePoints(chars));
  const strip = (c: number): boolean => (set ? set.has(c) : isSpace(c));
  let i = 0;
  let j = cps.length;
  if (left) while (i < j && strip(cps[i]!)) i++;
  if (right) while (j > i && strip(cps[j - 1]!)) j--;
  return fromCodePoints(cps.slice(i, j));
}

export const strStrip = (s: string, chars: string | null = null): string => stripImpl(s, chars, true, true);
export const strLstrip = (s: string, chars: string | null = null): string => stripImpl(s, chars, true, false);
export const strRstrip = (s: string, chars: string | null = null): string => stripImpl(s, chars, false, true);

/** str.replace(old, new, count=-1). */
export function strReplace(s: string, old: string, rep: string, count = -1): string {
  const max = count < 0 ? Infinity : count;
  if (max === 0) return s;
  if (old === '') {
    const cps = codePoints(s);
    let out = '';
    let n = 0;
    for (let i = 0; i <= cps.length; i++) {
      if (n < max) {
        out += rep;
        n++;
      }
      if (i < cps.length) out += String.fromCodePoint(cps[i]!);
    }
    return out;
  }
  let out = '';
  let pos = 0;
  let n = 0;
  while (n < max) {
    const k = s.indexOf(old, pos);
    if (k < 0) break;
    out += s.slice(pos, k) + rep;
    pos = k + old.length;
    n++;
  }
  return out + s.slice(pos);
}

export function strPartition(s: string, sep: string): [string, string, string] {
  if (sep === '') pyErr(ExcType.ValueError, 'empty separator');
  const k = s.indexOf(sep);
  if (k < 0) return [s, '', ''];
  return [s.slice(0, k), sep, s.slice(k + sep.length)];
}

export function strRpartition(s: string, sep: string): [string, string, string] {
  if (sep === '') pyErr(ExcType.ValueError, 'empty separator');
  const k = s.lastIndexOf(sep);
  if (k < 0) return ['', '', s];
  return [s.slice(0, k), sep, s.slice(k + sep.length)];
}

/** str.splitlines(keepends=False): \n \r \r\n \v \f \x1c-\x1e \x85 \u2028 \u2029. */
export function strSplitlines(s: string, keepends = false): string[] {
  const cps = codePoints(s);
  const out: string[] = [];
  let i = 0;
  const n = cps.length;
  while (i < n) {
    const j = i;
    while (i < n && !hasFlag(cps[i]!, Flag.LINEBREAK)) i++;
    let eol = i;
    if (i < n) {
      if (cps[i] === 13 && i + 1 < n && cps[i + 1] === 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(fromCodePoints(cps.slice(j, eol)));
  }
  return out;
}

export function strExpandtabs(s: string, tabsize = 8): string {
  let out = '';
  let col = 0;
  for (const c of codePoints(s)) {
    if (c === 9) {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        out += ' '.repeat(incr);
      }
    } else {
      col++;
      out += String.fromCodePoint(c);
      if (c === 10 || c === 13) col = 0;
    }
  }
  return out;
}

function fillChar(fill: string): string {
  if (pyLen(fill) !== 1) pyErr(ExcType.TypeError, 'The fill character must be exactly one character long');
  return fill;
}

export function strLjust(s: string, width: number, fill = ' '): string {
  const f = fillChar(fill);
  const n = pyLen(s);
  return width <= n ? s : s + f.repeat(width - n);
}

export function strRjust(s: string, width: number, fill = ' '): string {
  const f = fillChar(fill);
  const n = pyLen(s);
  return width <= n ? s : f.repeat(width - n) + s;
}

export function strCenter(s: string, width: number, fill = ' '): string {
  const f = fillChar(fill);
  const n = pyLen(s);
  if (width <= n) return s;
  const marg = width - n;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return f.repeat(left) + s + f.repeat(marg - left);
}

export function strZfill(s: string, width: number): string {
  const n = pyLen(s);
  if (width <= n) return s;
  const pad = '0'.repeat(width - n);
  if (s[0] === '+' || s[0] === '-') return s[0] + pad + s.slice(1);
  return pad + s;
}
