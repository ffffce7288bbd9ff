// Models generator objects of CPython 3.11 (Objects/genobject.c): RETURN_GENERATOR hands the frame to a new
// generator, gen_send_ex2 resumes it as an entry frame (pushing the sent value), YIELD_VALUE suspends it,
// returning or raising clears it, and gen_dealloc → _PyGen_Finalize → gen_close throws GeneratorExit into a
// started-or-created generator so its `finally` blocks run and its locals are released in frame order.
// TODO: 3.11 gives each generator its own exc_info (gi_exc_state); here generators share the thread's, which
// only differs when a generator yields inside an `except` block.

import { PyObject, PyType, INCREF, DECREF, XDECREF, allocObject, freeObject } from '../objects/object';
import * as M from '../objects/models';
import * as E from '../objects/exceptions';
import * as I from '../objects/iter';
import { extraRepr } from '../objects/repr';
import { finalizerHooks } from '../objects/instance';
import * as T from '../objects/types';
import { Frame, clearFrame, newTraceback } from './frame';
import { enterFrame, evalFrame } from './eval';
import { ts } from './state';
import type { PyFunction } from '../objects/callables';

export const GenState = {
  /** FRAME_CREATED: RETURN_GENERATOR ran, the body has not started. */
  CREATED: 0,
  /** FRAME_SUSPENDED: stopped at a YIELD_VALUE. */
  SUSPENDED: 1,
  /** FRAME_EXECUTING. */
  RUNNING: 2,
  /** FRAME_COMPLETED / FRAME_CLEARED: returned or raised; the frame is released. */
  CLEARED: 3,
} as const;
export type GenState = (typeof GenState)[keyof typeof GenState];

export class PyGen extends PyObject {
  state: GenState = GenState.CREATED;
  finalized = false;
  constructor(public frame: Frame, public name: string, public qualname: string) {
    super(T.GeneratorType);
  }
}

/** RETURN_GENERATOR: the frame (and its references) now belongs to the generator. */
export function makeGenerator(f: Frame): PyGen {
  const fn = f.func as PyFunction;
  const g = new PyGen(f, fn.name.v, fn.qualname.v);
  allocObject(g, 16 + 104 + 8 * (f.localsplus.length + f.stack.length), true);
  return g;
}

/** gen_send_ex2: resumes the generator; returns [value, done]. `exc` is thrown in at the suspension point. */
export function genSend(g: PyGen, arg: PyObject, exc: E.PyExc | null): [PyObject | null, boolean] {
  if (g.state === GenState.RUNNING) E.raise(E.ValueError, 'generator already executing');
  if (g.state === GenState.CREATED && arg !== M.None && exc === null) {
    E.raise(E.TypeError, "can't send non-None value to a just-started generator");
  }
  if (g.state === GenState.CLEARED) {
    if (exc !== null) throw new E.PyErr(exc);
    return [null, true];
  }
  const f = g.frame;
  INCREF(arg);
  f.stack[f.sp++] = arg;
  g.state = GenState.RUNNING;
  enterFrame(f, ts.frame);
  let r: PyObject;
  try {
    r = evalFrame(f, exc);
  } catch (e) {
    g.state = GenState.CLEARED;
    if (e instanceof E.PyErr && e.exc.ob_type.isSubtypeOf(E.StopIteration)) {
      // "generator raised StopIteration" (PEP 479), chained from the StopIteration.
      const re = E.newExc(E.RuntimeError, M.newTuple([M.newStr('generator raised StopIteration')]));
      re.cause = e.exc;
      re.context = e.exc;
      INCREF(e.exc);
      re.suppressContext = true;
      const err = new E.PyErr(re);
      err.propagating = true;
      throw err;
    }
    throw e;
  }
  if (f.yielded) {
    f.yielded = false;
    g.state = GenState.SUSPENDED;
    return [r, false];
  }
  g.state = GenState.CLEARED;
  return [r, true];
}

/**
 * get_exception_handler at the point where a thrown exception meets the frame (the instruction before f.pc: the
 * YIELD_VALUE of a suspended generator).
 */
function hasHandler(f: Frame): boolean {
  const idx = f.pc - 1;
  for (const e of f.co.exceptionTable) if (idx >= e.start && idx < e.end) return true;
  return false;
}

/** _PyGen_yf: suspended inside `yield from` / `await` (the RESUME after the yield has oparg 2 or 3). */
function delegating(g: PyGen): boolean {
  const next = g.frame.instrs[g.frame.pc];
  return g.state === GenState.SUSPENDED && next !== undefined && next.op === 'RESUME' && next.arg >= 2;
}

/**
 * gen_close where no handler covers the suspension point. PyErr_SetNone(GeneratorExit) sets only the exception
 * type: nothing normalizes it (exception_unwind does so only on finding a handler), so CPython makes no
 * exception object. gen_send_ex2 pushes the sent None; the eval loop's error path runs PyTraceBack_Here (the
 * frame object and one traceback); exception_unwind pops the value stack; gen_send_ex2 sets frame->previous to
 * NULL before _PyFrame_Clear, so the frame object, still held by the traceback, takes the locals without an
 * f_back (no frame object is made for the caller); gen_close's PyErr_Clear then frees the traceback, and with
 * it the frame object and the locals (frame_dealloc). Costs two GC allocations, as CPython's.
 */
function closeUnhandled(g: PyGen): void {
  const f = g.frame;
  INCREF(M.None);
  f.stack[f.sp++] = M.None;
  g.state = GenState.RUNNING;
  const tb = newTraceback(null, f);
  while (f.sp > 0) {
    const v = f.stack[--f.sp];
    f.stack[f.sp] = null;
    XDECREF(v ?? null);
  }
  f.previous = null;
  g.state = GenState.CLEARED;
  clearFrame(f);
  DECREF(tb);
}

/** gen_close: throws GeneratorExit in; a generator that yields again is an error. */
export function genClose(g: PyGen): void {
  if (g.state === GenState.CLEARED) return;
  if (g.state !== GenState.RUNNING && !delegating(g) && !hasHandler(g.frame)) {
    closeUnhandled(g);
    return;
  }
  const ge = E.newExc(E.GeneratorExit, M.newTuple([]));
  let r: [PyObject | null, boolean];
  try {
    r = genSend(g, M.None, ge);
  } catch (e) {
    if (e instanceof E.PyErr && (e.exc.ob_type.isSubtypeOf(E.GeneratorExit) || e.exc.ob_type.isSubtypeOf(E.StopIteration))) {
      DECREF(e.exc);
      return;
    }
    throw e;
  }
  if (r[0] !== null) DECREF(r[0]);
  if (!r[1]) E.raise(E.RuntimeError, 'generator ignored GeneratorExit');
}

/** Hooks installed at start-up: iteration, dealloc with finalization, repr. */
export function installGenerators(writeUnraisable: (where: PyObject, e: E.PyErr) => void): void {
  const prevNext = I.iterHooks.next;
  I.iterHooks.next = (it) => {
    if (it instanceof PyGen) {
      const [v, done] = genSend(it, M.None, null);
      if (done) {
        if (v !== null) DECREF(v);
        return null;
      }
      return v;
    }
    return prevNext(it);
  };
  T.GeneratorType.tp_dealloc = (o) => {
    const g = o as PyGen;
    if (g.state !== GenState.CLEARED && !g.finalized) {
      g.finalized = true;
      g.ob_refcnt = 1;
      finalizerHooks.finalizing?.(g);
      const saved = ts.excValue;
      try {
        genClose(g);
      } catch (e) {
        if (e instanceof E.PyErr) writeUnraisable(g, e);
        else throw e;
      } finally {
        ts.excValue = saved;
      }
      if (--g.ob_refcnt !== 0) return;
    }
    freeObject(o);
  };
  const prevRepr = extraRepr.fn;
  extraRepr.fn = (o) => {
    if (o instanceof PyGen) return `<generator object ${o.qualname} at 0x${o.addr.toString(16).padStart(12, '0')}>`;
    return prevRepr(o);
  };
}

declare module './frame' {
  interface Frame {
    /** Set by YIELD_VALUE so gen_send_ex2 can tell a yield from a return. */
    yielded: boolean;
  }
}
Frame.prototype.yielded = false;

/** The generator methods: send, throw, close (genobject.c gen_methods). */
export function installGenMethods(def: (t: typeof T.GeneratorType, name: string, impl: (self: PyObject, args: PyObject[]) => PyObject) => void): void {
  const G = T.GeneratorType;
  const result = (r: [PyObject | null, boolean]): PyObject => {
    if (r[1]) {
      const v = r[0];
      const st = E.newStopIteration(v === null || v === M.None ? null : v);
      if (v !== null) DECREF(v);
      throw new E.PyErr(st);
    }
    return r[0]!;
  };
  def(G, 'send', (s, a) => result(genSend(s as PyGen, a[0] ?? M.None, null)));
  def(G, '__next__', (s) => result(genSend(s as PyGen, M.None, null)));
  def(G, 'close', (s) => {
    genClose(s as PyGen);
    INCREF(M.None);
    return M.None;
  });
  def(G, 'throw', (s, a) => {
    let v = a[0]!;
    let exc: E.PyExc;
    if (v instanceof E.PyExc) {
      INCREF(v);
      exc = v;
    } else if (v instanceof PyType && E.isExceptionType(v)) {
      exc = E.newExc(v, M.newTuple([]));
    } else {
      return E.raise(E.TypeError, 'exceptions must be classes or instances deriving from BaseException, not ' + v.ob_type.tp_name);
    }
    return result(genSend(s as PyGen, M.None, exc));
  });
  def(G, '__iter__', (s) => (INCREF(s), s));
}
