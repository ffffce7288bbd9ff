import { describe, expect, it } from 'vitest';
import { Recorder } from '../../../recorder/recorder';
import { generate } from '../../../recorder/testing/synthetic';
import { frameAt } from '../../../recorder/views';
import { edgeStrokes, splitEdges, type Viewport } from './bulkEdges';
import { toElements, type EdgeElement } from './graphElements';
import { lookOf } from './graphPalette';
import { layoutChange, placeNodes } from './stableLayout';

const rec = new Recorder('3.11', 256);
generate(rec, { seed: 4, events: 20_000, liveTarget: 200 }, () => rec.length);
rec.finish();

const edge = (id: string, source: string, target: string, classes = 'ref cause-attribute strong'): EdgeElement => ({
  group: 'edges',
  data: { id, source, target, label: id },
  classes,
});
const at = (points: Record<string, [number, number]>) => (id: string) => (points[id] === undefined ? undefined : { x: points[id]![0], y: points[id]![1] });
const vp = (zoom: number, pan = { x: 0, y: 0 }, pixelRatio = 1): Viewport => ({ zoom, pan, width: 400, height: 300, pixelRatio });

describe('the references painted beneath Cytoscape', () => {
  it('leaves a small drawing to Cytoscape whole, and keeps only labelled and retainer-path references of a large one', () => {
    const view = frameAt(rec, 15_000);
    const some = view.objects.find((o) => view.refs.some((r) => r.fromKind === 'object' && r.from === o.id))!;
    const els = toElements(view, { selected: some.id });
    expect(splitEdges(els, false)).toEqual({ elements: els, bulk: [] });
    const { elements, bulk } = splitEdges(els, true);
    expect(elements.nodes).toBe(els.nodes);
    expect(elements.edges.length + bulk.length).toBe(els.edges.length);
    expect(elements.edges.length).toBeGreaterThan(0);
    for (const e of elements.edges) expect(e.classes).toMatch(/\b(labelled|retainer-path)\b/);
    for (const e of bulk) expect(e.classes).not.toMatch(/\b(labelled|retainer-path)\b/);
  });

  it('maps model coordinates through zoom, pan and pixel ratio, one stroke per look', () => {
    const pos = at({ a: [0, 0], b: [100, 0], c: [100, 50] });
    const edges = [edge('e1', 'a', 'b'), edge('e2', 'b', 'c', 'ref cause-internal weak'), edge('e3', 'a', 'c')];
    const strokes = edgeStrokes(edges, pos, vp(0.5, { x: 10, y: 20 }, 2));
    expect(strokes).toHaveLength(2);
    const [strong, weak] = strokes;
    expect(strong!.lines).toEqual([20, 40, 120, 40, 20, 40, 120, 90]);
    expect(weak!.lines).toEqual([120, 40, 120, 90]);
    const look = lookOf('ref cause-internal weak');
    expect(weak).toMatchObject({ color: look.stroke, dashed: true, width: look.strokeWidth * 0.5 * 2 });
    expect(strong!.dashed).toBe(false);
  });

  it('puts an arrowhead half-way along each line, pointing at the target, only when it would show', () => {
    const pos = at({ a: [0, 0], b: [200, 0] });
    const [big] = edgeStrokes([edge('e', 'a', 'b')], pos, vp(1));
    expect(big!.arrows).toHaveLength(6);
    const [tipX, tipY, b1x, b1y, b2x, b2y] = big!.arrows;
    expect(tipY).toBe(0);
    expect(tipX).toBeGreaterThan(100);
    expect(b1x).toBeLessThan(tipX!);
    expect(b1x).toBe(b2x);
    expect(b1y).toBe(-b2y!);
    // at a tenth of the size the head would be under a pixel: the line alone
    expect(edgeStrokes([edge('e', 'a', 'b')], pos, vp(0.1))[0]!.arrows).toEqual([]);
  });

  it('leaves out lines wholly to one side of the canvas, and references to unplaced nodes', () => {
    const pos = at({ a: [-50, 10], b: [-10, 100], c: [50, 10], far: [1000, 10] });
    const strokes = edgeStrokes([edge('out', 'a', 'b'), edge('across', 'a', 'c'), edge('right', 'far', 'far'), edge('lost', 'a', 'nowhere')], pos, vp(1));
    expect(strokes.flatMap((s) => s.lines)).toEqual([-50, 10, 50, 10]);
  });

  it('draws every reference of a placed moment whose ends are on screen', () => {
    const els = toElements(frameAt(rec, 12_000));
    const positions = placeNodes(new Map(), layoutChange(new Set(), els.nodes, els.edges, (id) => !id.startsWith('c'))).positions;
    const { bulk } = splitEdges(els, true);
    // a viewport big enough to hold the whole layout
    const strokes = edgeStrokes(bulk, (id) => positions.get(id), { zoom: 1, pan: { x: 1e6, y: 1e6 }, width: 4e6, height: 4e6, pixelRatio: 1 });
    const placedBulk = bulk.filter((e) => positions.has(e.data.source) && positions.has(e.data.target));
    expect(strokes.reduce((n, s) => n + s.lines.length / 4, 0)).toBe(placedBulk.length);
    expect(placedBulk.length).toBeGreaterThan(50);
  });
});
