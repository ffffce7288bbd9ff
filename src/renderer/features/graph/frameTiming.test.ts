import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { watchFrames } from './frameTiming';

/** Cytoscape's render loop as frameTiming.ts sees it: beforeRender hooks, then the 'render' event. */
function fakeLoop() {
  const hooks: ((willDraw: boolean, t: number) => void)[] = [];
  const listeners = new Set<() => void>();
  const cy = {
    renderer: () => ({ beforeRender: (fn: (willDraw: boolean, t: number) => void) => hooks.push(fn) }),
    on: (_: string, fn: () => void) => listeners.add(fn),
    off: (_: string, fn: () => void) => listeners.delete(fn),
  };
  const frame = (willDraw: boolean, work: () => void = () => {}): void => {
    for (const h of hooks) h(willDraw, 0);
    work();
    if (willDraw) for (const l of listeners) l();
  };
  return { cy: cy as unknown as cytoscape.Core, frame, emitRender: () => listeners.forEach((l) => l()) };
}

describe("timing Cytoscape's frames", () => {
  it('reports each drawn frame from its first hook to its render event, and nothing after stop', () => {
    const { cy, frame, emitRender } = fakeLoop();
    const seen: number[] = [];
    const stop = watchFrames(cy, (ms) => seen.push(ms));
    frame(false);
    expect(seen).toEqual([]);
    frame(true, () => {
      const until = performance.now() + 5;
      while (performance.now() < until);
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeGreaterThanOrEqual(5);
    // a render event outside a frame (an image export draws too) is not a frame
    emitRender();
    expect(seen).toHaveLength(1);
    stop();
    frame(true);
    expect(seen).toHaveLength(1);
  });

  it('does nothing without a canvas renderer (headless Cytoscape)', () => {
    const cy = cytoscape({ headless: true });
    const seen: number[] = [];
    watchFrames(cy, (ms) => seen.push(ms))();
    expect(seen).toEqual([]);
  });
});
