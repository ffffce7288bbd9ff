// The reference graph's Cytoscape stylesheets, generated from the shared looks (graphPalette.ts) so the screen
// and the SVG export agree; plus what only the screen has (labels, shapes, the fade of freed objects).
//
// Two of them. Cytoscape styles every element property by property, and each property set costs a style-cache
// invalidation over the element's connected edges (styfn.checkTriggers), so past LARGE_GRAPH_EDGES references the
// large style sets as few properties as it can: haystack edges (straight, centre to centre, the arrow at the
// middle) skip the per-edge endpoint and parallel-edge computations (~0.4 s of the first frame at 4,000
// references); only the selection's references carry labels (measuring 4,000 labels costs even when they are too
// small to draw); freed objects disappear without fading (each frame of a fade redraws every element).

import type { StylesheetJson } from 'cytoscape';
import { LOOKS } from './graphPalette';
import { DEFAULT_SVG } from './graphSvg';

/** Past this many references the graph is drawn in its large style. */
export const LARGE_GRAPH_EDGES = 800;

type Rule = StylesheetJson[number];
const EDGE_CLASSES: ReadonlySet<string> = new Set(['ref', 'weak', 'root-edge']);

function lookRule(cls: string, look: (typeof LOOKS)[number][1], large: boolean): Rule {
  const arrowColor = large ? 'mid-target-arrow-color' : 'target-arrow-color';
  if (cls === 'retainer-path') {
    return { selector: '.retainer-path', style: { 'border-color': look.stroke!, 'border-width': look.strokeWidth!, 'line-color': look.stroke!, [arrowColor]: look.stroke!, width: look.strokeWidth! } } as Rule;
  }
  const style: Record<string, string | number> = {};
  if (EDGE_CLASSES.has(cls)) {
    if (look.stroke !== undefined) style['line-color'] = style[arrowColor] = look.stroke;
    if (look.strokeWidth !== undefined) style['width'] = look.strokeWidth;
    // solid is the default: only a dashed look sets the property
    if (look.dashed === true || (look.dashed === false && !large)) style['line-style'] = look.dashed ? 'dashed' : 'solid';
  } else {
    if (look.fill !== undefined) style['background-color'] = look.fill;
    if (look.stroke !== undefined) style['border-color'] = look.stroke;
    if (look.strokeWidth !== undefined) style['border-width'] = look.strokeWidth;
    if (look.dashed !== undefined) style['border-style'] = look.dashed ? 'dashed' : 'solid';
  }
  if (look.opacity !== undefined) style[cls === 'cycle' ? 'background-opacity' : 'opacity'] = look.opacity;
  return { selector: `.${cls}`, style } as Rule;
}

const EDGE_LABEL = {
  label: 'data(label)',
  'font-size': 7,
  'min-zoomed-font-size': 7,
  'text-rotation': 'autorotate',
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.8,
} as const;

function buildStyle(large: boolean): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        shape: 'round-rectangle',
        width: DEFAULT_SVG.nodeWidth,
        height: DEFAULT_SVG.nodeHeight,
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-max-width': `${DEFAULT_SVG.nodeWidth - 6}px`,
        'text-valign': 'center',
        'font-size': 9,
        // Labels too small to read are not drawn at 2,000 nodes, where text is most of Cytoscape's frame; a lecture
        // program's dozen objects keep their labels when the pane's fit zooms out.
        'min-zoomed-font-size': large ? 7 : 4,
        ...(large ? {} : { 'transition-property': 'opacity', 'transition-duration': 0.3 }),
      },
    },
    { selector: '.anchor', style: { color: '#ffffff', shape: 'tag', height: 28 } },
    { selector: ':parent', style: { 'text-valign': 'top', 'text-halign': 'center', 'font-size': 10, padding: `${DEFAULT_SVG.padding}px` } },
    large
      ? { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'mid-target-arrow-shape': 'triangle' } }
      : // Bezier edges bend apart when two objects refer to each other (a → b and b → a would overlap straight).
        { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', ...EDGE_LABEL } },
    { selector: 'edge:loop', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', ...(large ? { 'mid-target-arrow-shape': 'none' } : {}) } },
    ...(large ? [{ selector: 'edge.labelled', style: EDGE_LABEL }] : []),
    ...LOOKS.map(([cls, look]) => lookRule(cls, look, large)),
    { selector: '.awaiting-collection:parent', style: { 'border-style': 'double', 'border-width': 6 } },
  ] as StylesheetJson;
}

export const GRAPH_STYLE: StylesheetJson = buildStyle(false);
const LARGE_STYLE: StylesheetJson = buildStyle(true);

/** The stylesheet for a drawing of `edges` references (the large style past LARGE_GRAPH_EDGES). */
export function graphStyle(edges: number): StylesheetJson {
  return edges > LARGE_GRAPH_EDGES ? LARGE_STYLE : GRAPH_STYLE;
}
