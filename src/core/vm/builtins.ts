// Models the builtins module of CPython 3.11 (Python/bltinmodule.c) and the constructors of the builtin
// types (tp_new of int, float, str, list, tuple, dict, set, range, enumerate, zip, map, filter, …).
// Longer than ~400 lines: it is one module's table of functions, each short; splitting it by letter
// would not make any single function easier to read.

import { PyObject, PyType, INCREF, DECREF, XDECREF, slotHook } from '../objects/object';
import * as M from '../objects/models';
import { PyDict, newDict, dictSet, dictGetStr, dictMerge } from '../objects/dict';
import * as C from '../objects/callables';
import * as E from '../objects/exceptions';
import * as A from '../objects/abstract';
import * as O from '../objects/ops';
import * as I from '../objects/iter';
import { newSet, setAdd, PySet } from '../objects/set';
import { formatValue } from '../objects/format';
import { PyInstance } from '../objects/instance';
import * as T from '../objects/types';
import { callObject, buildClass } from './call';
import { noKw, nargs, exactly, asInt, kwGet, onlyKw } from './argparse';
import { ts } from './state';
import { Unsupported } from '../python/errors';
import { intToStr, intToBase } from '../semantics/intops';
import { floatRound, floatRoundToInt } from '../semantics/floatops';
import { floatRepr } from '../semantics/floatformat';
import { parseIntLiteral, parseFloatLiteral } from './numparse';
import { listSort } from './listsort';
import { ComplexType, PyComplex, newComplex } from '../objects/complex';
import { ByteArrayType } from '../objects/bytearray';
import { ProxyType, isProxy, withUnwrapped } from '../objects/weakproxy';
import { sysAttr, callMethod, fileWriteObject, fileWriteString } from '../io/fileobject';

export type Builtin = (args: PyObject[], kw: C.Kw) => PyObject;

function none(): PyObject {
  INCREF(M.None);
  return M.None;
}
function line(): number {
  return ts.frame?.currentLine() ?? 0;
}

/**
 * print's _PyArg_Parser (Python/clinic/bltinmodule.c.h, 3.11): its keyword tuple ('sep', 'end', 'file', 'flush') is
 * made by parser_init on print's first call ever and kept for the life of the process. Reset with the builtins.
 */
const printParser: { kwtuple: M.PyTuple | null; keywords: M.PyStr[] } = { kwtuple: null, keywords: [] };
const PRINT_KEYWORDS = ['sep', 'end', 'file', 'flush'] as const;

/**
 * new_kwtuple (Python/getargs.c): PyTuple_New(4), then per keyword PyUnicode_FromString (a new str) interned in
 * place: the interpreter interned these names at start-up, so each new str is dropped for the interned one.
 */
function newKwtuple(): M.PyTuple {
  const items: PyObject[] = PRINT_KEYWORDS.map(() => (INCREF(M.None), M.None));
  const t = M.newTuple(items);
  printParser.keywords.forEach((interned, i) => {
    DECREF(M.newStr(interned.v));
    INCREF(interned);
    t.items[i] = interned;
    DECREF(M.None);
  });
  // PyTuple_SET_ITEM stores with no hook of its own: the recorder re-reads the filled tuple.
  if (slotHook !== null) slotHook.touched(t, 0);
  return t;
}

/**
 * builtin_print as CPython 3.11 runs it: the Argument Clinic wrapper (_PyArg_UnpackKeywordsWithVararg: the keyword
 * tuple on the first call, then the *args tuple — PyTuple_New(nargs), from the tuple free list when it can —
 * then the keywords), builtin_print_impl (sys.stdout looked up at call time; each piece written on its own with
 * PyFile_WriteObject / PyFile_WriteString: arg0, sep, arg1, …, end; file.flush() when flush is true), and the
 * *args tuple released last.
 */
function print(args: PyObject[], kw: C.Kw): PyObject {
  if (printParser.kwtuple === null) printParser.kwtuple = newKwtuple();
  for (const a of args) INCREF(a);
  const varargs = M.newTuple(args.slice());
  try {
    if (kw !== null) {
      for (const k of kw.keys()) {
        if (!(PRINT_KEYWORDS as readonly string[]).includes(k)) E.raise(E.TypeError, `'${k}' is an invalid keyword argument for print()`);
      }
    }
    const flushO = kwGet(kw, 'flush');
    const flush = flushO !== null && A.isTrue(flushO);
    return printImpl(varargs.items, kwGet(kw, 'sep'), kwGet(kw, 'end'), kwGet(kw, 'file'), flush);
  } finally {
    DECREF(varargs);
  }
}

/** builtin_print_impl (Python/bltinmodule.c 3.11). */
function printImpl(items: readonly PyObject[], sepO: PyObject | null, endO: PyObject | null, fileO: PyObject | null, flush: boolean): PyObject {
  let file = fileO;
  if (file === null || file === M.None) {
    // _PySys_GetAttr: a borrowed reference.
    file = sysAttr('stdout');
    if (file === null) E.raise(E.RuntimeError, 'lost sys.stdout');
    if (file === M.None) return none();
  }
  const strOrNull = (o: PyObject | null, name: string): PyObject | null => {
    if (o === null || o === M.None) return null;
    if (!(o instanceof M.PyStr)) E.raise(E.TypeError, `${name} must be None or a string, not ${o.ob_type.tp_name}`);
    return o;
  };
  const sep = strOrNull(sepO, 'sep');
  const end = strOrNull(endO, 'end');
  for (let i = 0; i < items.length; i++) {
    if (i > 0) {
      if (sep === null) fileWriteString(' ', file!);
      else fileWriteObject(sep, file!, true);
    }
    fileWriteObject(items[i]!, file!, true);
  }
  if (end === null) fileWriteString('\n', file!);
  else fileWriteObject(end, file!, true);
  if (flush) DECREF(callMethod(file!, 'flush', []));
  return none();
}

/** Resets print's argument parser for a new interpreter; the keyword names are interned at start-up. */
function resetPrintParser(): void {
  printParser.kwtuple = null;
  printParser.keywords = PRINT_KEYWORDS.map((k) => M.internStr(k));
}

function builtinLen(args: PyObject[], kw: C.Kw): PyObject {
  noKw('len', kw);
  exactly('len', args, 1);
  return M.newInt(A.len(args[0]!));
}

function builtinRepr(args: PyObject[]): PyObject {
  exactly('repr', args, 1);
  return A.repr(args[0]!);
}

function builtinId(args: PyObject[]): PyObject {
  exactly('id', args, 1);
  return M.newInt(args[0]!.addr);
}

function builtinHash(args: PyObject[]): PyObject {
  exactly('hash', args, 1);
  return M.newInt(A.hash(args[0]!));
}

function isinstanceOf(o: PyObject, cls: PyObject, fname: string): boolean {
  if (cls instanceof M.PyTuple) return cls.items.some((c) => isinstanceOf(o, c, fname));
  if (!(cls instanceof PyType)) E.raise(E.TypeError, `${fname}() arg 2 must be a type, a tuple of types, or a union`);
  if (o.ob_type.isSubtypeOf(cls as PyType)) return true;
  // _PyObject_RealIsInstance falls back on o.__class__, which a weakref proxy forwards to its referent.
  return isProxy(o) && withUnwrapped(o, (x) => x.ob_type.isSubtypeOf(cls as PyType));
}

function issubclassOf(c: PyObject, cls: PyObject): boolean {
  if (!(c instanceof PyType)) E.raise(E.TypeError, 'issubclass() arg 1 must be a class');
  if (cls instanceof M.PyTuple) return cls.items.some((x) => issubclassOf(c, x));
  if (!(cls instanceof PyType)) E.raise(E.TypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return (c as PyType).isSubtypeOf(cls as PyType);
}

function minmax(name: 'min' | 'max', args: PyObject[], kw: C.Kw): PyObject {
  onlyKw(name, kw, ['key', 'default']);
  const key = kwGet(kw, 'key');
  const dflt = kwGet(kw, 'default');
  let items: PyObject[];
  if (args.length === 0) E.raise(E.TypeError, `${name} expected at least 1 argument, got 0`);
  if (args.length === 1) items = I.toArray(args[0]!);
  else {
    if (dflt !== null) E.raise(E.TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args.map((a) => (INCREF(a), a));
  }
  try {
    if (items.length === 0) {
      if (dflt !== null) {
        INCREF(dflt);
        return dflt;
      }
      E.raise(E.ValueError, `${name}() arg is an empty sequence`);
    }
    let best = items[0]!;
    let bestKey = key !== null && key !== M.None ? callObject(key, [best], null) : (INCREF(best), best);
    for (let i = 1; i < items.length; i++) {
      const it = items[i]!;
      const k = key !== null && key !== M.None ? callObject(key, [it], null) : (INCREF(it), it);
      const better = A.richCompareBool(k, bestKey, name === 'min' ? 0 : 4);
      if (better) {
        DECREF(bestKey);
        bestKey = k;
        best = it;
      } else DECREF(k);
    }
    DECREF(bestKey);
    INCREF(best);
    return best;
  } finally {
    for (const x of items) DECREF(x);
  }
}

function sum(args: PyObject[], kw: C.Kw): PyObject {
  onlyKw('sum', kw, ['start']);
  nargs('sum', args, 1, 2);
  let acc: PyObject = args[1] ?? kwGet(kw, 'start') ?? M.smallInt(0);
  if (acc instanceof M.PyStr) E.raise(E.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  INCREF(acc);
  const it = I.getIter(args[0]!);
  try {
    for (;;) {
      const v = I.iterNext(it);
      if (v === null) break;
      try {
        const r = O.binaryOp(acc, v, 0);
        DECREF(acc);
        acc = r;
      } finally {
        DECREF(v);
      }
    }
  } catch (e) {
    DECREF(acc);
    throw e;
  } finally {
    DECREF(it);
  }
  return acc;
}

function builtinIter(args: PyObject[]): PyObject {
  nargs('iter', args, 1, 2);
  if (args.length === 2) {
    if (!isCallable(args[0]!)) E.raise(E.TypeError, 'iter(v, w): v must be callable');
    return I.newCallIter(args[0]!, args[1]!);
  }
  return I.getIter(args[0]!);
}

function builtinNext(args: PyObject[]): PyObject {
  nargs('next', args, 1, 2);
  const it = args[0]!;
  if (!I.isIterator(it)) E.raise(E.TypeError, `'${it.ob_type.tp_name}' object is not an iterator`);
  const v = I.iterNext(it);
  if (v !== null) return v;
  if (args.length === 2) {
    INCREF(args[1]!);
    return args[1]!;
  }
  throw new E.PyErr(E.newStopIteration(null));
}

function attrName(o: PyObject, fname: string): string {
  if (!(o instanceof M.PyStr)) E.raise(E.TypeError, `${fname}(): attribute name must be string, not '${o.ob_type.tp_name}'`);
  return (o as M.PyStr).v;
}

function builtinGetattr(args: PyObject[]): PyObject {
  nargs('getattr', args, 2, 3);
  const name = attrName(args[1]!, 'getattr');
  if (args.length === 3) {
    try {
      return A.getAttr(args[0]!, name);
    } catch (e) {
      if (e instanceof E.PyErr && e.exc.ob_type.isSubtypeOf(E.AttributeError)) {
        DECREF(e.exc);
        INCREF(args[2]!);
        return args[2]!;
      }
      throw e;
    }
  }
  return A.getAttr(args[0]!, name);
}

function divmod(args: PyObject[]): PyObject {
  exactly('divmod', args, 2);
  const q = O.binaryOp(args[0]!, args[1]!, 2);
  const r = O.binaryOp(args[0]!, args[1]!, 6);
  return M.newTuple([q, r]);
}

function builtinPow(args: PyObject[], kw: C.Kw): PyObject {
  nargs('pow', args, 2, 3);
  noKw('pow', kw);
  if (args.length === 3 && args[2] !== M.None) {
    const [b, e, m] = args as [M.PyInt, M.PyInt, M.PyInt];
    let base = BigInt(b.v), exp = BigInt(e.v);
    const mod = BigInt(m.v);
    if (mod === 0n) E.raise(E.ValueError, 'pow() 3rd argument cannot be 0');
    if (exp < 0n) {
      // modular inverse (3.8+)
      const am = mod < 0n ? -mod : mod;
      let [r0, r1] = [((base % am) + am) % am, am];
      let [s0, s1] = [1n, 0n];
      while (r1 !== 0n) {
        const q = r0 / r1;
        [r0, r1] = [r1, r0 - q * r1];
        [s0, s1] = [s1, s0 - q * s1];
      }
      if (r0 !== 1n) E.raise(E.ValueError, 'base is not invertible for the given modulus');
      base = ((s0 % am) + am) % am;
      exp = -exp;
    }
    let r = 1n;
    base = ((base % mod) + mod) % mod;
    while (exp > 0n) {
      if (exp & 1n) r = (r * base) % mod;
      base = (base * base) % mod;
      exp >>= 1n;
    }
    if (mod < 0n && r > 0n) r += mod;
    return M.newInt(r);
  }
  return O.binaryOp(args[0]!, args[1]!, 8);
}

function builtinRound(args: PyObject[], kw: C.Kw): PyObject {
  onlyKw('round', kw, ['number', 'ndigits']);
  nargs('round', args, 1, 2);
  const x = args[0]!;
  const nd = args[1] ?? kwGet(kw, 'ndigits');
  if (x instanceof M.PyFloat) {
    if (nd === null || nd === M.None) return M.newInt(floatRoundToInt(x.v));
    return M.newFloat(floatRound(x.v, asInt(nd)));
  }
  if (x instanceof M.PyInt) {
    if (nd === null || nd === M.None) return M.newInt(x.v);
    const n = asInt(nd);
    if (n >= 0) return M.newInt(x.v);
    const p = 10n ** BigInt(-n);
    const v = BigInt(x.v);
    let q = v / p;
    let r = v % p;
    if (r < 0n) {
      r += p;
      q -= 1n;
    }
    if (2n * r > p || (2n * r === p && q % 2n !== 0n)) q += 1n;
    return M.newInt(q * p);
  }
  if (x.ob_type.isHeap) {
    const m = x.ob_type.lookup('__round__');
    if (m !== undefined) return A.callSpecial(x, m, nd === null ? [] : [nd]);
  }
  return E.raise(E.TypeError, `type ${x.ob_type.tp_name} doesn't define __round__ method`);
}

function baseConv(name: string, base: 2 | 8 | 16, prefix: string) {
  return (args: PyObject[]): PyObject => {
    exactly(name, args, 1);
    const x = args[0]!;
    if (!(x instanceof M.PyInt)) E.raise(E.TypeError, `'${x.ob_type.tp_name}' object cannot be interpreted as an integer`);
    void prefix;
    return M.newStr(intToBase(BigInt((x as M.PyInt).v), base));
  };
}

function builtinSorted(args: PyObject[], kw: C.Kw): PyObject {
  onlyKw('sorted', kw, ['key', 'reverse']);
  if (args.length !== 1) E.raise(E.TypeError, `sorted expected 1 argument, got ${args.length}`);
  const l = M.newList([]);
  try {
    O.listExtend(l, args[0]!);
    listSort(l, kwGet(kw, 'key'), kwGet(kw, 'reverse'));
  } catch (e) {
    DECREF(l);
    throw e;
  }
  return l;
}

function builtinVars(args: PyObject[]): PyObject {
  nargs('vars', args, 0, 1);
  if (args.length === 0) return builtinLocals([]);
  try {
    return A.getAttr(args[0]!, '__dict__');
  } catch (e) {
    if (e instanceof E.PyErr && e.exc.ob_type.isSubtypeOf(E.AttributeError)) {
      DECREF(e.exc);
      E.raise(E.TypeError, 'vars() argument must have __dict__ attribute');
    }
    throw e;
  }
}

function builtinGlobals(): PyObject {
  const g = ts.frame!.globals;
  INCREF(g);
  return g;
}
function builtinLocals(_args: PyObject[]): PyObject {
  const f = ts.frame!;
  if (f.locals !== null) {
    INCREF(f.locals);
    return f.locals;
  }
  if (f.func === null) return builtinGlobals();
  throw new Unsupported('locals() inside a function', line());
}

function refuse(name: string): Builtin {
  return () => {
    throw new Unsupported(`${name}()`, line());
  };
}

export function builtinTable(): [string, Builtin][] {
  return [
    ['__build_class__', buildClass],
    ['print', print],
    ['len', builtinLen],
    ['repr', builtinRepr],
    ['id', builtinId],
    ['hash', builtinHash],
    ['isinstance', (a) => (exactly('isinstance', a, 2), M.newBool(isinstanceOf(a[0]!, a[1]!, 'isinstance')))],
    ['issubclass', (a) => (exactly('issubclass', a, 2), M.newBool(issubclassOf(a[0]!, a[1]!)))],
    ['callable', (a) => (exactly('callable', a, 1), M.newBool(isCallable(a[0]!)))],
    ['abs', (a) => {
      exactly('abs', a, 1);
      const x = a[0]!;
      if (x instanceof M.PyInt) return M.newInt(x.v < 0 ? (typeof x.v === 'number' ? -x.v : -x.v) : x.v);
      if (x instanceof M.PyFloat) return M.newFloat(Math.abs(x.v));
      if (x instanceof PyComplex) return M.newFloat(Math.hypot(x.re, x.im));
      const m = x.ob_type.lookup('__abs__');
      if (m !== undefined) return A.callSpecial(x, m, []);
      return E.raise(E.TypeError, `bad operand type for abs(): '${x.ob_type.tp_name}'`);
    }],
    ['min', (a, k) => minmax('min', a, k)],
    ['max', (a, k) => minmax('max', a, k)],
    ['sum', sum],
    ['iter', builtinIter],
    ['next', builtinNext],
    ['getattr', builtinGetattr],
    ['setattr', (a) => {
      exactly('setattr', a, 3);
      A.setAttr(a[0]!, attrName(a[1]!, 'setattr'), a[2]!);
      return none();
    }],
    ['hasattr', (a) => (exactly('hasattr', a, 2), M.newBool(A.hasAttr(a[0]!, attrName(a[1]!, 'hasattr'))))],
    ['delattr', (a) => {
      exactly('delattr', a, 2);
      A.setAttr(a[0]!, attrName(a[1]!, 'delattr'), null);
      return none();
    }],
    ['divmod', divmod],
    ['pow', builtinPow],
    ['round', builtinRound],
    ['chr', (a) => {
      exactly('chr', a, 1);
      const n = asInt(a[0]!);
      if (n < 0 || n > 0x10ffff) E.raise(E.ValueError, 'chr() arg not in range(0x110000)');
      return M.newStr(String.fromCodePoint(n));
    }],
    ['ord', (a) => {
      exactly('ord', a, 1);
      const s = a[0]!;
      if (!(s instanceof M.PyStr)) E.raise(E.TypeError, `ord() expected string of length 1, but ${s.ob_type.tp_name} found`);
      const cps = [...(s as M.PyStr).v];
      if (cps.length !== 1) E.raise(E.TypeError, `ord() expected a character, but string of length ${cps.length} found`);
      return M.newInt(cps[0]!.codePointAt(0)!);
    }],
    ['hex', baseConv('hex', 16, '0x')],
    ['bin', baseConv('bin', 2, '0b')],
    ['oct', baseConv('oct', 8, '0o')],
    ['all', (a) => {
      exactly('all', a, 1);
      const it = I.getIter(a[0]!);
      try {
        for (;;) {
          const v = I.iterNext(it);
          if (v === null) return M.newBool(true);
          const t = A.isTrue(v);
          DECREF(v);
          if (!t) return M.newBool(false);
        }
      } finally {
        DECREF(it);
      }
    }],
    ['any', (a) => {
      exactly('any', a, 1);
      const it = I.getIter(a[0]!);
      try {
        for (;;) {
          const v = I.iterNext(it);
          if (v === null) return M.newBool(false);
          const t = A.isTrue(v);
          DECREF(v);
          if (t) return M.newBool(true);
        }
      } finally {
        DECREF(it);
      }
    }],
    ['sorted', builtinSorted],
    ['vars', builtinVars],
    ['globals', builtinGlobals],
    ['locals', builtinLocals],
    ['format', (a) => {
      nargs('format', a, 1, 2);
      const spec = a[1] === undefined ? '' : (a[1] as M.PyStr).v;
      return M.newStr(formatValue(a[0]!, spec));
    }],
    ['ascii', (a) => {
      exactly('ascii', a, 1);
      return A.ascii(a[0]!);
    }],
    ['input', refuse('input')],
    // PEP 654 exception groups (their boxed tracebacks, split/subgroup, except*) are not modelled.
    ['ExceptionGroup', refuse('ExceptionGroup')],
    ['BaseExceptionGroup', refuse('BaseExceptionGroup')],
    ['open', refuse('open')],
    ['eval', refuse('eval')],
    ['exec', refuse('exec')],
    ['compile', refuse('compile')],
    ['__import__', refuse('__import__')],
    ['exit', refuse('exit')],
    ['quit', refuse('quit')],
    ['breakpoint', refuse('breakpoint')],
    ['help', refuse('help')],
    ['dir', (a) => {
      nargs('dir', a, 0, 1);
      let names: string[];
      if (a.length === 0) {
        const f = ts.frame!;
        const d = f.locals ?? (f.func === null ? f.globals : null);
        if (d === null) names = f.co.localsplusNames.filter((_, i) => f.localsplus[i] !== null);
        else names = d.ekeys.filter((k): k is M.PyStr => k instanceof M.PyStr).map((k) => k.v);
      } else names = dirNames(a[0]!);
      names = [...new Set(names)].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
      return M.newList(names.map((n) => M.newStr(n)));
    }],
  ];
}

/** object.__dir__ / type.__dir__: the instance's attributes and everything along the type's MRO. */
function dirNames(o: PyObject): string[] {
  const out: string[] = [];
  if (o instanceof C.PyModule) {
    for (const k of o.dict.ekeys) if (k instanceof M.PyStr) out.push(k.v);
    return out;
  }
  const d = A.instanceDict(o);
  if (d !== null) for (const k of d.ekeys) if (k instanceof M.PyStr) out.push(k.v);
  const t = o instanceof PyType ? o : o.ob_type;
  for (const b of t.tp_mro) out.push(...b.tp_dict.keys());
  if (!(o instanceof PyType)) out.push('__class__');
  return out;
}

export function isCallable(o: PyObject): boolean {
  return (
    o instanceof C.PyFunction || (o instanceof C.PyBuiltin && o.ob_type !== ProxyType) || o instanceof C.PyMethod || o instanceof C.PyMethodDescr ||
    o instanceof PyType || (o.ob_type.isHeap && o.ob_type.lookup('__call__') !== undefined)
  );
}

// ---------------- type constructors (tp_new) ----------------
function intNew(t: PyType, args: PyObject[], kw: C.Kw): PyObject {
  onlyKw('int', kw, ['base']);
  const baseO = args[1] ?? kwGet(kw, 'base');
  if (args.length === 0) return M.newInt(0);
  if (args.length > 2) E.raise(E.TypeError, `int() takes at most 2 arguments (${args.length} given)`);
  const x = args[0]!;
  if (baseO !== null) {
    if (!(x instanceof M.PyStr)) E.raise(E.TypeError, "int() can't convert non-string with explicit base");
    return M.newInt(parseIntLiteral((x as M.PyStr).v, asInt(baseO)));
  }
  if (x instanceof M.PyInt) return M.newInt(x.v);
  if (x instanceof M.PyFloat) {
    if (!Number.isFinite(x.v)) {
      E.raise(Number.isNaN(x.v) ? E.ValueError : E.OverflowError, Number.isNaN(x.v) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
    }
    const tr = Math.trunc(x.v);
    return M.newInt(Number.isSafeInteger(tr) ? tr : BigInt(tr));
  }
  if (x instanceof M.PyStr) return M.newInt(parseIntLiteral(x.v, 10));
  if (x.ob_type.isHeap) {
    for (const m of ['__int__', '__index__', '__trunc__']) {
      const f = x.ob_type.lookup(m);
      if (f !== undefined) return A.callSpecial(x, f, []);
    }
  }
  void t;
  return E.raise(E.TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${x.ob_type.tp_name}'`);
}

function floatNew(_t: PyType, args: PyObject[], kw: C.Kw): PyObject {
  noKw('float', kw);
  nargs('float', args, 0, 1);
  if (args.length === 0) return M.newFloat(0);
  const x = args[0]!;
  if (x instanceof M.PyFloat) {
    INCREF(x);
    return x;
  }
  if (x instanceof M.PyInt) return M.newFloat(Number(x.v));
  if (x instanceof M.PyStr) return M.newFloat(parseFloatLiteral(x.v));
  if (x.ob_type.isHeap) {
    const f = x.ob_type.lookup('__float__');
    if (f !== undefined) return A.callSpecial(x, f, []);
  }
  return E.raise(E.TypeError, `float() argument must be a string or a real number, not '${x.ob_type.tp_name}'`);
}

function strNew(_t: PyType, args: PyObject[], kw: C.Kw): PyObject {
  noKw('str', kw);
  if (args.length === 0) return M.newStr('');
  if (args.length > 1) throw new Unsupported('str() with an encoding', line());
  return A.str(args[0]!);
}

function boolNew(_t: PyType, args: PyObject[], kw: C.Kw): PyObject {
  noKw('bool', kw);
  nargs('bool', args, 0, 1);
  return M.newBool(args.length === 1 && A.isTrue(args[0]!));
}

function listNew(_t: PyType, args: PyObject[], kw: C.Kw): PyObject {
  noKw('list', kw);
  nargs('list', args, 0, 1);
  const l = M.newList([], true);
  if (args.length === 1) {
    try {
      const src = args[0]!;
      // list___init__: an iterable with __len__ preallocates exactly (3.10+, rounded up to even), then list_extend.
      if (hasLen(src)) {
        const n = A.len(src);
        if (n > 0) M.listPreallocateExact(l, n);
      }
      O.listExtend(l, src);
    } catch (e) {
      DECREF(l);
      throw e;
    }
  }
  return l;
}

function hasLen(o: PyObject): boolean {
  if (o instanceof M.PyList || o instanceof M.PyTuple || o instanceof PyDict || o instanceof PySet || o instanceof M.PyStr || o instanceof M.PyRange || o instanceof M.PyBytes) return true;
  if (o instanceof I.PyDictIter) return o.ob_type === T.DictKeysType || o.ob_type === T.DictValuesType || o.ob_type === T.DictItemsType;
  return o.ob_type.isHeap && o.ob_type.lookup('__len__') !== undefined;
}

export function sizeHint(o: PyObject): number {
  if (o instanceof M.PyRange) return o.len;
  if (o instanceof PyDict) return o.used;
  if (o instanceof PySet) return o.used;
  if (o instanceof M.PyStr) return [...o.v].length;
  return 0;
}

function tupleNew(_t: PyType, args: PyObject[], kw: C.Kw): PyObject {
  noKw('tuple', kw);
  nargs('tuple', args, 0, 1);
  if (args.length === 0) return M.newTuple([]);
  const src = args[0]!;
  if (src instanceof M.PyTuple && src.ob_type === T.TupleType) {
    INCREF(src);
    return src;
  }
  return M.newTuple(I.toArray(src));
}

export function dictUpdateFrom(d: PyDict, src: PyObject, kw: C.Kw): void {
  if (src instanceof PyDict) {
    dictMerge(d, src);
  } else if (src !== M.None) {
    const keysM = src.ob_type.isHeap ? src.ob_type.lookup('keys') : undefined;
    if (keysM !== undefined) {
      const ks = A.callSpecial(src, keysM, []);
      for (const k of I.toArray(ks)) {
        const v = O.getItem(src, k);
        dictSet(d, k, v);
        DECREF(k);
        DECREF(v);
      }
      DECREF(ks);
    } else {
      const items = I.toArray(src);
      try {
        items.forEach((item, idx) => {
          let pair: PyObject[];
          try {
            pair = I.toArray(item);
          } catch (e) {
            if (e instanceof E.PyErr && e.exc.ob_type === E.TypeError) {
              DECREF(e.exc);
              E.raise(E.TypeError, `cannot convert dictionary update sequence element #${idx} to a sequence`);
            }
            throw e;
          }
          if (pair.length !== 2) {
            for (const x of pair) DECREF(x);
            E.raise(E.ValueError, `dictionary update sequence element #${idx} has length ${pair.length}; 2 is required`);
          }
          dictSet(d, pair[0]!, pair[1]!);
          DECREF(pair[0]!);
          DECREF(pair[1]!);
        });
      } finally {
        for (const x of items) DECREF(x);
      }
    }
  }
  if (kw !== null) {
    for (const [k, v] of kw) {
      const ks = M.internStr(k);
      dictSet(d, ks, v);
      DECREF(ks);
    }
  }
}

function dictNew(_t: PyType, args: PyObject[], kw: C.Kw): PyObject {
  nargs('dict', args, 0, 1);
  const d = newDict(true);
  try {
    dictUpdateFrom(d, args[0] ?? M.None, kw);
  } catch (e) {
    DECREF(d);
    throw e;
  }
  return d;
}

function setNew(t: PyType, args: PyObject[], kw: C.Kw): PyObject {
  noKw(t.tp_name, kw);
  nargs(t.tp_name, args, 0, 1);
  if (t === T.FrozenSetType && args.length === 1 && args[0]!.ob_type === T.FrozenSetType) {
    INCREF(args[0]!);
    return args[0]!;
  }
  const s = newSet(t);
  if (args.length === 1) {
    try {
      const src = args[0]!;
      if (src instanceof PySet) {
        for (const k of src.keys) if (k !== null && (k as unknown as { dummy?: boolean }).dummy !== true) setAdd(s, k);
      } else {
        const items = I.toArray(src);
        for (const x of items) {
          setAdd(s, x);
          DECREF(x);
        }
      }
    } catch (e) {
      DECREF(s);
      throw e;
    }
  }
  return s;
}

function rangeNew(_t: PyType, args: PyObject[], kw: C.Kw): PyObject {
  noKw('range', kw);
  if (args.length === 0) E.raise(E.TypeError, 'range expected at least 1 argument, got 0');
  if (args.length > 3) E.raise(E.TypeError, `range expected at most 3 arguments, got ${args.length}`);
  const n = args.map((a) => asInt(a));
  if (n.length === 1) return M.newRange(0, n[0]!, 1);
  if (n[2] === 0) E.raise(E.ValueError, 'range() arg 3 must not be zero');
  return M.newRange(n[0]!, n[1]!, n[2] ?? 1);
}

function objectNew(t: PyType, args: PyObject[], kw: C.Kw): PyObject {
  if (args.length > 0 || (kw !== null && kw.size > 0)) E.raise(E.TypeError, 'object() takes no arguments');
  const o = new PyInstance(t);
  A.allocPlainObject(o);
  return o;
}

function enumerateNew(_t: PyType, args: PyObject[], kw: C.Kw): PyObject {
  onlyKw('enumerate', kw, ['iterable', 'start']);
  const src = args[0] ?? kwGet(kw, 'iterable');
  if (src === null) E.raise(E.TypeError, "enumerate() missing required argument 'iterable' (pos 1)");
  const start = args[1] ?? kwGet(kw, 'start');
  const it = I.getIter(src!);
  const e = I.newComposite(T.EnumerateType, [it], null);
  e.count = M.newInt(start === null ? 0 : asInt(start));
  return e;
}

function zipNew(_t: PyType, args: PyObject[], kw: C.Kw): PyObject {
  if (kw !== null && kw.size > 0) throw new Unsupported('zip(strict=...)', line());
  const its: PyObject[] = [];
  try {
    args.forEach((a, i) => {
      try {
        its.push(I.getIter(a));
      } catch (e) {
        if (e instanceof E.PyErr && e.exc.ob_type === E.TypeError) {
          DECREF(e.exc);
          E.raise(E.TypeError, `zip argument #${i + 1} must support iteration`);
        }
        throw e;
      }
    });
  } catch (e) {
    for (const x of its) DECREF(x);
    throw e;
  }
  return I.newComposite(T.ZipType, its, null);
}

function mapNew(_t: PyType, args: PyObject[], kw: C.Kw): PyObject {
  noKw('map', kw);
  if (args.length < 2) E.raise(E.TypeError, 'map() must have at least two arguments.');
  const its = args.slice(1).map((a) => I.getIter(a));
  return I.newComposite(T.MapType, its, args[0]!);
}

function filterNew(_t: PyType, args: PyObject[], kw: C.Kw): PyObject {
  noKw('filter', kw);
  if (args.length !== 2) E.raise(E.TypeError, `filter expected 2 arguments, got ${args.length}`);
  return I.newComposite(T.FilterType, [I.getIter(args[1]!)], args[0]!);
}

function reversedNew(_t: PyType, args: PyObject[], kw: C.Kw): PyObject {
  noKw('reversed', kw);
  exactly('reversed', args, 1);
  const s = args[0]!;
  if (s instanceof M.PyList) {
    const it = I.newSeqIter(T.ListRevIterType, s);
    it.index = s.items.length - 1;
    return it;
  }
  if (s instanceof M.PyRange) {
    const r = M.newRange(s.start + (s.len - 1) * s.step, s.start - s.step, -s.step);
    const it = I.newRangeIter(r);
    DECREF(r);
    return it;
  }
  if (s.ob_type.isHeap) {
    const m = s.ob_type.lookup('__reversed__');
    if (m !== undefined) return A.callSpecial(s, m, []);
  }
  if (s instanceof PyDict || (s instanceof I.PyDictIter && s.dict !== null && (s.ob_type === T.DictKeysType || s.ob_type === T.DictValuesType || s.ob_type === T.DictItemsType))) {
    // dict_reversed / dictview reversed (3.8+): a reverse iterator over the entries.
    const items = I.toArray(s).reverse();
    const l = M.newList(items);
    const it = I.newSeqIter(T.ListIterType, l);
    DECREF(l);
    return it;
  }
  if (s instanceof M.PyTuple || s instanceof M.PyStr || (s.ob_type.isHeap && s.ob_type.lookup('__getitem__') !== undefined && s.ob_type.lookup('__len__') !== undefined)) {
    const items = I.toArray(s).reverse();
    const l = M.newList(items);
    const it = I.newSeqIter(T.ListIterType, l);
    DECREF(l);
    return it;
  }
  return E.raise(E.TypeError, `'${s.ob_type.tp_name}' object is not reversible`);
}

function sliceNew(_t: PyType, args: PyObject[]): PyObject {
  nargs('slice', args, 1, 3);
  const [a, b, c] = args.length === 1 ? [M.None, args[0]!, M.None] : [args[0]!, args[1]!, args[2] ?? M.None];
  INCREF(a);
  INCREF(b);
  INCREF(c);
  return M.newSlice(a, b, c);
}

function propertyNew(_t: PyType, args: PyObject[], kw: C.Kw): PyObject {
  const get = (i: number, n: string): PyObject | null => {
    const v = args[i] ?? kwGet(kw, n);
    if (v === null || v === M.None) return null;
    INCREF(v);
    return v;
  };
  const p = new C.PyProperty(get(0, 'fget'), get(1, 'fset'), get(2, 'fdel'), get(3, 'doc'));
  A.allocDescr(p);
  return p;
}

function wrapperNew(t: PyType) {
  return (_t: PyType, args: PyObject[], kw: C.Kw): PyObject => {
    noKw(t.tp_name, kw);
    exactly(t.tp_name, args, 1);
    INCREF(args[0]!);
    const o = new C.PyStaticMethod(t, args[0]!);
    A.allocStaticMethod(o);
    return o;
  };
}

function superNew(_t: PyType, args: PyObject[]): PyObject {
  let type: PyType, obj: PyObject;
  if (args.length === 0) {
    const f = ts.frame;
    if (f === null || f.func === null) E.raise(E.RuntimeError, 'super(): no arguments');
    const co = f!.co;
    const ci = co.localsplusNames.indexOf('__class__');
    if (ci < 0) E.raise(E.RuntimeError, 'super(): __class__ cell not found');
    const cell = f!.localsplus[ci] as M.PyCell | null;
    if (cell === null || cell.ref === null) E.raise(E.RuntimeError, 'super(): empty __class__ cell');
    type = cell!.ref as PyType;
    if (co.argcount === 0) E.raise(E.RuntimeError, 'super(): no arguments');
    let first = f!.localsplus[0];
    if (first instanceof M.PyCell && co.localsplusKinds[0]! & 0x40) first = first.ref;
    if (first === null || first === undefined) E.raise(E.RuntimeError, 'super(): arg[0] deleted');
    obj = first!;
  } else {
    nargs('super', args, 1, 2);
    if (!(args[0] instanceof PyType)) E.raise(E.TypeError, `super() argument 1 must be a type, not ${args[0]!.ob_type.tp_name}`);
    type = args[0] as PyType;
    if (args.length === 1) throw new Unsupported('unbound super()', line());
    obj = args[1]!;
  }
  const objType = obj instanceof PyType && obj.isSubtypeOf(type) ? obj : obj.ob_type;
  if (!objType.isSubtypeOf(type)) E.raise(E.TypeError, 'super(type, obj): obj must be an instance or subtype of type');
  INCREF(type);
  INCREF(obj);
  INCREF(objType);
  const s = new C.PySuper(type, obj, objType);
  A.allocDescr(s);
  return s;
}

function typeNew(_t: PyType, args: PyObject[]): PyObject {
  if (args.length === 1) {
    INCREF(args[0]!.ob_type);
    return args[0]!.ob_type;
  }
  if (args.length !== 3) E.raise(E.TypeError, 'type() takes 1 or 3 arguments');
  throw new Unsupported('type(name, bases, dict)', line());
}

function complexNew(_t: PyType, args: PyObject[], kw: C.Kw): PyObject {
  noKw('complex', kw);
  nargs('complex', args, 0, 2);
  const part = (o: PyObject | undefined): [number, number] => {
    if (o === undefined) return [0, 0];
    if (o instanceof PyComplex) return [o.re, o.im];
    if (o instanceof M.PyFloat) return [o.v, 0];
    if (o instanceof M.PyInt) return [Number(o.v), 0];
    return E.raise(E.TypeError, `complex() first argument must be a string or a number, not '${o.ob_type.tp_name}'`);
  };
  const [r1, i1] = part(args[0]);
  const [r2, i2] = part(args[1]);
  return newComplex(r1 - i2, i1 + r2);
}

export function installConstructors(): void {
  ComplexType.tp_call = complexNew;
  T.IntType.tp_call = intNew;
  T.FloatType.tp_call = floatNew;
  T.StrType.tp_call = strNew;
  T.BoolType.tp_call = boolNew;
  T.ListType.tp_call = listNew;
  T.TupleType.tp_call = tupleNew;
  T.DictType.tp_call = dictNew;
  T.SetType.tp_call = setNew;
  T.FrozenSetType.tp_call = setNew;
  T.RangeType.tp_call = rangeNew;
  T.ObjectType.tp_call = objectNew;
  T.EnumerateType.tp_call = enumerateNew;
  T.ZipType.tp_call = zipNew;
  T.MapType.tp_call = mapNew;
  T.FilterType.tp_call = filterNew;
  T.ReversedType.tp_call = reversedNew;
  T.SliceType.tp_call = sliceNew;
  T.PropertyType.tp_call = propertyNew;
  T.StaticMethodType.tp_call = wrapperNew(T.StaticMethodType);
  T.ClassMethodType.tp_call = wrapperNew(T.ClassMethodType);
  T.SuperType.tp_call = superNew;
  T.TypeType.tp_call = typeNew;
}

/** The builtins dict: functions, types and exceptions, in bltinmodule.c's order where it is observable. */
export function makeBuiltins(): PyDict {
  resetPrintParser();
  const d = newDict();
  const put = (name: string, v: PyObject): void => {
    const k = M.internStr(name);
    dictSet(d, k, v);
    DECREF(k);
  };
  for (const [name, impl] of builtinTable()) {
    const b = C.newBuiltin(name, impl);
    put(name, b);
    DECREF(b);
  }
  put('None', M.None);
  put('Ellipsis', M.Ellipsis);
  put('NotImplemented', M.NotImplemented);
  put('False', M.False);
  put('True', M.True);
  put('__debug__', M.True);
  const types: [string, PyType][] = [
    ['bool', T.BoolType], ['memoryview', T.ObjectType], ['bytearray', ByteArrayType], ['bytes', T.BytesType],
    ['classmethod', T.ClassMethodType], ['complex', ComplexType], ['dict', T.DictType], ['enumerate', T.EnumerateType],
    ['filter', T.FilterType], ['float', T.FloatType], ['frozenset', T.FrozenSetType], ['property', T.PropertyType],
    ['int', T.IntType], ['list', T.ListType], ['map', T.MapType], ['object', T.ObjectType], ['range', T.RangeType],
    ['reversed', T.ReversedType], ['set', T.SetType], ['slice', T.SliceType], ['staticmethod', T.StaticMethodType],
    ['str', T.StrType], ['super', T.SuperType], ['tuple', T.TupleType], ['type', T.TypeType], ['zip', T.ZipType],
  ];
  for (const [n, t] of types) {
    if (n === 'memoryview') continue;
    put(n, t);
  }
  for (const [n, t] of E.allExceptionTypes()) put(n, t);
  XDECREF(null);
  void dictGetStr;
  return d;
}
