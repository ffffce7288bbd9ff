// The pure half of the graph's budget at 2,000 objects: elements + placement for a first render and for one step
// of scrubbing (the Cytoscape half is measured in the e2e run).
import { describe, expect, it } from 'vitest';
import { Recorder } from '../../../recorder/recorder';
import { generate } from '../../../recorder/testing/synthetic';
import { frameAt } from '../../../recorder/views';
import { toElements } from './graphElements';
import { layoutChange, placeNodes, type Point } from './stableLayout';

describe('graph at 2,000 objects', () => {
  it('builds elements and places them within budget (measured)', () => {
    const rec = new Recorder('3.11', 1024);
    generate(rec, { seed: 17, events: 1_000_000, liveTarget: 2000 }, () => rec.length);
    rec.finish();
    let i = 0;
    let most = 0;
    for (let k = 50_000; k < rec.length - 100; k += 50_000) {
      const n = frameAt(rec, k).objects.length;
      if (n > most) [i, most] = [k, n];
    }
    const view = frameAt(rec, i);
    const isPlaced = (id: string): boolean => !id.startsWith('c');
    const t0 = performance.now();
    const els = toElements(view);
    const first = placeNodes(new Map(), layoutChange(new Set(), els.nodes, els.edges, isPlaced)).positions;
    const firstMs = performance.now() - t0;
    const steps: number[] = [];
    let positions: Map<string, Point> = first;
    for (let k = 1; k <= 50; k++) {
      const v = frameAt(rec, i + k);
      const t = performance.now();
      const e = toElements(v);
      positions = placeNodes(positions, layoutChange(new Set(positions.keys()), e.nodes, e.edges, isPlaced)).positions;
      steps.push(performance.now() - t);
    }
    steps.sort((a, b) => a - b);
    console.log(`${view.objects.length} objects, ${view.refs.length} references: first elements+placement ${firstMs.toFixed(1)} ms; per step p50 ${steps[25]!.toFixed(1)} ms, max ${steps[49]!.toFixed(1)} ms`);
    expect(view.objects.length).toBeGreaterThanOrEqual(1900);
    expect(firstMs).toBeLessThan(1000);
    expect(steps[25]!).toBeLessThan(50);
  });
});
