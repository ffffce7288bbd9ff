// Models the Python-visible attributes of code, frame and traceback objects (Objects/codeobject.c
// code_memberlist / code_getvarnames…, Objects/frameobject.c frame_getsetlist, Python/traceback.c
// tb_memberlist / tb_getsetters) for 3.11, including PyFrame_GetLocals' materialised f_locals dict.
// Invariant: a function frame's f_locals dict, once created, is owned by the frame (released by
// _PyFrame_Clear after the fast locals), so the references it holds show in getrefcount as in CPython.

import { PyObject, INCREF, DECREF } from '../objects/object';
import * as M from '../objects/models';
import { PyDict, newDict, dictSet, dictLookup, dictPopIndex } from '../objects/dict';
import { LocalKind } from '../bytecode/code';
import { Frame, PyFrameObj, PyTraceback, getFrameObject } from './frame';

const CO_OPTIMIZED = 0x1;

function namesOfKind(code: M.PyCode, kind: number): PyObject {
  const out: PyObject[] = [];
  code.co.localsplusKinds.forEach((k, i) => {
    if (k & kind) {
      const n = code.localsplusNames[i]!;
      INCREF(n);
      out.push(n);
    }
  });
  return M.newTuple(out);
}

function codeAttr(c: M.PyCode, name: string): PyObject | null {
  const co = c.co;
  switch (name) {
    case 'co_name': return M.internStr(co.name);
    case 'co_qualname': return M.internStr(co.qualname);
    case 'co_filename': return M.newStr(co.filename);
    case 'co_firstlineno': return M.newInt(co.firstlineno);
    case 'co_argcount': return M.newInt(co.argcount);
    case 'co_posonlyargcount': return M.newInt(co.posonlyargcount);
    case 'co_kwonlyargcount': return M.newInt(co.kwonlyargcount);
    case 'co_flags': return M.newInt(co.flags);
    case 'co_stacksize': return M.newInt(co.stacksize);
    case 'co_nlocals': return M.newInt(co.localsplusKinds.filter((k) => k & LocalKind.LOCAL).length);
    case 'co_varnames': return namesOfKind(c, LocalKind.LOCAL);
    case 'co_cellvars': return namesOfKind(c, LocalKind.CELL);
    case 'co_freevars': return namesOfKind(c, LocalKind.FREE);
    case 'co_names': {
      for (const n of c.names) INCREF(n);
      return M.newTuple(c.names.slice());
    }
    case 'co_consts': {
      for (const k of c.consts) INCREF(k);
      return M.newTuple(c.consts.slice());
    }
    default: return null;
  }
}

/** _PyFrame_FastToLocalsWithError: copy the fast locals (cells' contents) into the frame's f_locals dict. */
function frameLocals(f: Frame): PyDict {
  if (f.func === null || !(f.co.flags & CO_OPTIMIZED)) {
    const d = f.locals ?? f.globals;
    INCREF(d);
    return d;
  }
  if (f.locals === null) f.locals = newDict();
  const d = f.locals;
  const kinds = f.co.localsplusKinds;
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i]!;
    let v = f.localsplus[i] ?? null;
    if (v !== null && kind & (LocalKind.CELL | LocalKind.FREE) && v instanceof M.PyCell) v = v.ref;
    const key = f.code.localsplusNames[i]!;
    if (v === null) {
      const at = dictLookup(d, key);
      if (at >= 0) {
        const [k, old] = dictPopIndex(d, at);
        DECREF(k);
        DECREF(old);
      }
    } else dictSet(d, key, v);
  }
  INCREF(d);
  return d;
}

function frameAttr(fo: PyFrameObj, name: string): PyObject | null {
  const f = fo.frame;
  switch (name) {
    case 'f_code': INCREF(f.code); return f.code;
    case 'f_globals': INCREF(f.globals); return f.globals;
    case 'f_builtins': INCREF(f.builtins); return f.builtins;
    case 'f_lineno': return M.newInt(f.currentLine());
    case 'f_lasti': return M.newInt(f.instrs[f.lasti]?.offset ?? -1);
    case 'f_locals': return frameLocals(f);
    case 'f_back': {
      const back = fo.back ?? (f.previous !== null && !f.ownedByFrameObject ? getFrameObject(f.previous) : null);
      const v = back ?? M.None;
      INCREF(v);
      return v;
    }
    default: return null;
  }
}

function tracebackAttr(tb: PyTraceback, name: string): PyObject | null {
  switch (name) {
    case 'tb_frame': INCREF(tb.frame); return tb.frame;
    case 'tb_lineno': return M.newInt(tb.lineno);
    case 'tb_lasti': return M.newInt(tb.lasti);
    case 'tb_next': {
      const v = tb.next ?? M.None;
      INCREF(v);
      return v;
    }
    default: return null;
  }
}

/** The attribute `name` of a code, frame or traceback object (a new reference), or null when it has none. */
export function introspectionAttr(o: PyObject, name: string): PyObject | null {
  if (o instanceof M.PyCode) return codeAttr(o, name);
  if (o instanceof PyFrameObj) return frameAttr(o, name);
  if (o instanceof PyTraceback) return tracebackAttr(o, name);
  return null;
}
