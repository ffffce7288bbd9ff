// Models the case conversions and character-class predicates of str in Objects/unicodeobject.c (3.11):
// do_upper/do_lower (with handle_capital_sigma's final-sigma rule), do_title, do_capitalize, do_swapcase,
// do_casefold, and unicode_is{upper,lower,title,digit,…}_impl.

import { Flag, codePoints, fromCodePoints, hasFlag, mapCase } from './unicode';

const CAPITAL_SIGMA = 0x3a3;

function finalSigma(cps: readonly number[], i: number): number {
  let j = i - 1;
  while (j >= 0 && hasFlag(cps[j]!, Flag.CASE_IGNORABLE)) j--;
  let final = j >= 0 && hasFlag(cps[j]!, Flag.CASED);
  if (final) {
    j = i + 1;
    while (j < cps.length && hasFlag(cps[j]!, Flag.CASE_IGNORABLE)) j++;
    final = j === cps.length || !hasFlag(cps[j]!, Flag.CASED);
  }
  return final ? 0x3c2 : 0x3c3;
}

function lowerAt(cps: readonly number[], i: number, out: number[]): void {
  const c = cps[i]!;
  if (c === CAPITAL_SIGMA) out.push(finalSigma(cps, i));
  else out.push(...mapCase('lower', c));
}

export function strLower(s: string): string {
  const cps = codePoints(s);
  const out: number[] = [];
  for (let i = 0; i < cps.length; i++) lowerAt(cps, i, out);
  return fromCodePoints(out);
}

export function strUpper(s: string): string {
  const out: number[] = [];
  for (const c of codePoints(s)) out.push(...mapCase('upper', c));
  return fromCodePoints(out);
}

export function strCasefold(s: string): string {
  const out: number[] = [];
  for (const c of codePoints(s)) out.push(...mapCase('casefold', c));
  return fromCodePoints(out);
}

export function strSwapcase(s: string): string {
  const cps = codePoints(s);
  const out: number[] = [];
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (hasFlag(c, Flag.UPPER)) lowerAt(cps, i, out);
    else if (hasFlag(c, Flag.LOWER)) out.push(...mapCase('upper', c));
    else out.push(c);
  }
  return fromCodePoints(out);
}

export function strCapitalize(s: string): string {
  const cps = codePoints(s);
  const out: number[] = [];
  for (let i = 0; i < cps.length; i++) {
    if (i === 0) out.push(...mapCase('title', cps[0]!));
    else lowerAt(cps, i, out);
  }
  return fromCodePoints(out);
}

export function strTitle(s: string): string {
  const cps = codePoints(s);
  const out: number[] = [];
  let previousIsCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (previousIsCased) lowerAt(cps, i, out);
    else out.push(...mapCase('title', c));
    previousIsCased = hasFlag(c, Flag.CASED);
  }
  return fromCodePoints(out);
}

function all(s: string, pred: (c: number) => boolean): boolean {
  const cps = codePoints(s);
  return cps.length > 0 && cps.every(pred);
}

export const strIsSpace = (s: string): boolean => all(s, (c) => hasFlag(c, Flag.SPACE));
export const strIsAlpha = (s: string): boolean => all(s, (c) => hasFlag(c, Flag.ALPHA));
export const strIsDecimal = (s: string): boolean => all(s, (c) => hasFlag(c, Flag.DECIMAL));
export const strIsDigit = (s: string): boolean => all(s, (c) => hasFlag(c, Flag.DIGIT));
export const strIsNumeric = (s: string): boolean => all(s, (c) => hasFlag(c, Flag.NUMERIC));
export const strIsAlnum = (s: string): boolean =>
  all(s, (c) => hasFlag(c, Flag.ALPHA | Flag.DECIMAL | Flag.DIGIT | Flag.NUMERIC));
export const strIsAscii = (s: string): boolean => codePoints(s).every((c) => c < 128);

export function strIsUpper(s: string): boolean {
  let cased = false;
  for (const c of codePoints(s)) {
    if (hasFlag(c, Flag.LOWER | Flag.TITLE)) return false;
    if (hasFlag(c, Flag.UPPER)) cased = true;
  }
  return cased;
}

export function strIsLower(s: string): boolean {
  let cased = false;
  for (const c of codePoints(s)) {
    if (hasFlag(c, Flag.UPPER | Flag.TITLE)) return false;
    if (hasFlag(c, Flag.LOWER)) cased = true;
  }
  return cased;
}

export function strIsTitle(s: string): boolean {
  const cps = codePoints(s);
  if (cps.length === 1) return hasFlag(cps[0]!, Flag.TITLE | Flag.UPPER);
  let cased = false;
  let prev = false;
  for (const c of cps) {
    if (hasFlag(c, Flag.UPPER | Flag.TITLE)) {
      if (prev) return false;
      prev = true;
      cased = true;
    } else if (hasFlag(c, Flag.LOWER)) {
      if (!prev) return false;
      prev = true;
      cased = true;
    } else prev = false;
  }
  return cased;
}

export function strIsIdentifier(s: string): boolean {
  const cps = codePoints(s);
  if (cps.length === 0) return false;
  if (!(cps[0] === 0x5f || hasFlag(cps[0]!, Flag.XID_START))) return false;
  return cps.every((c, i) => i === 0 || hasFlag(c, Flag.XID_CONTINUE));
}
