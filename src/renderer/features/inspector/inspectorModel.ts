// What the inspector says about one object at one moment, from the MomentView and the service's queries:
// its facts (type, repr, ob_refcnt, size, address, obmalloc size class, GC generation and gc_refs as
// Modules/gcmodule.c and Objects/obmalloc.c define them), who refers to it and whom it refers to, and its
// history as timeline entries. Pure: the components only render these records.
//
// Cost: referrers/referents scan the view's references once (O(refs)); the rest is O(1) per object.

import type { EventView, FrameView, MomentView, ObjectView, RefView } from '../../../recorder/views';
import { objectIndex } from '../bytecode/frameValues';

/**
 * One fact row: its name (an i18n key under `inspector.facts`) and its value — either literal text (a type
 * name, an address, a number) or a phrase to translate (`message`: a key under `inspector.values`, with params).
 */
export interface Fact {
  readonly key: string;
  readonly value: string;
  readonly message?: { readonly key: string; readonly params?: Readonly<Record<string, string | number>>; readonly count?: number };
}

type Phrase = NonNullable<Fact['message']>;
const phrase = (key: string, params?: Record<string, string | number>, count?: number): Phrase => ({
  key,
  ...(params === undefined ? {} : { params }),
  ...(count === undefined ? {} : { count }),
});

/** 0x-prefixed lower-case hex, as id() printed with hex() shows it. */
export function hexAddress(address: number): string {
  return `0x${address.toString(16)}`;
}

/** obmalloc's size class of a block: index k holds blocks of (k + 1) * ALIGNMENT bytes (16 on 64-bit). */
export function sizeClassText(sizeClass: number, alignment = 16): string {
  return sizeClass < 0 ? 'system allocator (> 512 bytes)' : `${sizeClass} (${(sizeClass + 1) * alignment}-byte blocks)`;
}

/** The facts the inspector lists, in order. Collection-only facts appear only during a collection. */
export function objectFacts(o: ObjectView, alignment = 16): Fact[] {
  const yes = (key: string): Fact => ({ key, value: 'yes', message: phrase('yes') });
  const facts: Fact[] = [
    { key: 'type', value: o.type },
    { key: 'refcount', value: String(o.refcnt) },
    { key: 'size', value: `${o.size} bytes`, message: phrase('bytes', { n: o.size }, o.size) },
    { key: 'address', value: hexAddress(o.address) },
    {
      key: 'sizeClass',
      value: sizeClassText(o.sizeClass, alignment),
      message: o.sizeClass < 0 ? phrase('system') : phrase('sizeClass', { index: o.sizeClass, block: (o.sizeClass + 1) * alignment }),
    },
    o.generation < 0 ? { key: 'generation', value: 'untracked', message: phrase('untracked') } : { key: 'generation', value: String(o.generation) },
    o.tracked ? yes('tracked') : { key: 'tracked', value: 'no', message: phrase('no') },
  ];
  if (o.gcRefs !== null) facts.push({ key: 'gcRefs', value: String(o.gcRefs) });
  if (o.reach !== null) facts.push({ key: 'reach', value: o.reach });
  if (o.finalized) facts.push(yes('finalized'));
  if (o.weakrefCleared) facts.push(yes('weakrefCleared'));
  if (o.root !== null) facts.push({ key: 'root', value: o.root });
  for (const b of o.blocks ?? []) {
    facts.push({ key: 'block', value: `${hexAddress(b.address)} · ${b.nbytes} bytes`, message: phrase('block', { address: hexAddress(b.address), n: b.nbytes }) });
  }
  return facts;
}

/** One end of a reference, as the inspector lists it. */
export interface Holder {
  /** 'object' (id is an ObjectId) or 'frame' (id is a FrameId; not selectable). */
  readonly kind: 'object' | 'frame';
  readonly id: number;
  /** "Node #12 · <Node object>" or "frame f". */
  readonly name: string;
  /** The reference's label ("attribute `next`", "local `x`"). */
  readonly label: string;
  /** A weak reference (does not count in the refcount). */
  readonly weak: boolean;
}

function objectName(o: ObjectView | undefined, id: number): string {
  return o === undefined ? `#${id}` : `${o.type} #${id}`;
}

function frameName(frames: readonly FrameView[], id: number): string {
  const f = frames.find((x) => x.id === id);
  return f === undefined ? `frame ${id}` : `frame ${f.name}`;
}

const isWeak = (r: RefView): boolean => r.weak === true || r.cause === 'weak';

/** Who holds a reference to object id: frames (locals, cells, value stack) and objects. */
export function referrersOf(view: MomentView, id: number): Holder[] {
  const objects = objectIndex(view);
  const out: Holder[] = [];
  for (const r of view.refs) {
    if (r.to !== id) continue;
    out.push(
      r.fromKind === 'frame'
        ? { kind: 'frame', id: r.from, name: frameName(view.frames, r.from), label: r.label, weak: isWeak(r) }
        : { kind: 'object', id: r.from, name: objectName(objects.get(r.from), r.from), label: r.label, weak: isWeak(r) },
    );
  }
  return out;
}

/** Whom object id refers to. */
export function referentsOf(view: MomentView, id: number): Holder[] {
  const objects = objectIndex(view);
  const out: Holder[] = [];
  for (const r of view.refs) {
    if (r.fromKind !== 'object' || r.from !== id) continue;
    out.push({ kind: 'object', id: r.to, name: objectName(objects.get(r.to), r.to), label: r.label, weak: isWeak(r) });
  }
  return out;
}

/** An entry of the object's history: the moment right after the event (where clicking it seeks to). */
export interface HistoryEntry {
  readonly moment: number;
  readonly kind: string;
  readonly text: string;
  /** The entry at or before the current moment that is most recent (the "you are here" row). */
  readonly current: boolean;
}

/** History entries ('history' query: events about the object, in order), marking the latest one reached. */
export function historyEntries(events: readonly EventView[], moment: number): HistoryEntry[] {
  let last = -1;
  events.forEach((e, k) => {
    if (e.index + 1 <= moment) last = k;
  });
  return events.map((e, k) => ({ moment: e.index + 1, kind: e.kind, text: e.text, current: k === last }));
}

/** Kinds (EVENT_KIND_NAME) of history entry shown by default: its life and its refcount (references on demand). */
export const LIFE_KINDS: ReadonlySet<string> = new Set(['alloc', 'object_new', 'incref', 'decref', 'object_free', 'finalizer', 'weakref_cleared', 'weakref_callback', 'gc_track']);

/** Where the selected object stands at the moment. */
export type ObjectStatus =
  | { readonly kind: 'alive'; readonly object: ObjectView }
  | { readonly kind: 'freed'; readonly at: number }
  | { readonly kind: 'not-yet'; readonly at: number }
  | { readonly kind: 'unknown' };

/** The object's status from the view and its lifetime (query 'lifetime': events of OBJECT_NEW / OBJECT_FREE). */
export function objectStatus(view: MomentView, id: number, life: { readonly created: number; readonly freed: number } | null): ObjectStatus {
  const o = objectIndex(view).get(id);
  if (o !== undefined) return { kind: 'alive', object: o };
  if (life === null) return { kind: 'unknown' };
  if (life.created >= view.index) return { kind: 'not-yet', at: life.created + 1 };
  if (life.freed !== -1 && life.freed < view.index) return { kind: 'freed', at: life.freed + 1 };
  return { kind: 'unknown' };
}
