// What the bytecode pane shows beside the listing, from one MomentView: the frame stack (Python/ceval.c's
// _PyInterpreterFrame chain, outermost first), a frame's value stack (bottom first, as f_localsplus' stack part)
// and its locals and cells (the fast locals `local` and `cell` references the VM records), each with the
// object it holds and that object's refcount at the moment.
//
// Cost: an id → ObjectView index per view (O(objects), cached by the view's identity), then O(refs) per frame.

import type { FrameView, MomentView, ObjectView, RefView } from '../../../recorder/views';

/** One slot of a frame: a local, a cell or a value-stack entry, and the object in it. */
export interface FrameValue {
  /** The slot's name: the variable's name, or the stack depth ("[0]" is the bottom). */
  readonly name: string;
  /** 'local' | 'cell' | 'global' (a module frame's names) | 'stack'. */
  readonly kind: 'local' | 'cell' | 'global' | 'stack';
  readonly id: number;
  /** The object at the moment; undefined if the view does not hold it (it should). */
  readonly object: ObjectView | undefined;
}

const indexes = new WeakMap<MomentView, ReadonlyMap<number, ObjectView>>();

/** The view's objects by id (cached per view). */
export function objectIndex(view: MomentView): ReadonlyMap<number, ObjectView> {
  let index = indexes.get(view);
  if (index === undefined) {
    index = new Map(view.objects.map((o) => [o.id, o]));
    indexes.set(view, index);
  }
  return index;
}

/** The variable's name inside a label such as "local `x`" (the view's refLabel), else the whole label. */
export function nameInLabel(label: string): string {
  const m = /`([^`]*)`/.exec(label);
  return m ? m[1]! : label;
}

/**
 * The frame's locals and cells, in the order the view sorts them (by label). A module's code keeps its names in
 * the module's dict (f_locals is f_globals), so for a `<module>` frame the module globals are listed instead.
 */
export function frameLocals(view: MomentView, frameId: number): FrameValue[] {
  const objects = objectIndex(view);
  const frame = view.frames.find((f) => f.id === frameId);
  const module = frame?.name === '<module>';
  const out: FrameValue[] = [];
  for (const r of view.refs) {
    if (r.fromKind === 'frame' && r.from === frameId && (r.cause === 'local' || r.cause === 'cell')) {
      out.push({ name: nameInLabel(r.label), kind: r.cause, id: r.to, object: objects.get(r.to) });
    } else if (module && r.fromKind === 'object' && r.cause === 'global') {
      out.push({ name: nameInLabel(r.label), kind: 'global', id: r.to, object: objects.get(r.to) });
    }
  }
  return out;
}

/** The frame's value stack, bottom first. */
export function frameStack(view: MomentView, frame: FrameView): FrameValue[] {
  const objects = objectIndex(view);
  return frame.stack.map((id, depth) => ({ name: `[${depth}]`, kind: 'stack', id, object: objects.get(id) }));
}

/** The frame the pane shows: the one chosen (while it is still on the stack), else the top frame. */
export function shownFrame(view: MomentView | null, chosen: number | null): FrameView | null {
  if (view === null || view.frames.length === 0) return null;
  return (chosen !== null ? view.frames.find((f) => f.id === chosen) : undefined) ?? view.frames[view.frames.length - 1]!;
}

/** References a frame holds (for tests and the graph's legend); exported for symmetry with frameLocals. */
export function frameRefs(view: MomentView, frameId: number): RefView[] {
  return view.refs.filter((r) => r.fromKind === 'frame' && r.from === frameId);
}
