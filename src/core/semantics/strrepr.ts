// Models unicode_repr (Objects/unicodeobject.c), ascii() (PyObject_ASCII's backslashreplace of the repr) and
// PyBytes_Repr (Objects/bytesobject.c): quote choice, escapes, and printability as CPython 3.11 defines it.

import { Flag, codePoints, hasFlag } from './unicode';

const HEX = '0123456789abcdef';

function hex(n: number, width: number): string {
  let s = n.toString(16);
  while (s.length < width) s = '0' + s;
  return s;
}

function escapeCp(cp: number, quote: number, asciiOnly: boolean): string {
  if (cp === quote || cp === 0x5c) return '\\' + String.fromCharCode(cp);
  if (cp === 9) return '\\t';
  if (cp === 10) return '\\n';
  if (cp === 13) return '\\r';
  if (cp < 0x20 || cp === 0x7f) return '\\x' + HEX[cp >> 4] + HEX[cp & 15];
  if (cp < 0x7f) return String.fromCharCode(cp);
  if (!asciiOnly && hasFlag(cp, Flag.PRINTABLE)) return String.fromCodePoint(cp);
  if (cp <= 0xff) return '\\x' + hex(cp, 2);
  if (cp <= 0xffff) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

function quoteFor(has: (q: number) => boolean): number {
  return has(0x27) && !has(0x22) ? 0x22 : 0x27;
}

/** repr(s). */
export function strRepr(s: string): string {
  return reprImpl(s, false);
}

/** ascii(s): the repr with every non-ASCII code point escaped. */
export function strAscii(s: string): string {
  return reprImpl(s, true);
}

function reprImpl(s: string, asciiOnly: boolean): string {
  const cps = codePoints(s);
  const quote = quoteFor((q) => s.includes(String.fromCharCode(q)));
  let out = String.fromCharCode(quote);
  for (const cp of cps) out += escapeCp(cp, quote, asciiOnly);
  return out + String.fromCharCode(quote);
}

/** repr(b) for bytes (and the body of bytearray's repr). */
export function bytesRepr(b: Uint8Array): string {
  const quote = quoteFor((q) => b.includes(q));
  let out = 'b' + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + HEX[c >> 4] + HEX[c & 15];
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

/** str.isprintable(). */
export function strIsPrintable(s: string): boolean {
  return codePoints(s).every((cp) => hasFlag(cp, Flag.PRINTABLE));
}
