import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { Recorder } from '../../../recorder/recorder';
import { generate } from '../../../recorder/testing/synthetic';
import { frameAt } from '../../../recorder/views';
import { applyElements, dropFaded, fitToPositions, readPositions } from './applyElements';
import { toElements } from './graphElements';
import { layoutChange, placeNodes, type Point } from './stableLayout';

const rec = new Recorder('3.11', 256);
generate(rec, { seed: 4, events: 20_000, liveTarget: 200 }, () => rec.length);
rec.finish();
const isPlaced = (id: string): boolean => !id.startsWith('c');

describe('applying elements to a (headless) Cytoscape', () => {
  it('matches the moment after any sequence of jumps, and never moves a node that stays', () => {
    const cy = cytoscape({ headless: true, styleEnabled: false });
    let positions = new Map<string, Point>();
    let drawn = new Set<string>();
    for (const i of [100, 5000, 5001, 5002, 12_000, 3000, 19_999, 7777, 7778]) {
      const els = toElements(frameAt(rec, i));
      const placement = placeNodes(positions, layoutChange(drawn, els.nodes, els.edges, isPlaced));
      const before = readPositions(cy);
      applyElements(cy, els, placement.positions);
      for (const [id, p] of before) {
        const n = cy.getElementById(id);
        if (!n.hasClass('fading') && n.isChildless()) expect(n.position()).toEqual(p);
      }
      dropFaded(cy);
      positions = placement.positions;
      drawn = new Set(els.nodes.filter((n) => isPlaced(n.data.id)).map((n) => n.data.id));
      // Same elements, classes, labels and parents as toElements says.
      expect(new Set(cy.elements().map((e) => e.id()))).toEqual(new Set([...els.nodes, ...els.edges].map((e) => e.data.id)));
      for (const n of els.nodes) {
        const ele = cy.getElementById(n.data.id);
        expect(ele.classes().join(' ')).toBe(n.classes);
        expect(ele.data('label')).toBe(n.data.label);
        expect(ele.parent().nonempty() ? ele.parent()[0]!.id() : undefined).toBe(n.data.parent);
      }
    }
  });

  it('fits to the positions, and a fit that would not move the viewport sets nothing (no full redraw per step)', () => {
    const container = { clientWidth: 400, clientHeight: 300 };
    const cy = cytoscape({ headless: true, styleEnabled: false, minZoom: 0.05, maxZoom: 4 });
    // headless: the viewport's size comes from the (absent) container; give it one
    cy.width = () => container.clientWidth;
    cy.height = () => container.clientHeight;
    let viewports = 0;
    cy.on('viewport', () => viewports++);
    // wider than the pane even at the minimum zoom, like 2,000 objects: the drawing stays "outside" after a fit
    const wide = new Map<string, Point>([['a', { x: 0, y: 0 }], ['b', { x: 40_000, y: 100 }]]);
    expect(fitToPositions(cy, wide, 100, 40, 16)).toBe(true);
    expect(cy.zoom()).toBe(0.05);
    const pan = { ...cy.pan() };
    expect(viewports).toBe(1);
    expect(fitToPositions(cy, wide, 100, 40, 16)).toBe(false);
    expect(fitToPositions(cy, new Map(wide), 100, 40, 16)).toBe(false);
    expect(viewports).toBe(1);
    expect(cy.pan()).toEqual(pan);
    // the drawing grew: the fit re-centres it
    expect(fitToPositions(cy, new Map([...wide, ['c', { x: 42_000, y: 100 }]]), 100, 40, 16)).toBe(true);
    expect(viewports).toBe(2);
    expect(cy.pan().x).toBeLessThan(pan.x);
    // a small drawing: zoomed in to fit, then left alone
    const small = new Map<string, Point>([['a', { x: 0, y: 0 }], ['b', { x: 200, y: 0 }]]);
    expect(fitToPositions(cy, small, 100, 40, 16, 1.5)).toBe(true);
    expect(cy.zoom()).toBeCloseTo(Math.min(1.5, (400 - 32) / 300), 9);
    expect(fitToPositions(cy, small, 100, 40, 16, 1.5)).toBe(false);
    expect(viewports).toBe(3);
  });
});
