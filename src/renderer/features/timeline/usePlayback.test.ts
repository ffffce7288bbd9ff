// Playback against a scripted service with a hand-driven requestAnimationFrame: play advances the store's moment
// by events or lines at the chosen speed, marks the store as scrubbing, stops at the end of the run, and play at
// the end starts again from the beginning.

import { createPinia } from 'pinia';
import { createApp, effectScope } from 'vue';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MomentView } from '../../../recorder/views';
import type { RunSummary, SimClient } from '../../../shared/sim-service';
import { provideSimClient } from '../../host/sim-client';
import { useTraceStore } from '../../stores/trace';
import { PlayUnit } from './playback';
import type { TraceOverview } from './serviceContract';
import { usePlayback } from './usePlayback';

const summary = (events: number): RunSummary => ({ events, steps: 1, collections: [0, 0, 0], peakObjects: 0, peakArenas: 0, stopReason: 'finished', stdout: '', stderr: '', text: '' });

function workspace(events: number, lines: { at: number; line: number }[]) {
  const client = {
    frameAt: async (i: number) => ({ index: i, eventCount: events }) as unknown as MomentView,
    navigate: async () => null,
    traceInfo: async () => ({ source: 'x = 1\n', filename: 'main.py', profile: '3.11', focus: null, summary: summary(events) }),
    overview: async () => ({ events, lines, collections: [] }) as unknown as TraceOverview,
  } as unknown as SimClient;
  const app = createApp({ render: () => null });
  provideSimClient(app, client);
  app.use(createPinia());
  // usePlayback stops itself when its scope ends (a component's, in the pane).
  return app.runWithContext(() => effectScope().run(() => ({ trace: useTraceStore(), playback: usePlayback() }))!);
}

let frames: ((now: number) => void)[] = [];
let now = 0;
/** Runs one animation frame `dt` ms after the previous one. */
function frame(dt: number): void {
  now += dt;
  const due = frames;
  frames = [];
  due.forEach((f) => f(now));
}
beforeEach(() => {
  frames = [];
  now = 0;
  const g = globalThis as unknown as Record<string, unknown>;
  g['requestAnimationFrame'] = (f: (now: number) => void) => frames.push(f);
  g['cancelAnimationFrame'] = () => (frames = []);
});
afterEach(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  delete g['requestAnimationFrame'];
  delete g['cancelAnimationFrame'];
});

describe('playback', () => {
  it('plays by event at the chosen speed and stops at the end', async () => {
    const { trace, playback } = workspace(100, []);
    await trace.adopt(summary(100));
    playback.unit.value = PlayUnit.EVENT;
    playback.speed.value = 100;
    playback.play(); // at the end: starts again from 0
    expect(trace.moment).toBe(0);
    expect(trace.scrubbing).toBe(true);
    frame(0);
    frame(100); // 100 events/s × 0.1 s
    expect(trace.moment).toBe(10);
    for (let k = 0; k < 20; k++) frame(100);
    expect(trace.moment).toBe(100);
    expect(playback.playing.value).toBe(false);
    expect(trace.scrubbing).toBe(false);
  });

  it('plays by line to the moment after each LINE event; pause holds', async () => {
    const { trace, playback } = workspace(100, [{ at: 5, line: 1 }, { at: 40, line: 2 }, { at: 70, line: 3 }]);
    await trace.adopt(summary(100));
    trace.seek(0);
    playback.unit.value = PlayUnit.LINE;
    playback.speed.value = 2;
    playback.play();
    frame(0);
    frame(500);
    expect(trace.moment).toBe(5);
    frame(500);
    expect(trace.moment).toBe(40);
    playback.pause();
    frame(500);
    expect(trace.moment).toBe(40);
    expect(trace.scrubbing).toBe(false);
  });
});
