import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCases, type OracleCase, type PyVal } from './oraclecodec';
import { bytesRepr, strAscii, strIsPrintable, strRepr } from './strrepr';
import {
  strCapitalize, strCasefold, strIsAlnum, strIsAlpha, strIsAscii, strIsDecimal, strIsDigit, strIsIdentifier, strIsLower,
  strIsNumeric, strIsSpace, strIsTitle, strIsUpper, strLower, strSwapcase, strTitle, strUpper,
} from './strcase';
import {
  strCenter, strCount, strEndsWith, strExpandtabs, strFind, strIndex, strLjust, strLstrip, strPartition, strReplace,
  strRfind, strRindex, strRjust, strRpartition, strRsplit, strRstrip, strSplit, strSplitlines, strStartsWith, strStrip,
  strZfill,
} from './strmethods';
import { bytesDecodeUtf8, bytesSizeof, strCompare, strEncodeUtf8, strGetItem, strRemoveprefix, strRemovesuffix, strSizeof, strSlice } from './strslice';
import { pyLen } from './unicode';

function loadOracle(name: string): OracleCase[] {
  return JSON.parse(readFileSync(new URL(`../../../resources/semantics-oracle/${name}.json`, import.meta.url), 'utf8')) as OracleCase[];
}

const s = (v: PyVal) => v as string;
const n = (v: PyVal) => (v === null ? null : Number(v as bigint));
const num = (v: PyVal) => Number(v as bigint);
const big = (x: number) => BigInt(x);
const tuple = (xs: readonly string[]): PyVal => ({ tuple: xs });

const handlers: Record<string, (...a: PyVal[]) => PyVal> = {
  str_repr: (x) => strRepr(s(x)),
  str_ascii: (x) => strAscii(s(x)),
  str_isprintable: (x) => strIsPrintable(s(x)),
  str_isspace: (x) => strIsSpace(s(x)),
  str_isalpha: (x) => strIsAlpha(s(x)),
  str_isdecimal: (x) => strIsDecimal(s(x)),
  str_isdigit: (x) => strIsDigit(s(x)),
  str_isnumeric: (x) => strIsNumeric(s(x)),
  str_isalnum: (x) => strIsAlnum(s(x)),
  str_isupper: (x) => strIsUpper(s(x)),
  str_islower: (x) => strIsLower(s(x)),
  str_istitle: (x) => strIsTitle(s(x)),
  str_isidentifier: (x) => strIsIdentifier(s(x)),
  str_isascii: (x) => strIsAscii(s(x)),
  str_upper: (x) => strUpper(s(x)),
  str_lower: (x) => strLower(s(x)),
  str_title: (x) => strTitle(s(x)),
  str_capitalize: (x) => strCapitalize(s(x)),
  str_swapcase: (x) => strSwapcase(s(x)),
  str_casefold: (x) => strCasefold(s(x)),
  str_strip: (x) => strStrip(s(x)),
  str_lstrip: (x) => strLstrip(s(x)),
  str_rstrip: (x) => strRstrip(s(x)),
  str_split: (x) => strSplit(s(x)),
  str_rsplit: (x) => strRsplit(s(x)),
  str_splitlines: (x) => strSplitlines(s(x)),
  str_splitlines_keep: (x) => strSplitlines(s(x), true),
  str_expandtabs: (x) => strExpandtabs(s(x)),
  str_expandtabs_n: (x, t) => strExpandtabs(s(x), num(t)),
  str_len: (x) => big(pyLen(s(x))),
  str_sizeof: (x) => big(strSizeof(s(x))),
  str_encode: (x) => strEncodeUtf8(s(x)),
  str_split_sep: (x, sep, mx) => strSplit(s(x), s(sep), num(mx)),
  str_rsplit_sep: (x, sep, mx) => strRsplit(s(x), s(sep), num(mx)),
  str_split_ws: (x, mx) => strSplit(s(x), null, num(mx)),
  str_rsplit_ws: (x, mx) => strRsplit(s(x), null, num(mx)),
  str_find: (x, sub, a, b) => big(strFind(s(x), s(sub), n(a), n(b))),
  str_rfind: (x, sub, a, b) => big(strRfind(s(x), s(sub), n(a), n(b))),
  str_count: (x, sub, a, b) => big(strCount(s(x), s(sub), n(a), n(b))),
  str_startswith: (x, sub, a, b) => strStartsWith(s(x), s(sub), n(a), n(b)),
  str_endswith: (x, sub, a, b) => strEndsWith(s(x), s(sub), n(a), n(b)),
  str_startswith_tuple: (x) => strStartsWith(s(x), ['a', 'b', ' ']),
  str_endswith_tuple: (x) => strEndsWith(s(x), []),
  str_index: (x, sub) => big(strIndex(s(x), s(sub))),
  str_rindex: (x, sub) => big(strRindex(s(x), s(sub))),
  str_partition: (x, sub) => tuple(strPartition(s(x), s(sub))),
  str_rpartition: (x, sub) => tuple(strRpartition(s(x), s(sub))),
  str_strip_chars: (x, c) => strStrip(s(x), s(c)),
  str_lstrip_chars: (x, c) => strLstrip(s(x), s(c)),
  str_rstrip_chars: (x, c) => strRstrip(s(x), s(c)),
  str_replace: (x, a, cnt) => strReplace(s(x), s(a), '<>', num(cnt)),
  str_center: (x, w, f) => strCenter(s(x), num(w), s(f)),
  str_ljust: (x, w, f) => strLjust(s(x), num(w), s(f)),
  str_rjust: (x, w, f) => strRjust(s(x), num(w), s(f)),
  str_zfill: (x, w) => strZfill(s(x), num(w)),
  str_slice: (x, a, b, c) => strSlice(s(x), n(a), n(b), n(c)),
  str_getitem: (x, i) => strGetItem(s(x), num(i)),
  str_compare: (a, b) => {
    const c = strCompare(s(a), s(b));
    return [c < 0, c === 0, c > 0];
  },
  bytes_repr: (b) => bytesRepr(b as Uint8Array),
  bytes_decode: (b) => bytesDecodeUtf8(b as Uint8Array),
  bytes_sizeof: (b) => big(bytesSizeof(b as Uint8Array)),
  str_removeprefix: (x) => strRemoveprefix(s(x), 'a'),
  str_removesuffix: (x) => strRemovesuffix(s(x), 'b'),
};

describe('CPython 3.11 oracle: str', () => {
  const cases = loadOracle('str');
  const ops = [...new Set(cases.map((c) => c[0]))];
  it.each(ops)('%s', (op) => {
    const mine = cases.filter((c) => c[0] === op);
    expect(checkCases(mine, handlers).slice(0, 8)).toEqual([]);
    expect(mine.length).toBeGreaterThan(0);
  });
});
