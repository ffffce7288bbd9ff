// The timeline's thin painter: draws the lanes of timelineColumns.ts onto a 2D canvas — source lines executed
// (a bar per pixel column from the lowest to the highest line), allocation (up) and free (down) rates, and the
// collections coloured by generation with their phases once a collection is wide enough to show them — and
// places the cursor at the current moment. No data is derived here beyond pixel positions.
//
// Cost: one fillRect per column per lane plus one per visible collection (and per phase when zoomed in);
// the lanes layer is repainted only when the viewport, size, theme or trace changes.

import type { Canvas2DLike } from '../arena/arenaPainter';
import type { TraceOverview } from './serviceContract';
import { densityColumns, lineColumns, visibleCollections } from './timelineColumns';
import { xOf, type Viewport } from './viewport';

export interface TimelinePalette {
  readonly background: string;
  readonly laneBackground: string;
  readonly text: string;
  readonly lines: string;
  readonly allocs: string;
  readonly frees: string;
  /** Per generation 0, 1, 2. */
  readonly generations: readonly [string, string, string];
  readonly phaseBand: string;
  readonly cursor: string;
}

export const TIMELINE_PALETTES: Readonly<Record<'light' | 'dark', TimelinePalette>> = {
  light: {
    background: '#ffffff',
    laneBackground: '#f4f4f1',
    text: '#4a4f54',
    lines: '#1f7a78',
    allocs: '#2c8a3f',
    frees: '#b8432f',
    generations: ['#3b82c4', '#d08a1c', '#a23fb0'],
    phaseBand: 'rgba(255,255,255,0.35)',
    cursor: '#d1242f',
  },
  dark: {
    background: '#1e2226',
    laneBackground: '#2a3036',
    text: '#c3cad0',
    lines: '#3aa9a5',
    allocs: '#7cc491',
    frees: '#f08a7e',
    generations: ['#6aa9e6', '#e8b257', '#cf7fdc'],
    phaseBand: 'rgba(0,0,0,0.3)',
    cursor: '#ff6b6b',
  },
};

export interface LaneRect {
  readonly y: number;
  readonly h: number;
}

export interface TimelineLanes {
  readonly lines: LaneRect;
  readonly density: LaneRect;
  readonly gc: LaneRect;
}

/** Lane geometry for a canvas `height` pixels tall: lines 40 %, allocations/frees 30 %, collections 30 %. */
export function laneLayout(height: number): TimelineLanes {
  const gap = 3;
  const usable = Math.max(0, height - 2 * gap);
  const linesH = Math.floor(usable * 0.4);
  const densityH = Math.floor(usable * 0.3);
  const gcH = usable - linesH - densityH;
  return { lines: { y: 0, h: linesH }, density: { y: linesH + gap, h: densityH }, gc: { y: linesH + densityH + 2 * gap, h: gcH } };
}

/** Lane titles, in the workspace's language. */
export interface LaneLabels {
  readonly lines: string;
  readonly density: string;
  readonly gc: string;
  /** A collection's name by generation ("gen 0" …), drawn on collections wide enough. */
  readonly generations: readonly [string, string, string];
}

export interface TimelineScene {
  readonly overview: TraceOverview;
  readonly viewport: Viewport;
  readonly width: number;
  readonly height: number;
  readonly palette: TimelinePalette;
  readonly labels: LaneLabels;
}

/** A collection narrower than this many pixels shows no phases. */
export const PHASES_MIN_WIDTH = 48;
/** Roughly the width of a character of the 10px label font, for deciding whether a label fits. */
const CHAR_WIDTH = 6;

/** What a paint drew (for the pane's data attributes and the tests). */
export interface PaintStats {
  readonly collections: number;
  /** Phase bands drawn (collections wide enough to show them). */
  readonly phases: number;
}

export function paintTimeline(ctx: Canvas2DLike, s: TimelineScene): PaintStats {
  const { width, height, palette: p } = s;
  const lanes = laneLayout(height);
  ctx.fillStyle = p.background;
  ctx.fillRect(0, 0, width, height);
  for (const lane of [lanes.lines, lanes.density, lanes.gc]) {
    ctx.fillStyle = p.laneBackground;
    ctx.fillRect(0, lane.y, width, lane.h);
  }
  paintLines(ctx, s, lanes.lines);
  paintDensity(ctx, s, lanes.density);
  const stats = paintCollections(ctx, s, lanes.gc);
  ctx.font = '10px sans-serif';
  for (const [label, lane] of [[s.labels.lines, lanes.lines], [s.labels.density, lanes.density], [s.labels.gc, lanes.gc]] as const) {
    // The lane's title on a patch of its background, so data under it does not garble it.
    ctx.fillStyle = p.laneBackground;
    ctx.fillRect(2, lane.y + 1, label.length * CHAR_WIDTH + 4, 12);
    ctx.fillStyle = p.text;
    ctx.fillText(label, 4, lane.y + 11);
  }
  return stats;
}

function paintLines(ctx: Canvas2DLike, s: TimelineScene, lane: LaneRect): void {
  const cols = lineColumns(s.overview, s.viewport, s.width);
  if (cols.lo < 0) return;
  const pad = 2;
  const h = lane.h - 2 * pad;
  const range = Math.max(1, cols.hi - cols.lo);
  // Line numbers grow downwards, as in the editor.
  const yOf = (line: number) => lane.y + pad + ((line - cols.lo) / range) * Math.max(0, h - 2);
  ctx.fillStyle = s.palette.lines;
  for (let c = 0; c < cols.min.length; c++) {
    const lo = cols.min[c]!;
    if (lo < 0) continue;
    const y0 = yOf(lo);
    ctx.fillRect(c, y0, 1, yOf(cols.max[c]!) - y0 + 2);
  }
  // When zoomed in, a run of columns on one line gets its number.
  ctx.font = '10px sans-serif';
  ctx.fillStyle = s.palette.text;
  let start = 0;
  for (let c = 1; c <= cols.min.length; c++) {
    const same = c < cols.min.length && cols.min[c] === cols.min[start] && cols.max[c] === cols.min[start];
    if (same) continue;
    const line = cols.min[start]!;
    const label = String(line);
    if (line >= 0 && cols.max[start] === line && c - start >= label.length * CHAR_WIDTH + 6) ctx.fillText(label, start + 2, Math.min(lane.y + lane.h - 1, yOf(line) + 11));
    start = c;
  }
}

function paintDensity(ctx: Canvas2DLike, s: TimelineScene, lane: LaneRect): void {
  const d = densityColumns(s.overview, s.viewport, s.width);
  if (d.peak <= 0) return;
  const mid = lane.y + Math.floor(lane.h / 2);
  const half = Math.floor(lane.h / 2) - 1;
  ctx.fillStyle = s.palette.allocs;
  for (let c = 0; c < d.allocs.length; c++) {
    const a = d.allocs[c]!;
    if (a > 0) {
      const hA = Math.max(1, Math.round((a / d.peak) * half));
      ctx.fillRect(c, mid - hA, 1, hA);
    }
  }
  ctx.fillStyle = s.palette.frees;
  for (let c = 0; c < d.frees.length; c++) {
    const f = d.frees[c]!;
    if (f > 0) ctx.fillRect(c, mid, 1, Math.max(1, Math.round((f / d.peak) * half)));
  }
}

function paintCollections(ctx: Canvas2DLike, s: TimelineScene, lane: LaneRect): PaintStats {
  const { overview: o, viewport: v, width, palette: p } = s;
  const { first, last } = visibleCollections(o, v);
  let phases = 0;
  ctx.font = '10px sans-serif';
  for (let i = first; i < last; i++) {
    const c = o.collections[i]!;
    const x0 = Math.max(0, xOf(v, width, c.start));
    const x1 = Math.min(width, xOf(v, width, c.end));
    const w = Math.max(2, x1 - x0);
    const g = Math.max(0, Math.min(2, c.generation));
    ctx.fillStyle = p.generations[g]!;
    ctx.fillRect(x0, lane.y, w, lane.h);
    const name = s.labels.generations[g]!;
    // The name goes on last, over the phase bands.
    const named = () => {
      if (w < name.length * CHAR_WIDTH + 4) return;
      ctx.fillStyle = p.background;
      ctx.fillText(name, x0 + 2, lane.y + 10);
    };
    if (w < PHASES_MIN_WIDTH || c.phases.length === 0) {
      named();
      continue;
    }
    // Phases: alternate bands from each GC_PHASE to the next (the last to the collection's end), named if room.
    for (let k = 0; k < c.phases.length; k++) {
      const ph = c.phases[k]!;
      const a = Math.max(x0, xOf(v, width, ph.at));
      const b = Math.min(x1, k + 1 < c.phases.length ? xOf(v, width, c.phases[k + 1]!.at) : x1);
      if (b <= a) continue;
      phases++;
      if (k % 2 === 1) {
        ctx.fillStyle = p.phaseBand;
        ctx.fillRect(a, lane.y, b - a, lane.h);
      }
      ctx.fillStyle = p.phaseBand;
      ctx.fillRect(a, lane.y, 1, lane.h);
      if (b - a >= ph.phase.length * CHAR_WIDTH + 4) {
        ctx.fillStyle = p.background;
        ctx.fillText(ph.phase, a + 2, lane.y + lane.h - 3);
      }
    }
    named();
  }
  return { collections: last - first, phases };
}

/**
 * Where the cursor goes for `moment`: its left edge in CSS pixels, or null when the moment is out of view. The
 * cursor is a DOM element moved by a transform, not a canvas layer: moving it costs the compositor nothing,
 * while a repainted canvas must be uploaded again on every frame of a drag (measured: the larger cost once the
 * page renders in software).
 */
export function cursorLeft(viewport: Viewport, width: number, moment: number): number | null {
  const x = xOf(viewport, width, moment);
  return x < -1 || x > width + 1 ? null : Math.round(x) - 1;
}
