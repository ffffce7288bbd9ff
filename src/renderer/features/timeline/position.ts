// Where the student was in a trace (moment and selected object), kept in localStorage so a restored trace
// reopens there. The record names the trace by its length and a hash of its source: a position from another
// trace is never applied.

export interface TracePosition {
  readonly moment: number;
  readonly selected: number | null;
  /** The trace's event count and source hash when the position was saved. */
  readonly events: number;
  readonly sourceHash: number;
}

export const POSITION_KEY = 'heapscope.trace.position';

/** FNV-1a over UTF-16 code units: cheap, deterministic, and enough to tell two programs apart. */
export function sourceHash(source: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    h ^= source.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Parses stored text; anything malformed is null (storage is input, never trusted). */
export function readPosition(text: string | null): TracePosition | null {
  if (text === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const r = data as Record<string, unknown>;
  if (!isCount(r.moment) || !isCount(r.events) || !isCount(r.sourceHash) || r.moment > r.events) return null;
  if (r.selected !== null && !isCount(r.selected)) return null;
  return { moment: r.moment, selected: r.selected as number | null, events: r.events, sourceHash: r.sourceHash };
}

export function writePosition(p: TracePosition): string {
  return JSON.stringify({ moment: p.moment, selected: p.selected, events: p.events, sourceHash: p.sourceHash });
}

/** The stored position if it belongs to the trace of `events` events and `source`, else null. */
export function positionFor(p: TracePosition | null, events: number, source: string): TracePosition | null {
  return p && p.events === events && p.sourceHash === sourceHash(source) ? p : null;
}
