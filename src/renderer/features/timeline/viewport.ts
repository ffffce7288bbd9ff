// The timeline's visible window over the run: moments [from, to) mapped onto `width` CSS pixels. Zoom keeps the
// moment under the pointer in place; pan moves by a fraction of the window; both clamp to [0, events]. The
// narrowest window is MIN_SPAN moments, so at full zoom one event is several pixels wide and GC phases separate.

export interface Viewport {
  /** First moment shown (may be fractional while zoomed). */
  readonly from: number;
  /** Moment at the right edge. */
  readonly to: number;
}

/** The narrowest window, in moments. */
export const MIN_SPAN = 20;

/** The whole run. */
export const fit = (events: number): Viewport => ({ from: 0, to: Math.max(events, 1) });

/** Keeps the window inside [0, events] without changing its span (unless the run is shorter). */
export function clampViewport(v: Viewport, events: number): Viewport {
  const total = Math.max(events, 1);
  const span = Math.min(Math.max(v.to - v.from, Math.min(MIN_SPAN, total)), total);
  const from = Math.max(0, Math.min(v.from, total - span));
  return { from, to: from + span };
}

/** Zooms by `factor` (> 1 zooms in) keeping `anchor` (a moment) at the same pixel. */
export function zoom(v: Viewport, factor: number, anchor: number, events: number): Viewport {
  const span = v.to - v.from;
  const next = span / factor;
  const t = span > 0 ? (anchor - v.from) / span : 0.5;
  return clampViewport({ from: anchor - t * next, to: anchor - t * next + next }, events);
}

/** Moves by `fraction` of the window (negative: earlier). */
export function pan(v: Viewport, fraction: number, events: number): Viewport {
  const d = (v.to - v.from) * fraction;
  return clampViewport({ from: v.from + d, to: v.to + d }, events);
}

/** Pans just enough to show `moment` (with a margin of a tenth of the window), or returns `v` unchanged. */
export function follow(v: Viewport, moment: number, events: number): Viewport {
  const span = v.to - v.from;
  const margin = span / 10;
  if (moment >= v.from && moment <= v.to) return v;
  const from = moment < v.from ? moment - margin : moment - span + margin;
  return clampViewport({ from, to: from + span }, events);
}

export const xOf = (v: Viewport, width: number, moment: number): number => ((moment - v.from) / (v.to - v.from)) * width;

/** The moment at pixel x, rounded to the nearest whole moment and clamped to [0, events]. */
export function momentAt(v: Viewport, width: number, x: number, events: number): number {
  const m = Math.round(v.from + (x / Math.max(width, 1)) * (v.to - v.from));
  return Math.max(0, Math.min(events, m));
}
