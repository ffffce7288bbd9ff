// The painter of the bulk references (bulkEdges.ts): a canvas beneath Cytoscape's own, in the same container,
// drawn from Cytoscape's node positions, zoom and pan. It repaints when the graph says the references changed,
// and by itself (once per animation frame) when the student pans, zooms, drags a node, or a re-layout moves them.

import type { Core } from 'cytoscape';
import type { EdgeElement } from './graphElements';
import { edgeStrokes } from './bulkEdges';
import type { Point } from './stableLayout';

export class EdgeCanvas {
  private readonly canvas: HTMLCanvasElement;
  private edges: readonly EdgeElement[] = [];
  private frame = 0;
  private readonly schedule = (): void => {
    if (this.frame === 0) this.frame = requestAnimationFrame(() => ((this.frame = 0), this.paint()));
  };

  constructor(
    private readonly cy: Core,
    container: HTMLElement,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'heap-graph__bulk-edges';
    this.canvas.setAttribute('aria-hidden', 'true');
    Object.assign(this.canvas.style, { position: 'absolute', left: '0', top: '0', width: '100%', height: '100%', pointerEvents: 'none' });
    container.prepend(this.canvas);
    cy.on('viewport resize', this.schedule);
    cy.on('position', 'node', this.schedule);
  }

  /** The references to paint from now on; painted at once (the caller's frame shows them with the nodes). */
  show(edges: readonly EdgeElement[]): void {
    if (edges.length === 0 && this.edges.length === 0) return;
    this.edges = edges;
    this.paint();
  }

  /** The references painted here now (PNG export joins them to Cytoscape; the pane counts them). */
  get shown(): readonly EdgeElement[] {
    return this.edges;
  }

  paint(): void {
    const { canvas, cy } = this;
    const ratio = window.devicePixelRatio || 1;
    const width = cy.width();
    const height = cy.height();
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    const ctx = canvas.getContext('2d');
    if (ctx === null) return;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (this.edges.length === 0) return;
    const positions = new Map<string, Point>();
    cy.nodes().forEach((n) => {
      positions.set(n.id(), n.position());
    });
    for (const s of edgeStrokes(this.edges, (id) => positions.get(id), { zoom: cy.zoom(), pan: cy.pan(), width, height, pixelRatio: ratio })) {
      ctx.globalAlpha = s.opacity;
      ctx.strokeStyle = s.color;
      ctx.fillStyle = s.color;
      ctx.lineWidth = s.width;
      ctx.setLineDash(s.dashed ? [5 * ratio, 3 * ratio] : []);
      ctx.beginPath();
      for (let i = 0; i < s.lines.length; i += 4) {
        ctx.moveTo(s.lines[i]!, s.lines[i + 1]!);
        ctx.lineTo(s.lines[i + 2]!, s.lines[i + 3]!);
      }
      ctx.stroke();
      if (s.arrows.length > 0) {
        ctx.beginPath();
        for (let i = 0; i < s.arrows.length; i += 6) {
          ctx.moveTo(s.arrows[i]!, s.arrows[i + 1]!);
          ctx.lineTo(s.arrows[i + 2]!, s.arrows[i + 3]!);
          ctx.lineTo(s.arrows[i + 4]!, s.arrows[i + 5]!);
          ctx.closePath();
        }
        ctx.fill();
      }
    }
    ctx.globalAlpha = 1;
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.cy.off('viewport resize', this.schedule);
    this.cy.off('position', 'node', this.schedule);
    this.canvas.remove();
  }
}
