// Integration: build the real worker entry, start it under Node's worker_threads exactly as the
// desktop main process does (worker-host.ts), and round-trip calls through it, directly and through
// the main process's validating relay.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRelay } from '../main/relay';
import { startSimulationWorker, type WorkerHost } from '../main/worker-host';
import { buildWorkerEntry, type BuiltWorker } from '../test-support/build-worker';
import { PROTOCOL_VERSION, callMessageOf, type EventMessage } from '../../src/shared/protocol';
import { createClient } from '../../src/shared/rpc-client';
import { simServiceSpec } from '../../src/shared/sim-service';

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

  it('fails pending and later calls clearly when the worker exits', async () => {
    const client = createClient(simServiceSpec, host.transport);
    await host.terminate();
    await expect(client.version()).rejects.toThrow(/^version: the simulation worker exited \(code \d+\)$/);
  });
});
