import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode, pyEqual, type PyVal } from './oraclecodec';
import { PyError } from './errors';
import { hashFloat, hashInt, hashStr, hashTuple } from './hash';
import { compareFloatInt } from './numconv';
import { floatRepr } from './floatformat';
import { strRepr } from './strrepr';
import {
  frozensetHash, newSetTable, setAdd, setClear, setDiscard, setKeys, setMerge, setPop, setPurgeDummiesAfterDifferenceUpdate,
  setSizeof, setUpdateFromDict, type ActiveSlot, type SetTableState,
} from './settable';
import {
  setDifference, setDifferenceUpdate, setIntersection, setIntersectionUpdate, setSymmetricDifference,
  setSymmetricDifferenceUpdate, setUnion,
} from './setops';
import {
  dictClear, dictCopy, dictDelete, dictInsertNew, dictMergeBegin, dictNew, dictNewPresized, dictPopitem, dictSizeof,
  type DictKeysState,
} from './dictkeys';

type Json = Parameters<typeof decode>[0];
interface Scenario {
  steps: [string, Json][];
  results: { ok?: Json[]; err?: [string, string]; state?: Json[] }[];
}

function load(name: string): Scenario[] {
  return JSON.parse(readFileSync(new URL(`../../../resources/semantics-oracle/${name}.json`, import.meta.url), 'utf8')) as Scenario[];
}

function hashOf(v: PyVal): bigint {
  if (typeof v === 'bigint') return hashInt(v);
  if (typeof v === 'number') return hashFloat(v, 0n);
  if (typeof v === 'string') return hashStr(v);
  if (v && typeof v === 'object' && 'tuple' in v) return hashTuple(v.tuple.map(hashOf));
  throw new Error('unhashable in test');
}

function eq(a: PyVal, b: PyVal): boolean {
  if (typeof a === 'number' && typeof b === 'bigint') return compareFloatInt(a, b) === 0;
  if (typeof a === 'bigint' && typeof b === 'number') return compareFloatInt(b, a) === 0;
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  return pyEqual(a, b);
}

function repr(v: PyVal): string {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return floatRepr(v);
  if (typeof v === 'string') return strRepr(v);
  if (v && typeof v === 'object' && 'tuple' in v) {
    const items = v.tuple.map(repr);
    return '(' + items.join(', ') + (items.length === 1 ? ',)' : ')');
  }
  throw new Error('repr in test');
}

function fromList(keys: readonly PyVal[]): SetTableState<PyVal> {
  const so = newSetTable<PyVal>();
  for (const k of keys) setAdd(so, k, hashOf(k), eq);
  return so;
}

function runSet(sc: Scenario): string[] {
  let so = newSetTable<PyVal>();
  const bad: string[] = [];
  sc.steps.forEach(([op, rawArg], n) => {
    const arg = decode(rawArg);
    const list = (arg ?? []) as PyVal[];
    let res: PyVal = null;
    let err: [string, string] | undefined;
    try {
      switch (op) {
        case 'add': setAdd(so, arg, hashOf(arg), eq); break;
        case 'discard': setDiscard(so, arg, hashOf(arg), eq); break;
        case 'remove': if (!setDiscard(so, arg, hashOf(arg), eq)) throw new PyError('KeyError', repr(arg)); break;
        case 'pop': res = setPop(so); break;
        case 'clear': setClear(so); break;
        case 'update_set': setMerge(so, fromList(list), eq); break;
        case 'update_dict': {
          const items: ActiveSlot<PyVal>[] = [];
          for (const k of list) if (!items.some((e) => eq(e.key, k))) items.push({ key: k, hash: hashOf(k) });
          setUpdateFromDict(so, items, eq);
          break;
        }
        case 'update_list': for (const k of list) setAdd(so, k, hashOf(k), eq); break;
        case 'difference_update_list':
          for (const k of list) setDiscard(so, k, hashOf(k), eq);
          setPurgeDummiesAfterDifferenceUpdate(so);
          break;
        case 'init_list': so = fromList(list); break;
        case 'copy': { const c = newSetTable<PyVal>(); setMerge(c, so, eq); so = c; break; }
        case 'and_set': so = setIntersection(so, fromList(list), eq); break;
        case 'rand_set': so = setIntersection(fromList(list), so, eq); break;
        case 'or_set': so = setUnion(so, fromList(list), eq); break;
        case 'sub_set': so = setDifference(so, fromList(list), eq); break;
        case 'rsub_set': so = setDifference(fromList(list), so, eq); break;
        case 'xor_set': so = setSymmetricDifference(so, fromList(list), eq); break;
        case 'iand_set': setIntersectionUpdate(so, fromList(list), eq); break;
        case 'isub_set': setDifferenceUpdate(so, fromList(list), eq); break;
        case 'ixor_set': setSymmetricDifferenceUpdate(so, fromList(list), eq); break;
        case 'isub_self': setDifferenceUpdate(so, so, eq); break;
        case 'frozenset_hash': { const c = newSetTable<PyVal>(); setMerge(c, so, eq); res = frozensetHash(c); break; }
        default: throw new Error(op);
      }
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      err = [e.excType, e.msg];
    }
    const want = sc.results[n]!;
    const state: PyVal = [setKeys(so), BigInt(setSizeof(so))];
    if (want.err) {
      const ws = want.state!;
      if (!err || err[0] !== want.err[0] || err[1] !== want.err[1] || !pyEqual(state, [decode(ws[0]!), BigInt(ws[1] as number)])) {
        bad.push(`step ${n} ${op}: expected error ${want.err.join(': ')}`);
      }
    } else {
      const [wr, wl, wsize] = want.ok!;
      const expect: PyVal = [decode(wl!), BigInt(wsize as number)];
      if (err || !pyEqual(res, decode(wr!)) || !pyEqual(state, expect)) bad.push(`step ${n} ${op}: got ${String(err ?? '')} ${JSON.stringify(state, (_k, x) => (typeof x === 'bigint' ? String(x) : x))}`);
    }
  });
  return bad;
}

// A dict model for the test: which keys are present, the entry array (with holes), and the keys geometry.
interface DictModel {
  keys: DictKeysState;
  entries: (PyVal | undefined)[];
}

const isStr = (k: PyVal): boolean => typeof k === 'string';

function dictInsert(m: DictModel, k: PyVal): void {
  if (m.entries.some((e) => e !== undefined && eq(e, k))) return;
  dictInsertNew(m.keys, isStr(k));
  syncEntries(m);
  m.entries.push(k);
}

/** After a resize the entries are compact again. */
function syncEntries(m: DictModel): void {
  if (m.keys.nentries !== m.entries.length) m.entries = m.entries.filter((e) => e !== undefined);
}

function fromKeys(keys: readonly PyVal[]): DictModel {
  const m: DictModel = { keys: dictNew(), entries: [] };
  for (const k of keys) dictInsert(m, k);
  return m;
}

function live(m: DictModel): PyVal[] {
  return m.entries.filter((e): e is PyVal => e !== undefined);
}

function merge(m: DictModel, other: DictModel): void {
  const how = dictMergeBegin(m.keys, other.keys);
  if (how === 'cloned') m.entries = [...other.entries];
  else if (how === 'insert') {
    syncEntries(m);
    for (const k of live(other)) dictInsert(m, k);
  }
}

/** A dict display: chunks of 17 items built by _PyDict_FromItems, merged with DICT_UPDATE (3.11 compiler_dict). */
function literal(keys: readonly PyVal[]): DictModel {
  const chunks: PyVal[][] = [];
  for (let i = 0; i < keys.length; i += 17) chunks.push(keys.slice(i, i + 17));
  const build = (c: PyVal[]): DictModel => {
    const m: DictModel = { keys: dictNewPresized(c.length, c.every(isStr)), entries: [] };
    for (const k of c) dictInsert(m, k);
    return m;
  };
  if (chunks.length === 0) return { keys: dictNew(), entries: [] };
  const d = build(chunks[0]!);
  for (const c of chunks.slice(1)) merge(d, build(c));
  return d;
}

function runDict(sc: Scenario): string[] {
  let m: DictModel = { keys: dictNew(), entries: [] };
  const bad: string[] = [];
  sc.steps.forEach(([op, rawArg], n) => {
    const arg = decode(rawArg);
    const list = (arg ?? []) as PyVal[];
    let err: [string, string] | undefined;
    switch (op) {
      case 'set': dictInsert(m, arg); break;
      case 'del': {
        const i = m.entries.findIndex((e) => e !== undefined && eq(e, arg));
        if (i < 0) err = ['KeyError', repr(arg)];
        else {
          dictDelete(m.keys);
          m.entries[i] = undefined;
        }
        break;
      }
      case 'popitem': {
        let i = m.entries.length - 1;
        while (i >= 0 && m.entries[i] === undefined) i--;
        if (i < 0) err = ['KeyError', "'popitem(): dictionary is empty'"];
        else {
          dictPopitem(m.keys, i);
          m.entries.length = i;
        }
        break;
      }
      case 'clear': dictClear(m.keys); m.entries = []; break;
      case 'copy': {
        const { copy, mustInsert } = dictCopy(m.keys);
        const old = live(m);
        m = { keys: copy, entries: mustInsert ? [] : copy.used === 0 ? [] : [...m.entries] };
        if (mustInsert) for (const k of old) dictInsert(m, k);
        break;
      }
      case 'update': merge(m, fromKeys(list)); break;
      case 'literal': m = literal(list); break;
      case 'dict_of': { const d: DictModel = { keys: dictNew(), entries: [] }; merge(d, fromKeys(list)); m = d; break; }
      default: throw new Error(op);
    }
    const want = sc.results[n]!;
    const got = [live(m).length, dictSizeof(m.keys)];
    const w = (want.ok ?? want.state) as number[];
    const errOk = want.err ? !!err && err[0] === want.err[0] && err[1] === want.err[1] : !err;
    if (!errOk || got[0] !== w[0] || got[1] !== w[1]) bad.push(`step ${n} ${op} ${JSON.stringify(rawArg)}: got ${got} ${err ?? ''}, want ${w} ${want.err ?? ''}`);
  });
  return bad;
}

describe('CPython 3.11 oracle: set table', () => {
  const scenarios = load('set');
  it(`reproduces iteration order and getsizeof over ${scenarios.length} scenarios`, () => {
    const bad = scenarios.flatMap((sc, i) => runSet(sc).map((b) => `scenario ${i}: ${b}`));
    expect(bad.slice(0, 10)).toEqual([]);
  });
});

describe('CPython 3.11 oracle: dict keys geometry', () => {
  const scenarios = load('dict');
  it(`reproduces getsizeof over ${scenarios.length} scenarios`, () => {
    const bad = scenarios.flatMap((sc, i) => runDict(sc).map((b) => `scenario ${i}: ${b}`));
    expect(bad.slice(0, 10)).toEqual([]);
  });
});
