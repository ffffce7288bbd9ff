// Replays a range of the event log onto a writable HeapState: the decode loop shared by keyframes, seek and the
// importer's validation. Mirrors nothing in CPython; it is the recorder's "apply every event in order".

import { ArenaChange, EventKind } from '../core/trace/events';
import { CHUNK_BITS, type EventLog } from './log';
import { applyEvent } from './apply';
import type { ApplyContext, MutableState } from './state';

// Imported bindings read once: under a CommonJS-style loader (tsx, which runs the benchmarks) each use of an
// imported binding is a getter call, and the code below runs per event (measured: ~15% of a seek's CPU time).
const _EventKind = EventKind;
const _ArenaChange = ArenaChange;
const _applyEvent = applyEvent;
const _CHUNK_BITS = CHUNK_BITS;

/** Running totals kept while keyframes are built (peak live objects and arenas for the summary). */
export interface Peaks {
  objects: number;
  peakObjects: number;
  arenas: number;
  peakArenas: number;
}

/** Applies events [from, to) of log to s in place (plain data, or an immer draft) and sets s.index = to. */
export function applyRange(s: MutableState, log: EventLog, ctx: ApplyContext, from: number, to: number, peaks?: Peaks): void {
  ctx.stringCount = log.strings.length;
  const chunks = log.chunks;
  const mask = (1 << _CHUNK_BITS) - 1;
  for (let i = from; i < to; ) {
    const ch = chunks[i >>> _CHUNK_BITS]!;
    const end = Math.min(to, ((i >>> _CHUNK_BITS) + 1) << _CHUNK_BITS);
    const w = ch.words;
    const offsets = ch.offsets;
    for (; i < end; i++) {
      const p = offsets[i & mask]!;
      const h = w[p]!;
      const kind = h & 0xff;
      _applyEvent(s, ctx, i, kind, (h >>> 8) & 0xff, w, p + 1);
      if (peaks !== undefined) {
        if (kind === _EventKind.OBJECT_NEW) {
          if (++peaks.objects > peaks.peakObjects) peaks.peakObjects = peaks.objects;
        } else if (kind === _EventKind.OBJECT_FREE) peaks.objects--;
        else if (kind === _EventKind.ARENA) {
          peaks.arenas += ((h >>> 8) & 0xff) === _ArenaChange.NEW ? 1 : -1;
          if (peaks.arenas > peaks.peakArenas) peaks.peakArenas = peaks.arenas;
        }
      }
    }
  }
  s.index = to;
}
