// The inspector's queries against the service implementation (in process, answers cloned as over the wire):
// lifetime and history per selected object, why-alive per moment, and no answer about a previous selection.

import { readFileSync } from 'node:fs';
import { createPinia } from 'pinia';
import { createApp, nextTick } from 'vue';
import { describe, expect, it, vi } from 'vitest';
import { createSimService } from '../../../service/sim-service-host';
import type { SimClient } from '../../../shared/sim-service';
import { provideSimClient } from '../../host/sim-client';
import { useTraceStore } from '../../stores/trace';
import { useObjectQueries } from './objectQueries';

const demo = readFileSync(new URL('../../../../resources/demos/programs/02_reference_cycle.py', import.meta.url), 'utf8');

function inProcessClient(): SimClient {
  const impl = createSimService() as unknown as Record<string, (...args: unknown[]) => unknown>;
  return new Proxy({} as SimClient, {
    get: (_t, name: string) => (name === 'on' ? () => () => {} : async (...args: unknown[]) => structuredClone(impl[name]!(...structuredClone(args)))),
  });
}

describe('object queries', () => {
  it('follow the selection and the moment', async () => {
    const client = inProcessClient();
    const app = createApp({ render: () => null });
    provideSimClient(app, client);
    app.use(createPinia());
    const { trace, queries } = app.runWithContext(() => {
      const trace = useTraceStore();
      return { trace, queries: useObjectQueries(client, trace) };
    });
    await trace.adopt(await client.run(demo, '3.11'));
    // Line 8 runs twice: in Node("a").__init__, then in Node("b").__init__, where b is the frame's `self`.
    const inInitB = trace.overview!.lines.filter((l) => l.line === 8)[1]!.at;
    const at17 = trace.overview!.lines.find((l) => l.line === 17)!.at;
    trace.seek(at17);
    await vi.waitFor(() => expect(trace.view?.index).toBe(at17));
    const [a, b] = trace.view!.objects.filter((o) => o.type === 'Node');

    trace.select(a!.id);
    await vi.waitFor(() => expect(queries.history.value).not.toBeNull());
    expect(queries.lifetime.value).toEqual(await client.query('lifetime', a!.id, 0));
    expect(queries.history.value).toEqual(await client.query('history', a!.id, 0));
    await vi.waitFor(() => expect(queries.whyAlive.value?.kind).toBe('unreachable'));

    // Another object, then straight back to an earlier moment: the answers are about the latest of each.
    trace.select(b!.id);
    trace.seek(inInitB);
    await nextTick();
    expect(queries.history.value).toBeNull();
    await vi.waitFor(() => expect(queries.history.value).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'object_new' })])));
    expect(queries.lifetime.value).toEqual(await client.query('lifetime', b!.id, 0));
    const whyInInit = await client.query('whyAlive', b!.id, inInitB);
    expect(whyInInit).toMatchObject({ kind: 'reachable' });
    await vi.waitFor(() => expect(queries.whyAlive.value).toEqual(whyInInit));

    trace.select(null);
    await nextTick();
    expect([queries.history.value, queries.whyAlive.value]).toEqual([null, null]);
  });
});
