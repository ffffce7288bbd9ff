// Questions a student asks about one object or one moment: its history (allocation, every refcount change with
// its cause, deallocation), when its refcount last changed, why it is alive (a path from a root, or unreachable
// and awaiting collection, as Modules/gcmodule.c would find it), and the reference cycles (strongly connected
// components) at a moment.
//
// Cost: history and lifetimes scan the log once and are cached per object id range as the log grows (O(events));
// whyAlive is a BFS and cycles a Tarjan over the state at the moment (O(objects + references)).

import { EventKind, OWNER_IS_FRAME, RefCause } from '../core/trace/events';
import type { Recorder } from './recorder';
import { objectAt, refKeyCause, refKeyLabel, type HeapState } from './state';
import { describeEvent, refLabel, type EventView } from './views';
import { stronglyConnected as sccOf } from '../shared/scc';

/** Kinds whose first operand is the object they are about. */
const OBJECT_FIRST = new Set<number>([
  EventKind.OBJECT_NEW,
  EventKind.OBJECT_FREE,
  EventKind.REPR,
  EventKind.SIZE,
  EventKind.INCREF,
  EventKind.DECREF,
  EventKind.ROOT_ADD,
  EventKind.ROOT_REMOVE,
  EventKind.STACK_PUSH,
  EventKind.GC_TRACK,
  EventKind.GC_REFS,
  EventKind.WEAKREF_CLEARED,
  EventKind.WEAKREF_CALLBACK,
  EventKind.FINALIZER,
  EventKind.BLOCK,
]);

function mentions(rec: Recorder, e: number, id: number): boolean {
  const log = rec.log;
  const k = log.kind(e);
  if (OBJECT_FIRST.has(k)) return log.operand(e, 0) === id || (k === EventKind.WEAKREF_CLEARED && log.operand(e, 1) === id);
  if (k === EventKind.REF_SET || k === EventKind.REF_CLEAR) {
    return log.operand(e, 1) === id || (!OWNER_IS_FRAME[log.sub(e)] && log.operand(e, 0) === id);
  }
  return false;
}

/** When an object lived: the events of its OBJECT_NEW and OBJECT_FREE (-1 while alive at the end). */
export interface Lifetime {
  readonly created: number;
  readonly freed: number;
}

const lifetimeCache = new WeakMap<Recorder, { scanned: number; map: Map<number, [number, number]> }>();

export function lifetime(rec: Recorder, id: number): Lifetime | null {
  let c = lifetimeCache.get(rec);
  if (c === undefined) lifetimeCache.set(rec, (c = { scanned: 0, map: new Map() }));
  const log = rec.log;
  for (; c.scanned < log.length; c.scanned++) {
    const k = log.kind(c.scanned);
    if (k === EventKind.OBJECT_NEW) c.map.set(log.operand(c.scanned, 0), [c.scanned, -1]);
    else if (k === EventKind.OBJECT_FREE) {
      const l = c.map.get(log.operand(c.scanned, 0));
      if (l !== undefined) l[1] = c.scanned;
    }
  }
  const l = c.map.get(id);
  return l === undefined ? null : { created: l[0], freed: l[1] };
}

/** A refcount change with its cause and the instruction that made it. */
export interface RefcountChange {
  readonly event: EventView;
  readonly refcnt: number;
  /** The event index of the INSTRUCTION in effect (the last one before the change), or -1. */
  readonly instruction: number;
}

/** Every event about object id: allocation, refcount changes, references, GC, deallocation — in order. */
export function objectHistory(rec: Recorder, id: number): EventView[] {
  const l = lifetime(rec, id);
  if (l === null) return [];
  const end = l.freed === -1 ? rec.length : l.freed + 1;
  const out: EventView[] = [];
  // The block was allocated shortly before the object: the nearest earlier ALLOC of its address (the VM reports
  // the allocation, then perhaps pool and count changes, then the object). Looking 16 events back is plenty.
  const log = rec.log;
  const lo = log.operand(l.created, 2);
  const hi = log.operand(l.created, 3);
  for (let e = l.created - 1; e >= Math.max(0, l.created - 16); e--) {
    if (log.kind(e) === EventKind.ALLOC && log.operand(e, 0) === lo && log.operand(e, 1) === hi) {
      out.push(describeEvent(rec, e));
      break;
    }
  }
  for (let e = l.created; e < end; e++) if (mentions(rec, e, id)) out.push(describeEvent(rec, e));
  return out;
}

/** Every INCREF/DECREF of object id, with its cause and instruction. */
export function refcountChanges(rec: Recorder, id: number): RefcountChange[] {
  const l = lifetime(rec, id);
  if (l === null) return [];
  const log = rec.log;
  const end = l.freed === -1 ? rec.length : l.freed;
  let instruction = -1;
  for (let e = l.created; e >= 0; e--) {
    if (log.kind(e) === EventKind.INSTRUCTION) {
      instruction = e;
      break;
    }
  }
  const out: RefcountChange[] = [];
  for (let e = l.created; e < end; e++) {
    const k = log.kind(e);
    if (k === EventKind.INSTRUCTION) instruction = e;
    else if ((k === EventKind.INCREF || k === EventKind.DECREF) && log.operand(e, 0) === id) {
      out.push({ event: describeEvent(rec, e), refcnt: log.operand(e, 1), instruction });
    }
  }
  return out;
}

/** The last refcount change of id before moment i (the event index), or null. */
export function lastRefcountChange(rec: Recorder, id: number, i: number): number | null {
  const l = lifetime(rec, id);
  if (l === null) return null;
  const log = rec.log;
  for (let e = Math.min(i, rec.length) - 1; e >= l.created; e--) {
    const k = log.kind(e);
    if ((k === EventKind.INCREF || k === EventKind.DECREF) && log.operand(e, 0) === id) return e;
  }
  return null;
}

/** One step of a retainer path: the holder and the label of its reference. */
export interface PathStep {
  readonly holderKind: 'root' | 'frame' | 'object';
  readonly holder: string;
  readonly holderId: number;
  readonly label: string;
  readonly to: number;
}

export type WhyAlive =
  | { readonly kind: 'reachable'; readonly path: readonly PathStep[] }
  | { readonly kind: 'unreachable'; readonly message: string }
  | { readonly kind: 'not-alive'; readonly message: string };

/**
 * Why object id is alive at moment i: the shortest path from a root (a frame's locals or value stack, or a root
 * object) along references, or "unreachable — awaiting collection" when only garbage (a cycle) keeps it.
 */
export function whyAlive(rec: Recorder, id: number, i: number): WhyAlive {
  const s = rec.seek(i);
  if (objectAt(s, id) === undefined) return { kind: 'not-alive', message: `object #${id} is not alive at moment ${i}` };
  const strings = rec.log.strings;
  const prev = new Map<number, PathStep | null>();
  const queue: number[] = [];
  const reach = (to: number, step: PathStep | null): void => {
    if (prev.has(to) || objectAt(s, to) === undefined) return;
    prev.set(to, step);
    queue.push(to);
  };
  for (const [obj, label] of s.roots) reach(obj, { holderKind: 'root', holder: `root ${strings[label]}`, holderId: -1, label: 'root', to: obj });
  for (let k = s.frames.length - 1; k >= 0; k--) {
    const f = s.frames[k]!;
    const holder = `frame ${strings[f.name]}`;
    for (const [key, to] of f.refs) reach(to, { holderKind: 'frame', holder, holderId: f.id, label: refLabel(strings, refKeyCause(key), refKeyLabel(key)), to });
    f.stack.forEach((to, depth) => reach(to, { holderKind: 'frame', holder, holderId: f.id, label: `value stack [${depth}]`, to }));
  }
  for (let q = 0; q < queue.length && !prev.has(id); q++) {
    const from = queue[q]!;
    const o = objectAt(s, from)!;
    for (const [key, to] of o.refs) {
      // A weak reference does not keep its referent alive.
      if (refKeyCause(key) === RefCause.WEAK) continue;
      reach(to, { holderKind: 'object', holder: `${strings[o.type]} #${from}`, holderId: from, label: refLabel(strings, refKeyCause(key), refKeyLabel(key)), to });
    }
  }
  // BFS order makes the first path found a shortest one; walk it back.
  if (!prev.has(id)) return { kind: 'unreachable', message: 'unreachable — awaiting collection' };
  const path: PathStep[] = [];
  let cur: number | undefined = id;
  const seen = new Set<number>();
  while (cur !== undefined && !seen.has(cur)) {
    seen.add(cur);
    const step: PathStep | null | undefined = prev.get(cur);
    if (step === null || step === undefined) break;
    path.push(step);
    cur = step.holderKind === 'object' ? step.holderId : undefined;
  }
  return { kind: 'reachable', path: path.reverse() };
}

/**
 * The reference cycles at moment i: strongly connected components with more than one object, or one object that
 * refers to itself (Tarjan's algorithm, iterative). Each component is sorted by id; components by their first id.
 */
export function cyclesAt(rec: Recorder, i: number): number[][] {
  return stronglyConnected(rec.seek(i));
}

export function stronglyConnected(s: HeapState): number[][] {
  const ids: number[] = [];
  for (const bucket of s.objects) for (const { id } of bucket) ids.push(id);
  return sccOf(ids, (id) => {
    const o = objectAt(s, id);
    if (o === undefined) return [];
    const t: number[] = [];
    // Weak references form no cycle the collector has to break (they do not count).
    for (const [key, to] of o.refs) if (refKeyCause(key) !== RefCause.WEAK && objectAt(s, to) !== undefined) t.push(to);
    return t;
  });
}
