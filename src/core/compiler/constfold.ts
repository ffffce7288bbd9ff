// Models the arithmetic CPython 3.11's AST optimizer performs on constants (Python/ast_opt.c: fold_binop,
// fold_unaryop, fold_subscr with safe_multiply / safe_power / safe_lshift / safe_mod and their size limits).
// `null` means "CPython would not fold this" (the operation raises, or exceeds a limit).

import type { ConstValue } from '../bytecode/code';
import type { OperatorName, UnaryOperatorName } from '../python/ast';
import { Unsupported } from '../python/errors';
import { constTruth } from './consts';

type C = ConstValue;
const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

const int = (v: bigint): C => ({ t: 'int', v });
const flt = (v: number): C => ({ t: 'float', v });

function asInt(v: C): bigint | null {
  if (v.t === 'int') return v.v;
  if (v.t === 'bool') return v.v ? 1n : 0n;
  return null;
}

/** int → float as Python does it (OverflowError beyond the double range: no fold). */
function asFloat(v: C): number | null {
  if (v.t === 'float') return v.v;
  const i = asInt(v);
  if (i === null) return null;
  const f = Number(i);
  return Number.isFinite(f) ? f : null;
}

function numBits(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(2).length;
}

function floorDivInt(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function floatDivMod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) !== (mod < 0)) { mod += wx; div -= 1.0; }
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = (vx / wx) < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

function seqLen(v: C): number | null {
  switch (v.t) {
    case 'str': return [...v.v].length;
    case 'bytes': return v.v.length;
    case 'tuple': case 'frozenset': return v.items.length;
    default: return null;
  }
}

function complexity(v: C, limit: number): number {
  // check_complexity: counts nested tuple/frozenset items; negative means over the limit.
  if (v.t === 'tuple' || v.t === 'frozenset') {
    limit -= v.items.length;
    for (const it of v.items) {
      if (limit < 0) break;
      limit = complexity(it, limit);
    }
  }
  return limit;
}

function repeat(seq: C, n: bigint): C | null {
  const count = n < 0n ? 0 : Number(n);
  switch (seq.t) {
    case 'str': return { t: 'str', v: seq.v.repeat(count) };
    case 'bytes': return { t: 'bytes', v: Array.from({ length: count }, () => seq.v).flat() };
    case 'tuple': return { t: 'tuple', items: Array.from({ length: count }, () => seq.items).flat() };
    default: return null;
  }
}

function safeMultiply(v: C, w: C): C | null {
  const vi = asInt(v);
  const wi = asInt(w);
  if (vi !== null && wi !== null) {
    if (vi !== 0n && wi !== 0n && numBits(vi) + numBits(wi) > MAX_INT_SIZE) return null;
    return int(vi * wi);
  }
  if (vi !== null && (w.t === 'tuple' || w.t === 'frozenset')) {
    const size = w.items.length;
    if (size) {
      if (vi < 0n || vi > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) return null;
      if (vi && complexity(w, Math.floor(MAX_TOTAL_ITEMS / Number(vi))) < 0) return null;
    }
    return w.t === 'tuple' ? repeat(w, vi) : null;
  }
  if (vi !== null && (w.t === 'str' || w.t === 'bytes')) {
    const size = seqLen(w)!;
    if (size) {
      if (vi < 0n || vi > BigInt(Math.floor(MAX_STR_SIZE / size))) return null;
    }
    return repeat(w, vi);
  }
  if (wi !== null && (v.t === 'tuple' || v.t === 'frozenset' || v.t === 'str' || v.t === 'bytes')) {
    return safeMultiply(w, v);
  }
  return numeric(v, w, (a, b) => a * b, (a, b) => a * b);
}

class ComplexFold extends Error {}
/** A fold CPython would perform but this model does not: refused with the node's line by foldBinop. */
class FoldRefusal extends Error {
  constructor(readonly feature: string) {
    super(feature);
  }
}

function asComplex(v: C): [number, number] | null {
  if (v.t === 'complex') return [v.re, v.im];
  const f = asFloat(v);
  return f === null ? null : [f, 0];
}

/** Complex +, -, * and / as Objects/complexobject.c (_Py_c_sum, _Py_c_diff, _Py_c_prod, _Py_c_quot). */
function complexOp(op: OperatorName, v: C, w: C, lineno: number): C | null {
  const a = asComplex(v);
  const b = asComplex(w);
  if (!a || !b) return null;
  const cx = (re: number, im: number): C => ({ t: 'complex', re, im });
  switch (op) {
    case 'Add': return cx(a[0] + b[0], a[1] + b[1]);
    case 'Sub': return cx(a[0] - b[0], a[1] - b[1]);
    case 'Mult': return cx(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]);
    case 'Div': {
      const absBre = Math.abs(b[0]);
      const absBim = Math.abs(b[1]);
      if (absBre >= absBim) {
        if (absBre === 0) return null;
        const ratio = b[1] / b[0];
        const denom = b[0] + b[1] * ratio;
        return cx((a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom);
      }
      if (absBim >= absBre) {
        const ratio = b[0] / b[1];
        const denom = b[0] * ratio + b[1];
        return cx((a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom);
      }
      return null;
    }
    default: throw new Unsupported('constant folding of complex ' + op, lineno);
  }
}

/** Mixed int/float/complex arithmetic with Python's promotion rules. */
function numeric(v: C, w: C, onInt: ((a: bigint, b: bigint) => bigint | null) | null,
  onFloat: (a: number, b: number) => number | null): C | null {
  if (v.t === 'complex' || w.t === 'complex') throw new ComplexFold();
  const vi = asInt(v);
  const wi = asInt(w);
  if (vi !== null && wi !== null && onInt) {
    const r = onInt(vi, wi);
    return r === null ? null : int(r);
  }
  const a = asFloat(v);
  const b = asFloat(w);
  if (a === null || b === null) return null;
  const r = onFloat(a, b);
  return r === null ? null : flt(r);
}

function safePower(v: C, w: C): C | null {
  const vi = asInt(v);
  const wi = asInt(w);
  if (vi !== null && wi !== null) {
    if (vi !== 0n && wi > 0n) {
      const wbits = wi;
      if (BigInt(numBits(vi)) > BigInt(MAX_INT_SIZE) / wbits) return null;
    }
    if (wi < 0n) {
      const a = asFloat(v);
      const b = asFloat(w);
      if (a === null || b === null || a === 0) return null;
      return flt(Math.pow(a, b));
    }
    return int(vi ** wi);
  }
  return numeric(v, w, null, (a, b) => {
    if (a === 0 && b < 0) return null; // ZeroDivisionError
    if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) {
      throw new FoldRefusal('constant folding of a negative float to a fractional power');
    }
    return Math.pow(a, b);
  });
}

function concat(v: C, w: C): C | null {
  if (v.t === 'str' && w.t === 'str') return { t: 'str', v: v.v + w.v };
  if (v.t === 'bytes' && w.t === 'bytes') return { t: 'bytes', v: [...v.v, ...w.v] };
  if (v.t === 'tuple' && w.t === 'tuple') return { t: 'tuple', items: [...v.items, ...w.items] };
  return null;
}

function bitwise(v: C, w: C, op: (a: bigint, b: bigint) => bigint, onBool: (a: boolean, b: boolean) => boolean): C | null {
  if (v.t === 'bool' && w.t === 'bool') return { t: 'bool', v: onBool(v.v, w.v) };
  const a = asInt(v);
  const b = asInt(w);
  return a === null || b === null ? null : int(op(a, b));
}

/** fold_binop's arithmetic; null when CPython leaves the BinOp alone. */
export function foldBinop(op: OperatorName, v: C, w: C, lineno = 0): C | null {
  try {
    return foldBinop1(op, v, w);
  } catch (e) {
    if (e instanceof ComplexFold) return complexOp(op, v, w, lineno);
    if (e instanceof FoldRefusal) throw new Unsupported(e.feature, lineno);
    throw e;
  }
}

function foldBinop1(op: OperatorName, v: C, w: C): C | null {
  const isNum = (x: C) => x.t === 'int' || x.t === 'bool' || x.t === 'float' || x.t === 'complex';
  switch (op) {
    case 'Add':
      if (isNum(v) && isNum(w)) return numeric(v, w, (a, b) => a + b, (a, b) => a + b);
      return concat(v, w);
    case 'Sub': return isNum(v) && isNum(w) ? numeric(v, w, (a, b) => a - b, (a, b) => a - b) : null;
    case 'Mult': return safeMultiply(v, w);
    case 'Div':
      if (!isNum(v) || !isNum(w)) return null;
      return numeric(v, w, null, (a, b) => (b === 0 ? null : a / b));
    case 'FloorDiv':
      if (!isNum(v) || !isNum(w)) return null;
      return numeric(v, w, (a, b) => (b === 0n ? null : floorDivInt(a, b)), (a, b) => (b === 0 ? null : floatDivMod(a, b)[0]));
    case 'Mod':
      if (v.t === 'str' || v.t === 'bytes') return null; // safe_mod: %-formatting is never folded
      if (!isNum(v) || !isNum(w)) return null;
      return numeric(v, w, (a, b) => (b === 0n ? null : a - b * floorDivInt(a, b)), (a, b) => (b === 0 ? null : floatDivMod(a, b)[1]));
    case 'Pow': return isNum(v) && isNum(w) ? safePower(v, w) : null;
    case 'LShift': {
      const a = asInt(v);
      const b = asInt(w);
      if (a === null || b === null || b < 0n) return null;
      if (a !== 0n && b !== 0n && (b > BigInt(MAX_INT_SIZE) || BigInt(numBits(a)) > BigInt(MAX_INT_SIZE) - b)) return null;
      return int(a << b);
    }
    case 'RShift': {
      const a = asInt(v);
      const b = asInt(w);
      if (a === null || b === null || b < 0n) return null;
      return int(a >> b);
    }
    case 'BitOr': return bitwise(v, w, (a, b) => a | b, (a, b) => a || b);
    case 'BitXor': return bitwise(v, w, (a, b) => a ^ b, (a, b) => a !== b);
    case 'BitAnd': return bitwise(v, w, (a, b) => a & b, (a, b) => a && b);
    case 'MatMult': return null;
  }
}

/** fold_unaryop's arithmetic. */
export function foldUnaryop(op: UnaryOperatorName, v: C): C | null {
  if (op === 'Not') return { t: 'bool', v: !constTruth(v) };
  if (v.t === 'complex') {
    if (op === 'USub') return { t: 'complex', re: -v.re, im: -v.im };
    if (op === 'UAdd') return v;
    return null;
  }
  const i = asInt(v);
  if (i !== null) {
    if (op === 'USub') return int(-i);
    if (op === 'UAdd') return int(i);
    return int(-i - 1n);
  }
  if (v.t === 'float') {
    if (op === 'USub') return flt(-v.v);
    if (op === 'UAdd') return v;
  }
  return null;
}

/** fold_subscr: constant[constant] for str, bytes and tuple with an int index. */
export function foldSubscr(v: C, idx: C): C | null {
  const i = asInt(idx);
  if (i === null) return null;
  let items: readonly C[];
  if (v.t === 'str') items = [...v.v].map((ch): C => ({ t: 'str', v: ch }));
  else if (v.t === 'bytes') items = v.v.map((b): C => int(BigInt(b)));
  else if (v.t === 'tuple') items = v.items;
  else return null;
  const n = BigInt(items.length);
  const k = i < 0n ? i + n : i;
  if (k < 0n || k >= n) return null;
  return items[Number(k)];
}
