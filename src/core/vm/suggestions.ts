// Models Python/suggestions.c of CPython 3.11: the "Did you mean: 'x'?" hint appended to NameError and
// AttributeError reports (levenshtein_distance with MOVE_COST 2 and CASE_COST 1, at most 1/3 of the
// characters changed, candidates from the frame's locals, then globals, then builtins; or dir(obj)).

import type { PyObject } from '../objects/object';
import { PyType } from '../objects/object';
import * as E from '../objects/exceptions';
import * as M from '../objects/models';
import * as C from '../objects/callables';
import { PyDict } from '../objects/dict';
import { instanceDict } from '../objects/abstract';
import type { PyTraceback } from './frame';

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;
const MAX_CANDIDATE_ITEMS = 750;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  const la = a >= 'A' && a <= 'Z' ? a.toLowerCase() : a;
  const lb = b >= 'A' && b <= 'Z' ? b.toLowerCase() : b;
  return la === lb ? CASE_COST : MOVE_COST;
}

function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let as = 0, bs = 0, ae = a.length, be = b.length;
  while (as < ae && bs < be && a[as] === b[bs]) { as++; bs++; }
  while (as < ae && bs < be && a[ae - 1] === b[be - 1]) { ae--; be--; }
  a = a.slice(as, ae);
  b = b.slice(bs, be);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  let tmp = MOVE_COST;
  for (let i = 0; i < a.length; i++) {
    buffer.push(tmp);
    tmp += MOVE_COST;
  }
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi]!;
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a[i]!);
      distance = buffer[i]!;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

function calculate(dir: string[], name: string): string | null {
  if (dir.length >= MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  let bestDist = Number.MAX_SAFE_INTEGER;
  const nameSize = utf8Len(name);
  for (const item of dir) {
    if (item === name) continue;
    let maxDistance = Math.floor(((nameSize + utf8Len(item) + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDist - 1);
    const d = levenshtein(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDist) {
      best = item;
      bestDist = d;
    }
  }
  return best;
}

function utf8Len(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

function dictKeys(d: PyDict): string[] {
  const out: string[] = [];
  for (const k of d.ekeys) if (k instanceof M.PyStr) out.push(k.v);
  return out;
}

/** dir(obj) for the suggestion: instance attributes and everything on the type's MRO, sorted. */
function dirOf(o: PyObject): string[] {
  const names = new Set<string>();
  const d = instanceDict(o);
  if (d !== null) for (const k of dictKeys(d)) names.add(k);
  if (o instanceof C.PyModule) for (const k of dictKeys(o.dict)) names.add(k);
  const t = o instanceof PyType ? o : o.ob_type;
  for (const b of t.tp_mro) for (const k of b.tp_dict.keys()) names.add(k);
  if (o instanceof PyType) for (const b of o.ob_type.tp_mro) for (const k of b.tp_dict.keys()) names.add(k);
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** _Py_Offer_Suggestions: the suggested name, or null. */
export function offerSuggestion(exc: E.PyExc): string | null {
  if (exc.name === null) return null;
  if (exc.ob_type.isSubtypeOf(E.NameError)) {
    let tb = exc.traceback as PyTraceback | null;
    if (tb === null || (tb as PyObject) === M.None) return null;
    while (tb.next !== null) tb = tb.next;
    const f = tb.frame.frame;
    const s = calculate([...f.co.localsplusNames], exc.name);
    if (s !== null) return s;
    const g = calculate(dictKeys(f.globals), exc.name);
    if (g !== null) return g;
    return calculate(dictKeys(f.builtins), exc.name);
  }
  if (exc.ob_type.isSubtypeOf(E.AttributeError) && exc.obj !== null) return calculate(dirOf(exc.obj), exc.name);
  return null;
}
