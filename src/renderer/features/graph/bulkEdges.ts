// The references of a large drawing that the graph paints itself, beneath Cytoscape, instead of handing them to
// Cytoscape as elements. Pure: which edges go where, and the strokes that draw them for a viewport.
//
// Why: Cytoscape's canvas renderer redraws every element whenever any element changes (its layered texture
// cache is skipped for 250 ms after an invalidation, so while scrubbing it never helps), and an edge costs it
// ~7 µs a frame — a dozen style lookups, five bounding-box queries, three label caches — even when it is a
// plain line. At 2,000 objects and 4,000 references that was ~30 of a ~45 ms frame (measured: the same
// frame with edges hidden drew in ~15 ms). Plain lines grouped by look are a few canvas paths: ~1–2 ms.
// Cytoscape keeps the references that carry something to read or click: the selection's labelled references
// and the retainer path; everything here is drawn with the same looks (graphPalette.ts) as Cytoscape's
// stylesheet and the SVG export, straight and with the arrow half-way, as the large stylesheet draws them.

import type { EdgeElement, GraphElements } from './graphElements';
import { lookOf } from './graphPalette';
import type { Point } from './stableLayout';

/** Classes that keep a reference a Cytoscape element (labels, the highlighted path). */
const KEPT_CLASSES: readonly string[] = ['labelled', 'retainer-path'];

export interface EdgeSplit {
  /** The elements Cytoscape draws: every node, and the edges it keeps. */
  readonly elements: GraphElements;
  /** The references painted beneath it. */
  readonly bulk: readonly EdgeElement[];
}

/** Splits a large drawing's references (`large`: the large stylesheet is on); a small one is all Cytoscape's. */
export function splitEdges(els: GraphElements, large: boolean): EdgeSplit {
  if (!large) return { elements: els, bulk: [] };
  const kept: EdgeElement[] = [];
  const bulk: EdgeElement[] = [];
  for (const e of els.edges) {
    const classes = e.classes.split(' ');
    (KEPT_CLASSES.some((c) => classes.includes(c)) ? kept : bulk).push(e);
  }
  return { elements: { ...els, edges: kept }, bulk };
}

/** Model coordinates → canvas pixels: Cytoscape's zoom and pan, times the canvas's pixel ratio. */
export interface Viewport {
  readonly zoom: number;
  readonly pan: Point;
  readonly width: number;
  readonly height: number;
  readonly pixelRatio: number;
}

/** One canvas path: every line (x1, y1, x2, y2 in canvas pixels) and arrowhead of one look. */
export interface Stroke {
  readonly color: string;
  /** In canvas pixels. */
  readonly width: number;
  readonly dashed: boolean;
  readonly opacity: number;
  readonly lines: number[];
  /** Triangles, 6 numbers each, pointing along their line at its middle; none when too small to see. */
  readonly arrows: number[];
}

/** The arrowhead's length and half-width in model units (Cytoscape's triangle at the large style's edge width). */
const ARROW_LENGTH = 8;
const ARROW_HALF_WIDTH = 3.5;
/** Below this many pixels an arrowhead is not drawn (it would be a smudge on the line). */
const MIN_ARROW_PX = 3;

/**
 * The strokes that draw `edges` between the positioned nodes in `vp`: one per distinct look, in the order the
 * looks first appear; a line whose ends are both on one side outside the canvas, or whose ends are not
 * positioned, is left out. O(edges).
 */
export function edgeStrokes(edges: readonly EdgeElement[], position: (id: string) => Point | undefined, vp: Viewport): Stroke[] {
  const byLook = new Map<string, Stroke>();
  const s = vp.zoom * vp.pixelRatio;
  const ox = vp.pan.x * vp.pixelRatio;
  const oy = vp.pan.y * vp.pixelRatio;
  const w = vp.width * vp.pixelRatio;
  const h = vp.height * vp.pixelRatio;
  const arrowLength = ARROW_LENGTH * s;
  const drawArrows = arrowLength >= MIN_ARROW_PX;
  const looks = new Map<string, string>();
  for (const e of edges) {
    const a = position(e.data.source);
    const b = position(e.data.target);
    if (a === undefined || b === undefined) continue;
    const x1 = a.x * s + ox;
    const y1 = a.y * s + oy;
    const x2 = b.x * s + ox;
    const y2 = b.y * s + oy;
    if ((x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0) || (x1 > w && x2 > w) || (y1 > h && y2 > h)) continue;
    let key = looks.get(e.classes);
    if (key === undefined) {
      const l = lookOf(e.classes);
      key = `${l.stroke} ${l.strokeWidth} ${l.dashed} ${l.opacity}`;
      looks.set(e.classes, key);
      if (!byLook.has(key)) byLook.set(key, { color: l.stroke, width: l.strokeWidth * s, dashed: l.dashed, opacity: l.opacity, lines: [], arrows: [] });
    }
    const stroke = byLook.get(key)!;
    stroke.lines.push(x1, y1, x2, y2);
    const len = Math.hypot(x2 - x1, y2 - y1);
    if (drawArrows && len > 2 * arrowLength) {
      const ux = (x2 - x1) / len;
      const uy = (y2 - y1) / len;
      const tipX = (x1 + x2) / 2 + (ux * arrowLength) / 2;
      const tipY = (y1 + y2) / 2 + (uy * arrowLength) / 2;
      const baseX = tipX - ux * arrowLength;
      const baseY = tipY - uy * arrowLength;
      const hw = ARROW_HALF_WIDTH * s;
      stroke.arrows.push(tipX, tipY, baseX - uy * hw, baseY + ux * hw, baseX + uy * hw, baseY - ux * hw);
    }
  }
  return [...byLook.values()];
}
