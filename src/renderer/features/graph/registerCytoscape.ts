// The one place the renderer configures Cytoscape. No extension is registered: positions come from
// stableLayout.ts (the preset layout; the "re-layout" button runs the same placement afresh), PNG export is
// built in, and SVG export is our own serializer (graphSvg.ts) because no SVG extension is available offline.

import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import { GRAPH_STYLE } from './graphStyle';

export function createHeapGraph(container: HTMLElement): Core {
  return cytoscape({
    container,
    style: GRAPH_STYLE,
    elements: [],
    layout: { name: 'preset' },
    minZoom: 0.05,
    maxZoom: 4,
    // Scrubbing changes data and classes often; textures keep panning smooth at 2,000 nodes.
    textureOnViewport: true,
    hideEdgesOnViewport: true,
  });
}
