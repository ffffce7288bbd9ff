// Models the version-specific facts of one CPython release (sizes, refcount conventions, GC thresholds,
// free-list sizes, sys.version strings): everything the runtime must not hard-code. 3.11 is built now;
// other versions are one more object of this shape away.

import type { ProfileName } from '../api';
import recorded311 from './recorded311.json';

export interface Profile {
  readonly name: ProfileName;
  readonly version: string;
  readonly versionInfo: readonly [number, number, number, string, number];
  readonly hexversion: number;
  readonly maxsize: bigint;
  readonly recursionLimit: number;
  readonly gcThreshold: readonly [number, number, number];
  /** gc.get_count() when the first line of __main__ runs (recorded; the interpreter's own start-up allocations). */
  readonly gcCountAtStart: readonly [number, number, number];
  /** Initial ob_refcnt of statically allocated objects (3.11: _PyObject_IMMORTAL_INIT = 999999999). */
  readonly staticRefcnt: number;
  readonly freeLists: { readonly float: number; readonly tuple: number; readonly tupleMaxSize: number; readonly list: number; readonly dict: number };
  /** `_PyEvalFramePushAndInit` moves the caller's stack references into the callee (3.11+). */
  readonly argsMovedIntoFrame: boolean;
  /** Free-list occupancy when __main__ starts (recorded): lists, dicts, and tuples by size. */
  readonly freeListsAtStart: { readonly list: number; readonly dict: number; readonly tuple: readonly number[] };
  /** sys.stdlib_module_names: importing anything else is a ModuleNotFoundError, not a refusal. */
  readonly stdlibModules: ReadonlySet<string>;
}

export const PROFILE_311: Profile = {
  name: '3.11',
  version: recorded311.version,
  versionInfo: [recorded311.version_info[0] as number, recorded311.version_info[1] as number, recorded311.version_info[2] as number, recorded311.version_info[3] as string, recorded311.version_info[4] as number],
  hexversion: recorded311.hexversion,
  maxsize: BigInt(recorded311.maxsize),
  recursionLimit: recorded311.recursionlimit,
  gcThreshold: [recorded311.gc_threshold[0]!, recorded311.gc_threshold[1]!, recorded311.gc_threshold[2]!],
  gcCountAtStart: [recorded311.gc_count_at_start[0]!, recorded311.gc_count_at_start[1]!, recorded311.gc_count_at_start[2]!],
  staticRefcnt: 999999999,
  freeLists: { float: 100, tuple: 2000, tupleMaxSize: 20, list: 80, dict: 80 },
  argsMovedIntoFrame: true,
  stdlibModules: new Set(recorded311.stdlib_module_names),
  freeListsAtStart: {
    list: recorded311.free_lists_at_start.list,
    dict: recorded311.free_lists_at_start.dict,
    tuple: [0, recorded311.free_lists_at_start.tuple1, recorded311.free_lists_at_start.tuple2, recorded311.free_lists_at_start.tuple3, recorded311.free_lists_at_start.tuple4],
  },
};

export const PROFILES: Partial<Record<ProfileName, Profile>> = { '3.11': PROFILE_311 };
