// Models slicing and indexing by code point (PySlice_Unpack + PySlice_AdjustIndices in Objects/sliceobject.c,
// unicode_getitem / unicode_subscript), str ordering by code point (unicode_compare), str.encode('utf-8')
// (with the surrogates error), str.join's error text, and sys.getsizeof(str) for 3.11's compact layouts.

import { ExcType, pyErr } from './errors';
import { strKind } from './hash';
import { codePoints, fromCodePoints, isBmpOnly } from './unicode';
import { strRepr } from './strrepr';

export interface SliceIndices {
  readonly start: number;
  readonly stop: number;
  readonly step: number;
  readonly length: number;
}

/** slice(start, stop, step).indices(length), with the slice's length. None is null. */
export function sliceIndices(length: number, start: number | null, stop: number | null, step: number | null): SliceIndices {
  const st = step ?? 1;
  if (st === 0) pyErr(ExcType.ValueError, 'slice step cannot be zero');
  let a = start ?? (st < 0 ? Infinity : 0);
  let b = stop ?? (st < 0 ? -Infinity : Infinity);
  if (a < 0) {
    a += length;
    if (a < 0) a = st < 0 ? -1 : 0;
  } else if (a >= length) a = st < 0 ? length - 1 : length;
  if (b < 0) {
    b += length;
    if (b < 0) b = st < 0 ? -1 : 0;
  } else if (b >= length) b = st < 0 ? length - 1 : length;
  let n = 0;
  if (st < 0) {
    if (b < a) n = Math.floor((a - b - 1) / -st) + 1;
  } else if (a < b) n = Math.floor((b - a - 1) / st) + 1;
  return { start: a, stop: b, step: st, length: n };
}

/** s[start:stop:step] by code point. */
export function strSlice(s: string, start: number | null, stop: number | null, step: number | null): string {
  if (isBmpOnly(s)) {
    const ix = sliceIndices(s.length, start, stop, step);
    if (ix.step === 1) return s.slice(ix.start, ix.start + ix.length);
    let out = '';
    for (let i = 0, k = ix.start; i < ix.length; i++, k += ix.step) out += s[k];
    return out;
  }
  const cps = codePoints(s);
  const ix = sliceIndices(cps.length, start, stop, step);
  const out: number[] = [];
  for (let i = 0, k = ix.start; i < ix.length; i++, k += ix.step) out.push(cps[k]!);
  return fromCodePoints(out);
}

/** s[i] by code point, with negative indexes. */
export function strGetItem(s: string, i: number): string {
  const cps = isBmpOnly(s) ? null : codePoints(s);
  const n = cps ? cps.length : s.length;
  const k = i < 0 ? i + n : i;
  if (k < 0 || k >= n) pyErr(ExcType.IndexError, 'string index out of range');
  return cps ? String.fromCodePoint(cps[k]!) : s[k]!;
}

/** Three-way comparison of two strs by code point (JS's < compares UTF-16 units, which differs past U+FFFF). */
export function strCompare(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 0;
  const x = codePoints(a);
  const y = codePoints(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
}

/** str.encode('utf-8') (strict): lone surrogates raise UnicodeEncodeError as CPython words it. */
export function strEncodeUtf8(s: string): Uint8Array {
  // ASCII (most text, and every line print() writes in a lecture program): one byte per unit, no code points.
  const ascii = new Uint8Array(s.length);
  let k = 0;
  for (; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c > 127) break;
    ascii[k] = c;
  }
  if (k === s.length) return ascii;
  const cps = codePoints(s);
  const out: number[] = [];
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (c >= 0xd800 && c <= 0xdfff) {
      let j = i;
      while (j + 1 < cps.length && cps[j + 1]! >= 0xd800 && cps[j + 1]! <= 0xdfff) j++;
      const where = j === i
        ? `character ${strRepr(String.fromCodePoint(c))} in position ${i}`
        : `characters in position ${i}-${j}`;
      pyErr(ExcType.UnicodeEncodeError, `'utf-8' codec can't encode ${where}: surrogates not allowed`);
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/** The TypeError text of str.join for a non-str item. */
export function joinTypeErrorMessage(index: number, typeName: string): string {
  return `sequence item ${index}: expected str instance, ${typeName} found`;
}

/**
 * sys.getsizeof(s) in 3.11: compact ASCII = 48 + len + 1 (PyASCIIObject 48 bytes), other compact strings =
 * 72 + (len + 1) × kind (PyCompactUnicodeObject 72 bytes). Not GC-tracked, so no pre-header.
 */
export function strSizeof(s: string): number {
  const cps = codePoints(s);
  const ascii = cps.every((c) => c < 128);
  if (ascii) return 48 + cps.length + 1;
  return 72 + (cps.length + 1) * strKind(s);
}

export function strRemoveprefix(s: string, prefix: string): string {
  return prefix !== '' && s.startsWith(prefix) ? s.slice(prefix.length) : s;
}

export function strRemovesuffix(s: string, suffix: string): string {
  return suffix !== '' && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}

/** sys.getsizeof(b) for bytes: PyBytesObject header 33 bytes (incl. the trailing NUL) + len. */
export function bytesSizeof(b: Uint8Array): number {
  return 33 + b.length;
}

/**
 * bytes.decode('utf-8') (strict), as Objects/stringlib/codecs.h decodes: an ill-formed sequence is reported
 * over its maximal valid prefix ("invalid continuation byte"), a sequence cut by the end of the data as
 * "unexpected end of data", and a byte that cannot start a sequence as "invalid start byte".
 */
export function bytesDecodeUtf8(b: Uint8Array): string {
  const cps: number[] = [];
  const fail = (start: number, end: number, reason: string): never => {
    const where = end - start === 1
      ? `byte 0x${b[start]!.toString(16).padStart(2, '0')} in position ${start}`
      : `bytes in position ${start}-${end - 1}`;
    return pyErr(ExcType.UnicodeDecodeError, `'utf-8' codec can't decode ${where}: ${reason}`);
  };
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      cps.push(c);
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return fail(i, i + 1, 'invalid start byte');
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    let j = 1;
    for (; j <= need; j++) {
      if (i + j >= b.length) return fail(i, i + j, 'unexpected end of data');
      const d = b[i + j]!;
      const [l, h] = j === 1 ? [lo, hi] : [0x80, 0xbf];
      if (d < l || d > h) return fail(i, i + j, 'invalid continuation byte');
      cp = (cp << 6) | (d & 0x3f);
    }
    cps.push(cp);
    i += need + 1;
  }
  return fromCodePoints(cps);
}
