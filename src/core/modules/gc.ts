// Models the gc module (Modules/gcmodule.c 3.11): collect, get_count, get/set_threshold, enable/disable,
// isenabled, is_tracked, is_finalized, get_objects, get_referrers, get_referents, freeze/unfreeze,
// get_freeze_count, get_stats, callbacks, garbage, get_debug/set_debug. The collector is src/core/gc.
// DEBUG_SAVEALL and DEBUG_STATS (3.11: its stderr report, src/core/gc/stats.ts) are modelled; DEBUG_COLLECTABLE
// and DEBUG_UNCOLLECTABLE are refused (set_debug says why), and so is DEBUG_STATS still set at exit.

import { PyObject, INCREF, DECREF, currentProfile } from '../objects/object';
import * as M from '../objects/models';
import { newDict, dictSet, dictHooks } from '../objects/dict';
import * as C from '../objects/callables';
import * as A from '../objects/abstract';
import * as E from '../objects/exceptions';
import { heap } from '../objects/heap';
import { finalizerHooks } from '../objects/instance';
import { ts } from '../vm/state';
import { PyGen, genClose } from '../vm/gen';
import { exactly, asInt, nargs, kwGet } from '../vm/argparse';
import { Unsupported } from '../python/errors';
import { resetGc, gcState, isTracked, mayBeTracked, participates, DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL, DEBUG_LEAK } from '../gc/state';
import { collectHooks, collectWithCallback, gcListener } from '../gc/collect';
import { traverse } from '../gc/traverse';
import { PyTextIOWrapper } from '../io/textio';
import { phantom } from '../gc/phantom';
import { setUpPhantom } from '../gc/stats';
import { moduleNamespace } from './namespace';

export { isTracked, mayBeTracked };
dictHooks.mayTrack = mayBeTracked;

const line = (): number => ts.frame?.currentLine() ?? 0;

function newInfo(generation: number, collected: number, uncollectable: number): PyObject {
  const d = newDict();
  for (const [k, v] of [['generation', generation], ['collected', collected], ['uncollectable', uncollectable]] as const) {
    const ks = M.internStr(k);
    const vo = M.newInt(v);
    dictSet(d, ks, vo);
    DECREF(ks);
    DECREF(vo);
  }
  return d;
}

/** invoke_gc_callback: each callable of gc.callbacks gets (phase, info); the list may change meanwhile. */
function invokeCallbacks(phase: 'start' | 'stop', generation: number, collected: number, uncollectable: number): void {
  const cbs = gcState.callbacks;
  if (cbs === null || cbs.items.length === 0) return;
  const info = newInfo(generation, collected, uncollectable);
  try {
    for (let i = 0; i < cbs.items.length; i++) {
      const cb = cbs.items[i]!;
      INCREF(cb);
      const ph = M.newStr(phase);
      // PyObject_CallFunction(cb, "sO", phase, info) packs the arguments in a 2-tuple (a GC allocation).
      INCREF(ph);
      INCREF(info);
      const argsTuple = M.newTuple([ph, info]);
      try {
        DECREF(A.call(cb, [ph, info]));
      } catch (e) {
        if (e instanceof E.PyErr) throw new Unsupported('an exception raised by a gc callback', line());
        throw e;
      } finally {
        DECREF(argsTuple);
        DECREF(ph);
        DECREF(cb);
      }
    }
  } finally {
    DECREF(info);
  }
}

function installHooks(): void {
  collectHooks.invokeCallbacks = invokeCallbacks;
  collectHooks.lineOf = line;
  collectHooks.callFinalizer = (o) => {
    if (o instanceof PyGen) {
      const saved = ts.excValue;
      try {
        genClose(o);
      } catch (e) {
        if (e instanceof E.PyErr) throw new Unsupported('an exception raised while closing a generator during a collection', line());
        throw e;
      } finally {
        ts.excValue = saved;
      }
      return;
    }
    const del = o.ob_type.lookup('__del__');
    if (del !== undefined) finalizerHooks.callDel(o, del);
  };
}

function generationArg(name: string, args: PyObject[], kw: C.Kw, dflt: number | null): number | null {
  nargs(name, args, 0, 1);
  const g = args[0] ?? kwGet(kw, 'generation');
  if (g === null || g === undefined) return dflt;
  if (g === M.None) return null;
  return asInt(g);
}

function tracked(list: Iterable<PyObject>, skip: PyObject | null): PyObject[] {
  const out: PyObject[] = [];
  for (const o of list) if (o !== skip && participates(o)) out.push(o);
  return out;
}

/** A METH_VARARGS function receives its arguments packed in a tuple: a GC allocation get_count() sees. */
function varargs<R>(a: PyObject[], body: (argsTuple: PyObject) => R): R {
  for (const x of a) INCREF(x);
  const t = M.newTuple(a.slice());
  try {
    return body(t);
  } finally {
    DECREF(t);
  }
}

function listOf(items: PyObject[]): M.PyList {
  for (const o of items) INCREF(o);
  return M.newList(items);
}

export function makeGcModule(): C.PyModule {
  const st = resetGc(currentProfile().name === '3.11');
  installHooks();
  const { d, put, fn } = moduleNamespace();
  const none = (): PyObject => (INCREF(M.None), M.None);
  put('__name__', M.newStr('gc'));
  const garbage = M.newList([]);
  const callbacks = M.newList([]);
  st.garbage = garbage;
  st.callbacks = callbacks;
  INCREF(garbage);
  INCREF(callbacks);
  put('garbage', garbage);
  put('callbacks', callbacks);
  for (const [k, v] of [['DEBUG_STATS', DEBUG_STATS], ['DEBUG_COLLECTABLE', DEBUG_COLLECTABLE], ['DEBUG_UNCOLLECTABLE', DEBUG_UNCOLLECTABLE], ['DEBUG_SAVEALL', DEBUG_SAVEALL], ['DEBUG_LEAK', DEBUG_LEAK]] as const) put(k, M.newInt(v));

  fn('get_threshold', (a) => (exactly('get_threshold', a, 0), M.newTuple([M.newInt(heap.threshold0), M.newInt(heap.threshold1), M.newInt(heap.threshold2)])));
  fn('set_threshold', (a) => varargs(a, () => {
    if (a.length < 1 || a.length > 3) throw new Unsupported('gc.set_threshold with these arguments', line());
    heap.threshold0 = asInt(a[0]!);
    if (a.length > 1) heap.threshold1 = asInt(a[1]!);
    if (a.length > 2) heap.threshold2 = asInt(a[2]!);
    gcListener?.thresholds?.(heap.threshold0, heap.threshold1, heap.threshold2);
    return none();
  }));
  fn('get_count', (a) => {
    exactly('get_count', a, 0);
    if (gcState.countApprox !== null) throw new Unsupported(`gc.get_count() after using ${gcState.countApprox} (without a gc.collect() since)`, line());
    return M.newTuple([M.newInt(heap.count0), M.newInt(heap.count1), M.newInt(heap.count2)]);
  });
  fn('isenabled', (a) => (exactly('isenabled', a, 0), M.newBool(heap.enabled)));
  fn('enable', (a) => (exactly('enable', a, 0), (heap.enabled = true), none()));
  fn('disable', (a) => (exactly('disable', a, 0), (heap.enabled = false), none()));
  fn('is_tracked', (a) => (exactly('is_tracked', a, 1), M.newBool(isTracked(a[0]!))));
  fn('is_finalized', (a) => {
    exactly('is_finalized', a, 1);
    const f = (a[0] as unknown as { finalized?: boolean }).finalized;
    return M.newBool(a[0]!.ob_type.isGC && f === true);
  });
  fn('collect', (a, kw) => {
    if (heap.gc === null) throw new Unsupported(`the cyclic garbage collector of Python ${currentProfile().name}`, line());
    const g = generationArg('collect', a, kw, 2);
    if (g === null || g < 0 || g > 2) return E.raise(E.ValueError, 'invalid generation');
    if (gcState.collecting) return M.newInt(0);
    gcState.collecting = true;
    try {
      return M.newInt(collectWithCallback(g));
    } finally {
      gcState.collecting = false;
    }
  });
  fn('get_objects', (a, kw) => {
    const g = generationArg('get_objects', a, kw, null);
    if (g !== null && g >= 3) return E.raise(E.ValueError, 'generation parameter must be less than the number of available generations (3)');
    if (g !== null && g < 0) return E.raise(E.ValueError, 'generation parameter cannot be negative');
    const result = M.newList([]);
    const gens = g === null ? gcState.generations : [gcState.generations[g]!];
    for (const gen of gens) for (const o of tracked(gen, result)) {
      INCREF(o);
      M.listAppend(result, o);
    }
    return result;
  });
  fn('get_referrers', (a) => varargs(a, (argsTuple) => {
    const targets = new Set(a);
    const result = M.newList([]);
    for (const gen of gcState.generations) {
      for (const o of tracked(gen, result)) {
        if (o === argsTuple) continue;
        let hit = false;
        traverse(o, (r) => {
          if (targets.has(r)) hit = true;
        });
        if (hit) {
          INCREF(o);
          M.listAppend(result, o);
        }
      }
    }
    return result;
  }));
  fn('get_referents', (a) => varargs(a, () => {
    const out: PyObject[] = [];
    for (const o of a) {
      if (!o.ob_type.isGC) continue;
      // A TextIOWrapper's traverse gives the collector its pending buffer, but its buffer, encoder and dict are not
      // simulated objects: the list CPython returns cannot be made.
      if (o instanceof PyTextIOWrapper || !traverse(o, (r) => out.push(r))) throw new Unsupported(`gc.get_referents of a ${o.ob_type.tp_name} object`, line());
    }
    return listOf(out);
  }));
  fn('freeze', (a) => {
    exactly('freeze', a, 0);
    if (!phantom.ready) setUpPhantom();
    for (const gen of gcState.generations) for (const o of [...gen]) gcState.moveTo(o, gcState.permanent);
    phantom.freeze();
    heap.count0 = 0;
    return none();
  });
  fn('unfreeze', (a) => {
    exactly('unfreeze', a, 0);
    for (const o of [...gcState.permanent]) gcState.moveTo(o, gcState.generations[2]);
    phantom.unfreeze();
    return none();
  });
  fn('get_freeze_count', (a) => (exactly('get_freeze_count', a, 0), M.newInt(tracked(gcState.permanent, null).length)));
  fn('get_stats', (a) => {
    exactly('get_stats', a, 0);
    const items = gcState.stats.map((s) => {
      const sd = newDict();
      for (const [k, v] of [['collections', s.collections], ['collected', s.collected], ['uncollectable', s.uncollectable]] as const) {
        const ks = M.internStr(k);
        const vo = M.newInt(v);
        dictSet(sd, ks, vo);
        DECREF(ks);
        DECREF(vo);
      }
      return sd as PyObject;
    });
    return M.newList(items);
  });
  fn('get_debug', (a) => (exactly('get_debug', a, 0), M.newInt(gcState.debug)));
  fn('set_debug', (a) => {
    exactly('set_debug', a, 1);
    const f = asInt(a[0]!);
    // DEBUG_COLLECTABLE/UNCOLLECTABLE print absolute addresses (only the relative layout is modelled) and also
    // report the interpreter's own objects freed at shutdown: refused rather than printed approximately.
    // DEBUG_STATS is modelled on the 3.11 collector (src/core/gc/stats.ts, with the interpreter's own objects
    // of src/core/gc/phantom.ts); other versions have no collector here.
    for (const [flag, name] of [[DEBUG_COLLECTABLE, 'DEBUG_COLLECTABLE'], [DEBUG_UNCOLLECTABLE, 'DEBUG_UNCOLLECTABLE']] as const) {
      if ((f & flag) !== 0) throw new Unsupported(`gc.set_debug(gc.${name})`, line());
    }
    if ((f & DEBUG_STATS) !== 0) {
      if (heap.gc === null) throw new Unsupported(`gc.set_debug(gc.DEBUG_STATS) on Python ${currentProfile().name}`, line());
      if ((gcState.debug & DEBUG_STATS) === 0) gcState.statsLine = line();
    }
    gcState.debug = f;
    return none();
  });
  const m = new C.PyModule('gc', d);
  A.allocModule(m);
  return m;
}
