// Play: advancing the moment on every animation frame, by events or by lines at a chosen speed. Pure: the pane's
// requestAnimationFrame loop passes the elapsed time and applies the moment returned. Fractional progress is
// carried between frames, so 10 events/s at 60 fps advances one event every sixth frame, not never.

export const PlayUnit = {
  /** Every event is a step. */
  EVENT: 'event',
  /** Every LINE event is a step (step into: any frame's next line). */
  LINE: 'line',
} as const;
export type PlayUnit = (typeof PlayUnit)[keyof typeof PlayUnit];

/** The speeds offered, in steps per second, per unit. */
export const SPEEDS: Readonly<Record<PlayUnit, readonly number[]>> = {
  event: [10, 100, 1_000, 10_000, 100_000],
  line: [1, 2, 5, 10, 30],
};

export interface PlayState {
  readonly moment: number;
  /** Fraction of a step carried to the next frame. */
  readonly carry: number;
}

/** The first index in `lines` (sorted by `at`) whose `at` is > moment. */
export function nextLineIndex(lines: readonly { readonly at: number }[], moment: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lines[mid]!.at <= moment) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The state after `dtMs` milliseconds at `speed` steps/s. Stops at the end (the caller pauses when the moment
 * returned equals `events`). A long frame (tab in background) advances at most one second's worth.
 */
export function advance(
  s: PlayState,
  dtMs: number,
  speed: number,
  unit: PlayUnit,
  events: number,
  lines: readonly { readonly at: number }[],
): PlayState {
  const total = s.carry + (Math.min(Math.max(dtMs, 0), 1000) / 1000) * speed;
  const steps = Math.floor(total);
  const carry = total - steps;
  if (steps === 0) return { moment: s.moment, carry };
  switch (unit) {
    case PlayUnit.EVENT:
      return { moment: Math.min(events, s.moment + steps), carry };
    case PlayUnit.LINE: {
      const k = nextLineIndex(lines, s.moment) + steps - 1;
      return { moment: k < lines.length ? lines[k]!.at : events, carry };
    }
    default: {
      const never: never = unit;
      return never;
    }
  }
}
