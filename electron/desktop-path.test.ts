// The desktop call path end to end, with Electron itself replaced by a faithful in-memory stand-in
// (Electron's binary is not available in every test environment): preload → contextBridge →
// ipcRenderer.invoke → the ipcMain adapter → relay → the real built worker_threads worker → back.
// Messages between the fake processes are structured-cloned, as Electron's IPC does.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { simServiceSpec, type SimClient } from '../src/shared/sim-service';
import { buildWorkerEntry, type BuiltWorker } from './test-support/build-worker';

const fake = vi.hoisted(() => {
  type Handler = (event: { senderFrame: { url: string } }, raw: unknown) => unknown;
  const handlers = new Map<string, Handler>();
  const rendererListeners = new Map<string, ((event: unknown, raw: unknown) => void)[]>();
  const exposed = new Map<string, unknown>();
  const page = { url: 'file:///app/out/renderer/index.html' };
  return { handlers, rendererListeners, exposed, page };
});

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: { senderFrame: { url: string } }, raw: unknown) => unknown) =>
      fake.handlers.set(channel, handler),
    removeHandler: (channel: string) => fake.handlers.delete(channel),
  },
  ipcRenderer: {
    invoke: async (channel: string, message: unknown) => {
      const handler = fake.handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      return structuredClone(await handler({ senderFrame: { url: fake.page.url } }, structuredClone(message)));
    },
    on: (channel: string, listener: (event: unknown, raw: unknown) => void) => {
      fake.rendererListeners.set(channel, [...(fake.rendererListeners.get(channel) ?? []), listener]);
    },
  },
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
  BrowserWindow: {
    getAllWindows: () => [
      {
        isDestroyed: () => false,
        webContents: {
          isDestroyed: () => false,
          send: (channel: string, raw: unknown) =>
            fake.rendererListeners.get(channel)?.forEach((listener) => listener({}, structuredClone(raw))),
        },
      },
    ],
  },
}));

let built: BuiltWorker;
let stop: () => Promise<void>;
let heapscope: SimClient;

beforeAll(async () => {
  built = await buildWorkerEntry();
  const { startSimulationWorker } = await import('./main/worker-host');
  const { createRelay } = await import('./main/relay');
  const { installIpcAdapter, broadcastEvent } = await import('./main/ipc-adapter');
  const { isAppUrl } = await import('./main/security');
  const worker = startSimulationWorker(built.entryFile);
  const relay = createRelay(worker.transport, broadcastEvent);
  const uninstall = installIpcAdapter(relay, (url) => isAppUrl(url, '/app/out/renderer', undefined));
  stop = async () => {
    uninstall();
    relay.dispose();
    await worker.terminate();
  };
  await import('./preload/index');
  heapscope = fake.exposed.get('heapscope') as SimClient;
}, 60_000);

afterAll(async () => {
  await stop?.();
  built?.remove();
});

describe('the desktop call path', () => {
  it('exposes the typed service as window.heapscope and only a receive-only menu bridge beside it', () => {
    expect([...fake.exposed.keys()]).toEqual(['heapscope', 'heapscopeShell']);
    expect(Object.keys(heapscope).sort()).toEqual([...Object.keys(simServiceSpec.methods), 'dispose', 'on'].sort());
    expect(Object.keys(fake.exposed.get('heapscopeShell') as object)).toEqual(['onCommand']);
  });

  it('round-trips version() and analyze() to the worker and back', async () => {
    await expect(heapscope.version()).resolves.toMatchObject({ service: '0.1.0', protocol: 1 });
    await expect(heapscope.analyze('x = 1\ny = x\n')).resolves.toEqual({ source: 'x = 1\ny = x\n', lineCount: 2 });
  });

  it('refuses calls from a page that is not the app', async () => {
    fake.page.url = 'https://example.com/';
    try {
      await expect(heapscope.version()).rejects.toThrow('refused a call from an untrusted page: https://example.com/');
    } finally {
      fake.page.url = 'file:///app/out/renderer/index.html';
    }
  });

  it('carries worker events to the preload client, which checks them against the spec', async () => {
    const { broadcastEvent } = await import('./main/ipc-adapter');
    const { eventMessageOf } = await import('../src/shared/protocol');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const seen: unknown[] = [];
      const off = heapscope.on('onDidProgress', (payload) => seen.push(payload));
      broadcastEvent(eventMessageOf('onDidProgress', { events: 10, steps: 4 }));
      expect(seen).toEqual([{ events: 10, steps: 4 }]);
      // A payload that does not fit the spec is refused before any listener sees it.
      broadcastEvent(eventMessageOf('onDidProgress', { step: 1 }));
      expect(errors).toHaveBeenCalledWith('heapscope: ignored a message: invalid event: onDidProgress payload.step: unexpected field');
      // An event the spec does not declare is refused by name.
      broadcastEvent(eventMessageOf('onDidExplode', {}));
      expect(errors).toHaveBeenCalledWith("heapscope: ignored a message: unknown event 'onDidExplode'");
      expect(seen).toHaveLength(1);
      off();
    } finally {
      errors.mockRestore();
    }
  });

  it('validates raw messages at the ipcMain boundary', async () => {
    const handler = fake.handlers.get('heapscope:call')!;
    const trusted = { senderFrame: { url: fake.page.url } };
    await expect(handler(trusted, { type: 'call', protocol: 1, id: 3, method: 'analyze', args: [1] })).resolves.toMatchObject({
      type: 'fail',
      id: 3,
      error: { message: 'invalid call: analyze() arguments[0]: expected a string, got a number' },
    });
    expect(() => handler(trusted, 42)).toThrow('invalid message: message.id: missing or not a call id');
  });
});
