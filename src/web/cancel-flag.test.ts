// The web-mode cancel path without a browser: the page-side client wrapper and the service's tick check share a
// real SharedArrayBuffer flag, over the real RPC (structuredClone'd messages), as in the Web Worker.
import { describe, expect, it } from 'vitest';
import { createSimService } from '../service/sim-service-host';
import { createClient } from '../shared/rpc-client';
import { serveService } from '../shared/rpc-server';
import { simServiceSpec, type SimClient } from '../shared/sim-service';
import { linkedTransports } from '../shared/transport';
import { CancelFlag, createCancelFlag, isCancelFlagMessage, NOT_ISOLATED_MESSAGE, withCancelFlag } from './cancel-flag';

function connect(flag: CancelFlag | null): SimClient {
  const [clientSide, serverSide] = linkedTransports((m) => structuredClone(m));
  // The worker's side sees its own CancelFlag over the same buffer, as sim-worker.ts builds it from the message.
  const workerFlag = flag === null ? null : new CancelFlag(structuredClone({ heapscopeCancelFlag: flag.buffer }).heapscopeCancelFlag);
  serveService(simServiceSpec, (emit) => createSimService(emit, { cancelRequested: () => workerFlag?.requested() ?? false }), serverSide);
  return withCancelFlag(createClient(simServiceSpec, clientSide), flag);
}

describe('web-mode cancel through a shared flag', () => {
  it('stops an endless run at its next progress tick and keeps the trace so far', async () => {
    const flag = new CancelFlag();
    const client = connect(flag);
    const running = client.run('n = 0\nwhile True:\n    n += 1\n', '3.11');
    await expect(client.cancel()).resolves.toBe(true);
    const summary = await running;
    expect(summary.stopReason).toBe('cancelled');
    expect(summary.steps).toBeGreaterThan(1000);
    expect(summary.events).toBeGreaterThan(summary.steps);
    expect(summary.stderr).toBe(`Heapscope stopped the program after ${summary.steps} instructions (cancelled).\n`);
    const info = await client.traceInfo();
    expect(info.summary).toEqual(summary);
    const last = (await client.frameAt(summary.events)) as { steps: number };
    expect(last.steps).toBe(summary.steps);
    // The next run starts with the flag cleared and finishes; cancel between runs asks the service (false).
    const next = await client.run('x = [1, 2]\n', '3.11');
    expect(next.stopReason).toBe('finished');
    await expect(client.cancel()).resolves.toBe(false);
  });

  it('says clearly that a run cannot be interrupted when the page is not cross-origin isolated', async () => {
    expect(createCancelFlag(false)).toBeNull();
    const client = connect(null);
    const running = client.run('for i in range(3000):\n    pass\n', '3.11');
    await expect(client.cancel()).rejects.toThrow(NOT_ISOLATED_MESSAGE);
    await expect(running).resolves.toMatchObject({ stopReason: 'finished' });
    await expect(client.cancel()).resolves.toBe(false);
  });

  it('recognises only the flag message, whatever else the worker receives', () => {
    const flag = createCancelFlag(true)!;
    expect(isCancelFlagMessage({ heapscopeCancelFlag: flag.buffer })).toBe(true);
    expect(isCancelFlagMessage({ heapscopeCancelFlag: new ArrayBuffer(4) })).toBe(false);
    expect(isCancelFlagMessage({ type: 'call', id: 1, method: 'run', args: [] })).toBe(false);
    expect(isCancelFlagMessage(null)).toBe(false);
    flag.request();
    expect(new CancelFlag(flag.buffer).requested()).toBe(true);
    flag.reset();
    expect(new CancelFlag(flag.buffer).requested()).toBe(false);
  });
});
