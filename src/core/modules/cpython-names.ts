// Models which names CPython 3.11 defines in builtins and in the modules a program can import here (sys, gc,
// functools, weakref), and which attributes its classes have (dir() of each, by tp_name): recorded from the
// interpreter by record_cpython_names.py into cpython_names311.json.
// A lookup that fails for a name CPython has is a gap in the simulation, not the program's NameError or
// AttributeError: the callers refuse it by name instead ("Heapscope does not support sys.getswitchinterval yet").

import recorded from './cpython_names311.json';

const NAMES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(recorded)
    .filter((e): e is [string, string[]] => Array.isArray(e[1]))
    .map(([module, names]) => [module, new Set(names)]),
);
/** Built lazily: 150 classes' attribute sets are not needed until an attribute lookup fails. */
let typeNames: ReadonlyMap<string, ReadonlySet<string>> | null = null;

/**
 * Attributes in dir() whose lookup raises AttributeError in CPython too (type.__abstractmethods__ is a getset
 * that fails unless abc set it): not a gap of the simulation.
 */
const RAISING_IN_CPYTHON: ReadonlySet<string> = new Set(['__abstractmethods__']);

/** Whether CPython 3.11's module `module` (one of those recorded) defines `name`. */
export function cpythonDefines(module: string, name: string): boolean {
  return NAMES.get(module)?.has(name) ?? false;
}

/** Whether CPython 3.11's class of this tp_name (one of those recorded) has `name` in its dir(). */
export function cpythonTypeDefines(tpName: string, name: string): boolean {
  if (RAISING_IN_CPYTHON.has(name)) return false;
  typeNames ??= new Map(Object.entries(recorded.types).map(([t, names]) => [t, new Set(names)]));
  return typeNames.get(tpName)?.has(name) ?? false;
}
