// Models _PyObject_DebugTypeStats and _PyDebugAllocatorStats (Objects/object.c, Objects/obmalloc.c 3.11): the
// free-list lines sys._debugmallocstats() prints after the allocator section, dict, float, list, then one line
// per tuple size 1..20 ("N free 3-sized PyTupleObjects * 48 bytes each = …"). The sizes are the objects'
// tp_basicsize (+ items), without the 16-byte PyGC_Head, as CPython prints them.
// Pure: the object model passes its free-list lengths in (src/core/modules/sys.ts).

import { printone } from './debugMallocStats';

export interface FreeListCounts {
  readonly dict: number;
  readonly float: number;
  readonly list: number;
  /** tuple[n] = free n-tuples for n = 1..20 (index 0 unused); missing sizes count 0. */
  readonly tuple: readonly number[];
}

/** 3.11's PyTuple_NFREELISTS: the debug report prints sizes 1..20 even though sizes 20 is never popped. */
const TUPLE_SIZES = 20;

/** One _PyDebugAllocatorStats line: "%d free %ss * %zd bytes each" right-aligned to 48 columns, then printone. */
export function allocatorStatsLine(name: string, numBlocks: number, blockSize: number): string {
  const what = `${numBlocks} free ${name}s * ${blockSize} bytes each`;
  return printone(what.padStart(48, ' ') + ' ', numBlocks * blockSize);
}

export function formatTypeStats(c: FreeListCounts): string {
  let out = allocatorStatsLine('PyDictObject', c.dict, 48);
  out += allocatorStatsLine('PyFloatObject', c.float, 24);
  out += allocatorStatsLine('PyListObject', c.list, 40);
  for (let n = 1; n <= TUPLE_SIZES; n++) out += allocatorStatsLine(`${n}-sized PyTupleObject`, c.tuple[n] ?? 0, 24 + 8 * n);
  return out;
}
