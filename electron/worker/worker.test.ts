// Integration: build the real worker entry, start it under Node's worker_threads exactly as the
// desktop main process does (worker-host.ts), and round-trip calls through it, directly and through
// the main process's validating relay.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRelay } from '../main/relay';
import { startSimulationWorker, type WorkerHost } from '../main/worker-host';
import type { BuiltWorker } from '../test-support/build-worker';
import { buildWorkerEntry } from '../test-support/build-worker';
import { PROTOCOL_VERSION, callMessageOf, type EventMessage } from '../../src/shared/protocol';
import { createClient } from '../../src/shared/rpc-client';
import { simServiceSpec, type RunSummary } from '../../src/shared/sim-service';
import { applyViewDiff, type ViewDiff } from '../../src/recorder/view-diff';
import type { MomentView } from '../../src/recorder/views';

let built: BuiltWorker;
let host: WorkerHost;

beforeAll(async () => {
  built = await buildWorkerEntry();
  host = startSimulationWorker(built.entryFile);
}, 60_000);

afterAll(async () => {
  await host?.terminate();
  built?.remove();
});

describe('the worker_threads simulation worker', () => {
  it('answers version() and analyze() through the typed client', async () => {
    const client = createClient(simServiceSpec, host.transport);
    await expect(client.version()).resolves.toMatchObject({ protocol: PROTOCOL_VERSION, defaultProfile: '3.11' });
    const source = 'a = []\na.append(a)\r\ndel a';
    await expect(client.analyze(source)).resolves.toEqual({ source, lineCount: 3 });
    client.dispose();
  });

  it('relays renderer calls through the main-process relay, and rejects malformed ones there', async () => {
    const events: EventMessage[] = [];
    const relay = createRelay(host.transport, (e) => events.push(e));
    // Two windows may both use id 0: the relay keeps their answers apart.
    const [a, b] = await Promise.all([
      relay.call(callMessageOf(0, 'analyze', ['x = 1\n'])),
      relay.call(callMessageOf(0, 'analyze', ['x = 1\ny = 2\n'])),
    ]);
    expect(a).toEqual({ type: 'reply', protocol: PROTOCOL_VERSION, id: 0, result: { source: 'x = 1\n', lineCount: 1 } });
    expect(b).toMatchObject({ type: 'reply', id: 0, result: { lineCount: 2 } });

    await expect(relay.call(callMessageOf(4, 'spawn_shell', []))).resolves.toMatchObject({
      type: 'fail',
      id: 4,
      error: { name: 'ProtocolError', message: "unknown method 'spawn_shell'" },
    });
    await expect(relay.call(callMessageOf(5, 'analyze', [{ evil: true }]))).resolves.toMatchObject({
      type: 'fail',
      id: 5,
      error: { message: 'invalid call: analyze() arguments[0]: expected a string, got an object' },
    });
    await expect(relay.call({ type: 'event', protocol: PROTOCOL_VERSION, id: 6, name: 'onDidX', payload: 1 })).resolves.toMatchObject({
      type: 'fail',
      id: 6,
      error: { message: 'invalid message: message.id: unexpected field' },
    });
    expect(() => relay.call('not a message')).toThrow('invalid message: message.id: missing or not a call id');
    expect(events).toEqual([]);
    relay.dispose();
  });

  it('runs and records a program in the worker, then serves its views, diffs, navigation, queries and files', async () => {
    const client = createClient(simServiceSpec, host.transport);
    const finished: RunSummary[] = [];
    client.on('onDidFinish', (s) => finished.push(s));
    const source = 'class Node:\n    pass\na = Node()\na.me = a\nxs = [Node() for _ in range(5)]\nprint(len(xs))\n';
    const summary = await client.run(source, '3.11');
    expect(summary).toMatchObject({ stopReason: 'finished', stdout: '5\n' });
    expect(summary.events).toBeGreaterThan(summary.steps);
    expect(summary.text).toContain('main.py on Python 3.11');
    await vi.waitFor(() => expect(finished).toEqual([summary]));
    const end = (await client.frameAt(summary.events)) as unknown as MomentView;
    expect(end.stdout).toBe('5\n');
    // The moment print() wrote (found by bisection): the six Nodes are alive, before the shutdown frees them.
    let lo = 0;
    let hi = summary.events;
    while (lo < hi) {
      const m = Math.floor((lo + hi) / 2);
      if (((await client.frameAt(m)) as unknown as MomentView).stdout === '') lo = m + 1;
      else hi = m;
    }
    const printed = (await client.frameAt(lo)) as unknown as MomentView;
    expect(printed.objects.filter((o) => o.type === 'Node')).toHaveLength(6);
    const mid = Math.floor(summary.events / 2);
    const a = (await client.frameAt(mid)) as unknown as MomentView;
    const d = (await client.diff(mid, summary.events)) as unknown as ViewDiff;
    expect(applyViewDiff(a, d)).toEqual(end);
    const next = await client.navigate('instruction', 0, 'forward', -1);
    expect(next).toBeGreaterThan(0);
    const node = printed.objects.find((o) => o.type === 'Node')!;
    expect(await client.query('lifetime', node.id, summary.events)).toMatchObject({ created: expect.any(Number) });
    // Export, refuse a damaged file (nothing changes), import: the same view.
    const file = await client.exportTrace({ moment: mid, object: node.id });
    await expect(client.importTrace(file.slice(0, file.length - 40))).rejects.toThrow();
    expect(await client.frameAt(summary.events)).toEqual(end);
    const back = await client.importTrace(file);
    expect(back).toMatchObject({ events: summary.events, steps: summary.steps, stopReason: 'imported' });
    expect(await client.frameAt(mid)).toEqual(a);
    client.dispose();
  }, 60_000);

  it('streams progress while a run goes on and stops it on cancel()', async () => {
    const client = createClient(simServiceSpec, host.transport);
    const progress: number[] = [];
    let cancelled: Promise<boolean> | null = null;
    client.on('onDidProgress', (p) => {
      progress.push(p.events);
      cancelled ??= client.cancel();
    });
    const summary = await client.run('for i in range(300000):\n    x = [i]\n', '3.11');
    expect(progress.length).toBeGreaterThan(0);
    await expect(cancelled).resolves.toBe(true);
    expect(summary.stopReason).toBe('cancelled');
    expect(summary.steps).toBeLessThan(200_000);
    // The cancelled run's trace is whole: its last moment has a view.
    expect(await client.frameAt(summary.events)).toMatchObject({ steps: summary.steps });
    client.dispose();
  }, 60_000);

  it('fails pending and later calls clearly when the worker exits', async () => {
    const client = createClient(simServiceSpec, host.transport);
    await host.terminate();
    await expect(client.version()).rejects.toThrow(/^version: the simulation worker exited \(code \d+\)$/);
  });
});
