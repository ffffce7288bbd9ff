// Trace files end to end against the real service implementation (in process, every answer through
// structuredClone as over the wire): a shared moment reopens at its moment with its selection in a fresh
// workspace, a corrupt file is refused with the service's own message and changes nothing, and the stash
// restores the last trace on start-up (or drops a damaged one without blocking).

import { readFileSync } from 'node:fs';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { describe, expect, it, vi } from 'vitest';
import { createSimService } from '../../../service/sim-service-host';
import type { SimClient } from '../../../shared/sim-service';
import { provideSimClient } from '../../host/sim-client';
import { useEditorStore } from '../../stores/editor';
import { useTraceStore } from '../../stores/trace';
import { STASH_DELAY_MS, useFilesStore } from './filesStore';
import { base64ToBytes, bytesToBase64 } from './traceBytes';
import { memoryStash } from './traceStash';

const demo = readFileSync(new URL('../../../../resources/demos/programs/02_reference_cycle.py', import.meta.url), 'utf8');

/** The service implementation behind an async, clone-everything client (what the RPC does to values). */
function inProcessClient(): SimClient {
  const impl = createSimService() as unknown as Record<string, (...args: unknown[]) => unknown>;
  return new Proxy({} as SimClient, {
    get: (_t, name: string) =>
      name === 'on'
        ? () => () => {}
        : async (...args: unknown[]) => {
            const fn = impl[name];
            if (fn === undefined) throw new Error(`no method ${name}`);
            return structuredClone(fn(...structuredClone(args)));
          },
  });
}

function workspace(client: SimClient = inProcessClient()) {
  const app = createApp({ render: () => null });
  provideSimClient(app, client);
  app.use(createPinia());
  return { client, ...app.runWithContext(() => ({ trace: useTraceStore(), files: useFilesStore(), editor: useEditorStore() })) };
}

type Workspace = ReturnType<typeof workspace>;

async function runDemo(w: Workspace): Promise<void> {
  const summary = await w.client.run(demo, '3.11');
  await w.trace.adopt(summary);
  await vi.waitFor(() => expect(w.trace.view?.index).toBe(summary.events));
}

/** The moment line 15 (print(sys.getrefcount(a))) starts, where both Node instances are alive, and node a. */
async function nodeMoment(w: Workspace): Promise<{ moment: number; object: number }> {
  const target = w.trace.overview!.lines.find((l) => l.line === 15)!.at;
  w.trace.seek(target);
  await vi.waitFor(() => expect(w.trace.view?.index).toBe(target));
  const node = w.trace.view!.objects.find((o) => o.type === 'Node');
  expect(node).toBeDefined();
  return { moment: target, object: node!.id };
}

describe('trace files', () => {
  it('a shared moment opens in a fresh workspace at that moment with that selection', async () => {
    const a = workspace();
    await runDemo(a);
    const { moment, object } = await nodeMoment(a);
    a.trace.select(object);
    const file = await a.files.exportTrace(true);
    expect(file?.name).toBe(`main-at-${moment}.heapscope`);
    const whole = await a.files.exportTrace(false);
    expect(whole?.name).toBe('main.heapscope');

    const b = workspace();
    expect(await b.files.importBase64(file!.base64)).toBe(true);
    expect(b.files.message).toBeNull();
    expect(b.trace.eventCount).toBe(a.trace.eventCount);
    expect(b.trace.info?.source).toBe(demo);
    expect(b.trace.moment).toBe(moment);
    expect(b.trace.selected).toBe(object);
    await vi.waitFor(() => expect(b.trace.view?.index).toBe(moment));
    expect(b.trace.view?.objects.some((o) => o.id === object)).toBe(true);

    // The whole run opens at its end, nothing selected.
    const c = workspace();
    expect(await c.files.importBase64(whole!.base64)).toBe(true);
    expect([c.trace.moment, c.trace.selected]).toEqual([c.trace.eventCount, null]);
  });

  it('a corrupt file is refused with the service message and the open trace stays', async () => {
    const w = workspace();
    await runDemo(w);
    const info = w.trace.info;
    const file = (await w.files.exportTrace(false))!;
    const bytes = base64ToBytes(file.base64);
    // Truncated in the middle of the compressed body, and garbage that is not gzip at all.
    const truncated = bytesToBase64(bytes.subarray(0, Math.floor(bytes.length / 2)));
    const garbage = bytesToBase64(new TextEncoder().encode('print("not a trace")\n'));
    for (const bad of [truncated, garbage]) {
      let expected = '';
      try {
        createSimService().importTrace(bad);
      } catch (e) {
        expected = (e as Error).message;
      }
      expect(expected).not.toBe('');
      expect(await w.files.importBase64(bad)).toBe(false);
      expect(w.files.message).toBe(expected);
      expect(w.trace.info).toBe(info);
      expect(w.trace.moment).toBe(w.trace.eventCount);
    }
    // The service still holds the run: views keep coming.
    w.trace.seek(5);
    await vi.waitFor(() => expect(w.trace.view?.index).toBe(5));
    // A file that is fine clears the message.
    expect(await w.files.importBase64(file.base64)).toBe(true);
    expect(w.files.message).toBeNull();
  });

  it('restores the stored trace at its focus, and drops a damaged one', async () => {
    const a = workspace();
    await runDemo(a);
    const { moment, object } = await nodeMoment(a);
    a.trace.select(object);
    const shared = (await a.files.exportTrace(true))!.base64;

    const b = workspace();
    const stash = memoryStash(shared);
    expect(await b.files.restore(stash)).toBe(true);
    expect([b.trace.moment, b.trace.selected]).toEqual([moment, object]);
    expect(b.files.notice).toBe('restored');

    const note = vi.spyOn(console, 'info').mockImplementation(() => {});
    const c = workspace();
    const damaged = memoryStash('H4sIAAAAAAAAA0tMTAIAAAD//wMA');
    expect(await c.files.restore(damaged)).toBe(false);
    expect(damaged.value).toBeNull();
    expect(c.trace.loaded).toBe(false);
    expect(note).toHaveBeenCalledWith(expect.stringContaining('dropped the stored trace'));
    note.mockRestore();
  });

  it('a chosen or dropped .py program goes into the editor; anything else is taken for a trace', async () => {
    const w = workspace();
    expect(await w.files.openFile(new File([demo], 'cycle.py'))).toBe(true);
    expect(w.editor.source).toBe(demo);
    expect(w.trace.loaded).toBe(false);
    expect(await w.files.openFile(new File(['x = 1\n'], 'notes.txt'))).toBe(false);
    expect(w.files.message).toMatch(/heapscope/i);
    expect(w.editor.source).toBe(demo);
  });

  it('keeps the stash up to date: after a run, and debounced on moment and selection', async () => {
    const w = workspace();
    const stash = memoryStash();
    expect(await w.files.restore(stash)).toBe(false);
    await runDemo(w);
    await vi.waitFor(() => expect(stash.value).not.toBeNull(), { timeout: STASH_DELAY_MS * 3 });
    const focusOf = async (base64: string) => {
      const probe = inProcessClient();
      await probe.importTrace(base64);
      return (await probe.traceInfo()).focus;
    };
    expect(await focusOf(stash.value!)).toEqual({ moment: w.trace.eventCount, object: null });

    const { moment, object } = await nodeMoment(w);
    w.trace.select(object);
    const before = stash.value;
    await new Promise((r) => setTimeout(r, STASH_DELAY_MS / 3));
    expect(stash.value).toBe(before); // still waiting for quiet
    await vi.waitFor(() => expect(stash.value).not.toBe(before), { timeout: STASH_DELAY_MS * 3 });
    expect(await focusOf(stash.value!)).toEqual({ moment, object });
  });
});
