import { describe, expect, it } from 'vitest';
import { Recorder } from '../../../recorder/recorder';
import { generate } from '../../../recorder/testing/synthetic';
import { frameAt } from '../../../recorder/views';
import { toElements } from './graphElements';
import { lookOf } from './graphPalette';
import { graphToSvg } from './graphSvg';
import { layoutChange, placeNodes, type Point } from './stableLayout';

const rec = new Recorder('3.11', 256);
generate(rec, { seed: 9, events: 20_000, liveTarget: 200 }, () => rec.length);
rec.finish();

function placed(i: number): { els: ReturnType<typeof toElements>; positions: Map<string, Point> } {
  const els = toElements(frameAt(rec, i));
  const positions = placeNodes(new Map(), layoutChange(new Set(), els.nodes, els.edges, (id) => !id.startsWith('c'))).positions;
  return { els, positions };
}

describe('SVG export', () => {
  it('draws every positioned node and edge, with escaped labels', () => {
    const { els, positions } = placed(15_000);
    const svg = graphToSvg(els, positions);
    const leaves = els.nodes.filter((n) => !n.classes.split(' ').includes('cycle'));
    expect(svg.match(/<g class="[^"]*" data-id="[^c][^"]*"><rect/g)!.length).toBe(leaves.length);
    expect(svg.match(/<line /g)!.length).toBe(els.edges.length);
    // reprs like "<repr 3>" must not open tags
    expect(svg).toContain('&lt;repr');
    expect(svg.replace(/<\/?(svg|defs|marker|path|g|rect|line|text|tspan)\b[^>]*>/g, '')).not.toMatch(/[<>]/);
  });

  it('outlines cycles, and unreachable ones in the awaiting-collection look', () => {
    let found = false;
    for (let i = 500; i <= rec.length && !found; i += 500) {
      const { els, positions } = placed(i);
      if (els.awaitingCount === 0) continue;
      found = true;
      const svg = graphToSvg(els, positions);
      const look = lookOf('cycle awaiting-collection');
      expect(svg).toContain(`class="cycle awaiting-collection"`);
      expect(svg).toContain(`stroke="${look.stroke}" stroke-width="${look.strokeWidth}"`);
    }
    expect(found).toBe(true);
  });

  it('gives weak references and awaiting cycles looks of their own', () => {
    expect(lookOf('ref cause-internal weak').dashed).toBe(true);
    expect(lookOf('ref cause-attribute strong').dashed).toBe(false);
    expect(lookOf('cycle awaiting-collection')).not.toEqual(lookOf('cycle'));
  });
});
