// Models the gc module's functions that need no collector (Modules/gcmodule.c 3.11): get_threshold,
// set_threshold, get_count, isenabled, enable, disable, is_tracked (3.11 tracking rules). gc.collect() is
// refused until the cyclic collector is modelled: skipping it silently would mis-simulate.

import { PyObject, INCREF, DECREF } from '../objects/object';
import * as M from '../objects/models';
import { PyDict, newDict, dictSet, dictHooks } from '../objects/dict';
import * as C from '../objects/callables';
import * as A from '../objects/abstract';
import { heap } from '../objects/heap';
import { ts } from '../vm/state';
import { exactly, asInt } from '../vm/argparse';
import { Unsupported } from '../python/errors';
import * as T from '../objects/types';

/** gc.is_tracked: atomic objects never; tuples except (); dicts once they hold a trackable value. */
export function isTracked(o: PyObject): boolean {
  if (!o.ob_type.isGC) return false;
  if (o instanceof M.PyTuple) return o !== M.EMPTY_TUPLE;
  if (o instanceof PyDict) return o.tracked;
  if (o instanceof C.PyModule && o.name.startsWith('<')) return true;
  return true;
}

/** _PyObject_GC_MAY_BE_TRACKED: what makes a dict start tracking itself. */
export function mayBeTracked(o: PyObject): boolean {
  if (!o.ob_type.isGC) return false;
  if (o instanceof M.PyTuple) return o !== M.EMPTY_TUPLE;
  return true;
}
dictHooks.mayTrack = mayBeTracked;

export function makeGcModule(): C.PyModule {
  const d = newDict();
  const put = (name: string, v: PyObject): void => {
    const k = M.internStr(name);
    dictSet(d, k, v);
    DECREF(k);
    DECREF(v);
  };
  const none = (): PyObject => (INCREF(M.None), M.None);
  const fn = (name: string, impl: C.BuiltinImpl): void => put(name, C.newBuiltin(name, impl));
  put('__name__', M.newStr('gc'));
  fn('get_threshold', (a) => (exactly('get_threshold', a, 0), M.newTuple([M.newInt(heap.threshold0), M.newInt(heap.threshold1), M.newInt(heap.threshold2)])));
  fn('set_threshold', (a) => {
    if (a.length < 1 || a.length > 3) throw new Unsupported('gc.set_threshold with these arguments', ts.frame?.currentLine() ?? 0);
    heap.threshold0 = asInt(a[0]!);
    if (a.length > 1) heap.threshold1 = asInt(a[1]!);
    if (a.length > 2) heap.threshold2 = asInt(a[2]!);
    return none();
  });
  fn('get_count', (a) => (exactly('get_count', a, 0), M.newTuple([M.newInt(heap.count0), M.newInt(heap.count1), M.newInt(heap.count2)])));
  fn('isenabled', (a) => (exactly('isenabled', a, 0), M.newBool(heap.enabled)));
  fn('enable', (a) => (exactly('enable', a, 0), (heap.enabled = true), none()));
  fn('disable', (a) => (exactly('disable', a, 0), (heap.enabled = false), none()));
  fn('is_tracked', (a) => (exactly('is_tracked', a, 1), M.newBool(isTracked(a[0]!))));
  fn('collect', () => {
    throw new Unsupported('the cyclic garbage collector', ts.frame?.currentLine() ?? 0);
  });
  for (const name of ['get_objects', 'get_referrers', 'get_referents', 'freeze', 'unfreeze', 'get_stats', 'set_debug', 'get_debug', 'is_finalized']) {
    fn(name, () => {
      throw new Unsupported(`gc.${name}()`, ts.frame?.currentLine() ?? 0);
    });
  }
  const m = new C.PyModule('gc', d);
  A.allocModule(m);
  void T;
  return m;
}
