// Models sys.modules for the modules Heapscope simulates (builtin modules sys and gc): import returns the
// one module object created at start-up; every other module is refused by the importer.

import type { PyObject } from '../objects/object';

const modules = new Map<string, PyObject>();

export function registerModule(name: string, m: PyObject): void {
  modules.set(name, m);
}

export function getModule(name: string): PyObject | null {
  return modules.get(name) ?? null;
}

export function resetModules(): void {
  modules.clear();
}
