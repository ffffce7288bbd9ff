// Models _PyObject_DebugMallocStats / printone from Objects/obmalloc.c (3.11 layout): the text
// sys._debugmallocstats() prints for the small-object allocator.
import type { Heap } from './index';

export function debugMallocStats(heap: Heap): string {
  throw new Error(`Heapscope does not support sys._debugmallocstats yet (profile ${heap.geometry.profile})`);
}
