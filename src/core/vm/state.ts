// Models the per-thread interpreter state the evaluation loop shares with builtins (PyThreadState 3.11):
// the current frame, the handled-exception stack top (exc_info->exc_value), the recursion depth, the
// instruction counter and budget, and the output streams.

import type { PyObject } from '../objects/object';
import type { Frame } from './frame';
import type { PyDict } from '../objects/dict';

export const ts = {
  frame: null as Frame | null,
  /** exc_info->exc_value: the exception being handled (a strong reference), or null. */
  excValue: null as PyObject | null,
  depth: 0,
  recursionLimit: 1000,
  steps: 0,
  budget: 10_000_000,
  stdout: [] as string[],
  stderr: [] as string[],
  builtins: null as PyDict | null,
  mainGlobals: null as PyDict | null,
  /** tstate->dict (PyThreadState_GetDict): made at the first Py_ReprEnter of the run (objects/reprenter.ts). */
  dict: null as PyDict | null,
};

export function resetThreadState(budget: number, limit: number): void {
  ts.frame = null;
  ts.excValue = null;
  ts.depth = 0;
  ts.recursionLimit = limit;
  ts.steps = 0;
  ts.budget = budget;
  ts.stdout = [];
  ts.stderr = [];
  ts.builtins = null;
  ts.mainGlobals = null;
  ts.dict = null;
}

export function currentLine(): number {
  return ts.frame === null ? 0 : ts.frame.currentLine();
}
