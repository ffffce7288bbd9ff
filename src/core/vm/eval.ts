// Models _PyEval_EvalFrameDefault of Python/ceval.c 3.11: the instruction loop over a frame's value stack,
// with each instruction's stack effect and INCREF/DECREF order taken from ceval.c, Python-to-Python calls
// inlined (a new Frame, no JS recursion), the exception table and exception unwinding (PyTraceBack_Here at
// `error:`, none for RERAISE), and the step budget.
// This file is long on purpose: the dispatch switch is one function for speed (no per-instruction calls),
// and splitting opcodes across files would cost a call per instruction.

import { PyObject, PyType, INCREF, DECREF, XDECREF, slotHook, refCause } from '../objects/object';
import * as M from '../objects/models';
import { PyDict, newDict, dictSet, dictGetStr, dictLookup, dictPopIndex, dictPresize } from '../objects/dict';
import * as C from '../objects/callables';
import * as E from '../objects/exceptions';
import * as A from '../objects/abstract';
import * as O from '../objects/ops';
import { getIter, iterNext, toArray } from '../objects/iter';
import { formatValue } from '../objects/format';
import { newSet, setAdd, setMerge, PySet } from '../objects/set';
import { OPCODES_311 as OP, CMP_OP_311 } from '../bytecode/opcodes311';
import { CodeFlags } from '../bytecode/code';
import { Frame, clearFrame, newTraceback, PyTraceback } from './frame';
import { pushFrame } from './args';
import { ts } from './state';
import { StepBudgetExceeded } from './budget';
import { vmHooks } from '../trace/vm-hooks';
import { callObject, callWithTuple, callFromStack, importName, importFrom, setExcContext, isExcInstance, buildClassDone } from './call';
import * as T from '../objects/types';
import { Unsupported } from '../python/errors';
import { cpythonDefines } from '../modules/cpython-names';
import { makeGenerator, genSend, PyGen } from './gen';

const opnum: Record<string, number> = OP;
/** Per-instruction-array cache of numeric opcodes (the compiler's CodeObject stores names). */
const opCache = new WeakMap<object, Int32Array>();
function opcodesOf(f: Frame): Int32Array {
  let ops = opCache.get(f.instrs);
  if (ops === undefined) {
    ops = new Int32Array(f.instrs.length);
    for (let i = 0; i < f.instrs.length; i++) ops[i] = opnum[f.instrs[i]!.op] ?? -1;
    opCache.set(f.instrs, ops);
  }
  return ops;
}

/** Takes the top n value-stack references off f's stack (ownership moves to the caller) and clears their slots. */
function popN(f: Frame, n: number): PyObject[] {
  const stack = f.stack;
  const items = stack.slice(f.sp - n, f.sp) as PyObject[];
  for (let i = f.sp - n; i < f.sp; i++) stack[i] = null;
  f.sp -= n;
  return items;
}

/** A global or builtin name not found: refused if CPython's builtins define it (not modelled here yet). */
function missingName(name: string): never {
  if (cpythonDefines('builtins', name)) throw new Unsupported(`the builtin \`${name}\``, ts.frame?.currentLine() ?? 0);
  return nameError(name);
}

function nameError(name: string): never {
  const e = E.newExc(E.NameError, M.newTuple([M.newStr(`name '${name}' is not defined`)]));
  e.name = name;
  throw new E.PyErr(e);
}

function unboundLocal(name: string): never {
  return E.raise(E.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

const GENERATOR_CODE = CodeFlags.GENERATOR | CodeFlags.COROUTINE | CodeFlags.ASYNC_GENERATOR;

/**
 * gen_send_ex2 sets a finished generator frame's `previous` to NULL before _PyFrame_Clear ("don't keep the
 * reference to previous any longer than necessary"): a frame object that takes over its locals gets no f_back,
 * and no frame object is made for the caller.
 */
function dropGeneratorLink(f: Frame): void {
  if (f.isEntry && (f.co.flags & GENERATOR_CODE) !== 0) f.previous = null;
}

/** Pushes a frame for a Python call made from the loop (the callee is then run by the same loop). */
export function enterFrame(f: Frame, prev: Frame | null): void {
  if (ts.depth >= ts.recursionLimit) {
    clearFrame(f);
    E.raise(E.RecursionError, 'maximum recursion depth exceeded');
  }
  ts.depth++;
  f.previous = prev;
  ts.frame = f;
}

/**
 * Runs `entry` (already pushed with enterFrame) until it returns; returns its result (a new reference).
 * Raises PyErr when an exception leaves `entry`.
 */
export function evalFrame(entry: Frame, throwExc: E.PyExc | null = null): PyObject {
  entry.isEntry = true;
  let f = entry;
  let pending = throwExc;
  let ops = opcodesOf(f);
  let instrs = f.instrs;
  let stack = f.stack;
  for (;;) {
    try {
      if (pending !== null) {
        // gen_send_ex2 with an exception: raised at the suspension point (resume_with_error).
        const p = pending;
        pending = null;
        throw new E.PyErr(p);
      }
      for (;;) {
        const pc = f.pc;
        f.lasti = pc;
        f.pc = pc + 1;
        if (++ts.steps > ts.budget) throw new StepBudgetExceeded(ts.steps - 1);
        const ins = instrs[pc]!;
        const traceHook = vmHooks.instruction;
        if (traceHook !== null) traceHook(f, ins, ops[pc]!);
        const oparg = ins.arg;
        switch (ops[pc]) {
          case 9 /* NOP */: case 151 /* RESUME */: case 144 /* EXTENDED_ARG */: case 0 /* CACHE */:
            break;
          case 1 /* POP_TOP */: {
            const v = stack[--f.sp]!;
            stack[f.sp] = null;
            refCause(2 /* RefCause.VALUE_STACK */, f, f.sp);
            DECREF(v);
            break;
          }
          case 2 /* PUSH_NULL */:
            stack[f.sp++] = null;
            break;
          case 100 /* LOAD_CONST */: {
            const v = f.code.consts[oparg]!;
            refCause(2 /* RefCause.VALUE_STACK */, f, f.sp);
            INCREF(v);
            stack[f.sp++] = v;
            break;
          }
          case 124 /* LOAD_FAST */: {
            const v = f.localsplus[oparg];
            if (v === null || v === undefined) unboundLocal(f.co.localsplusNames[oparg]!);
            refCause(2 /* RefCause.VALUE_STACK */, f, f.sp);
            INCREF(v!);
            stack[f.sp++] = v!;
            break;
          }
          case 125 /* STORE_FAST */: {
            const v = stack[--f.sp]!;
            stack[f.sp] = null;
            const old = f.localsplus[oparg];
            f.localsplus[oparg] = v;
            if (old !== null && old !== undefined) {
              refCause(0 /* RefCause.LOCAL */, f, oparg);
              DECREF(old);
            }
            break;
          }
          case 126 /* DELETE_FAST */: {
            const old = f.localsplus[oparg];
            if (old === null || old === undefined) unboundLocal(f.co.localsplusNames[oparg]!);
            f.localsplus[oparg] = null;
            refCause(0 /* RefCause.LOCAL */, f, oparg);
            DECREF(old!);
            break;
          }
          case 116 /* LOAD_GLOBAL */: {
            const name = f.co.names[oparg >> 1]!;
            let v = dictGetStr(f.globals, name);
            if (v === null) {
              v = dictGetStr(f.builtins, name);
              if (v === null) missingName(name);
            }
            if (oparg & 1) stack[f.sp++] = null;
            refCause(2 /* RefCause.VALUE_STACK */, f, f.sp);
            INCREF(v!);
            stack[f.sp++] = v!;
            break;
          }
          case 101 /* LOAD_NAME */: {
            const name = f.co.names[oparg]!;
            let v: PyObject | null = null;
            if (f.locals !== null) v = nameLookup(f.locals, f.code.names[oparg]!);
            if (v === null) v = dictGetStr(f.globals, name);
            if (v === null) v = dictGetStr(f.builtins, name);
            if (v === null) missingName(name);
            refCause(2 /* RefCause.VALUE_STACK */, f, f.sp);
            INCREF(v!);
            stack[f.sp++] = v!;
            break;
          }
          case 90 /* STORE_NAME */: {
            const v = stack[--f.sp]!;
            stack[f.sp] = null;
            const ns = f.locals ?? f.globals;
            dictSet(ns, f.code.names[oparg]!, v);
            DECREF(v);
            break;
          }
          case 97 /* STORE_GLOBAL */: {
            const v = stack[--f.sp]!;
            stack[f.sp] = null;
            dictSet(f.globals, f.code.names[oparg]!, v);
            DECREF(v);
            break;
          }
          case 91 /* DELETE_NAME */: case 98 /* DELETE_GLOBAL */: {
            const ns = ops[pc] === 91 /* DELETE_NAME */ ? f.locals ?? f.globals : f.globals;
            const i = dictLookup(ns, f.code.names[oparg]!);
            if (i < 0) nameError(f.co.names[oparg]!);
            const [k, v] = dictPopIndex(ns, i);
            DECREF(k);
            DECREF(v);
            break;
          }
          case 135 /* MAKE_CELL */: {
            const cell = M.newCell(f.localsplus[oparg] ?? null);
            f.localsplus[oparg] = cell;
            break;
          }
          case 149 /* COPY_FREE_VARS */: {
            const closure = f.func!.closure!.items;
            const offset = f.co.localsplusNames.length - oparg;
            for (let i = 0; i < oparg; i++) {
              INCREF(closure[i]!);
              f.localsplus[offset + i] = closure[i]!;
            }
            break;
          }
          case 136 /* LOAD_CLOSURE */: {
            const v = f.localsplus[oparg]!;
            INCREF(v);
            stack[f.sp++] = v;
            break;
          }
          case 137 /* LOAD_DEREF */: {
            const v = (f.localsplus[oparg] as M.PyCell).ref;
            if (v === null) derefError(f, oparg);
            INCREF(v!);
            stack[f.sp++] = v!;
            break;
          }
          case 148 /* LOAD_CLASSDEREF */: {
            let v: PyObject | null = f.locals === null ? null : nameLookup(f.locals, f.code.localsplusNames[oparg]!);
            if (v === null) {
              v = (f.localsplus[oparg] as M.PyCell).ref;
              if (v === null) derefError(f, oparg);
            }
            INCREF(v!);
            stack[f.sp++] = v!;
            break;
          }
          case 138 /* STORE_DEREF */: {
            const v = stack[--f.sp]!;
            stack[f.sp] = null;
            const cell = f.localsplus[oparg] as M.PyCell;
            const old = cell.ref;
            cell.ref = v;
            if (slotHook !== null) {
              slotHook.touched(cell, 0);
              if (old !== null) refCause(10 /* RefCause.INTERNAL */, cell, 'cell_contents');
            }
            XDECREF(old);
            break;
          }
          case 139 /* DELETE_DEREF */: {
            const cell = f.localsplus[oparg] as M.PyCell;
            const old = cell.ref;
            if (old === null) derefError(f, oparg);
            cell.ref = null;
            if (slotHook !== null) {
              slotHook.touched(cell, 0);
              refCause(10 /* RefCause.INTERNAL */, cell, 'cell_contents');
            }
            DECREF(old!);
            break;
          }
          case 99 /* SWAP */: {
            const a = f.sp - 1, b = f.sp - oparg;
            const t = stack[a]!;
            stack[a] = stack[b]!;
            stack[b] = t;
            break;
          }
          case 120 /* COPY */: {
            const v = stack[f.sp - oparg]!;
            INCREF(v);
            stack[f.sp++] = v;
            break;
          }
          case 11 /* UNARY_NEGATIVE */: case 10 /* UNARY_POSITIVE */: case 15 /* UNARY_INVERT */: {
            const v = stack[f.sp - 1]!;
            const r = O.unaryOp(v, ops[pc] === 11 /* UNARY_NEGATIVE */ ? '-' : ops[pc] === 10 /* UNARY_POSITIVE */ ? '+' : '~');
            DECREF(v);
            stack[f.sp - 1] = r;
            break;
          }
          case 12 /* UNARY_NOT */: {
            const v = stack[f.sp - 1]!;
            const b = A.isTrue(v);
            DECREF(v);
            stack[f.sp - 1] = M.newBool(!b);
            break;
          }
          case 122 /* BINARY_OP */: {
            const rhs = stack[--f.sp]!;
            stack[f.sp] = null;
            const lhs = stack[f.sp - 1]!;
            let r: PyObject;
            if (lhs instanceof M.PyInt && rhs instanceof M.PyInt && typeof lhs.v === 'number' && typeof rhs.v === 'number' && (oparg === 0 || oparg === 13 || oparg === 10 || oparg === 23)) {
              const x = oparg === 0 || oparg === 13 ? lhs.v + rhs.v : lhs.v - rhs.v;
              r = Number.isSafeInteger(x) && lhs.ob_type === T.IntType ? M.newInt(x) : O.binaryOp(lhs, rhs, oparg);
            } else r = O.binaryOp(lhs, rhs, oparg);
            DECREF(lhs);
            DECREF(rhs);
            stack[f.sp - 1] = r;
            break;
          }
          case 107 /* COMPARE_OP */: {
            const rhs = stack[--f.sp]!;
            stack[f.sp] = null;
            const lhs = stack[f.sp - 1]!;
            let r: PyObject;
            if (lhs instanceof M.PyInt && rhs instanceof M.PyInt && typeof lhs.v === 'number' && typeof rhs.v === 'number') {
              const x = lhs.v, y = rhs.v;
              r = M.newBool(oparg === 0 ? x < y : oparg === 1 ? x <= y : oparg === 2 ? x === y : oparg === 3 ? x !== y : oparg === 4 ? x > y : x >= y);
            } else r = A.richCompare(lhs, rhs, oparg);
            DECREF(lhs);
            DECREF(rhs);
            stack[f.sp - 1] = r;
            void CMP_OP_311;
            break;
          }
          case 117 /* IS_OP */: {
            const rhs = stack[--f.sp]!;
            stack[f.sp] = null;
            const lhs = stack[f.sp - 1]!;
            const r = (lhs === rhs) !== (oparg === 1);
            DECREF(lhs);
            DECREF(rhs);
            stack[f.sp - 1] = M.newBool(r);
            break;
          }
          case 118 /* CONTAINS_OP */: {
            const rhs = stack[--f.sp]!;
            stack[f.sp] = null;
            const lhs = stack[f.sp - 1]!;
            const r = O.contains(rhs, lhs) !== (oparg === 1);
            DECREF(lhs);
            DECREF(rhs);
            stack[f.sp - 1] = M.newBool(r);
            break;
          }
          case 25 /* BINARY_SUBSCR */: {
            const sub = stack[--f.sp]!;
            stack[f.sp] = null;
            const container = stack[f.sp - 1]!;
            const r = O.getItem(container, sub);
            DECREF(container);
            DECREF(sub);
            stack[f.sp - 1] = r;
            break;
          }
          case 60 /* STORE_SUBSCR */: {
            const sub = stack[f.sp - 1]!, container = stack[f.sp - 2]!, v = stack[f.sp - 3]!;
            f.sp -= 3;
            stack[f.sp] = stack[f.sp + 1] = stack[f.sp + 2] = null;
            try {
              O.setItem(container, sub, v);
            } finally {
              DECREF(v);
              DECREF(container);
              DECREF(sub);
            }
            break;
          }
          case 61 /* DELETE_SUBSCR */: {
            const sub = stack[f.sp - 1]!, container = stack[f.sp - 2]!;
            f.sp -= 2;
            stack[f.sp] = stack[f.sp + 1] = null;
            try {
              O.delItem(container, sub);
            } finally {
              DECREF(container);
              DECREF(sub);
            }
            break;
          }
          case 133 /* BUILD_SLICE */: {
            const step = oparg === 3 ? stack[--f.sp]! : (INCREF(M.None), M.None);
            const stop = stack[--f.sp]!;
            const start = stack[f.sp - 1]!;
            stack[f.sp] = null;
            stack[f.sp - 1] = M.newSlice(start, stop, step);
            break;
          }
          case 102 /* BUILD_TUPLE */: {
            const items = popN(f, oparg);
            stack[f.sp++] = M.newTuple(items);
            break;
          }
          case 103 /* BUILD_LIST */: {
            const items = popN(f, oparg);
            stack[f.sp++] = M.newList(items);
            break;
          }
          case 82 /* LIST_TO_TUPLE */: {
            const l = stack[f.sp - 1] as M.PyList;
            const items = l.items.slice();
            for (const x of items) INCREF(x);
            stack[f.sp - 1] = M.newTuple(items);
            DECREF(l);
            break;
          }
          case 145 /* LIST_APPEND */: {
            const v = stack[--f.sp]!;
            stack[f.sp] = null;
            M.listAppend(stack[f.sp - oparg] as M.PyList, v);
            break;
          }
          case 162 /* LIST_EXTEND */: {
            const it = stack[--f.sp]!;
            stack[f.sp] = null;
            const l = stack[f.sp - oparg] as M.PyList;
            try {
              if (!(it instanceof M.PyList || it instanceof M.PyTuple || it instanceof M.PyStr || it.ob_type.isHeap || it instanceof PyDict || it instanceof PySet || it instanceof M.PyRange) && !isIterable(it)) {
                E.raise(E.TypeError, `Value after * must be an iterable, not ${it.ob_type.tp_name}`);
              }
              O.listExtend(l, it);
            } finally {
              DECREF(it);
            }
            break;
          }
          case 104 /* BUILD_SET */: {
            const items = popN(f, oparg);
            const s = newSet();
            stack[f.sp++] = s;
            for (const x of items) {
              setAdd(s, x);
              DECREF(x);
            }
            break;
          }
          case 146 /* SET_ADD */: {
            const v = stack[--f.sp]!;
            stack[f.sp] = null;
            try {
              setAdd(stack[f.sp - oparg] as PySet, v);
            } finally {
              DECREF(v);
            }
            break;
          }
          case 163 /* SET_UPDATE */: {
            const it = stack[--f.sp]!;
            stack[f.sp] = null;
            const s = stack[f.sp - oparg] as PySet;
            try {
              if (it instanceof PySet) setMerge(s, it);
              else for (const x of toArray(it)) {
                setAdd(s, x);
                DECREF(x);
              }
            } finally {
              DECREF(it);
            }
            break;
          }
          case 105 /* BUILD_MAP */: {
            const d = newDict();
            dictPresize(d, oparg);
            const base = f.sp - 2 * oparg;
            for (let i = 0; i < oparg; i++) dictSet(d, stack[base + 2 * i]!, stack[base + 2 * i + 1]!);
            for (let i = base; i < f.sp; i++) {
              DECREF(stack[i]!);
              stack[i] = null;
            }
            f.sp = base;
            stack[f.sp++] = d;
            break;
          }
          case 156 /* BUILD_CONST_KEY_MAP */: {
            const keys = stack[--f.sp] as M.PyTuple;
            stack[f.sp] = null;
            const d = newDict();
            dictPresize(d, oparg);
            const base = f.sp - oparg;
            for (let i = 0; i < oparg; i++) dictSet(d, keys.items[i]!, stack[base + i]!);
            DECREF(keys);
            for (let i = base; i < f.sp; i++) {
              DECREF(stack[i]!);
              stack[i] = null;
            }
            f.sp = base;
            stack[f.sp++] = d;
            break;
          }
          case 147 /* MAP_ADD */: {
            const v = stack[--f.sp]!;
            const k = stack[--f.sp]!;
            stack[f.sp] = stack[f.sp + 1] = null;
            dictSet(stack[f.sp - oparg] as PyDict, k, v);
            DECREF(k);
            DECREF(v);
            break;
          }
          case 165 /* DICT_UPDATE */: case 164 /* DICT_MERGE */: {
            const other = stack[--f.sp]!;
            stack[f.sp] = null;
            const d = stack[f.sp - oparg] as PyDict;
            try {
              if (!(other instanceof PyDict)) {
                if (ops[pc] === 164 /* DICT_MERGE */) E.raise(E.TypeError, `${funcDesc(stack[f.sp - oparg - 2])} argument after ** must be a mapping, not ${other.ob_type.tp_name}`);
                E.raise(E.TypeError, `'${other.ob_type.tp_name}' object is not a mapping`);
              }
              const od = other as PyDict;
              for (let i = 0; i < od.ekeys.length; i++) {
                const k = od.ekeys[i];
                if (k == null) continue;
                if (ops[pc] === 164 /* DICT_MERGE */ && dictLookup(d, k) >= 0) {
                  E.raise(E.TypeError, `${funcDesc(stack[f.sp - oparg - 2])} got multiple values for keyword argument '${(k as M.PyStr).v}'`);
                }
                dictSet(d, k, od.evals[i]!);
              }
            } finally {
              DECREF(other);
            }
            break;
          }
          case 157 /* BUILD_STRING */: {
            let s = '';
            for (let i = f.sp - oparg; i < f.sp; i++) s += (stack[i] as M.PyStr).v;
            for (let i = f.sp - oparg; i < f.sp; i++) {
              DECREF(stack[i]!);
              stack[i] = null;
            }
            f.sp -= oparg;
            stack[f.sp++] = M.newStr(s);
            break;
          }
          case 155 /* FORMAT_VALUE */: {
            const spec = (oparg & 4) === 4 ? (stack[--f.sp] as M.PyStr) : null;
            if (spec !== null) stack[f.sp] = null;
            let v = stack[f.sp - 1]!;
            const conv = oparg & 3;
            if (conv !== 0) {
              const c = conv === 1 ? A.str(v) : conv === 2 ? A.repr(v) : A.ascii(v);
              DECREF(v);
              v = c;
              stack[f.sp - 1] = v;
            }
            if (v.ob_type === T.StrType && (spec === null || spec.v === '')) {
              XDECREF(spec);
              break;
            }
            try {
              const r = M.newStr(formatValue(v, spec === null ? '' : spec.v));
              DECREF(v);
              stack[f.sp - 1] = r;
            } finally {
              XDECREF(spec);
            }
            break;
          }
          case 92 /* UNPACK_SEQUENCE */: {
            const seq = stack[--f.sp]!;
            stack[f.sp] = null;
            let items: PyObject[];
            if ((seq instanceof M.PyTuple || seq instanceof M.PyList) && seq.items.length === oparg) {
              items = seq.items;
              for (let i = oparg - 1; i >= 0; i--) {
                INCREF(items[i]!);
                stack[f.sp++] = items[i]!;
              }
              DECREF(seq);
              break;
            }
            try {
              items = unpackIterable(seq, oparg, -1);
            } finally {
              DECREF(seq);
            }
            for (let i = oparg - 1; i >= 0; i--) stack[f.sp++] = items[i]!;
            break;
          }
          case 94 /* UNPACK_EX */: {
            const before = oparg & 0xff, after = oparg >> 8;
            const seq = stack[--f.sp]!;
            stack[f.sp] = null;
            let items: PyObject[];
            try {
              items = unpackIterable(seq, before, after);
            } finally {
              DECREF(seq);
            }
            for (let i = items.length - 1; i >= 0; i--) stack[f.sp++] = items[i]!;
            break;
          }
          case 68 /* GET_ITER */: {
            const v = stack[f.sp - 1]!;
            const it = getIter(v);
            DECREF(v);
            stack[f.sp - 1] = it;
            break;
          }
          case 93 /* FOR_ITER */: {
            const it = stack[f.sp - 1]!;
            const v = iterNext(it);
            if (v !== null) stack[f.sp++] = v;
            else {
              f.sp--;
              stack[f.sp] = null;
              DECREF(it);
              f.pc = ins.target!;
            }
            break;
          }
          case 110 /* JUMP_FORWARD */: case 140 /* JUMP_BACKWARD */: case 134 /* JUMP_BACKWARD_NO_INTERRUPT */:
            f.pc = ins.target!;
            break;
          case 114 /* POP_JUMP_FORWARD_IF_FALSE */: case 175 /* POP_JUMP_BACKWARD_IF_FALSE */: {
            const v = stack[--f.sp]!;
            stack[f.sp] = null;
            if (v === M.False) f.pc = ins.target!;
            else if (v !== M.True) {
              const b = A.isTrue(v);
              DECREF(v);
              if (!b) f.pc = ins.target!;
              break;
            }
            DECREF(v);
            break;
          }
          case 115 /* POP_JUMP_FORWARD_IF_TRUE */: case 176 /* POP_JUMP_BACKWARD_IF_TRUE */: {
            const v = stack[--f.sp]!;
            stack[f.sp] = null;
            if (v === M.True) f.pc = ins.target!;
            else if (v !== M.False) {
              const b = A.isTrue(v);
              DECREF(v);
              if (b) f.pc = ins.target!;
              break;
            }
            DECREF(v);
            break;
          }
          case 129 /* POP_JUMP_FORWARD_IF_NONE */: case 174 /* POP_JUMP_BACKWARD_IF_NONE */: case 128 /* POP_JUMP_FORWARD_IF_NOT_NONE */: case 173 /* POP_JUMP_BACKWARD_IF_NOT_NONE */: {
            const v = stack[--f.sp]!;
            stack[f.sp] = null;
            const isNone = v === M.None;
            const wantNone = ops[pc] === 129 /* POP_JUMP_FORWARD_IF_NONE */ || ops[pc] === 174 /* POP_JUMP_BACKWARD_IF_NONE */;
            if (isNone === wantNone) f.pc = ins.target!;
            DECREF(v);
            break;
          }
          case 111 /* JUMP_IF_FALSE_OR_POP */: case 112 /* JUMP_IF_TRUE_OR_POP */: {
            const v = stack[f.sp - 1]!;
            const b = A.isTrue(v);
            if (b === (ops[pc] === 112 /* JUMP_IF_TRUE_OR_POP */)) f.pc = ins.target!;
            else {
              f.sp--;
              stack[f.sp] = null;
              DECREF(v);
            }
            break;
          }
          case 106 /* LOAD_ATTR */: {
            const owner = stack[f.sp - 1]!;
            const r = A.getAttr(owner, f.co.names[oparg]!);
            DECREF(owner);
            stack[f.sp - 1] = r;
            break;
          }
          case 160 /* LOAD_METHOD */: {
            const obj = stack[f.sp - 1]!;
            const [meth, found] = A.getMethod(obj, f.co.names[oparg]!);
            if (found) {
              stack[f.sp - 1] = meth;
              stack[f.sp++] = obj;
            } else {
              stack[f.sp - 1] = null;
              DECREF(obj);
              stack[f.sp++] = meth;
            }
            break;
          }
          case 95 /* STORE_ATTR */: {
            const owner = stack[f.sp - 1]!, v = stack[f.sp - 2]!;
            f.sp -= 2;
            stack[f.sp] = stack[f.sp + 1] = null;
            try {
              A.setAttr(owner, f.co.names[oparg]!, v);
            } finally {
              refCause(2 /* RefCause.VALUE_STACK */, f, f.sp + 1);
              DECREF(v);
              refCause(2 /* RefCause.VALUE_STACK */, f, f.sp);
              DECREF(owner);
            }
            break;
          }
          case 96 /* DELETE_ATTR */: {
            const owner = stack[--f.sp]!;
            stack[f.sp] = null;
            try {
              A.setAttr(owner, f.co.names[oparg]!, null);
            } finally {
              DECREF(owner);
            }
            break;
          }
          case 172 /* KW_NAMES */:
            f.kwnames = f.code.consts[oparg]!;
            break;
          case 166 /* PRECALL */: {
            const isMeth = stack[f.sp - oparg - 2] !== null;
            if (!isMeth) {
              const fn = stack[f.sp - oparg - 1]!;
              if (fn instanceof C.PyMethod) {
                INCREF(fn.func);
                INCREF(fn.self);
                stack[f.sp - oparg - 1] = fn.self;
                stack[f.sp - oparg - 2] = fn.func;
                DECREF(fn);
              }
            }
            break;
          }
          case 171 /* CALL */: {
            const isMeth = stack[f.sp - oparg - 2] !== null ? 1 : 0;
            const total = oparg + isMeth;
            const slotA = f.sp - oparg - 2;
            const fn = stack[f.sp - total - 1]!;
            const kwn = f.kwnames as M.PyTuple | null;
            f.kwnames = null;
            if (fn instanceof C.PyFunction) {
              const args = stack.slice(f.sp - total, f.sp) as PyObject[];
              for (let i = slotA; i < f.sp; i++) stack[i] = null;
              f.sp = slotA;
              const kwnames = kwn === null ? null : kwn.items.map((k) => (k as M.PyStr).v);
              const nf = pushFrame(fn, args, kwnames);
              enterFrame(nf, f);
              f = nf;
              ops = opcodesOf(f);
              instrs = f.instrs;
              stack = f.stack;
              break;
            }
            const base = f.sp - total;
            const callArgsScratch = stack.slice(base, f.sp) as PyObject[];
            let r: PyObject | null = null;
            try {
              r = callFromStack(fn, stack, base, total, kwn);
            } finally {
              // Py_DECREF(function) first, then the arguments in order.
              const top = f.sp;
              for (let i = slotA; i < top; i++) stack[i] = null;
              f.sp = slotA;
              DECREF(fn);
              for (let i = base; i < top; i++) DECREF(callArgsScratch[i - base]!);
            }
            stack[f.sp++] = r;
            break;
          }
          case 142 /* CALL_FUNCTION_EX */: {
            const kwargs = oparg & 1 ? (stack[--f.sp] as PyDict) : null;
            let callargs = stack[--f.sp]!;
            const fn = stack[f.sp - 1]!;
            stack[f.sp] = stack[f.sp + 1] = null;
            let r: PyObject;
            try {
              if (kwargs !== null && !(kwargs instanceof PyDict)) {
                E.raise(E.TypeError, `${funcDesc(fn)} argument after ** must be a mapping, not ${(kwargs as PyObject).ob_type.tp_name}`);
              }
              if (!(callargs instanceof M.PyTuple)) {
                if (!isIterable(callargs)) E.raise(E.TypeError, `${funcDesc(fn)} argument after * must be an iterable, not ${callargs.ob_type.tp_name}`);
                const t = M.newTuple(toArray(callargs));
                DECREF(callargs);
                callargs = t;
              }
              let kw: Map<string, PyObject> | null = null;
              if (kwargs !== null) {
                kw = new Map<string, PyObject>();
                for (let i = 0; i < kwargs.ekeys.length; i++) {
                  const k = kwargs.ekeys[i];
                  if (k != null) kw.set((k as M.PyStr).v, kwargs.evals[i]!);
                }
              }
              r = callWithTuple(fn, (callargs as M.PyTuple).items, kw);
            } finally {
              stack[f.sp - 1] = null;
              f.sp--;
              DECREF(fn);
              DECREF(callargs);
              XDECREF(kwargs);
            }
            // STACK_SHRINK(1); SET_TOP(result): the NULL below the function is replaced.
            stack[f.sp - 1] = r;
            break;
          }
          case 132 /* MAKE_FUNCTION */: {
            const code = stack[--f.sp] as M.PyCode;
            stack[f.sp] = null;
            const fn = makeFunction(code, f.globals, f.builtins);
            DECREF(code);
            if (oparg & 8) {
              fn.closure = stack[--f.sp] as M.PyTuple;
              stack[f.sp] = null;
            }
            if (oparg & 4) {
              fn.annotations = stack[--f.sp]!;
              stack[f.sp] = null;
            }
            if (oparg & 2) {
              fn.kwdefaults = stack[--f.sp] as PyDict;
              stack[f.sp] = null;
            }
            if (oparg & 1) {
              fn.defaults = stack[--f.sp] as M.PyTuple;
              stack[f.sp] = null;
            }
            stack[f.sp++] = fn;
            break;
          }
          case 83 /* RETURN_VALUE */: {
            const r = stack[--f.sp]!;
            stack[f.sp] = null;
            const done = f;
            const prev = done.previous;
            ts.depth--;
            ts.frame = prev;
            dropGeneratorLink(done);
            clearFrame(done);
            if (done.isEntry) return r;
            f = prev!;
            ops = opcodesOf(f);
            instrs = f.instrs;
            stack = f.stack;
            stack[f.sp++] = r;
            break;
          }
          case 71 /* LOAD_BUILD_CLASS */: {
            const bc = dictGetStr(f.builtins, '__build_class__');
            if (bc === null) E.raise(E.NameError, '__build_class__ not found');
            INCREF(bc!);
            stack[f.sp++] = bc!;
            break;
          }
          case 74 /* LOAD_ASSERTION_ERROR */:
            INCREF(E.AssertionError);
            stack[f.sp++] = E.AssertionError;
            break;
          case 130 /* RAISE_VARARGS */: {
            let cause: PyObject | null = null, exc: PyObject | null = null;
            if (oparg === 2) {
              cause = stack[--f.sp]!;
              stack[f.sp] = null;
            }
            if (oparg >= 1) {
              exc = stack[--f.sp]!;
              stack[f.sp] = null;
            }
            doRaise(exc, cause);
            break;
          }
          case 119 /* RERAISE */: {
            if (oparg) {
              const lasti = stack[f.sp - oparg - 1] as M.PyInt;
              f.lasti = f.offsetIndex(Number(lasti.v));
            }
            const v = stack[--f.sp] as E.PyExc;
            stack[f.sp] = null;
            throw new ReRaise(v);
          }
          case 35 /* PUSH_EXC_INFO */: {
            const v = stack[f.sp - 1]!;
            const prev = ts.excValue;
            if (prev !== null) stack[f.sp - 1] = prev;
            else {
              INCREF(M.None);
              stack[f.sp - 1] = M.None;
            }
            INCREF(v);
            stack[f.sp++] = v;
            ts.excValue = v;
            break;
          }
          case 89 /* POP_EXCEPT */: {
            const v = ts.excValue;
            const restored = stack[--f.sp]!;
            stack[f.sp] = null;
            ts.excValue = restored === M.None ? (DECREF(restored), null) : restored;
            XDECREF(v);
            break;
          }
          case 36 /* CHECK_EXC_MATCH */: {
            const right = stack[--f.sp]!;
            stack[f.sp] = null;
            const left = stack[f.sp - 1]!;
            let ok: boolean;
            try {
              ok = excMatches(left, right);
            } finally {
              DECREF(right);
            }
            stack[f.sp++] = M.newBool(ok);
            break;
          }
          case 53 /* BEFORE_WITH */: {
            const mgr = stack[f.sp - 1]!;
            const enter = mgr.ob_type.lookup('__enter__');
            if (enter === undefined) E.raise(E.TypeError, `'${mgr.ob_type.tp_name}' object does not support the context manager protocol`);
            const exit = mgr.ob_type.lookup('__exit__');
            if (exit === undefined) E.raise(E.TypeError, `'${mgr.ob_type.tp_name}' object does not support the context manager protocol (missed __exit__ method)`);
            const boundEnter = A.descrGet(enter!, mgr, mgr.ob_type);
            const boundExit = A.descrGet(exit!, mgr, mgr.ob_type);
            stack[f.sp - 1] = boundExit;
            DECREF(mgr);
            let r: PyObject;
            try {
              r = callObject(boundEnter, [], null);
            } finally {
              DECREF(boundEnter);
            }
            stack[f.sp++] = r;
            break;
          }
          case 49 /* WITH_EXCEPT_START */: {
            const val = stack[f.sp - 1] as E.PyExc;
            const exitFn = stack[f.sp - 4]!;
            const tb = val.traceback ?? M.None;
            const r = callObject(exitFn, [val.ob_type, val, tb], null);
            stack[f.sp++] = r;
            break;
          }
          case 30 /* GET_LEN */: {
            const n = A.len(stack[f.sp - 1]!);
            stack[f.sp++] = M.newInt(n);
            break;
          }
          case 108 /* IMPORT_NAME */: {
            const fromlist = stack[--f.sp]!;
            stack[f.sp] = null;
            const level = stack[f.sp - 1]!;
            const r = importName(f.co.names[oparg]!, fromlist, level);
            DECREF(fromlist);
            DECREF(level);
            stack[f.sp - 1] = r;
            break;
          }
          case 109 /* IMPORT_FROM */: {
            const r = importFrom(stack[f.sp - 1]!, f.co.names[oparg]!);
            stack[f.sp++] = r;
            break;
          }
          case 84 /* IMPORT_STAR */:
            throw new Unsupported("'from module import *'", f.currentLine());
          case 85 /* SETUP_ANNOTATIONS */: {
            const ns = f.locals ?? f.globals;
            if (dictGetStr(ns, '__annotations__') === null) {
              const d = newDict();
              const k = M.internStr('__annotations__');
              dictSet(ns, k, d);
              DECREF(k);
              DECREF(d);
            }
            break;
          }
          case 70 /* PRINT_EXPR */:
            throw new Unsupported('interactive expression printing', f.currentLine());
          case 75 /* RETURN_GENERATOR */: {
            const g = makeGenerator(f);
            const done = f;
            const prev = done.previous;
            ts.depth--;
            ts.frame = prev;
            done.previous = null;
            if (done.isEntry) {
              done.isEntry = false;
              return g;
            }
            f = prev!;
            ops = opcodesOf(f);
            instrs = f.instrs;
            stack = f.stack;
            stack[f.sp++] = g;
            break;
          }
          case 86 /* YIELD_VALUE */: {
            const r = stack[--f.sp]!;
            stack[f.sp] = null;
            f.yielded = true;
            ts.depth--;
            ts.frame = f.previous;
            f.previous = null;
            return r;
          }
          case 69 /* GET_YIELD_FROM_ITER */: {
            const v = stack[f.sp - 1]!;
            if (!(v instanceof PyGen)) {
              const it = getIter(v);
              DECREF(v);
              stack[f.sp - 1] = it;
            }
            break;
          }
          case 123 /* SEND */: {
            const v = stack[--f.sp]!;
            stack[f.sp] = null;
            const receiver = stack[f.sp - 1]!;
            let res: PyObject | null;
            let done: boolean;
            try {
              if (receiver instanceof PyGen) [res, done] = genSend(receiver, v, null);
              else if (v === M.None) {
                res = iterNext(receiver);
                done = res === null;
              } else {
                const m = A.getAttr(receiver, 'send');
                try {
                  res = callObject(m, [v], null);
                  done = false;
                } catch (e) {
                  if (e instanceof E.PyErr && e.exc.ob_type.isSubtypeOf(E.StopIteration)) {
                    res = E.excValueOrNone(e.exc);
                    INCREF(res);
                    DECREF(e.exc);
                    done = true;
                  } else throw e;
                } finally {
                  DECREF(m);
                }
              }
            } finally {
              DECREF(v);
            }
            if (done) {
              DECREF(receiver);
              if (res === null) {
                INCREF(M.None);
                res = M.None;
              }
              stack[f.sp - 1] = res;
              f.pc = ins.target!;
            } else stack[f.sp++] = res!;
            break;
          }
          case 131 /* GET_AWAITABLE */: case 50 /* GET_AITER */: case 51 /* GET_ANEXT */: case 52 /* BEFORE_ASYNC_WITH */: case 54 /* END_ASYNC_FOR */: case 87 /* ASYNC_GEN_WRAP */:
            throw new Unsupported('async code', f.currentLine());
          case 31 /* MATCH_MAPPING */: {
            const v = stack[f.sp - 1]!;
            stack[f.sp++] = M.newBool(v instanceof PyDict);
            break;
          }
          case 32 /* MATCH_SEQUENCE */: {
            const v = stack[f.sp - 1]!;
            stack[f.sp++] = M.newBool(v instanceof M.PyList || v instanceof M.PyTuple || v instanceof M.PyRange);
            break;
          }
          case 33 /* MATCH_KEYS */: {
            const keys = stack[f.sp - 1] as M.PyTuple;
            const subject = stack[f.sp - 2]!;
            stack[f.sp++] = matchKeys(subject, keys);
            break;
          }
          case 152 /* MATCH_CLASS */: {
            const names = stack[--f.sp] as M.PyTuple;
            const type = stack[--f.sp]!;
            stack[f.sp] = stack[f.sp + 1] = null;
            const subject = stack[f.sp - 1]!;
            let attrs: PyObject | null;
            try {
              attrs = matchClass(subject, type, oparg, names);
            } finally {
              DECREF(names);
              DECREF(type);
            }
            if (attrs === null) {
              INCREF(M.None);
              attrs = M.None;
            }
            stack[f.sp - 1] = attrs;
            DECREF(subject);
            break;
          }
          case 37 /* CHECK_EG_MATCH */: case 88 /* PREP_RERAISE_STAR */:
            throw new Unsupported('except*', f.currentLine());
          default:
            throw new Unsupported(`the ${ins.op} instruction`, f.currentLine());
        }
      }
    } catch (err) {
      // ---- error: / exception_unwind: ----
      let exc: E.PyExc;
      let addTb = true;
      if (err instanceof E.PyErr) {
        exc = err.exc;
        if (!err.propagating) setExcContext(exc);
      } else if (err instanceof ReRaise) {
        exc = err.exc;
        addTb = false;
      } else throw err;
      for (;;) {
        if (addTb) {
          const old = exc.traceback as PyTraceback | null;
          exc.traceback = newTraceback(old === M.None ? null : old, f);
          if (slotHook !== null) slotHook.touched(exc, 0);
        }
        addTb = true;
        // The handler is looked up at the faulting instruction, not at a lasti RERAISE restored.
        const h = findHandler(f, f.pc - 1);
        if (h !== null) {
          while (f.sp > h.depth) {
            const v = stack[--f.sp];
            stack[f.sp] = null;
            XDECREF(v);
          }
          if (h.lasti) stack[f.sp++] = M.newInt(f.instrs[f.lasti]!.offset >> 1);
          stack[f.sp++] = exc;
          f.pc = h.target;
          break;
        }
        while (f.sp > 0) {
          const v = stack[--f.sp];
          stack[f.sp] = null;
          XDECREF(v);
        }
        const done = f;
        const prev = done.previous;
        ts.depth--;
        ts.frame = prev;
        dropGeneratorLink(done);
        clearFrame(done);
        if (done.isEntry) {
          const out = new E.PyErr(exc);
          out.propagating = true;
          throw out;
        }
        f = prev!;
        ops = opcodesOf(f);
        instrs = f.instrs;
        stack = f.stack;
      }
    }
  }
}

/** match_keys: a tuple of the values when every key is present, else None. */
function matchKeys(subject: PyObject, keys: M.PyTuple): PyObject {
  if (keys.items.length === 0) return M.newTuple([]);
  const values: PyObject[] = [];
  const seen: PyObject[] = [];
  for (const k of keys.items) {
    if (seen.some((x) => A.eq(x, k))) {
      for (const v of values) DECREF(v);
      E.raise(E.ValueError, `mapping pattern checks duplicate key (${A.reprJs(k)})`);
    }
    seen.push(k);
    const v = subject instanceof PyDict ? dictGetStrOrAny(subject, k) : null;
    if (v === null) {
      for (const x of values) DECREF(x);
      INCREF(M.None);
      return M.None;
    }
    INCREF(v);
    values.push(v);
  }
  return M.newTuple(values);
}
function dictGetStrOrAny(d: PyDict, k: PyObject): PyObject | null {
  const i = dictLookup(d, k);
  return i < 0 ? null : d.evals[i]!;
}

const MATCH_SELF_TYPES = new Set<PyObject>([T.BoolType, T.BytesType, T.DictType, T.FloatType, T.FrozenSetType, T.IntType, T.ListType, T.SetType, T.StrType, T.TupleType]);

/** match_class: the sub-pattern attributes of `subject` as a tuple, or null when it does not match. */
function matchClass(subject: PyObject, type: PyObject, nargs: number, kwargs: M.PyTuple): PyObject | null {
  if (!(type instanceof PyType)) E.raise(E.TypeError, 'called match pattern must be a type');
  const t = type as PyType;
  if (!subject.ob_type.isSubtypeOf(t)) return null;
  const attrs: PyObject[] = [];
  const fail = (): null => {
    for (const a of attrs) DECREF(a);
    return null;
  };
  const getattr = (name: string): PyObject | null => {
    try {
      return A.getAttr(subject, name);
    } catch (e) {
      if (e instanceof E.PyErr && e.exc.ob_type.isSubtypeOf(E.AttributeError)) {
        DECREF(e.exc);
        return null;
      }
      throw e;
    }
  };
  const seen: string[] = [];
  if (nargs > 0) {
    const ma = t.lookup('__match_args__');
    let matchArgs: string[] | null = null;
    if (ma instanceof M.PyTuple) matchArgs = ma.items.map((x) => (x as M.PyStr).v);
    const selfMatch = matchArgs === null && t.tp_mro.some((b) => MATCH_SELF_TYPES.has(b));
    const allowed = matchArgs === null ? (selfMatch ? 1 : 0) : matchArgs.length;
    if (nargs > allowed) {
      E.raise(E.TypeError, `${t.tp_name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
    }
    if (selfMatch) {
      INCREF(subject);
      attrs.push(subject);
    } else {
      for (let i = 0; i < nargs; i++) {
        const name = matchArgs![i]!;
        seen.push(name);
        const v = getattr(name);
        if (v === null) return fail();
        attrs.push(v);
      }
    }
  }
  for (const k of kwargs.items) {
    const name = (k as M.PyStr).v;
    if (seen.includes(name)) {
      for (const a of attrs) DECREF(a);
      E.raise(E.TypeError, `${t.tp_name}() got multiple sub-patterns for attribute '${name}'`);
    }
    seen.push(name);
    const v = getattr(name);
    if (v === null) return fail();
    attrs.push(v);
  }
  return M.newTuple(attrs);
}

/** RERAISE: an exception re-raised without a new traceback entry. */
class ReRaise {
  constructor(readonly exc: E.PyExc) {}
}

declare module './frame' {
  interface Frame {
    offsetIndex(codeUnit: number): number;
  }
}
Frame.prototype.offsetIndex = function (this: Frame, codeUnit: number): number {
  const off = codeUnit * 2;
  const ins = this.instrs;
  for (let i = 0; i < ins.length; i++) if (ins[i]!.offset >= off) return i;
  return ins.length - 1;
};

function findHandler(f: Frame, idx: number): { target: number; depth: number; lasti: boolean } | null {
  const t = f.co.exceptionTable;
  for (let i = 0; i < t.length; i++) {
    const e = t[i]!;
    if (idx >= e.start && idx < e.end) return e;
  }
  return null;
}

function nameLookup(ns: PyDict, name: M.PyStr): PyObject | null {
  return dictGetStr(ns, name.v);
}

function derefError(f: Frame, i: number): never {
  const name = f.co.localsplusNames[i]!;
  if (f.co.localsplusKinds[i]! & 0x80) {
    E.raise(E.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  }
  return unboundLocal(name);
}

function isIterable(o: PyObject): boolean {
  try {
    const it = getIter(o);
    DECREF(it);
    return true;
  } catch (e) {
    if (e instanceof E.PyErr) {
      DECREF(e.exc);
      return false;
    }
    throw e;
  }
}

function funcDesc(fn: PyObject | null | undefined): string {
  if (fn instanceof C.PyFunction) return `${fn.qualname.v}()`;
  if (fn instanceof C.PyBuiltin) return `${fn.name}()`;
  if (fn instanceof PyType) return `${fn.tp_name}()`;
  return fn ? `${fn.ob_type.tp_name} object` : 'function';
}

/** unpack_iterable: `before` items, then (if after >= 0) a list of the rest and `after` items. New refs. */
function unpackIterable(seq: PyObject, before: number, after: number): PyObject[] {
  let it: PyObject;
  try {
    it = getIter(seq);
  } catch (e) {
    if (e instanceof E.PyErr && e.exc.ob_type === E.TypeError) {
      DECREF(e.exc);
      E.raise(E.TypeError, `cannot unpack non-iterable ${seq.ob_type.tp_name} object`);
    }
    throw e;
  }
  const out: PyObject[] = [];
  try {
    for (let i = 0; i < before; i++) {
      const v = iterNext(it);
      if (v === null) {
        if (after < 0) E.raise(E.ValueError, `not enough values to unpack (expected ${before}, got ${i})`);
        E.raise(E.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${i})`);
      }
      out.push(v!);
    }
    if (after < 0) {
      const extra = iterNext(it);
      if (extra !== null) {
        DECREF(extra);
        E.raise(E.ValueError, `too many values to unpack (expected ${before})`);
      }
      return out;
    }
    const rest: PyObject[] = [];
    for (;;) {
      const v = iterNext(it);
      if (v === null) break;
      rest.push(v);
    }
    if (rest.length < after) {
      for (const x of rest) DECREF(x);
      E.raise(E.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${before + rest.length})`);
    }
    const tail = rest.splice(rest.length - after, after);
    out.push(M.newList(rest), ...tail);
    return out;
  } catch (e) {
    for (const x of out) DECREF(x);
    throw e;
  } finally {
    DECREF(it);
  }
}

function excMatches(exc: PyObject, right: PyObject): boolean {
  const check = (t: PyObject): boolean => {
    if (!(t instanceof PyType) || !E.isExceptionType(t)) {
      E.raise(E.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
    }
    return exc.ob_type.isSubtypeOf(t as PyType);
  };
  if (right instanceof M.PyTuple) {
    let hit = false;
    for (const t of right.items) if (check(t)) hit = true;
    return hit;
  }
  return check(right);
}

/** do_raise: instantiates exception classes, attaches __cause__, then throws. */
function doRaise(exc: PyObject | null, cause: PyObject | null): never {
  if (exc === null) {
    const cur = ts.excValue;
    if (cur === null || cur === M.None) E.raise(E.RuntimeError, 'No active exception to reraise');
    INCREF(cur!);
    throw new ReRaise(cur as E.PyExc);
  }
  let value: PyObject;
  if (exc instanceof PyType && E.isExceptionType(exc)) {
    value = callObject(exc, [], null);
    DECREF(exc);
    if (!isExcInstance(value)) {
      const tn = value.ob_type.tp_name;
      DECREF(value);
      XDECREF(cause);
      E.raise(E.TypeError, `calling ${(exc as PyType).tp_name}() should have returned an instance of BaseException, not ${tn}`);
    }
  } else if (isExcInstance(exc)) {
    value = exc;
  } else {
    DECREF(exc);
    XDECREF(cause);
    return E.raise(E.TypeError, 'exceptions must derive from BaseException');
  }
  const ev = value as E.PyExc;
  if (cause !== null) {
    let fixed: PyObject | null;
    if (cause instanceof PyType && E.isExceptionType(cause)) {
      fixed = callObject(cause, [], null);
      DECREF(cause);
    } else if (isExcInstance(cause)) fixed = cause;
    else if (cause === M.None) {
      DECREF(cause);
      fixed = null;
    } else {
      DECREF(cause);
      DECREF(value);
      return E.raise(E.TypeError, 'exception causes must derive from BaseException');
    }
    XDECREF(ev.cause);
    ev.cause = fixed;
    if (slotHook !== null) slotHook.touched(ev, 0);
    ev.suppressContext = true;
  }
  throw new E.PyErr(ev);
}

export function makeFunction(code: M.PyCode, globals: PyDict, builtins: PyDict): C.PyFunction {
  const co = code.co;
  INCREF(code);
  INCREF(globals);
  INCREF(builtins);
  const name = M.internStr(co.name);
  const qualname = co.qualname === co.name ? (INCREF(name), name) : M.newStr(co.qualname);
  const fn = new C.PyFunction(code, globals, builtins, name, qualname);
  const mod = dictGetStr(globals, '__name__');
  if (mod !== null) {
    INCREF(mod);
    fn.module = mod;
  }
  const first = code.consts[0];
  const doc = first !== undefined && first instanceof M.PyStr ? first : M.None;
  INCREF(doc);
  fn.doc = doc;
  C.allocFunction(fn);
  void CodeFlags;
  return fn;
}

export { buildClassDone };
