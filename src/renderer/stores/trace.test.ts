// The trace store against a scripted service: seek clamps and fetches latest-wins (one frameAt in flight, the
// newest pending moment kept), step navigates and stays put at the end, adopt fetches info and overview and
// moves to the focus or the end, a replaced trace's late answers are dropped, and the position persists.

import { createPinia } from 'pinia';
import { createApp, nextTick } from 'vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MomentView } from '../../recorder/views';
import type { RunSummary, SimClient } from '../../shared/sim-service';
import type { TraceInfo, TraceOverview } from '../features/timeline/serviceContract';
import { POSITION_KEY } from '../features/timeline/position';
import { provideSimClient } from '../host/sim-client';
import { useTraceStore } from './trace';

function summary(events: number): RunSummary {
  return { events, steps: 4, collections: [0, 0, 0], peakObjects: 3, peakArenas: 1, stopReason: 'finished', stdout: '', stderr: '', text: '' };
}

const fakeView = (index: number, eventCount: number) => ({ index, eventCount }) as unknown as MomentView;

/** A client whose frameAt answers only when the test releases it; navigate answers with a scripted function. */
function scriptedClient(events: number, focus: TraceInfo['focus'] = null, source = 'x = 1\n') {
  const calls: string[] = [];
  const waiting: { i: number; resolve: (v: unknown) => void; reject: (e: Error) => void }[] = [];
  let navigateTo: (nav: string, i: number, dir: string, arg: number) => number | null = () => null;
  const client = {
    frameAt: (i: number) => {
      calls.push(`frameAt ${i}`);
      return new Promise((resolve, reject) => waiting.push({ i, resolve, reject }));
    },
    navigate: async (nav: string, i: number, dir: string, arg: number) => (calls.push(`navigate ${nav} ${i} ${dir} ${arg}`), navigateTo(nav, i, dir, arg)),
    traceInfo: async (): Promise<TraceInfo> => (calls.push('traceInfo'), { source, filename: 'main.py', profile: '3.11', focus, summary: summary(events) }),
    overview: async (buckets: number) => (calls.push(`overview ${buckets}`), { events, buckets: Math.min(buckets, events) } as unknown as TraceOverview),
  } as unknown as SimClient;
  return {
    client,
    calls,
    inFlight: () => waiting.map((w) => w.i),
    /** Answers the oldest unanswered frameAt. */
    release: async () => {
      const w = waiting.shift();
      if (!w) throw new Error('no frameAt in flight');
      w.resolve(fakeView(w.i, events));
      await flush();
    },
    failNext: async (message: string) => {
      waiting.shift()?.reject(new Error(message));
      await flush();
    },
    setNavigate: (f: typeof navigateTo) => (navigateTo = f),
  };
}

const flush = async () => {
  for (let k = 0; k < 5; k++) await Promise.resolve();
  await nextTick();
};

function workspace(client: SimClient) {
  const app = createApp({ render: () => null });
  provideSimClient(app, client);
  app.use(createPinia());
  return app.runWithContext(() => useTraceStore());
}

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
}
let memory: MemoryStorage;
beforeEach(() => {
  memory = new MemoryStorage();
  (globalThis as { localStorage?: unknown }).localStorage = memory;
});
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

async function adopted(events: number, focus: TraceInfo['focus'] = null, source?: string) {
  const service = scriptedClient(events, focus, source);
  const trace = workspace(service.client);
  await trace.adopt(summary(events));
  await service.release();
  return { service, trace };
}

describe('the trace store', () => {
  it('holds nothing before adopt, and seek/step do nothing', async () => {
    const service = scriptedClient(100);
    const trace = workspace(service.client);
    trace.seek(5);
    await trace.step('event', 'forward');
    expect(trace.loaded).toBe(false);
    expect(trace.moment).toBe(0);
    expect(service.calls).toEqual([]);
  });

  it('adopt fetches info and the finest overview, then shows the end', async () => {
    const { service, trace } = await adopted(100);
    expect(service.calls).toEqual(['traceInfo', 'overview 4096', 'frameAt 100']);
    expect(trace.loaded).toBe(true);
    expect(trace.eventCount).toBe(100);
    expect(trace.moment).toBe(100);
    expect(trace.view?.index).toBe(100);
    expect(trace.overview?.events).toBe(100);
    expect(trace.info?.filename).toBe('main.py');
  });

  it('adopt moves to the focus of an imported file and selects its object', async () => {
    const { trace } = await adopted(100, { moment: 42, object: 7 });
    expect(trace.moment).toBe(42);
    expect(trace.view?.index).toBe(42);
    expect(trace.selected).toBe(7);
  });

  it('seek clamps to 0…eventCount and updates the moment at once', async () => {
    const { service, trace } = await adopted(100);
    trace.seek(-5);
    expect(trace.moment).toBe(0);
    await service.release();
    trace.seek(1e9);
    expect(trace.moment).toBe(100);
    trace.seek(Number.NaN);
    expect(trace.moment).toBe(0);
  });

  it('keeps one frameAt in flight and fetches only the newest moment requested meanwhile', async () => {
    const { service, trace } = await adopted(1000);
    for (let i = 1; i <= 50; i++) trace.seek(i * 10);
    expect(trace.moment).toBe(500);
    expect(service.inFlight()).toEqual([10]);
    await service.release();
    expect(trace.view?.index).toBe(10);
    expect(trace.previousView?.index).toBe(1000);
    expect(service.inFlight()).toEqual([500]);
    await service.release();
    expect(trace.view?.index).toBe(500);
    expect(trace.previousView?.index).toBe(10);
    expect(service.inFlight()).toEqual([]);
    expect(service.calls.filter((c) => c.startsWith('frameAt'))).toEqual(['frameAt 1000', 'frameAt 10', 'frameAt 500']);
  });

  it('does not refetch the moment already shown, nor one already in flight', async () => {
    const { service, trace } = await adopted(100);
    trace.seek(100);
    expect(service.inFlight()).toEqual([]);
    trace.seek(3);
    trace.seek(3);
    expect(service.inFlight()).toEqual([3]);
    await service.release();
    expect(service.inFlight()).toEqual([]);
  });

  it('reports a failed frameAt and goes on with the next request', async () => {
    const { service, trace } = await adopted(100);
    trace.seek(3);
    trace.seek(4);
    await service.failNext('frame unavailable');
    expect(trace.error).toBe('frame unavailable');
    expect(service.inFlight()).toEqual([4]);
    await service.release();
    expect(trace.view?.index).toBe(4);
  });

  it('step navigates from the current moment and stays put when there is nowhere to go', async () => {
    const { service, trace } = await adopted(100);
    service.setNavigate((nav, i, dir) => (nav === 'event' ? (dir === 'forward' ? (i < 100 ? i + 1 : null) : i > 0 ? i - 1 : null) : nav === 'collection' ? 60 : null));
    await trace.step('event', 'forward');
    expect(trace.moment).toBe(100);
    await trace.step('event', 'backward');
    expect(trace.moment).toBe(99);
    await trace.step('collection', 'forward', 2);
    expect(trace.moment).toBe(60);
    expect(service.calls).toContain('navigate event 100 forward -1');
    expect(service.calls).toContain('navigate collection 99 forward 2');
  });

  it('drops a late frame of a trace replaced meanwhile', async () => {
    const { service, trace } = await adopted(100);
    trace.seek(5);
    expect(service.inFlight()).toEqual([5]);
    const next = trace.adopt(summary(100));
    await service.release(); // the frame of the old trace arrives after the new adopt began
    await next;
    expect(trace.view).toBeNull();
    expect(service.inFlight()).toEqual([100]);
    await service.release();
    expect(trace.view?.index).toBe(100);
  });

  it('clear forgets the trace', async () => {
    const { trace } = await adopted(100);
    trace.select(3);
    trace.clear();
    expect(trace.loaded).toBe(false);
    expect(trace.view).toBeNull();
    expect(trace.selected).toBeNull();
    expect(trace.overview).toBeNull();
  });

  it('persists the moment and selection and restores them for the same trace only', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const first = await adopted(100, null, 'a = []\n');
    vi.advanceTimersByTime(400);
    memory.items.clear();
    first.trace.seek(30);
    first.trace.select(9);
    await flush();
    expect(memory.getItem(POSITION_KEY)).toBeNull(); // stored a moment later, not on every move
    vi.advanceTimersByTime(400);
    vi.useRealTimers();
    expect(JSON.parse(memory.getItem(POSITION_KEY) ?? 'null')).toMatchObject({ moment: 30, selected: 9, events: 100 });

    // The same program recorded again (or restored on restart) reopens where the student was.
    const again = scriptedClient(100, null, 'a = []\n');
    const store = workspace(again.client);
    await store.adopt(summary(100), { restore: true });
    expect(store.moment).toBe(30);
    expect(store.selected).toBe(9);
    expect(store.persistedMoment()).toMatchObject({ moment: 30, selected: 9 });

    // Another program does not.
    const other = scriptedClient(100, null, 'b = {}\n');
    const otherStore = workspace(other.client);
    await otherStore.adopt(summary(100), { restore: true });
    expect(otherStore.moment).toBe(100);
    expect(otherStore.persistedMoment()).toBeNull();
  });

  it('ignores a malformed stored position', async () => {
    memory.setItem(POSITION_KEY, '{"moment": -1}');
    const service = scriptedClient(100);
    const trace = workspace(service.client);
    await trace.adopt(summary(100), { restore: true });
    expect(trace.moment).toBe(100);
  });
});

describe('stepping in a row', () => {
  it('runs steps one after another, each from where the previous one landed', async () => {
    const { service, trace } = await adopted(100);
    trace.seek(10);
    service.setNavigate((nav, i, dir) => (dir === 'forward' ? i + 1 : i - 1));
    await Promise.all([trace.step('event', 'forward'), trace.step('event', 'forward'), trace.step('event', 'forward')]);
    expect(trace.moment).toBe(13);
    expect(service.calls.filter((c) => c.startsWith('navigate'))).toEqual([
      'navigate event 10 forward -1',
      'navigate event 11 forward -1',
      'navigate event 12 forward -1',
    ]);
  });

  it('drops steps beyond the few waiting (a held key does not pile up)', async () => {
    const { service, trace } = await adopted(100);
    trace.seek(10);
    service.setNavigate((nav, i) => i + 1);
    const all = [];
    for (let k = 0; k < 10; k++) all.push(trace.step('event', 'forward'));
    await Promise.all(all);
    expect(trace.moment).toBe(13);
  });
});

describe('a trace replaced while steps wait', () => {
  it('drops the steps asked for on the old trace', async () => {
    const { service, trace } = await adopted(100);
    trace.seek(10);
    let release: () => void = () => {};
    service.setNavigate((nav, i) => i + 1);
    const gate = new Promise<void>((r) => (release = r));
    // The first step waits on a slow navigate; a second queues behind it; then a new trace is adopted.
    const slow = (service.client as unknown as { navigate: (...a: unknown[]) => Promise<number | null> });
    const original = slow.navigate;
    slow.navigate = async (...a: unknown[]) => (await gate, original(...a));
    const first = trace.step('event', 'forward');
    const second = trace.step('event', 'forward');
    const next = trace.adopt(summary(100));
    release();
    await Promise.all([first, second, next]);
    expect(trace.moment).toBe(100); // the new trace's end: neither old step moved it
    expect(service.calls.filter((c) => c.startsWith('navigate'))).toEqual([]);
  });
});

describe('views while scrubbing', () => {
  afterEach(() => vi.useRealTimers());

  it('fetches at most one view per 100 ms while scrubbing, the newest moment asked for', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { service, trace } = await adopted(100);
    vi.advanceTimersByTime(500);
    trace.setScrubbing(true);
    trace.seek(10);
    expect(service.inFlight()).toEqual([10]); // the first at once
    await service.release();
    expect(trace.view?.index).toBe(10);
    trace.seek(20);
    trace.seek(30);
    await flush();
    expect(service.inFlight()).toEqual([]); // pacing
    expect(trace.moment).toBe(30); // the moment itself moves at once
    vi.advanceTimersByTime(99);
    await flush();
    expect(service.inFlight()).toEqual([]);
    vi.advanceTimersByTime(1);
    await flush();
    expect(service.inFlight()).toEqual([30]);
    await service.release();
    expect(trace.view?.index).toBe(30);
    expect(trace.previousView?.index).toBe(10);
    trace.setScrubbing(false);
    vi.advanceTimersByTime(100);
    await flush();
    trace.seek(40);
    await flush();
    expect(service.inFlight()).toEqual([40]); // not scrubbing: at once
  });
});
