// What the timeline says about the moment under the pointer: the line executing there (the last LINE event at or
// before it) and, inside a collection, which generation, what it collected and the phase in progress. Pure;
// O(log lines + log collections) per pointer move.

import { nextLineIndex } from './playback';
import type { CollectionOverview, TraceOverview } from './serviceContract';

export interface HoverInfo {
  readonly moment: number;
  /** The line executing at that moment, or -1 before the first LINE event. */
  readonly line: number;
  readonly collection: CollectionOverview | null;
  /** The phase in progress in that collection (the last GC_PHASE at or before the moment), or null. */
  readonly phase: string | null;
}

/** The collection in progress at `moment`: GC_START applied (start + 1) and GC_STOP not yet (before end). */
export function collectionAt(o: TraceOverview, moment: number): CollectionOverview | null {
  const cs = o.collections;
  let lo = 0;
  let hi = cs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cs[mid]!.start < moment) lo = mid + 1;
    else hi = mid;
  }
  const c = lo > 0 ? cs[lo - 1]! : null;
  return c !== null && moment < c.end ? c : null;
}

export function hoverInfo(o: TraceOverview, moment: number): HoverInfo {
  const k = nextLineIndex(o.lines, moment);
  const line = k > 0 ? o.lines[k - 1]!.line : -1;
  const collection = collectionAt(o, moment);
  let phase: string | null = null;
  if (collection) for (const p of collection.phases) if (p.at <= moment) phase = p.phase;
  return { moment, line, collection, phase };
}
