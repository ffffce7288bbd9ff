// Models list.sort (Objects/listobject.c list_sort_impl): a stable sort using only `<`, keys computed once
// per item first, `reverse` done by reversing before and after so equal items keep their order, and the
// list emptied while sorting (a comparison that mutates it raises "list modified during sort").
// The comparison sequence is V8's TimSort, not CPython's; results are identical for consistent
// comparisons, only side effects inside __lt__ could reveal the difference.

import { PyObject, DECREF, INCREF } from '../objects/object';
import * as M from '../objects/models';
import * as E from '../objects/exceptions';
import * as A from '../objects/abstract';
import { callObject } from './call';

export function listSort(l: M.PyList, key: PyObject | null, reverse: PyObject | null): void {
  const rev = reverse !== null && A.isTrue(reverse);
  const items = l.items;
  l.items = [];
  M.listTouched(l, 0);
  const savedAlloc = l.allocated;
  let keys: PyObject[] | null = null;
  try {
    if (key !== null && key !== M.None) {
      keys = [];
      for (const it of items) keys.push(callObject(key, [it], null));
    } else keys = null;
    const idx = items.map((_, i) => i);
    if (rev) idx.reverse();
    const kk = keys ?? items;
    const lt = (a: number, b: number): boolean => A.richCompareBool(kk[a]!, kk[b]!, 0);
    if (idx.length < 64) timsortSmall(idx, lt);
    else {
      idx.sort((a, b) => {
        if (lt(b, a)) return 1;
        if (lt(a, b)) return -1;
        return 0;
      });
    }
    if (rev) idx.reverse();
    const sorted = idx.map((i) => items[i]!);
    if (l.items.length !== 0) {
      for (const x of l.items) DECREF(x);
      l.items = sorted;
      M.listTouched(l, 0);
      E.raise(E.ValueError, 'list modified during sort');
    }
    l.items = sorted;
    M.listTouched(l, 0);
  } catch (e) {
    if (l.items.length === 0) {
      l.items = items;
      M.listTouched(l, 0);
    }
    throw e;
  } finally {
    l.allocated = savedAlloc;
    if (keys !== null) for (const k of keys) DECREF(k);
  }
  void INCREF;
}

/**
 * list_sort_impl for fewer than 64 items (minrun = n): count_run (reversing a strictly descending run), then
 * binarysort of the rest, with exactly CPython's comparisons, so errors name the operands in its order.
 */
function timsortSmall(a: number[], lt: (x: number, y: number) => boolean): void {
  const n = a.length;
  if (n < 2) return;
  let run = 2;
  if (lt(a[1]!, a[0]!)) {
    while (run < n && lt(a[run]!, a[run - 1]!)) run++;
    const head = a.slice(0, run).reverse();
    for (let i = 0; i < run; i++) a[i] = head[i]!;
  } else {
    while (run < n && !lt(a[run]!, a[run - 1]!)) run++;
  }
  for (let start = run; start < n; start++) {
    const pivot = a[start]!;
    let l = 0, r = start;
    do {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, a[p]!)) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; p--) a[p] = a[p - 1]!;
    a[l] = pivot;
  }
}
