// Models running a script as CPython 3.11 does (Modules/main.c pymain_run_file → PyRun_SimpleFileExFlags,
// Python/pythonrun.c run_mod / PyErr_Print, Python/pylifecycle.c Py_FinalizeEx → finalize_modules):
// a fresh interpreter state, the __main__ module dict, the module's code, the uncaught-exception report,
// and interpreter shutdown, which releases sys.last_value (the traceback's frames) and then clears
// __main__'s names in _PyModule_ClearDict's two passes — so `__del__` output at exit comes in CPython's order.

import { PyObject, INCREF, DECREF, XDECREF, setProfile, resetRefcountState } from '../objects/object';
import * as M from '../objects/models';
import { PyDict, newDict, dictSet, resetDicts, seedDictFreeList } from '../objects/dict';
import * as C from '../objects/callables';
import * as E from '../objects/exceptions';
import * as A from '../objects/abstract';
import { heap } from '../objects/heap';
import { finalizerHooks } from '../objects/instance';
import type { CodeObject } from '../bytecode/code';
import type { Profile } from '../profiles/profile';
import { ConstCache, makeCode, arenaConstants } from './consts';
import { Frame } from './frame';
import { enterFrame, evalFrame } from './eval';
import { callObject } from './call';
import { ts, resetThreadState, currentLine } from './state';
import { makeBuiltins, installConstructors } from './builtins';
import { installMethods, def } from './methods';
import { installGenerators, installGenMethods } from './gen';
import { makeSysModule } from '../modules/sys';
import { makeGcModule } from '../modules/gc';
import { makeFunctoolsModule } from '../modules/functools';
import { registerModule, resetModules } from '../modules/registry';
import { makeWeakrefModule } from '../modules/weakref';
import { collectNoFail } from '../gc/collect';
import { runAtexitFinalizers } from '../gc/finalize';
import { flushStdFiles } from '../io/fileobject';
import { formatException, formatFrame } from './traceback';
import { StepBudgetExceeded } from './budget';
import { PyError } from '../semantics/errors';
import { semanticsErrorType } from './numparse';
import * as T from '../objects/types';

export interface VmRunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  steps: number;
  stop: 'finished' | 'exception' | 'unsupported' | 'step-budget';
}

let installed = false;
let currentSrcLines: string[] = [];

/** The `Exception ignored in: …` report of PyErr_WriteUnraisable (a __del__ that raised). */
function writeUnraisable(where: PyObject, err: E.PyErr, srcLines: string[]): void {
  let s = `Exception ignored in: ${A.reprJs(where)}\n`;
  s += formatException(err.exc, srcLines);
  ts.stderr.push(s);
  DECREF(err.exc);
}

export function runModule(co: CodeObject, source: string, profile: Profile, filename: string, budget: number): VmRunResult {
  setProfile(profile);
  resetRefcountState();
  M.resetModels(profile.staticRefcnt);
  resetDicts();
  heap.reset(profile.gcThreshold, profile.gcCountAtStart, profile.name);
  resetThreadState(budget, profile.recursionLimit);
  resetModules();
  if (!installed) {
    installConstructors();
    installMethods();
    installGenMethods(def);
    installGenerators((where, err) => writeUnraisable(where, err, currentSrcLines));
    installed = true;
  }
  heap.lineOf = currentLine;
  A.vmHooks.call = callObject;
  const srcLines = source.split(/\r\n|\r|\n/);
  currentSrcLines = srcLines;
  finalizerHooks.callDel = (self, del) => {
    // PyObject_CallFinalizer: errors are reported as unraisable, never propagated; the current exception is saved.
    const saved = ts.excValue;
    try {
      const r = callObject(del, [self], null);
      DECREF(r);
    } catch (e) {
      if (e instanceof E.PyErr) writeUnraisable(del, e, srcLines);
      else throw e;
    } finally {
      ts.excValue = saved;
    }
  };

  let stop: VmRunResult['stop'] = 'finished';
  let exitCode = 0;
  const builtins = makeBuiltins();
  ts.builtins = builtins;
  const sys = makeSysModule(profile, [filename]);
  const gc = makeGcModule();
  registerModule('sys', sys);
  registerModule('gc', gc);
  registerModule('functools', makeFunctoolsModule());
  registerModule('weakref', makeWeakrefModule());
  const bmod = new C.PyModule('builtins', builtins);
  INCREF(builtins);
  A.allocModule(bmod);
  registerModule('builtins', bmod);

  const g = newDict();
  ts.mainGlobals = g;
  const put = (k: string, v: PyObject): void => {
    const ks = M.internStr(k);
    dictSet(g, ks, v);
    DECREF(ks);
    DECREF(v);
  };
  put('__name__', M.internStr('__main__'));
  put('__doc__', (INCREF(M.None), M.None));
  put('__package__', (INCREF(M.None), M.None));
  put('__loader__', (INCREF(M.None), M.None));
  put('__spec__', (INCREF(M.None), M.None));
  put('__annotations__', newDict());
  put('__builtins__', (INCREF(bmod), bmod));
  put('__file__', M.newStr(filename));
  put('__cached__', (INCREF(M.None), M.None));

  // The interpreter's own start-up objects are counted in the recorded gc.get_count(); ours are not.
  [heap.count0, heap.count1, heap.count2] = profile.gcCountAtStart;
  M.seedFreeLists(profile.freeListsAtStart.list, profile.freeListsAtStart.tuple);
  seedDictFreeList(profile.freeListsAtStart.dict);
  let lastValue: E.PyExc | null = null;
  let arena: PyObject[] = [];
  let code: M.PyCode | null = null;
  try {
    const cache = new ConstCache();
    code = makeCode(co, cache);
    cache.clear();
    arena = arenaConstants(code);
    for (const o of arena) INCREF(o);
    const f = new Frame(code, null, g, builtins, null);
    INCREF(code);
    enterFrame(f, null);
    const r = evalFrame(f);
    DECREF(r);
  } catch (e) {
    if (e instanceof E.PyErr && e.exc.ob_type.isSubtypeOf(E.SystemExit)) {
      // handle_system_exit: the code is the exit status, None is 0, anything else is printed (status 1).
      const a = e.exc.args.items;
      const code = a.length === 0 ? M.None : a.length === 1 ? a[0]! : e.exc.args;
      if (code === M.None) exitCode = 0;
      else if (code instanceof M.PyInt) exitCode = Number(BigInt.asIntN(32, BigInt(code.v))) & 0xff;
      else {
        ts.stderr.push(`${A.strJs(code)}\n`);
        exitCode = 1;
      }
      stop = exitCode === 0 ? 'finished' : 'exception';
      DECREF(e.exc);
    } else if (e instanceof E.PyErr) {
      stop = 'exception';
      exitCode = 1;
      ts.stderr.push(formatException(e.exc, srcLines));
      lastValue = e.exc;
    } else if (e instanceof PyError) {
      stop = 'exception';
      exitCode = 1;
      ts.stderr.push(`Traceback (most recent call last):\n${formatFrame(filename, currentLine(), '<module>', srcLines, null)}${semanticsErrorType(e.excType).tp_name}: ${e.msg}\n`);
    } else if (e instanceof StepBudgetExceeded) {
      return finish('step-budget', 3, e.steps);
    } else if (isUnsupported(e)) {
      ts.stderr.push(`${(e as Error).message}\n`);
      return finish('unsupported', 2, ts.steps);
    } else if (e instanceof RangeError) {
      ts.stderr.push(`Heapscope does not support this program yet: the simulator's own stack overflowed (line ${currentLine()})\n`);
      return finish('unsupported', 2, ts.steps);
    } else {
      // A JS error is a simulator bug: report it as a refusal rather than crash the host.
      ts.stderr.push(`Heapscope does not support this program yet: internal error (${e instanceof Error ? e.message : String(e)}) (line ${currentLine()})\n`);
      return finish('unsupported', 2, ts.steps);
    }
  }
  // ---- _PyArena_Free after run_mod, then Py_FinalizeEx ----
  try {
    for (const o of arena) DECREF(o);
    arena = [];
    ts.frame = null;
    runAtexitFinalizers(currentLine); // Py_FinalizeEx's atexit functions: weakref.finalize._exitfunc
    flushStdFiles((file, err) => writeUnraisable(file, err, srcLines)); // flush_std_files: stdout's pending buffer
    if (lastValue !== null) DECREF(lastValue); // finalize_modules_delete_special: sys.last_value
    XDECREF(ts.excValue);
    ts.excValue = null;
    collectNoFail(); // finalize_modules: the shutdown collection, before __main__'s globals are cleared
    clearModuleDict(g);
    collectNoFail(); // the last collection of interpreter shutdown, after the globals were cleared
  } catch (e) {
    if (e instanceof StepBudgetExceeded) return finish('step-budget', 3, e.steps);
    if (isUnsupported(e)) {
      ts.stderr.push(`${(e as Error).message}\n`);
      return finish('unsupported', 2, ts.steps);
    }
    if (!(e instanceof E.PyErr)) {
      ts.stderr.push(`Heapscope does not support this program yet: internal error at shutdown (${e instanceof Error ? e.message : String(e)})\n`);
      return finish('unsupported', 2, ts.steps);
    }
  }
  void code;
  return finish(stop, exitCode, ts.steps);

  function finish(s: VmRunResult['stop'], code: number, steps: number): VmRunResult {
    return { stdout: ts.stdout.join(''), stderr: ts.stderr.join(''), exitCode: code, steps, stop: s };
  }
}

function isUnsupported(e: unknown): boolean {
  return e instanceof Error && e.name === 'Unsupported';
}

/**
 * Clearing __main__'s globals at shutdown. Measured on 3.11.7: the values go in dict order (a name with one
 * leading underscore is not cleared first, so this is not _PyModule_ClearDict's two-pass order).
 * TODO: CPython reaches this through module_dealloc / the shutdown collection; programs whose globals sit in
 * reference cycles with __del__ may finalize in a different order.
 */
function clearModuleDict(d: PyDict): void {
  const pass = (pred: (k: string) => boolean): void => {
    for (let i = 0; i < d.ekeys.length; i++) {
      const k = d.ekeys[i];
      const v = d.evals[i];
      if (k == null || v === M.None || !(k instanceof M.PyStr)) continue;
      if (!pred(k.v)) continue;
      dictSet(d, k, M.None);
    }
  };
  pass((k) => k !== '__builtins__');
  void T;
}
