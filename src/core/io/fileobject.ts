// Models writing to a Python file object from C, as CPython 3.11 does it: PyFile_WriteObject and PyFile_WriteString
// (Objects/fileobject.c), used by print(); PySys_WriteStderr (Python/sysmodule.c sys_write → sys_pyfile_write →
// sys_pyfile_write_unicode); and _PySys_GetAttr, the borrowed lookup of sys.stdout / sys.stderr at call time.
//
// The two paths differ in what they allocate: PyFile_WriteObject looks `write` up with PyObject_GetAttr, which
// makes a bound method (a GC object: gen-0's count rises by one, and may fire an automatic collection) before the
// value is converted with str() and freed after the call; sys_pyfile_write_unicode calls
// _PyObject_CallMethodOneArg, which finds the method descriptor and calls it unbound, making no bound method.

import { PyObject, DECREF } from '../objects/object';
import * as M from '../objects/models';
import * as C from '../objects/callables';
import * as E from '../objects/exceptions';
import * as A from '../objects/abstract';
import { dictGetStr } from '../objects/dict';
import { getModule } from '../modules/registry';
import { ts } from '../vm/state';

/** _PySys_GetAttr(tstate, name): sys.<name> as a borrowed reference, or null when it is missing. */
export function sysAttr(name: string): PyObject | null {
  const sys = getModule('sys');
  if (!(sys instanceof C.PyModule)) return null;
  return dictGetStr(sys.dict, name);
}

/** PyObject_VectorcallMethod(name, [o, ...args]): an unbound call when the type defines a method. New reference. */
export function callMethod(o: PyObject, name: string, args: PyObject[]): PyObject {
  const [meth, unbound] = A.getMethod(o, name);
  try {
    return A.vmHooks.call(meth, unbound ? [o, ...args] : args, null);
  } finally {
    DECREF(meth);
  }
}

/**
 * PyFile_WriteObject(v, f, flags): writer = getattr(f, 'write') first, then str(v) (Py_PRINT_RAW) or repr(v),
 * the call, then the value, the writer and the result are released in that order.
 */
export function fileWriteObject(v: PyObject, f: PyObject, raw: boolean): void {
  const writer = A.getAttr(f, 'write');
  let value: PyObject;
  try {
    value = raw ? A.str(v) : A.repr(v);
  } catch (e) {
    DECREF(writer);
    throw e;
  }
  let result: PyObject;
  try {
    result = A.vmHooks.call(writer, [value], null);
  } finally {
    DECREF(value);
    DECREF(writer);
  }
  DECREF(result);
}

/** PyFile_WriteString: PyUnicode_FromString(s) (a one-character ASCII string is the static one) written raw. */
export function fileWriteString(s: string, f: PyObject): void {
  const v = M.newStr(s);
  try {
    fileWriteObject(v, f, true);
  } finally {
    DECREF(v);
  }
}

/** sys_write's buffer: char buffer[1001], so at most 1000 bytes are formatted, then "... truncated" is written. */
const SYS_WRITE_MAX = 1000;

/** The longest prefix of `s` whose UTF-8 form fits in `max` bytes (PyOS_vsnprintf cuts bytes; no text here is cut mid-character). */
function utf8Prefix(s: string, max: number): string | null {
  let n = 0;
  let i = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const w = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (n + w > max) return s.slice(0, i);
    n += w;
    i += ch.length;
  }
  return null;
}

/** sys_pyfile_write: PyUnicode_FromString(text), then file.write(text) as an unbound method call. False on failure. */
function sysPyfileWrite(text: string, file: PyObject | null): boolean {
  if (file === null) return false;
  const u = M.newStr(text);
  try {
    DECREF(callMethod(file, 'write', [u]));
    return true;
  } catch (e) {
    if (!(e instanceof E.PyErr)) throw e;
    // The error is cleared (_PyErr_Clear) and the text goes to the C stderr instead.
    DECREF(e.exc);
    return false;
  } finally {
    DECREF(u);
  }
}

/**
 * PySys_WriteStderr(text): writes `text` (already formatted) to sys.stderr looked up now; when that fails or
 * sys.stderr is missing, to the process's stderr directly (fputs). The exception state is saved and restored
 * around it (here: nothing in flight can be disturbed, as errors of the write are caught).
 */
export function pySysWriteStderr(text: string): void {
  const file = sysAttr('stderr');
  const cut = utf8Prefix(text, SYS_WRITE_MAX);
  const body = cut ?? text;
  if (!sysPyfileWrite(body, file)) ts.stderr.push(body);
  if (cut !== null) {
    const truncated = '... truncated';
    if (!sysPyfileWrite(truncated, file)) ts.stderr.push(truncated);
  }
}

/**
 * flush_std_files (Python/pylifecycle.c 3.11), run by Py_FinalizeEx after the atexit functions and before the
 * shutdown collection: sys.stdout.flush(), then sys.stderr.flush(), each unless missing, None or closed
 * (file_is_closed: a failing `closed` lookup counts as open). A failing flush is reported through `unraisable`
 * (PyErr_WriteUnraisable(file)) and the other stream is still flushed. The runner calls it after the atexit functions.
 */
export function flushStdFiles(unraisable: (file: PyObject, err: E.PyErr) => void): void {
  for (const name of ['stdout', 'stderr']) {
    const f = sysAttr(name);
    if (f === null || f === M.None || fileIsClosed(f)) continue;
    try {
      DECREF(callMethod(f, 'flush', []));
    } catch (e) {
      if (!(e instanceof E.PyErr)) throw e;
      unraisable(f, e);
    }
  }
}

function fileIsClosed(f: PyObject): boolean {
  let c: PyObject;
  try {
    c = A.getAttr(f, 'closed');
  } catch (e) {
    if (!(e instanceof E.PyErr)) throw e;
    DECREF(e.exc);
    return false;
  }
  try {
    return A.isTrue(c);
  } finally {
    DECREF(c);
  }
}
