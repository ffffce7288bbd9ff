// Models the character-type queries of Objects/unicodectype.c (_PyUnicode_IsPrintable, _PyUnicode_ToLowerFull,
// …) over the tables generated from CPython 3.11's own unicodedata (Unicode 14.0), and Python's code-point view
// of a string.
//
// Python strings are JS strings read by code point: a well-formed surrogate pair is one astral code point and
// a lone surrogate is a code point of its own. (A Python string holding a high and a low surrogate as two
// separate code points cannot be told apart from the astral character; Heapscope accepts that.)

import { DECIMAL_ZEROS, FLAG_RUNS, MAP_CASEFOLD, MAP_LOWER, MAP_TITLE, MAP_UPPER } from './unicodedata311';

export const Flag = {
  PRINTABLE: 1,
  SPACE: 2,
  DECIMAL: 4,
  DIGIT: 8,
  NUMERIC: 16,
  ALPHA: 32,
  LOWER: 64,
  UPPER: 128,
  TITLE: 256,
  CASED: 512,
  CASE_IGNORABLE: 1024,
  XID_START: 2048,
  XID_CONTINUE: 4096,
  LINEBREAK: 8192,
} as const;

let runStarts: Int32Array | undefined;
let runFlags: Int32Array | undefined;
let ascii: Int32Array | undefined;
let zeros: number[] | undefined;

function load(): void {
  const parts = FLAG_RUNS.split(',');
  runStarts = new Int32Array(parts.length);
  runFlags = new Int32Array(parts.length);
  let cp = 0;
  parts.forEach((p, i) => {
    const [d, f] = p.split(':');
    cp += parseInt(d!, 16);
    runStarts![i] = cp;
    runFlags![i] = parseInt(f!, 16);
  });
  ascii = new Int32Array(128);
  for (let c = 0; c < 128; c++) ascii[c] = lookup(c);
  zeros = DECIMAL_ZEROS.split(',').map((h) => parseInt(h, 16));
}

function lookup(cp: number): number {
  const starts = runStarts!;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return runFlags![lo]!;
}

/** The flag bits of one code point. */
export function charFlags(cp: number): number {
  if (!runStarts) load();
  if (cp < 128) return ascii![cp]!;
  return lookup(cp);
}

export function hasFlag(cp: number, flag: number): boolean {
  return (charFlags(cp) & flag) !== 0;
}

/** The decimal value of a DECIMAL code point (unicodedata.decimal), else -1. */
export function decimalValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (!hasFlag(cp, Flag.DECIMAL)) return -1;
  let best = -1;
  for (const z of zeros!) if (z <= cp) best = z;
  return cp - best;
}

type CaseMap = Map<number, number[]>;
const maps: Partial<Record<'lower' | 'upper' | 'title' | 'casefold', CaseMap>> = {};
const SOURCES = { lower: MAP_LOWER, upper: MAP_UPPER, title: MAP_TITLE, casefold: MAP_CASEFOLD } as const;

function caseMap(kind: keyof typeof SOURCES): CaseMap {
  let m = maps[kind];
  if (!m) {
    m = new Map();
    let cp = 0;
    for (const e of SOURCES[kind].split(',')) {
      const [d, t] = e.split(':');
      cp += parseInt(d!, 16);
      m.set(cp, t!.split('.').map((h) => parseInt(h, 16)));
    }
    maps[kind] = m;
  }
  return m;
}

/** Full case mapping of one code point (_PyUnicode_ToLowerFull etc.); the final-sigma rule is the caller's. */
export function mapCase(kind: 'lower' | 'upper' | 'title' | 'casefold', cp: number): number[] {
  if (cp < 128) {
    if (kind === 'upper' || kind === 'title') return [cp >= 97 && cp <= 122 ? cp - 32 : cp];
    return [cp >= 65 && cp <= 90 ? cp + 32 : cp];
  }
  return caseMap(kind).get(cp) ?? [cp];
}

/** The code points of a Python string. */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** True when every UTF-16 unit is its own code point (no astral characters): indexes can be used directly. */
export function isBmpOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return false;
    }
  }
  return true;
}

export function fromCodePoints(cps: readonly number[]): string {
  let s = '';
  for (let i = 0; i < cps.length; i += 4096) {
    s += String.fromCodePoint(...cps.slice(i, i + 4096));
  }
  return s;
}

/** len(s) in code points. */
export function pyLen(s: string): number {
  let n = s.length;
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
