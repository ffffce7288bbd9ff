// The run store against a scripted service: progress events shown while recording, cancel sent
// once, the summary kept, the error location only while the program is unchanged, and a failed
// service reported. The stderr used is CPython's own report, from the conformance corpus.

import { readFileSync } from 'node:fs';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { describe, expect, it } from 'vitest';
import type { RunSummary, SimClient } from '../../shared/sim-service';
import { provideSimClient } from '../host/sim-client';
import { useEditorStore } from './editor';
import { RunStatus, useRunStore } from './run';

const corpus = new URL('../../../resources/conformance/', import.meta.url);
const nameError = JSON.parse(readFileSync(new URL('errors/name_error_in_function.expected.json', corpus), 'utf8')) as { stderr: string; stdout: string };
const nameErrorSource = readFileSync(new URL('errors/name_error_in_function.py', corpus), 'utf8');

function summary(patch: Partial<RunSummary>): RunSummary {
  return { events: 10, steps: 4, collections: [0, 0, 0], peakObjects: 3, peakArenas: 1, stopReason: 'finished', stdout: '', stderr: '', text: '', ...patch };
}

/** A client whose run() waits until the test finishes it, emitting progress meanwhile. */
function scriptedClient() {
  const listeners = new Set<(payload: { events: number; steps: number }) => void>();
  const calls: string[] = [];
  let finish: (result: RunSummary) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const client = {
    run: (source: string, profile: string) => {
      calls.push(`run ${profile} ${source.length}`);
      return new Promise<RunSummary>((resolve, reject) => ((finish = resolve), (fail = reject)));
    },
    cancel: async () => (calls.push('cancel'), true),
    on: (_event: string, listener: (payload: { events: number; steps: number }) => void) => (listeners.add(listener), () => listeners.delete(listener)),
  } as unknown as SimClient;
  return {
    client,
    calls,
    progress: (events: number, steps: number) => listeners.forEach((l) => l({ events, steps })),
    listenerCount: () => listeners.size,
    finish: (result: RunSummary) => finish(result),
    fail: (error: Error) => fail(error),
  };
}

function workspace(client: SimClient) {
  const app = createApp({ render: () => null });
  provideSimClient(app, client);
  app.use(createPinia());
  return app.runWithContext(() => ({ editor: useEditorStore(), run: useRunStore() }));
}

describe('the run store', () => {
  it('shows progress while recording and keeps the summary', async () => {
    const service = scriptedClient();
    const { editor, run } = workspace(service.client);
    editor.source = 'print(1)\n';
    const done = run.run();
    expect(run.status).toBe(RunStatus.RUNNING);
    expect(run.busy).toBe(true);
    service.progress(500, 120);
    expect(run.progress).toEqual({ events: 500, steps: 120 });
    await run.run(); // a second Run while busy does nothing
    service.finish(summary({ stdout: '1\n' }));
    await done;
    expect(run.status).toBe(RunStatus.DONE);
    expect(run.summary?.stdout).toBe('1\n');
    expect(service.calls).toEqual(['run 3.11 9']);
    expect(service.listenerCount()).toBe(0);
    expect(run.errorAt).toBeNull();
  });

  it('sends cancel once and ends with the cancelled summary', async () => {
    const service = scriptedClient();
    const { run } = workspace(service.client);
    const done = run.run();
    await run.cancel();
    await run.cancel();
    expect(run.status).toBe(RunStatus.CANCELLING);
    service.finish(summary({ stopReason: 'cancelled' }));
    await done;
    expect(service.calls.filter((c) => c === 'cancel')).toHaveLength(1);
    expect(run.summary?.stopReason).toBe('cancelled');
    expect(run.busy).toBe(false);
  });

  it('locates an uncaught exception in the program, until the program is edited', async () => {
    const service = scriptedClient();
    const { editor, run } = workspace(service.client);
    editor.source = nameErrorSource;
    const done = run.run();
    service.finish(summary({ stopReason: 'exception', stdout: nameError.stdout, stderr: nameError.stderr }));
    await done;
    const lastLine = nameError.stderr.trimEnd().split('\n').pop();
    expect(run.errorAt).toMatchObject({ message: lastLine });
    // The innermost frame CPython printed.
    const innermost = Number([...nameError.stderr.matchAll(/File "main\.py", line (\d+)/g)].pop()![1]);
    expect(run.errorAt!.line).toBe(innermost);
    expect(innermost).toBeGreaterThan(1);
    editor.source += '\n# edited\n';
    expect(run.errorAt).toBeNull();
  });

  it('reports a failed service and clears the old summary', async () => {
    const service = scriptedClient();
    const { run } = workspace(service.client);
    const done = run.run();
    service.fail(new Error('run: the simulation worker failed'));
    await done;
    expect(run.status).toBe(RunStatus.FAILED);
    expect(run.error).toBe('run: the simulation worker failed');
    expect(run.summary).toBeNull();
  });
});
