// The reference graph's colours and strokes by element class, in one place for both the Cytoscape stylesheet
// (graphStyle.ts) and the SVG export (graphSvg.ts), so an exported picture looks like the screen.
// Later classes in the list win, like later rules in a stylesheet.

export interface Look {
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly dashed: boolean;
  readonly opacity: number;
}

/** Class → what it changes. The order is the cascade. */
export const LOOKS: readonly (readonly [string, Partial<Look>])[] = [
  ['object', { fill: '#e0e0e0', stroke: '#757575', strokeWidth: 1 }],
  ['untracked', { fill: '#eeeeee', dashed: true }],
  ['gen-0', { fill: '#bbdefb', stroke: '#1565c0' }],
  ['gen-1', { fill: '#e1bee7', stroke: '#6a1b9a' }],
  ['gen-2', { fill: '#ffe0b2', stroke: '#e65100' }],
  ['root-object', { strokeWidth: 3 }],
  ['reach-counting', { fill: '#fff59d' }],
  ['reach-reachable', { fill: '#a5d6a7' }],
  ['reach-tentatively-unreachable', { fill: '#ffcc80' }],
  ['reach-unreachable', { fill: '#ef9a9a' }],
  ['reach-cleared', { fill: '#cfd8dc', stroke: '#455a64', dashed: true }],
  ['finalized', { stroke: '#4a148c', strokeWidth: 3 }],
  ['weakref-cleared', { dashed: true, stroke: '#9e9e9e' }],
  ['anchor', { fill: '#37474f', stroke: '#263238', strokeWidth: 1 }],
  ['stack-anchor', { fill: '#546e7a' }],
  ['cycle', { fill: '#e3f2fd', stroke: '#1565c0', strokeWidth: 2, dashed: true, opacity: 0.5 }],
  ['awaiting-collection', { fill: '#ffebee', stroke: '#b71c1c', strokeWidth: 3, dashed: false }],
  ['ref', { stroke: '#616161', strokeWidth: 1.5 }],
  ['weak', { stroke: '#9e9e9e', dashed: true, strokeWidth: 1 }],
  ['root-edge', { stroke: '#263238' }],
  ['retainer-path', { stroke: '#f57f17', strokeWidth: 3 }],
  ['selected', { stroke: '#000000', strokeWidth: 4 }],
  ['fading', { opacity: 0.15 }],
];

const BASE: Look = { fill: '#ffffff', stroke: '#000000', strokeWidth: 1, dashed: false, opacity: 1 };

/** The look of an element with these classes (space-separated). */
export function lookOf(classes: string): Look {
  const set = new Set(classes.split(' '));
  let look = BASE;
  for (const [cls, change] of LOOKS) if (set.has(cls)) look = { ...look, ...change };
  return look;
}
