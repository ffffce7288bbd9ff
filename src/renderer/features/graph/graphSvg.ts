// SVG export of the reference graph: our own serializer of the positioned elements (no Cytoscape SVG extension
// is available offline), drawn with the same looks as the screen (graphPalette.ts). Cycles are drawn as the
// bounding boxes of their shown members, as Cytoscape draws compound parents.
//
// Cost: O(nodes + edges); the text is built once per export.

import type { GraphElements } from './graphElements';
import { lookOf } from './graphPalette';
import { boundsOf, type Point } from './stableLayout';

export interface SvgOptions {
  readonly nodeWidth: number;
  readonly nodeHeight: number;
  readonly padding: number;
}
export const DEFAULT_SVG: SvgOptions = { nodeWidth: 110, nodeHeight: 56, padding: 12 };

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function style(classes: string): string {
  const l = lookOf(classes);
  return `fill="${l.fill}" stroke="${l.stroke}" stroke-width="${l.strokeWidth}"${l.dashed ? ' stroke-dasharray="5 3"' : ''}${l.opacity < 1 ? ` opacity="${l.opacity}"` : ''}`;
}

/** An SVG document of the elements at their positions; nodes without a position are left out. */
export function graphToSvg(els: GraphElements, positions: ReadonlyMap<string, Point>, o: SvgOptions = DEFAULT_SVG): string {
  const hw = o.nodeWidth / 2;
  const hh = o.nodeHeight / 2;
  const leaf = els.nodes.filter((n) => !n.classes.split(' ').includes('cycle') && positions.has(n.data.id));
  if (leaf.length === 0) return '<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0"/>';
  const b = boundsOf(leaf.map((n) => positions.get(n.data.id)!));
  const minX = b.minX - hw;
  const minY = b.minY - hh;
  const maxX = b.maxX + hw;
  const maxY = b.maxY + hh;
  const pad = 2 * o.padding;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX - pad} ${minY - pad} ${maxX - minX + 2 * pad} ${maxY - minY + 2 * pad}" width="${Math.ceil(maxX - minX + 2 * pad)}" height="${Math.ceil(maxY - minY + 2 * pad)}" font-family="sans-serif" font-size="9">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#616161"/></marker></defs>',
  ];
  for (const c of els.nodes.filter((n) => n.classes.split(' ').includes('cycle'))) {
    const members = leaf.filter((n) => n.data.parent === c.data.id).map((n) => positions.get(n.data.id)!);
    if (members.length === 0) continue;
    const x0 = Math.min(...members.map((p) => p.x)) - hw - o.padding;
    const y0 = Math.min(...members.map((p) => p.y)) - hh - o.padding;
    const x1 = Math.max(...members.map((p) => p.x)) + hw + o.padding;
    const y1 = Math.max(...members.map((p) => p.y)) + hh + o.padding;
    out.push(`<g class="${escapeXml(c.classes)}" data-id="${escapeXml(c.data.id)}"><rect x="${x0}" y="${y0}" width="${x1 - x0}" height="${y1 - y0}" rx="8" ${style(c.classes)}/><text x="${x0 + 4}" y="${y0 - 3}">${escapeXml(c.data.label)}</text></g>`);
  }
  for (const e of els.edges) {
    const a = positions.get(e.data.source);
    const b = positions.get(e.data.target);
    if (a === undefined || b === undefined) continue;
    out.push(`<g class="${escapeXml(e.classes)}"><line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" ${style(e.classes)} marker-end="url(#arrow)"/><text x="${(a.x + b.x) / 2}" y="${(a.y + b.y) / 2}" text-anchor="middle">${escapeXml(e.data.label)}</text></g>`);
  }
  for (const n of leaf) {
    const p = positions.get(n.data.id)!;
    const lines = n.data.label.split('\n');
    const text = lines.map((t, k) => `<tspan x="${p.x}" dy="${k === 0 ? -((lines.length - 1) * 11) / 2 + 3 : 11}">${escapeXml(t)}</tspan>`).join('');
    const fg = n.classes.split(' ').includes('anchor') ? '#ffffff' : '#212121';
    out.push(`<g class="${escapeXml(n.classes)}" data-id="${escapeXml(n.data.id)}"><rect x="${p.x - hw}" y="${p.y - hh}" width="${o.nodeWidth}" height="${o.nodeHeight}" rx="6" ${style(n.classes)}/><text x="${p.x}" y="${p.y}" text-anchor="middle" fill="${fg}">${text}</text></g>`);
  }
  out.push('</svg>');
  return out.join('\n');
}
