// The memory chart's data: a point at moment 0 and at each bucket's end, generation counts as a percentage of
// their thresholds (none where a threshold is 0), the point shown for a moment; and on a recorded run (the
// thresholds demo, which calls gc.set_threshold) the percentages follow the overview's counts and thresholds.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimService } from '../../../service/sim-service-host';
import type { TraceOverview } from '../timeline/serviceContract';
import { chartData, pointAt } from './chartData';

const o: TraceOverview = {
  events: 25,
  buckets: 3,
  bucketSize: 10,
  line: [1, 2, 3],
  allocs: [3, 1, 0],
  frees: [0, 0, 2],
  liveObjects: [3, 4, 2],
  blocksInUse: [5, 7, 4],
  arenas: [1, 1, 1],
  counts: [[3, 350, 0], [0, 1, 1], [0, 0, 0]],
  thresholds: [[700, 700, 0], [10, 10, 10], [10, 10, 10]],
  collections: [],
  lines: [],
  linesSampled: false,
};

describe('chart data', () => {
  it('has a point at moment 0 and at each bucket end (the last bucket ends at the trace end)', () => {
    const d = chartData(o);
    expect([...d.x]).toEqual([0, 10, 20, 25]);
    expect([...d.liveObjects]).toEqual([0, 3, 4, 2]);
    expect([...d.blocksInUse]).toEqual([0, 5, 7, 4]);
    expect([...d.arenas]).toEqual([0, 1, 1, 1]);
  });

  it('gives each generation its count as a percentage of its threshold, none where the threshold is 0', () => {
    const d = chartData(o);
    expect(d.percent[0]).toEqual([0, (100 * 3) / 700, 50, null]);
    expect(d.percent[1]).toEqual([0, 0, 10, 10]);
    expect([...d.counts[0]]).toEqual([0, 3, 350, 0]);
    expect([...d.thresholds[0]]).toEqual([700, 700, 700, 0]);
  });

  it('shows for a moment the last point at or before it', () => {
    const d = chartData(o);
    expect([0, 9, 10, 19, 24, 25].map((m) => pointAt(d, m))).toEqual([0, 0, 1, 1, 2, 3]);
  });

  it('follows a recorded run whose thresholds change', () => {
    const source = readFileSync(new URL('../../../../resources/demos/programs/04_thresholds.py', import.meta.url), 'utf8');
    const service = createSimService();
    service.run(source, '3.11');
    const real = service.overview(500) as TraceOverview;
    const d = chartData(real);
    expect(d.x.length).toBe(real.buckets + 1);
    expect(d.x[d.x.length - 1]).toBe(real.events);
    const distinct = new Set(real.thresholds[0]);
    expect(distinct.size).toBeGreaterThan(1); // the demo calls gc.set_threshold
    for (let b = 0; b < real.buckets; b++) {
      const t = real.thresholds[0][b]!;
      expect(d.percent[0][b + 1]).toBe(t > 0 ? (100 * real.counts[0][b]!) / t : null);
    }
  });
});
