// toElements: one moment's view (src/recorder/views.ts) as Cytoscape element definitions — objects with type,
// short repr, refcount badge, generation, tracked mark and size; root anchors for module globals, each frame's
// locals and its value stack; references labelled by attribute / index / key / cell / slot; cycles (SCCs) as
// compound parents, the unreachable ones marked as awaiting collection; during a collection, gc_refs and the
// phase's reach (Modules/gcmodule.c: reachable / tentatively unreachable / unreachable), finalized, cleared.
//
// The definitions are plain data structurally compatible with cytoscape's ElementDefinition (no cytoscape import,
// so this module and its tests run without a DOM). Cost: O(objects + references) per moment.

import type { MomentView, ObjectView, RefView } from '../../../recorder/views';
import { analyseHeap, type HeapAnalysis } from './heapAnalysis';
import { DEFAULT_FILTER, filterObjects, type GraphFilter } from './graphFilter';
import { retainerPath } from './retainerPath';

export interface NodeData {
  readonly id: string;
  readonly label: string;
  /** A cycle's compound parent ("c<first id>"), when the object is in one. */
  readonly parent?: string;
  readonly objectId?: number;
  readonly type?: string;
  readonly refcnt?: number;
  readonly generation?: number;
  readonly size?: number;
  readonly gcRefs?: number;
}
export interface EdgeData {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly label: string;
}
export interface NodeElement {
  readonly group: 'nodes';
  readonly data: NodeData;
  readonly classes: string;
}
export interface EdgeElement {
  readonly group: 'edges';
  readonly data: EdgeData;
  readonly classes: string;
}
export type GraphElement = NodeElement | EdgeElement;

export interface ElementsOptions {
  readonly filter?: GraphFilter;
  readonly selected?: number | null;
  /** The first ObjectId made by the program (after the interpreter's start-up), for the programOnly filter. */
  readonly firstProgramObject?: number | null;
  /** Characters of repr kept on the node. */
  readonly reprLength?: number;
}

export interface GraphElements {
  readonly nodes: readonly NodeElement[];
  readonly edges: readonly EdgeElement[];
  readonly analysis: HeapAnalysis;
  /** Cycles among the shown objects: how many, and how many no root reaches. */
  readonly cycleCount: number;
  readonly awaitingCount: number;
  readonly hidden: number;
  readonly capped: number;
}

export const objectNodeId = (id: number): string => `o${id}`;
export const cycleNodeId = (firstId: number): string => `c${firstId}`;

export function shortRepr(repr: string, max: number): string {
  const oneLine = repr.replace(/\s+/g, ' ');
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

function objectLabel(o: ObjectView, max: number): string {
  const lines = [`${o.type} #${o.id}`, shortRepr(o.repr, max), `refcnt ${o.refcnt} · ${o.size} B`];
  if (o.gcRefs !== null) lines.push(`gc_refs ${o.gcRefs}`);
  return lines.join('\n');
}

function objectClasses(o: ObjectView, a: HeapAnalysis, selected: number | null | undefined): string {
  const c = ['object', o.tracked ? `gen-${o.generation}` : 'untracked'];
  if (o.root !== null) c.push('root-object');
  const k = a.cycleOf.get(o.id);
  if (k !== undefined) c.push('in-cycle');
  if (!a.reachable.has(o.id)) c.push('unreachable-from-roots');
  if (o.reach !== null) c.push(`reach-${o.reach}`);
  if (o.finalized) c.push('finalized');
  if (o.weakrefCleared) c.push('weakref-cleared');
  if (o.id === selected) c.push('selected');
  return c.join(' ');
}

/** A weak reference (a weakref → its referent) is drawn dashed: it counts in no refcount and keeps nothing alive. */
function edgeClasses(r: RefView): string {
  return `ref cause-${r.cause} ${r.weak ? 'weak' : 'strong'}`;
}

/** The source node of a reference: the holder object, or the frame's locals / value-stack anchor. */
function sourceOf(r: RefView): string {
  if (r.fromKind === 'object') return objectNodeId(r.from);
  return r.cause === 'value-stack' ? `s${r.from}` : `f${r.from}`;
}

export function toElements(view: MomentView, options: ElementsOptions = {}): GraphElements {
  const filter = options.filter ?? DEFAULT_FILTER;
  const selected = options.selected ?? null;
  const max = options.reprLength ?? 24;
  const analysis = analyseHeap(view);
  const { shown, hidden, capped } = filterObjects(view, filter, selected, options.firstProgramObject ?? null);
  const shownSet = new Set(shown);
  const byId = new Map(view.objects.map((o) => [o.id, o]));
  // The selection's retainer path is highlighted (nodes and edges) whenever something is selected.
  const path = selected === null ? null : retainerPath(view, selected);
  const pathObjects = new Set(path?.objects ?? []);
  const pathEdges = new Set(path?.edges ?? []);

  // A cycle is outlined when at least two of its objects (or its one self-referring object) are shown.
  const outlined = new Map<number, string>();
  let awaitingCount = 0;
  const nodes: NodeElement[] = [];
  analysis.cycles.forEach((c, k) => {
    const visible = c.filter((id) => shownSet.has(id));
    if (visible.length < Math.min(2, c.length)) return;
    const id = cycleNodeId(c[0]!);
    const awaiting = analysis.awaiting.has(k);
    if (awaiting) awaitingCount++;
    for (const o of visible) outlined.set(o, id);
    const what = awaiting ? 'unreachable cycle, awaiting collection' : 'cycle';
    nodes.push({ group: 'nodes', data: { id, label: `${what} (${c.length})` }, classes: awaiting ? 'cycle awaiting-collection' : 'cycle' });
  });

  for (const id of shown) {
    const o = byId.get(id)!;
    const parent = outlined.get(id);
    const data: NodeData = {
      id: objectNodeId(id),
      label: objectLabel(o, max),
      objectId: id,
      type: o.type,
      refcnt: o.refcnt,
      generation: o.generation,
      size: o.size,
      ...(o.gcRefs === null ? {} : { gcRefs: o.gcRefs }),
      ...(parent === undefined ? {} : { parent }),
    };
    let classes = objectClasses(o, analysis, selected);
    if (pathObjects.has(id)) classes += ' retainer-path';
    if (parent !== undefined && analysis.awaiting.has(analysis.cycleOf.get(id)!)) classes += ' awaiting-collection';
    nodes.push({ group: 'nodes', data, classes });
  }

  const edges: EdgeElement[] = [];
  const usedAnchors = new Set<string>();
  for (const r of view.refs) {
    if (!shownSet.has(r.to)) continue;
    // A module's globals whose dict is not drawn (the interpreter made it: "only the program's objects") still
    // anchor what they hold, from a "module globals" anchor in the dict's place.
    const globalsAnchor = r.fromKind === 'object' && r.cause === 'global' && !shownSet.has(r.from);
    if (r.fromKind === 'object' && !shownSet.has(r.from) && !globalsAnchor) continue;
    const source = globalsAnchor ? `g${r.from}` : sourceOf(r);
    if (r.fromKind === 'frame' || globalsAnchor) usedAnchors.add(source);
    const id = `e${r.slot}>${r.to}`;
    let classes = edgeClasses(r);
    if (pathEdges.has(id)) classes += ' retainer-path';
    // The selection's own references keep their labels in the large style (graphStyle.ts), which drops the others.
    if (selected !== null && (r.to === selected || (r.fromKind === 'object' && r.from === selected))) classes += ' labelled';
    edges.push({ group: 'edges', data: { id, source, target: objectNodeId(r.to), label: r.label }, classes });
  }
  for (const root of view.roots) {
    if (!shownSet.has(root.object)) continue;
    const id = `r${root.object}`;
    nodes.push({ group: 'nodes', data: { id, label: root.label }, classes: 'anchor root-anchor' });
    const classes = pathEdges.has(`e${id}`) ? 'ref root-edge strong retainer-path' : 'ref root-edge strong';
    edges.push({ group: 'edges', data: { id: `e${id}`, source: id, target: objectNodeId(root.object), label: 'root' }, classes });
  }
  for (const a of usedAnchors) {
    if (a.startsWith('g')) nodes.push({ group: 'nodes', data: { id: a, label: `module globals (dict #${a.slice(1)})` }, classes: 'anchor globals-anchor' });
  }
  for (const f of view.frames) {
    if (usedAnchors.has(`f${f.id}`)) nodes.push({ group: 'nodes', data: { id: `f${f.id}`, label: `${f.name}() locals` }, classes: 'anchor frame-anchor' });
    if (usedAnchors.has(`s${f.id}`)) nodes.push({ group: 'nodes', data: { id: `s${f.id}`, label: `${f.name}() value stack` }, classes: 'anchor stack-anchor' });
  }
  return { nodes, edges, analysis, cycleCount: outlined.size === 0 ? 0 : new Set(outlined.values()).size, awaitingCount, hidden, capped };
}
