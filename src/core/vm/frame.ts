// Models _PyInterpreterFrame (Include/internal/pycore_frame.h 3.11), the lazily created PyFrameObject and
// traceback objects (Objects/frameobject.c take_ownership/frame_dealloc, Python/traceback.c tb_create_raw),
// and _PyFrame_Clear's release order (frame object first; then localsplus in index order, then the function).
//
// Invariants:
// 1. Every non-null slot of `localsplus` and every entry of `stack[0..sp)` owns one reference.
// 2. A frame whose frame object outlives it hands its locals to that object (FRAME_OWNED_BY_FRAME_OBJECT):
//    they are released when the frame object is deallocated, not when the frame returns.

import { PyObject, INCREF, DECREF, XDECREF, allocObject, freeObject, refCause, slotHook } from '../objects/object';
import type { PyCode } from '../objects/models';
import type { PyDict } from '../objects/dict';
import type { PyFunction } from '../objects/callables';
import type { CodeObject, Instruction } from '../bytecode/code';
import * as T from '../objects/types';

export class Frame {
  localsplus: (PyObject | null)[];
  stack: (PyObject | null)[];
  sp = 0;
  /** Index of the next instruction. */
  pc = 0;
  /** Index of the instruction being executed (prev_instr). */
  lasti = 0;
  previous: Frame | null = null;
  frameObj: PyFrameObj | null = null;
  co: CodeObject;
  instrs: readonly Instruction[];
  /** Set when this frame was pushed by a JS caller (a builtin or the runtime): returning leaves the loop. */
  isEntry = false;
  kwnames: PyObject | null = null;
  /** Owned by a frame object after it returned. */
  ownedByFrameObject = false;
  constructor(
    public code: PyCode,
    public func: PyFunction | null,
    public globals: PyDict,
    public builtins: PyDict,
    public locals: PyDict | null,
  ) {
    this.co = code.co;
    this.instrs = code.co.instructions;
    this.localsplus = new Array<PyObject | null>(code.co.localsplusNames.length).fill(null);
    this.stack = new Array<PyObject | null>(code.co.stacksize + 1).fill(null);
  }
  currentLine(): number {
    const ins = this.instrs[this.lasti];
    return ins?.span?.lineno ?? this.co.firstlineno;
  }
}

export class PyFrameObj extends PyObject {
  back: PyFrameObj | null = null;
  /** The line at which the frame was when it stopped being executed (f_lineno after return). */
  constructor(public frame: Frame) {
    super(T.FrameType);
  }
}

export function getFrameObject(f: Frame): PyFrameObj {
  if (f.frameObj === null) {
    const fo = new PyFrameObj(f);
    allocObject(fo, 16 + 72 + 80, true);
    f.frameObj = fo;
  }
  return f.frameObj;
}

T.FrameType.tp_dealloc = (o) => {
  const fo = o as PyFrameObj;
  const f = fo.frame;
  let code: PyObject | null = null;
  if (f.ownedByFrameObject) {
    code = f.code;
    XDECREF(f.func);
    f.func = null;
    XDECREF(f.locals);
    f.locals = null;
    const lp = f.localsplus;
    for (let i = 0; i < lp.length; i++) {
      const v = lp[i];
      lp[i] = null;
      XDECREF(v);
    }
  } else {
    f.frameObj = null;
  }
  XDECREF(fo.back);
  fo.back = null;
  freeObject(o);
  XDECREF(code);
};

export class PyTraceback extends PyObject {
  constructor(
    public next: PyTraceback | null,
    public frame: PyFrameObj,
    public lasti: number,
    public lineno: number,
    /** The instruction index, to find the caret positions. */
    public instr: number,
  ) {
    super(T.TracebackType);
  }
}

/** PyTraceBack_Here: a new traceback entry for `f` in front of `next` (whose reference it takes). */
export function newTraceback(next: PyTraceback | null, f: Frame): PyTraceback {
  const fo = getFrameObject(f);
  INCREF(fo);
  const ins = f.instrs[f.lasti];
  const tb = new PyTraceback(next, fo, ins === undefined ? -1 : ins.offset, ins?.span?.lineno ?? -1, f.lasti);
  allocObject(tb, 16 + 48, true);
  return tb;
}

T.TracebackType.tp_dealloc = (o) => {
  const tb = o as PyTraceback;
  XDECREF(tb.next);
  DECREF(tb.frame);
  freeObject(o);
};

/**
 * _PyFrame_Clear: called when a frame is popped. If its frame object is still referenced elsewhere, the
 * object takes ownership of the locals; otherwise the locals are released in slot order, then the function.
 */
export function clearFrame(f: Frame): void {
  const fo = f.frameObj;
  if (fo !== null) {
    f.frameObj = null;
    if (fo.ob_refcnt > 1) {
      // take_ownership: link f_back to the caller's frame object.
      f.ownedByFrameObject = true;
      fo.frame = f;
      f.frameObj = fo;
      let prev = f.previous;
      if (prev !== null) {
        const back = getFrameObject(prev);
        INCREF(back);
        fo.back = back;
      }
      f.previous = null;
      if (slotHook !== null) slotHook.touched(fo, 0);
      DECREF(fo);
      return;
    }
    DECREF(fo);
  }
  const lp = f.localsplus;
  for (let i = 0; i < lp.length; i++) {
    const v = lp[i];
    if (v !== null) {
      lp[i] = null;
      refCause(0 /* RefCause.LOCAL */, f, i);
      DECREF(v);
    }
  }
  if (f.locals !== null && f.func !== null) {
    // class bodies and module-level code executed as functions: f_locals
    const l = f.locals;
    f.locals = null;
    DECREF(l);
  }
  if (f.func !== null) {
    const fn = f.func;
    f.func = null;
    DECREF(fn);
  }
}

export type { CodeObject };
