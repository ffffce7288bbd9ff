// Models which names CPython 3.11 defines in builtins and in the modules a program can import here (sys, gc,
// functools, weakref): recorded from the interpreter by record_cpython_names.py into cpython_names311.json.
// A lookup that fails for a name CPython has is a gap in the simulation, not the program's NameError or
// AttributeError: the callers refuse it by name instead ("Heapscope does not support sys.getswitchinterval yet").

import recorded from './cpython_names311.json';

const NAMES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(recorded)
    .filter((e): e is [string, string[]] => Array.isArray(e[1]))
    .map(([module, names]) => [module, new Set(names)]),
);

/** Whether CPython 3.11's module `module` (one of those recorded) defines `name`. */
export function cpythonDefines(module: string, name: string): boolean {
  return NAMES.get(module)?.has(name) ?? false;
}
