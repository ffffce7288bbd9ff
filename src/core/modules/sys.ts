// Models the parts of the sys module (Python/sysmodule.c 3.11) a student program uses: getrefcount,
// getsizeof (object.__sizeof__ + the GC / managed-dict pre-header, CPYTHON-FACTS.md §3), version,
// version_info, maxsize, argv, recursion limit, intern, stdout/stderr (src/core/io), getallocatedblocks and
// _debugmallocstats (from the obmalloc model of src/core/memory).

import { PyObject, PyType, INCREF, DECREF } from '../objects/object';
import * as M from '../objects/models';
import { PyDict, newDict, dictSet, keysSize } from '../objects/dict';
import * as C from '../objects/callables';
import * as E from '../objects/exceptions';
import * as A from '../objects/abstract';
import { PySet, setSizeof } from '../objects/set';
import { PyInstance } from '../objects/instance';
import * as T from '../objects/types';
import { PyComplex } from '../objects/complex';
import { PyGen } from '../vm/gen';
import { PyByteArray } from '../objects/bytearray';
import { ts } from '../vm/state';
import { exactly, asInt } from '../vm/argparse';
import type { Profile } from '../profiles/profile';
import { heap } from '../objects/heap';
import { Unsupported } from '../python/errors';
import { debugMallocStats } from '../memory/debugMallocStats';
import { formatTypeStats } from '../memory/typeStats';
import { dictFreeCount } from '../objects/dict';
import { moduleNamespace } from './namespace';
import { newStdStream } from '../io/textio';

/** object.__sizeof__ of builtin objects (3.11), without the pre-header. */
export function basicSizeof(o: PyObject): number {
  if (o instanceof M.PyInt) return 24 + 4 * Math.max(1, M.intDigits(o.v));
  if (o instanceof M.PyFloat) return 24;
  if (o instanceof PyComplex) return 32;
  if (o instanceof PyByteArray) return 56 + o.alloc;
  if (o instanceof M.PyStr) return M.strSize(o.v);
  if (o instanceof M.PyBytes) return 33 + o.v.length;
  if (o instanceof M.PyTuple) return 24 + 8 * o.items.length;
  if (o instanceof M.PyList) return (o.ob_type.isHeap ? o.ob_type.basicsize : 40) + 8 * o.allocated;
  if (o instanceof PyDict) {
    // dict_sizeof: the object, plus the keys table unless it is the shared empty one; a split dict counts
    // its values array (shared_keys_usable_size) but not the class's keys.
    const base = o.ob_type.isHeap ? o.ob_type.basicsize : 48;
    if (o.splitKeys !== null) return base + 8 * (o.splitKeys.nentries + o.splitKeys.usable);
    return base + keysSize(o);
  }
  if (o instanceof PySet) return setSizeof(o) - 16;
  // type___sizeof__ (3.11): a heap type is a PyHeapTypeObject (904 bytes) plus its ht_cached_keys, the
  // shared-keys table made for instances with a managed __dict__ (_PyDict_NewKeysForClass: 64 slots, 768
  // bytes, never resized); a static type is a bare PyTypeObject (408 bytes).
  if (o instanceof PyType) return o.isHeap ? 904 + (o.managedDict ? 768 : 0) : 408;
  if (o instanceof PyInstance) {
    const t = o.ob_type;
    if (!t.isHeap) return 16;
    return t.basicsize;
  }
  if (o instanceof E.PyExc) return o.ob_type.basicsize;
  if (o instanceof C.PyFunction) return 136;
  if (o instanceof C.PyMethod) return 48;
  if (o instanceof M.PyCell) return 24;
  if (o instanceof C.PyBuiltin) return o.ob_type === T.BuiltinFunctionType ? 56 : o.ob_type.basicsize;
  if (o instanceof PyGen) {
    // gen_sizeof: the generator with its embedded frame (localsplus and value stack).
    const co = o.frame.co;
    return 152 + 8 * (co.localsplusNames.length + co.stacksize);
  }
  if (o instanceof M.PyRange) return 48;
  if (o instanceof M.PySlice) return 40;
  if (o === M.None || o === M.NotImplemented || o === M.Ellipsis) return 16;
  return o.ob_type.basicsize;
}

export function getsizeof(o: PyObject): number {
  const t = o.ob_type;
  if (t.isHeap && t.lookup('__sizeof__') instanceof C.PyFunction) {
    const r = A.callSpecial(o, t.lookup('__sizeof__')!, []);
    const v = asInt(r);
    DECREF(r);
    if (v < 0) E.raise(E.ValueError, '__sizeof__() should return >= 0');
    return v + (t.isGC ? 16 : 0) + (t.managedDict ? 16 : 0);
  }
  let pre = t.isGC ? 16 : 0;
  if (t.managedDict) pre += 16;
  return basicSizeof(o) + pre;
}

export function makeSysModule(p: Profile, argv: string[]): C.PyModule {
  const { d, put, fn } = moduleNamespace();
  put('__name__', M.newStr('sys'));
  fn('getrefcount', (args) => {
    exactly('getrefcount', args, 1);
    return M.newInt(args[0]!.ob_refcnt);
  });
  fn('getsizeof', (args) => {
    if (args.length < 1 || args.length > 2) E.raise(E.TypeError, `getsizeof() takes at most 2 arguments (${args.length} given)`);
    return M.newInt(getsizeof(args[0]!));
  });
  fn('getallocatedblocks', (args) => {
    exactly('getallocatedblocks', args, 0);
    return M.newInt(heap.memory === null ? 0 : heap.memory.getAllocatedBlocks());
  });
  fn('_debugmallocstats', (args) => {
    exactly('_debugmallocstats', args, 0);
    // sys__debugmallocstats: the allocator section, a blank line, then the free lists, all written by C
    // fprintf(stderr) (so never through sys.stderr's Python object). The counts are the simulated heap's,
    // which starts clean: CPython's absolute numbers also hold its start-up objects.
    if (heap.memory === null) throw new Unsupported('sys._debugmallocstats() without the obmalloc model', heap.lineOf());
    const fl = M.freeListCounts();
    ts.stderr.push(debugMallocStats(heap.memory) + '\n' + formatTypeStats({ dict: dictFreeCount(), float: fl.float, list: fl.list, tuple: fl.tuple }));
    INCREF(M.None);
    return M.None;
  });
  fn('getrecursionlimit', (args) => (exactly('getrecursionlimit', args, 0), M.newInt(ts.recursionLimit)));
  fn('setrecursionlimit', (args) => {
    exactly('setrecursionlimit', args, 1);
    const n = asInt(args[0]!);
    if (n < 1) E.raise(E.ValueError, 'recursion limit must be greater or equal than 1');
    if (ts.depth >= n) {
      E.raise(E.RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${ts.depth}: the limit is too low`);
    }
    ts.recursionLimit = n;
    INCREF(M.None);
    return M.None;
  });
  fn('intern', (args) => {
    exactly('intern', args, 1);
    const s = args[0]!;
    if (s.ob_type !== T.StrType) E.raise(E.TypeError, `intern() argument must be str, not ${s.ob_type.tp_name}`);
    return M.internStr((s as M.PyStr).v);
  });
  // sys_exc_info → _PyErr_GetTopmostException: (type, value, traceback) of the exception being handled.
  fn('exc_info', (args) => {
    exactly('exc_info', args, 0);
    const v = ts.excValue;
    if (v === null || v === M.None) {
      for (let i = 0; i < 3; i++) INCREF(M.None);
      return M.newTuple([M.None, M.None, M.None]);
    }
    const tb = (v as E.PyExc).traceback ?? M.None;
    INCREF(v.ob_type);
    INCREF(v);
    INCREF(tb);
    return M.newTuple([v.ob_type, v, tb]);
  });
  fn('exit', (args) => {
    if (args.length > 1) E.raise(E.TypeError, `exit expected at most 1 argument, got ${args.length}`);
    for (const a of args) INCREF(a);
    throw new E.PyErr(E.newExc(E.SystemExit, M.newTuple(args.slice())));
  });
  put('version', M.newStr(p.version));
  const vi = p.versionInfo;
  put('version_info', M.newTuple([M.newInt(vi[0]), M.newInt(vi[1]), M.newInt(vi[2]), M.newStr(vi[3]), M.newInt(vi[4])]));
  put('hexversion', M.newInt(p.hexversion));
  put('maxsize', M.newInt(p.maxsize));
  put('argv', M.newList(argv.map((a) => M.newStr(a))));
  put('byteorder', M.newStr('little'));
  put('platform', M.newStr('linux'));
  // create_stdio (Python/pylifecycle.c): sys.stdout and sys.__stdout__ are one TextIOWrapper (src/core/io).
  for (const fd of [1, 2] as const) {
    const stream = newStdStream(fd);
    const name = fd === 1 ? 'stdout' : 'stderr';
    INCREF(stream);
    put(`__${name}__`, stream);
    put(name, stream);
  }
  const m = new C.PyModule('sys', d);
  A.allocModule(m);
  return m;
}
