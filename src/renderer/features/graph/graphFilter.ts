// Which objects the reference graph shows: the student's filters (hide atomic objects, only what the selection
// reaches, only its retainer path, one generation, search by type or id) and the cap beyond which the graph is sampled with a notice
// rather than freezing Cytoscape's canvas renderer (DESIGN.md §6: interactive to ~1,000–2,000 nodes).
//
// Cost: O(objects + references) per moment.

import type { MomentView, ObjectView } from '../../../recorder/views';
import { retainerPath } from './retainerPath';

/** Types whose objects hold no references: hidden by "hide atomic objects" (CPython's atomic types). */
export const ATOMIC_TYPES: ReadonlySet<string> = new Set(['int', 'float', 'complex', 'bool', 'str', 'bytes', 'NoneType']);

export interface GraphFilter {
  /**
   * Show only the program's objects: hide those the interpreter made before the program's first line (builtins,
   * interned strings, the modules sys and gc …), which would otherwise be most of a lecture demo's drawing.
   */
  readonly programOnly: boolean;
  readonly hideAtomic: boolean;
  /** Show only objects reachable from the selected object (the selection itself included). */
  readonly onlyReachableFromSelection: boolean;
  /** Show only the selection's retainer path: the shortest chain of references from a root to it. */
  readonly onlyRetainerPath: boolean;
  /** Show only this generation (-1: untracked objects); null shows all. */
  readonly generation: number | null;
  /** A type name (case-insensitive substring) or an id ("12" or "#12"); empty shows all. */
  readonly search: string;
  /** At most this many objects; the rest are left out and counted. */
  readonly maxObjects: number;
}

export const DEFAULT_FILTER: GraphFilter = {
  programOnly: true,
  hideAtomic: false,
  onlyReachableFromSelection: false,
  onlyRetainerPath: false,
  generation: null,
  search: '',
  maxObjects: 2000,
};

export interface FilterResult {
  /** Shown object ids, ascending. */
  readonly shown: readonly number[];
  /** Objects the filters hide. */
  readonly hidden: number;
  /** Objects left out only because of maxObjects (the "sampled" notice). */
  readonly capped: number;
}

function matchesSearch(o: ObjectView, search: string): boolean {
  const q = search.trim().toLowerCase();
  if (q === '') return true;
  const id = /^#?(\d+)$/.exec(q);
  if (id !== null) return o.id === Number(id[1]);
  return o.type.toLowerCase().includes(q);
}

/** Objects reached from `from` through object references (from included). */
export function reachableFrom(view: MomentView, from: number): Set<number> {
  const adj = new Map<number, number[]>();
  for (const r of view.refs) if (r.fromKind === 'object') (adj.get(r.from) ?? adj.set(r.from, []).get(r.from)!).push(r.to);
  const seen = new Set<number>([from]);
  const work = [from];
  while (work.length > 0) {
    for (const to of adj.get(work.pop()!) ?? []) {
      if (!seen.has(to)) {
        seen.add(to);
        work.push(to);
      }
    }
  }
  return seen;
}

/**
 * The selected object is always shown when it exists, whatever the filters say: the student asked for it.
 * `firstProgramObject` is the first ObjectId made after the interpreter's start-up (ids are given in creation
 * order); null when unknown, and then `programOnly` hides nothing.
 */
export function filterObjects(view: MomentView, f: GraphFilter, selected: number | null, firstProgramObject: number | null = null): FilterResult {
  const startup = f.programOnly && firstProgramObject !== null ? firstProgramObject : -Infinity;
  const reach = f.onlyReachableFromSelection && selected !== null ? reachableFrom(view, selected) : null;
  const path = f.onlyRetainerPath && selected !== null ? new Set(retainerPath(view, selected)?.objects ?? [selected]) : null;
  const passing: number[] = [];
  let hidden = 0;
  for (const o of view.objects) {
    const ok =
      o.id === selected ||
      (o.id >= startup &&
        (!f.hideAtomic || !ATOMIC_TYPES.has(o.type)) &&
        (reach === null || reach.has(o.id)) &&
        (path === null || path.has(o.id)) &&
        (f.generation === null || o.generation === f.generation) &&
        matchesSearch(o, f.search));
    if (ok) passing.push(o.id);
    else hidden++;
  }
  if (passing.length <= f.maxObjects) return { shown: passing, hidden, capped: 0 };
  // Keep the lowest ids (the longest-lived objects, which carry the program's structure) and the selection.
  const kept = passing.slice(0, f.maxObjects);
  if (selected !== null && passing.includes(selected) && !kept.includes(selected)) kept[kept.length - 1] = selected;
  return { shown: kept.sort((a, b) => a - b), hidden, capped: passing.length - kept.length };
}
