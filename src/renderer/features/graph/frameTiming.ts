// How long Cytoscape takes to draw a moment: from the start of the render-loop frame that draws it (a
// beforeRender hook of the highest priority runs first in that frame, before Cytoscape's own style, bounds and
// texture-cache hooks) to the 'render' event Cytoscape emits when the frame is drawn. Together with the
// synchronous part (elements + placement + batch, HeapGraph's render) this is the graph's whole cost of a step;
// neither the service round trip nor the other panes are in it.
//
// beforeRender is the canvas renderer's own hook list (extensions/renderer/base/redraw.mjs), not part of the typed
// public API, so the one use of it is here, behind a narrow interface.

import type { Core } from 'cytoscape';

interface RenderLoop {
  beforeRender(fn: (willDraw: boolean, requestTime: number) => void, priority: number): void;
}

/** Calls `drawn(ms)` after each frame Cytoscape draws, with that frame's duration. Returns a stop function. */
export function watchFrames(cy: Core, drawn: (ms: number) => void): () => void {
  const loop = (cy as unknown as { renderer(): RenderLoop | undefined }).renderer();
  if (loop === undefined || typeof loop.beforeRender !== 'function') return () => {};
  let start = 0;
  let live = true;
  loop.beforeRender((willDraw) => {
    if (live && willDraw) start = performance.now();
  }, Number.MAX_SAFE_INTEGER);
  const onRender = (): void => {
    if (!live || start === 0) return;
    drawn(performance.now() - start);
    start = 0;
  };
  cy.on('render', onRender);
  return () => {
    live = false;
    cy.off('render', onRender);
  };
}
