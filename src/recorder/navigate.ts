// Moving through a recorded run (DESIGN.md §4): by event, instruction, line (step over / into / out, both
// directions), collection and GC phase — the way a debugger steps through Python/ceval.c's trace events.
//
// A moment i is the state after events [0, i). Stepping to an event e lands on moment e + 1: the event has
// happened (the INSTRUCTION or LINE is current) and nothing after it has. Every function returns a moment, or
// null when there is nowhere to go. Scans read only the log's kind bytes and frame events (O(distance)).

import { EventKind } from '../core/trace/events';
import type { Recorder } from './recorder';

/** Which way to move. */
export const Direction = {
  FORWARD: 1,
  BACKWARD: -1,
} as const;
export type Direction = (typeof Direction)[keyof typeof Direction];

/** How a line step treats calls (pdb's step / next / return). */
export const StepMode = {
  /** Stop at the next line anywhere, entering calls. */
  INTO: 'into',
  /** Stop at the next line of this frame or a caller. */
  OVER: 'over',
  /** Stop once this frame has returned. */
  OUT: 'out',
} as const;
export type StepMode = (typeof StepMode)[keyof typeof StepMode];

export function nextEvent(rec: Recorder, i: number, dir: Direction): number | null {
  const j = i + dir;
  return j < 0 || j > rec.length ? null : j;
}

/** The next (or previous) moment right after an event matching `match`. Backward skips the event that led to i. */
function scan(rec: Recorder, i: number, dir: Direction, match: (e: number) => boolean): number | null {
  if (dir === Direction.FORWARD) {
    for (let e = i; e < rec.length; e++) if (match(e)) return e + 1;
  } else {
    for (let e = i - 2; e >= 0; e--) if (match(e)) return e + 1;
  }
  return null;
}

export function nextInstruction(rec: Recorder, i: number, dir: Direction): number | null {
  const log = rec.log;
  return scan(rec, i, dir, (e) => log.kind(e) === EventKind.INSTRUCTION);
}

/** The next (previous) start of a collection, of any generation or of `generation`. */
export function nextCollection(rec: Recorder, i: number, dir: Direction, generation?: number): number | null {
  const log = rec.log;
  return scan(rec, i, dir, (e) => log.kind(e) === EventKind.GC_START && (generation === undefined || log.sub(e) === generation));
}

/** The next (previous) GC phase change, of any phase or of `phase` (a GcPhase). */
export function nextGcPhase(rec: Recorder, i: number, dir: Direction, phase?: number): number | null {
  const log = rec.log;
  return scan(rec, i, dir, (e) => log.kind(e) === EventKind.GC_PHASE && (phase === undefined || log.sub(e) === phase));
}

/**
 * Line stepping. Depth is the frame-stack height; OVER stops at a LINE whose frame is at most the current depth,
 * or, if the frame returns first, right after the return (like pdb's "--Return--"); OUT stops right after the
 * current frame returns. Backward, OVER/INTO stop at earlier LINE events and OUT at the moment before the
 * current frame was pushed (the caller's call instruction).
 */
export function stepLine(rec: Recorder, i: number, mode: StepMode, dir: Direction): number | null {
  const log = rec.log;
  const d0 = rec.seek(i).frames.length;
  if (dir === Direction.FORWARD) {
    let d = d0;
    for (let e = i; e < rec.length; e++) {
      const k = log.kind(e);
      if (k === EventKind.FRAME_PUSH) d++;
      else if (k === EventKind.FRAME_POP) {
        d--;
        if (d < d0 && mode !== StepMode.INTO) return e + 1;
      } else if (k === EventKind.LINE && mode !== StepMode.OUT && (mode === StepMode.INTO || d <= d0)) return e + 1;
    }
    return null;
  }
  // Backward: d is the depth at moment e + 1 while looking at event e.
  let d = d0;
  for (let e = i - 1; e >= 0; e--) {
    const k = log.kind(e);
    if (k === EventKind.FRAME_PUSH) {
      if (d === d0 && mode === StepMode.OUT) return e;
      d--;
      if (d < d0 && mode === StepMode.OVER) return e;
    } else if (k === EventKind.FRAME_POP) d++;
    else if (k === EventKind.LINE && e < i - 1 && mode !== StepMode.OUT && (mode === StepMode.INTO || d <= d0)) return e + 1;
  }
  return null;
}
