// Models tp_repr / tp_str / tp_hash of CPython 3.11's builtin types (Objects/*object.c: list_repr, tuplerepr and
// dict_repr under Py_ReprEnter (reprenter.ts: which of them enter when empty, "[...]" when recursive, the references
// dict_repr holds), unicode_repr's quote choice and escapes, long_hash modulo 2**61-1,
// _Py_HashDouble, tuplehash (xxHash-based), _Py_HashPointer, and siphash13 of Python/pyhash.c with
// PYTHONHASHSEED=0, i.e. a zero key).

import { PyObject, PyType, INCREF, DECREF } from './object';
import * as M from './models';
import { PyDict } from './dict';
import * as C from './callables';
import { PyInstance } from './instance';
import * as E from './exceptions';
import { floatRepr } from './numbers';
import { reprJs, strJs, hash } from './abstract';
import * as T from './types';
import { strRepr as semStrRepr, bytesRepr as semBytesRepr } from '../semantics/strrepr';
import { PyComplex, complexRepr, complexHash } from './complex';
import { withReprEnter } from './reprenter';

export function hex(addr: number): string {
  return '0x' + addr.toString(16).padStart(12, '0');
}

export function strRepr(s: string): string {
  return semStrRepr(s);
}

/** The simulator's earlier ASCII-only repr, kept for reference; the semantics library's is exact. */
export function strReprSimple(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0x80 && c < 0xa0) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c === 0xad) out += '\\xad';
    else out += ch;
  }
  return out + quote;
}

/**
 * list_repr: "[]" without Py_ReprEnter; otherwise the items' reprs between Py_ReprEnter and Py_ReprLeave, reading
 * the size again after each item (a __repr__ may change the list) and holding no reference of its own to the item.
 */
function listRepr(o: M.PyList): string {
  if (o.items.length === 0) return '[]';
  return withReprEnter(o, '[...]', () => {
    let out = '[';
    for (let i = 0; i < o.items.length; i++) {
      if (i > 0) out += ', ';
      out += reprJs(o.items[i]!);
    }
    return out + ']';
  });
}

/** tuplerepr: "()" without Py_ReprEnter (an object may still reach itself through a tuple, so others enter). */
function tupleRepr(o: M.PyTuple): string {
  const n = o.items.length;
  if (n === 0) return '()';
  return withReprEnter(o, '(...)', () => (n === 1 ? '(' + reprJs(o.items[0]!) + ',)' : '(' + o.items.map(reprJs).join(', ') + ')'));
}

/**
 * dict_repr: Py_ReprEnter even for an empty dict; each key and value is held (Py_INCREF) while their reprs run, so
 * that a __repr__ deleting them from the dict cannot free them (sys.getrefcount inside that __repr__ shows it).
 */
function dictRepr(o: PyDict): string {
  return withReprEnter(o, '{...}', () => {
    if (o.used === 0) return '{}';
    let out = '{';
    let first = true;
    for (let i = 0; i < o.ekeys.length; i++) {
      const k = o.ekeys[i];
      if (k == null) continue;
      const v = o.evals[i]!;
      INCREF(k);
      INCREF(v);
      // Both are released after the value's repr (Py_CLEAR(key); Py_CLEAR(value)), on the error path too.
      try {
        if (!first) out += ', ';
        first = false;
        out += reprJs(k) + ': ';
        out += reprJs(v);
      } finally {
        DECREF(k);
        DECREF(v);
      }
    }
    return out + '}';
  });
}

export function typeRepr(t: PyType): string {
  if (t.module === 'builtins') return `<class '${t.qualname}'>`;
  return `<class '${t.module}.${t.qualname}'>`;
}

export const extraRepr: { fn: (o: PyObject) => string | null } = { fn: () => null };

export function reprOf(o: PyObject): string {
  if (o instanceof M.PyInt) {
    if (o.ob_type === T.BoolType) return o.v ? 'True' : 'False';
    return String(o.v);
  }
  if (o instanceof M.PyStr) return strRepr(o.v);
  if (o instanceof M.PyFloat) return floatRepr(o.v);
  if (o === M.None) return 'None';
  if (o instanceof M.PyList) return listRepr(o);
  if (o instanceof M.PyTuple) return tupleRepr(o);
  if (o instanceof PyDict) return dictRepr(o);
  if (o instanceof PyType) return typeRepr(o);
  if (o instanceof M.PyRange) return o.step === 1 ? `range(${o.start}, ${o.stop})` : `range(${o.start}, ${o.stop}, ${o.step})`;
  if (o instanceof M.PySlice) return `slice(${reprJs(o.start)}, ${reprJs(o.stop)}, ${reprJs(o.step)})`;
  if (o instanceof M.PyBytes) return semBytesRepr(o.v);
  if (o === M.NotImplemented) return 'NotImplemented';
  if (o instanceof PyComplex) return complexRepr(o);
  if (o === M.Ellipsis) return 'Ellipsis';
  if (o instanceof C.PyFunction) return `<function ${o.qualname.v} at ${hex(o.addr)}>`;
  if (o instanceof C.PyMethod) {
    const f = o.func;
    const qn = f instanceof C.PyFunction ? f.qualname.v : '?';
    return `<bound method ${qn} of ${reprJs(o.self)}>`;
  }
  // Weak references and finalizers reuse the builtin record (to be callable) but have their own reprs (extraRepr).
  if (o instanceof C.PyBuiltin && o.ob_type.tp_name === 'builtin_function_or_method') {
    if (o.self === null || o.self instanceof C.PyModule) return `<built-in function ${o.name}>`;
    return `<built-in method ${o.name} of ${o.self.ob_type.tp_name} object at ${hex(o.self.addr)}>`;
  }
  if (o instanceof C.PyMethodDescr) return `<method '${o.name}' of '${o.owner.tp_name}' objects>`;
  // getset_repr (a class's __dict__/__weakref__), member_repr (its __slots__ members).
  if (o instanceof C.PyGetSet) {
    return `<${o.owner.slotNames.includes(o.name) ? 'member' : 'attribute'} '${o.name}' of '${o.owner.tp_name}' objects>`;
  }
  if (o instanceof C.PyModule) return o.name === 'sys' || o.name === 'gc' ? `<module '${o.name}' (built-in)>` : `<module '${o.name}'>`;
  if (o instanceof M.PyCell) return `<cell at ${hex(o.addr)}: ${o.ref === null ? 'empty' : `${o.ref.ob_type.tp_name} object at ${hex(o.ref.addr)}`}>`;
  if (o instanceof E.PyExc) {
    const name = o.ob_type.tp_name;
    const a = o.args.items;
    if (a.length === 1) return `${name}(${reprJs(a[0]!)})`;
    return name + (a.length === 0 ? '()' : reprOf(o.args));
  }
  const x = extraRepr.fn(o);
  if (x !== null) return x;
  const t = o.ob_type;
  const qn = t.module === 'builtins' ? t.qualname : `${t.module}.${t.qualname}`;
  return `<${qn} object at ${hex(o.addr)}>`;
}

function bytesRepr(v: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of v) {
    if (c === 39) hasSingle = true;
    if (c === 34) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + q;
  for (const c of v) {
    if (c === q.charCodeAt(0) || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + q;
}

export function strOf(o: PyObject): string {
  if (o instanceof M.PyStr) return o.v;
  if (o instanceof E.PyExc) {
    const a = o.args.items;
    if (o.ob_type.isSubtypeOf(E.KeyError) && a.length === 1) return reprJs(a[0]!);
    if (a.length === 0) return '';
    if (a.length === 1) return strJs(a[0]!);
    return reprOf(o.args);
  }
  return reprOf(o);
}

// ---------------- hashing ----------------
const MODULUS = (1n << 61n) - 1n;
/** A Py_hash_t: a JS number when it is a safe integer, else a bigint (so the low bits stay exact). */
export type HashV = number | bigint;
export function normHash(h: bigint): HashV {
  if (h === -1n) return -2;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}
export function hashInt(v: number | bigint): HashV {
  if (typeof v === 'number') return v === -1 ? -2 : v;
  const neg = v < 0n;
  let h = (neg ? -v : v) % MODULUS;
  if (neg) h = -h;
  return normHash(h);
}

export function hashDouble(x: number): HashV {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 0 : x > 0 ? 314159 : -314159;
  if (Number.isInteger(x) && Math.abs(x) < 2 ** 53) return hashInt(x);
  // _Py_HashDouble: reduce the mantissa modulo 2**61-1 exactly.
  let m = Math.abs(x);
  let e = 0;
  while (m < 0.5) { m *= 2; e--; }
  while (m >= 1) { m /= 2; e++; }
  let h = 0n;
  while (m) {
    h = ((h << 28n) & MODULUS) | (h >> (61n - 28n));
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    h += BigInt(y);
    if (h >= MODULUS) h -= MODULUS;
  }
  const ee = ((e % 61) + 61) % 61;
  h = ((h << BigInt(ee)) & MODULUS) | (h >> BigInt(61 - ee));
  return normHash(x < 0 ? -h : h);
}

const M64 = (1n << 64n) - 1n;
const rotl = (x: bigint, b: bigint): bigint => ((x << b) | (x >> (64n - b))) & M64;
/** siphash13 with a zero key (PYTHONHASHSEED=0), Python/pyhash.c. */
export function siphash13(bytes: Uint8Array): HashV {
  let v0 = 0x736f6d6570736575n, v1 = 0x646f72616e646f6dn, v2 = 0x6c7967656e657261n, v3 = 0x7465646279746573n;
  const b = BigInt(bytes.length) << 56n;
  const round = (): void => {
    v0 = (v0 + v1) & M64; v1 = rotl(v1, 13n); v1 ^= v0; v0 = rotl(v0, 32n);
    v2 = (v2 + v3) & M64; v3 = rotl(v3, 16n); v3 ^= v2;
    v0 = (v0 + v3) & M64; v3 = rotl(v3, 21n); v3 ^= v0;
    v2 = (v2 + v1) & M64; v1 = rotl(v1, 17n); v1 ^= v2; v2 = rotl(v2, 32n);
  };
  const n = bytes.length - (bytes.length % 8);
  for (let i = 0; i < n; i += 8) {
    let m = 0n;
    for (let j = 7; j >= 0; j--) m = (m << 8n) | BigInt(bytes[i + j]!);
    v3 ^= m;
    round();
    v0 ^= m;
  }
  let t = 0n;
  for (let j = bytes.length - 1; j >= n; j--) t = (t << 8n) | BigInt(bytes[j]!);
  const last = t | b;
  v3 ^= last;
  round();
  v0 ^= last;
  v2 ^= 0xffn;
  round(); round(); round();
  return normHash(BigInt.asIntN(64, v0 ^ v1 ^ v2 ^ v3));
}

export function strHash(s: M.PyStr): HashV {
  if (s.hash !== -1) return s.hash;
  const cps = [...s.v].map((c) => c.codePointAt(0)!);
  const max = cps.reduce((a, c) => Math.max(a, c), 0);
  const kind = max < 256 ? 1 : max < 65536 ? 2 : 4;
  const bytes = new Uint8Array(cps.length * kind);
  cps.forEach((c, i) => {
    for (let k = 0; k < kind; k++) bytes[i * kind + k] = (c >> (8 * k)) & 0xff;
  });
  const h = cps.length === 0 ? 0 : siphash13(bytes);
  s.hash = h;
  return h;
}

export function pointerHash(addr: number): HashV {
  const y = BigInt(addr);
  return normHash(BigInt.asIntN(64, ((y >> 4n) | (y << 60n)) & M64));
}

const XXPRIME_1 = 11400714785074694791n, XXPRIME_2 = 14029467366897019727n, XXPRIME_5 = 2870177450012600261n;
export function tupleHash(items: PyObject[]): HashV {
  let acc = XXPRIME_5;
  for (const it of items) {
    const lane = BigInt.asUintN(64, BigInt(hash(it)));
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796;
  return normHash(BigInt.asIntN(64, acc));
}

export const extraHash: { fn: (o: PyObject) => HashV | null } = { fn: () => null };

export function hashOf(o: PyObject): HashV {
  if (o instanceof M.PyStr) return strHash(o);
  if (o instanceof M.PyInt) return hashInt(o.v);
  if (o instanceof M.PyFloat) return hashDouble(o.v);
  if (o instanceof M.PyTuple) return tupleHash(o.items);
  if (o instanceof M.PyList || o instanceof PyDict) E.raise(E.TypeError, `unhashable type: '${o.ob_type.tp_name}'`);
  if (o instanceof M.PySlice) E.raise(E.TypeError, `unhashable type: 'slice'`);
  if (o instanceof M.PyBytes) {
    return o.v.length === 0 ? 0 : siphash13(o.v);
  }
  if (o instanceof PyComplex) return complexHash(o);
  const x = extraHash.fn(o);
  if (x !== null) return x;
  if (o instanceof PyInstance && o.ob_type.lookup('__eq__') !== undefined && o.ob_type.lookup('__hash__') === undefined) {
    E.raise(E.TypeError, `unhashable type: '${o.ob_type.tp_name}'`);
  }
  return pointerHash(o.addr);
}
