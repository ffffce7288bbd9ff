// Models PyBaseExceptionObject and the builtin exception hierarchy of CPython 3.11 (Objects/exceptions.c),
// and the JS-side throw that carries a raised exception through the simulator (the error indicator of
// PyErr_SetObject / PyErr_Occurred, made a JS exception so that builtins can raise from any depth).

import { PyObject, PyType, DECREF, XDECREF, INCREF, allocObject, freeObject, trashcanBegin, trashcanEnd } from './object';
import { PyTuple, newTuple, newStr, None } from './models';
import { PyDict } from './dict';
import * as T from './types';

export class PyExc extends PyObject {
  dict: PyDict | null = null;
  traceback: PyObject | null = null;
  context: PyObject | null = null;
  cause: PyObject | null = null;
  suppressContext = false;
  /** StopIteration.value, and other subclass payloads. */
  value: PyObject | null = null;
  slots: (PyObject | null)[] | null = null;
  finalized = false;
  /** NameError.name / AttributeError.name, for the "Did you mean" suggestion. */
  name: string | null = null;
  /** AttributeError.obj (a strong reference). */
  obj: PyObject | null = null;
  constructor(t: PyType, public args: PyTuple) {
    super(t);
  }
}

/** A raised Python exception travelling through JS frames. */
export class PyErr {
  /** Set once the exception has been seen by the evaluation loop (its __context__ is then fixed). */
  propagating = false;
  constructor(public exc: PyExc) {}
}

const excTypes = new Map<string, PyType>();
/**
 * tp_basicsize of the exceptions whose C struct adds fields to PyBaseExceptionObject's 72 bytes (measured on
 * 3.11): SystemExit's code, StopIteration's value, NameError's name, AttributeError's obj and name, ImportError's
 * msg, name and path, OSError's errno, strerror, filename, filename2 and written. Subclasses inherit their base's.
 */
const EXTRA_FIELDS: Readonly<Record<string, number>> = {
  SystemExit: 80, StopIteration: 80, NameError: 80, AttributeError: 88, ImportError: 96, OSError: 112,
};

function excType(name: string, base: PyType | null): PyType {
  const t = new PyType(name);
  t.ob_type = T.TypeType;
  t.isGC = true;
  t.basicsize = EXTRA_FIELDS[name] ?? base?.basicsize ?? 72;
  t.qualname = name;
  if (base !== null) {
    t.tp_bases = [base];
    t.tp_mro = [t, ...base.tp_mro];
  } else {
    t.tp_bases = [T.ObjectType];
    t.tp_mro = [t, T.ObjectType];
  }
  t.tp_dealloc = baseExceptionDealloc;
  excTypes.set(name, t);
  return t;
}

export const BaseException = excType('BaseException', null);
export const SystemExit = excType('SystemExit', BaseException);
export const KeyboardInterrupt = excType('KeyboardInterrupt', BaseException);
export const GeneratorExit = excType('GeneratorExit', BaseException);
export const Exception = excType('Exception', BaseException);
export const StopIteration = excType('StopIteration', Exception);
export const ArithmeticError = excType('ArithmeticError', Exception);
export const ZeroDivisionError = excType('ZeroDivisionError', ArithmeticError);
export const OverflowError = excType('OverflowError', ArithmeticError);
export const AssertionError = excType('AssertionError', Exception);
export const AttributeError = excType('AttributeError', Exception);
export const LookupError = excType('LookupError', Exception);
export const IndexError = excType('IndexError', LookupError);
export const KeyError = excType('KeyError', LookupError);
export const NameError = excType('NameError', Exception);
export const UnboundLocalError = excType('UnboundLocalError', NameError);
export const TypeError = excType('TypeError', Exception);
export const ValueError = excType('ValueError', Exception);
export const RuntimeError = excType('RuntimeError', Exception);
export const RecursionError = excType('RecursionError', RuntimeError);
export const NotImplementedError = excType('NotImplementedError', RuntimeError);
export const ImportError = excType('ImportError', Exception);
export const ModuleNotFoundError = excType('ModuleNotFoundError', ImportError);
export const MemoryError = excType('MemoryError', Exception);
export const ReferenceError = excType('ReferenceError', Exception);
export const OSError = excType('OSError', Exception);
export const EOFError = excType('EOFError', Exception);
export const UnicodeError = excType('UnicodeError', ValueError);
export const Warning = excType('Warning', Exception);
export const UserWarning = excType('UserWarning', Warning);
export const DeprecationWarning = excType('DeprecationWarning', Warning);

export function allExceptionTypes(): ReadonlyMap<string, PyType> {
  return excTypes;
}

export function isExceptionType(t: PyType): boolean {
  return t.isSubtypeOf(BaseException);
}

/** BaseException_new: a new exception instance owning `args` (stolen). */
export function newExc(t: PyType, args: PyTuple): PyExc {
  const e = new PyExc(t, args);
  if (t.isHeap) {
    INCREF(t);
    // A subclass's __slots__ members live in the instance (type_new_descriptors), empty until stored.
    let nslots = 0;
    for (const b of t.tp_mro) nslots += b.slotNames.length;
    if (nslots > 0) e.slots = new Array<PyObject | null>(nslots).fill(null);
  }
  // BaseException_new through tp_alloc: the instance is the type's basicsize behind the GC header.
  allocObject(e, 16 + t.basicsize, true);
  return e;
}

export function baseExceptionDealloc(o: PyObject): void {
  const e = o as PyExc;
  if (!trashcanBegin(o)) return;
  XDECREF(e.dict);
  e.dict = null;
  DECREF(e.args);
  XDECREF(e.traceback);
  e.traceback = null;
  XDECREF(e.cause);
  e.cause = null;
  XDECREF(e.context);
  e.context = null;
  XDECREF(e.value);
  e.value = null;
  XDECREF(e.obj);
  e.obj = null;
  freeObject(o);
  trashcanEnd();
}

/** PyErr_SetString: builds the exception with one str argument and throws it. */
export function raise(t: PyType, msg: string): never {
  throw new PyErr(newExc(t, newTuple([newStr(msg)])));
}

export function raiseWith(t: PyType, args: PyObject[]): never {
  throw new PyErr(newExc(t, newTuple(args)));
}

/** StopIteration with no value (what tp_iternext's NULL return becomes when it reaches Python code). */
export function newStopIteration(value: PyObject | null): PyExc {
  if (value !== null) {
    INCREF(value);
    INCREF(value);
  }
  const e = newExc(StopIteration, value === null ? newTuple([]) : newTuple([value]));
  e.value = value;
  return e;
}

export function excValueOrNone(e: PyExc): PyObject {
  return e.value ?? None;
}
