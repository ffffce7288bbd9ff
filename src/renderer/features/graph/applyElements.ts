// Brings a Cytoscape instance to a moment's elements in one cy.batch(): adds what is new at its placed
// position, updates labels and classes that changed (and moves objects in or out of cycle outlines), and marks
// what disappeared as fading; `dropFaded` removes the faded ones once their transition is over. Positions of
// existing nodes are never touched here: the stable layout (stableLayout.ts) owns them.
//
// Cost: O(elements) per moment with cheap comparisons (a scratch copy of the last classes and label), so an
// unchanged element costs two string compares and no style recalculation.

import type { Core, ElementDefinition, SingularElementReturnValue } from 'cytoscape';
import type { GraphElement, GraphElements } from './graphElements';
import { boundsOf, type Point } from './stableLayout';

const LAST = '_heapscope';

export interface ApplyResult {
  readonly added: number;
  readonly updated: number;
  readonly fading: number;
}

function update(ele: SingularElementReturnValue, e: GraphElement): boolean {
  const last = ele.scratch(LAST) as { label: string; classes: string } | undefined;
  let changed = false;
  if (last === undefined || last.label !== e.data.label) {
    const { id: _id, ...rest } = e.data;
    if (e.group === 'nodes') delete (rest as { parent?: string }).parent;
    ele.data(rest);
    changed = true;
  }
  if (last === undefined || last.classes !== e.classes) {
    ele.classes(e.classes);
    changed = true;
  }
  if (e.group === 'nodes') {
    const parent = e.data.parent ?? null;
    const up = ele.parent();
    const now = up.nonempty() ? up[0]!.id() : null;
    if (parent !== now) {
      ele.move({ parent });
      changed = true;
    }
  }
  if (changed) ele.scratch(LAST, { label: e.data.label, classes: e.classes });
  return changed;
}

export function applyElements(cy: Core, els: GraphElements, positions: ReadonlyMap<string, Point>): ApplyResult {
  let added = 0;
  let updated = 0;
  let fading = 0;
  const want = new Set<string>();
  cy.batch(() => {
    // New elements go in with one cy.add (much cheaper than one call each); cycle outlines come first in
    // els.nodes, so a parent is in the same collection as its new children, or already drawn.
    const fresh: ElementDefinition[] = [];
    const moved: GraphElement[] = [];
    for (const e of [...els.nodes, ...els.edges]) {
      want.add(e.data.id);
      const ele = cy.getElementById(e.data.id);
      if (ele.empty()) {
        const position = positions.get(e.data.id);
        fresh.push({ group: e.group, data: { ...e.data }, classes: e.classes, ...(position === undefined ? {} : { position: { ...position } }) });
      } else moved.push(e);
    }
    if (fresh.length > 0) {
      cy.add(fresh).forEach((ele) => {
        ele.scratch(LAST, { label: ele.data('label') as string, classes: ele.classes().join(' ') });
      });
      added = fresh.length;
    }
    for (const e of moved) if (update(cy.getElementById(e.data.id), e)) updated++;
    cy.elements().forEach((ele) => {
      if (!want.has(ele.id()) && !ele.hasClass('fading')) {
        ele.addClass('fading');
        ele.scratch(LAST, undefined);
        fading++;
      }
    });
  });
  return { added, updated, fading };
}

/** Removes the elements that have finished fading (still marked: nothing brought them back). */
export function dropFaded(cy: Core): void {
  cy.batch(() => {
    const gone = cy.elements('.fading');
    // A fading cycle outline must not take objects that are still shown with it.
    gone.nodes(':parent').children().filter((c) => !c.hasClass('fading')).move({ parent: null });
    cy.remove(gone);
  });
}

/** The positions Cytoscape holds for the childless nodes (the layout's, unless the student dragged some). */
export function readPositions(cy: Core): Map<string, Point> {
  const out = new Map<string, Point>();
  cy.nodes(':childless').forEach((n) => {
    const p = n.position();
    out.set(n.id(), { x: p.x, y: p.y });
  });
  return out;
}

/**
 * Fits the viewport to the stable layout's positions. cy.fit() measures every label's text to find bounding
 * boxes — ~0.75 s for 2,000 nodes in Chromium — while the positions and the fixed node size already say it.
 *
 * Returns whether the viewport moved. A fit that lands where the viewport already is sets nothing: any
 * cy.viewport() call makes Cytoscape redraw every element (and recompute their bounding boxes) even when zoom and
 * pan are unchanged, and a drawing wider than the pane at the minimum zoom stays "outside" it after every fit, so
 * scrubbing such a drawing refitted, and redrew all of it, at every step (~60 ms of a 2,000-object step).
 */
export function fitToPositions(cy: Core, positions: ReadonlyMap<string, Point>, nodeWidth: number, nodeHeight: number, padding = 24, maxZoom = cy.maxZoom()): boolean {
  if (positions.size === 0) return false;
  const { minX, minY, maxX, maxY } = boundsOf(positions.values());
  const w = maxX - minX + nodeWidth;
  const h = maxY - minY + nodeHeight;
  const zoom = Math.min(maxZoom, cy.maxZoom(), Math.max(cy.minZoom(), Math.min((cy.width() - 2 * padding) / w, (cy.height() - 2 * padding) / h)));
  const pan = { x: cy.width() / 2 - zoom * (minX + maxX) / 2, y: cy.height() / 2 - zoom * (minY + maxY) / 2 };
  const now = cy.pan();
  // a tenth of a pixel: below what the canvas shows, above floating-point noise
  if (Math.abs(zoom - cy.zoom()) <= 1e-9 * zoom && Math.abs(pan.x - now.x) < 0.1 && Math.abs(pan.y - now.y) < 0.1) return false;
  cy.viewport({ zoom, pan });
  return true;
}

