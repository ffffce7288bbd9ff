// The workspace stores against the real simulation service over an in-memory transport: what the
// UI shows after Check and after the service fails. No DOM is needed: the app is never mounted.

import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../shared/rpc-client';
import { serveService } from '../../shared/rpc-server';
import { createSimService } from '../../service/sim-service-host';
import { simServiceSpec, type SimClient } from '../../shared/sim-service';
import { linkedTransports } from '../../shared/transport';
import { provideSimClient } from '../host/sim-client';
import { STARTER_PROGRAM, useEditorStore } from './editor';
import { RunStatus, useRunStore } from './run';
import { ServiceStatus, useServiceStore } from './service';

function workspaceWith(client: SimClient) {
  const app = createApp({ render: () => null });
  provideSimClient(app, client);
  app.use(createPinia());
  return app.runWithContext(() => ({ editor: useEditorStore(), service: useServiceStore(), run: useRunStore() }));
}

function realClient(): SimClient {
  const [clientSide, serverSide] = linkedTransports((m) => structuredClone(m));
  serveService(simServiceSpec, createSimService, serverSide);
  return createClient(simServiceSpec, clientSide);
}

describe('workspace stores', () => {
  it('connect() records the service version', async () => {
    const { service } = workspaceWith(realClient());
    expect(service.status).toBe(ServiceStatus.CONNECTING);
    await service.connect();
    expect(service.status).toBe(ServiceStatus.READY);
    expect(service.info).toMatchObject({ service: '0.1.0', protocol: 1 });
  });

  it('check() round-trips the source and remembers whether it is current', async () => {
    const { editor } = workspaceWith(realClient());
    expect(editor.source).toBe(STARTER_PROGRAM);
    editor.source = 'a = 1\nb = 2\n';
    await editor.check();
    expect(editor.lastCheck).toEqual({ source: 'a = 1\nb = 2\n', lineCount: 2 });
    expect(editor.checkError).toBeNull();
    expect(editor.isCurrent()).toBe(true);
    editor.source += 'c = 3\n';
    expect(editor.isCurrent()).toBe(false);
  });

  it('a dead service is reported, not hidden', async () => {
    const dead = createClient(simServiceSpec, {
      send: () => {},
      onMessage: () => () => {},
      onClose: (listener) => (listener('the simulation worker failed: it could not be loaded'), () => {}),
    });
    const { editor, service } = workspaceWith(dead);
    await service.connect();
    expect(service.status).toBe(ServiceStatus.FAILED);
    expect(service.error).toBe('version: the simulation worker failed: it could not be loaded');
    await editor.check();
    expect(editor.lastCheck).toBeNull();
    expect(editor.checkError).toBe('analyze: the simulation worker failed: it could not be loaded');
    expect(editor.checking).toBe(false);
  });

  it('run() records a demo in the service and shows what CPython printed', async () => {
    const { editor, run } = workspaceWith(realClient());
    expect(editor.loadDemo('getrefcount')).toBe(true);
    await run.run();
    expect(run.status).toBe(RunStatus.DONE);
    const recorded = (await import('../../../resources/demos/programs/01_getrefcount.expected.json')).default;
    expect(run.summary).toMatchObject({ stopReason: 'finished', stdout: recorded.stdout, stderr: recorded.stderr });
    expect(run.summary!.events).toBeGreaterThan(0);
  });

  it('run() puts a SyntaxError at its line', async () => {
    const { editor, run } = workspaceWith(realClient());
    editor.source = 'x = 1\nif x = 1:\n    pass\n';
    await run.run();
    expect(run.summary?.stopReason).toBe('syntax-error');
    expect(run.errorAt).toMatchObject({ line: 2, message: expect.stringMatching(/^SyntaxError: invalid syntax/) });
  });
});
