// The reference graph's Cytoscape stylesheet, generated from the shared looks (graphPalette.ts) so the screen
// and the SVG export agree; plus what only the screen has (labels, shapes, the fade of freed objects).

import type { StylesheetJson } from 'cytoscape';
import { LOOKS } from './graphPalette';
import { DEFAULT_SVG } from './graphSvg';

function lookRule(cls: string, look: (typeof LOOKS)[number][1]): StylesheetJson[number] {
  const edge = cls === 'ref' || cls === 'weak' || cls === 'root-edge';
  if (cls === 'retainer-path') return { selector: '.retainer-path', style: { 'border-color': look.stroke!, 'border-width': look.strokeWidth!, 'line-color': look.stroke!, 'target-arrow-color': look.stroke!, width: look.strokeWidth! } } as StylesheetJson[number];
  const style: Record<string, string | number> = {};
  if (edge) {
    if (look.stroke !== undefined) style['line-color'] = style['target-arrow-color'] = look.stroke;
    if (look.strokeWidth !== undefined) style['width'] = look.strokeWidth;
    if (look.dashed !== undefined) style['line-style'] = look.dashed ? 'dashed' : 'solid';
  } else {
    if (look.fill !== undefined) style['background-color'] = look.fill;
    if (look.stroke !== undefined) style['border-color'] = look.stroke;
    if (look.strokeWidth !== undefined) style['border-width'] = look.strokeWidth;
    if (look.dashed !== undefined) style['border-style'] = look.dashed ? 'dashed' : 'solid';
  }
  if (look.opacity !== undefined) style[cls === 'cycle' ? 'background-opacity' : 'opacity'] = look.opacity;
  return { selector: `.${cls}`, style } as StylesheetJson[number];
}

export const GRAPH_STYLE: StylesheetJson = [
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
      // Labels too small to read are not drawn: at 2,000 nodes, text is most of Cytoscape's frame.
      'min-zoomed-font-size': 7,
      'transition-property': 'opacity',
      'transition-duration': 0.3,
    },
  },
  { selector: '.anchor', style: { color: '#ffffff', shape: 'tag', height: 28 } },
  { selector: ':parent', style: { 'text-valign': 'top', 'text-halign': 'center', 'font-size': 10, padding: `${DEFAULT_SVG.padding}px` } },
  {
    selector: 'edge',
    style: {
      // Straight edges draw faster than bezier ones and keep their arrows; parallel edges are rare in a heap.
      'curve-style': 'straight',
      'target-arrow-shape': 'triangle',
      label: 'data(label)',
      'font-size': 7,
      'min-zoomed-font-size': 7,
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
    },
  },
  { selector: 'edge:loop', style: { 'curve-style': 'bezier' } },
  ...LOOKS.map(([cls, look]) => lookRule(cls, look)),
  { selector: '.awaiting-collection:parent', style: { 'border-style': 'double', 'border-width': 6 } },
];
