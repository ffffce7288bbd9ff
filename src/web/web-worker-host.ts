// Web mode's host: starts the simulation Web Worker and returns the typed client over it. The only
// page-side file that touches the Worker's postMessage. A worker that fails to load or crashes
// closes the transport, so pending calls reject with the reason instead of hanging. In a cross-origin-isolated
// page it shares a cancel flag with the worker so that cancel() interrupts a run (cancel-flag.ts).

import { createClient } from '../shared/rpc-client';
import { simServiceSpec, type SimClient } from '../shared/sim-service';
import type { Transport } from '../shared/transport';
import { createCancelFlag, withCancelFlag, type CancelFlagMessage } from './cancel-flag';

export function startWebWorkerHost(): SimClient {
  const worker = new Worker(new URL('./sim-worker.ts', import.meta.url), { type: 'module', name: 'heapscope-simulation' });
  const flag = createCancelFlag(globalThis.crossOriginIsolated === true);
  // Before any RPC message (cancel-flag.ts invariant 2).
  if (flag !== null) worker.postMessage({ heapscopeCancelFlag: flag.buffer } satisfies CancelFlagMessage);
  const closeListeners = new Set<(reason: string) => void>();
  let closedReason: string | null = null;
  const close = (reason: string): void => {
    if (closedReason !== null) return;
    closedReason = reason;
    closeListeners.forEach((listener) => listener(reason));
  };
  const transport: Transport = {
    send: (message) => worker.postMessage(message),
    onMessage(listener) {
      const handler = (event: MessageEvent<unknown>): void => listener(event.data);
      worker.addEventListener('message', handler);
      return () => worker.removeEventListener('message', handler);
    },
    onClose(listener) {
      if (closedReason !== null) listener(closedReason);
      closeListeners.add(listener);
      return () => void closeListeners.delete(listener);
    },
  };
  worker.addEventListener('error', (event) => {
    close(`the simulation worker failed: ${event.message || 'it could not be loaded'}`);
  });
  worker.addEventListener('messageerror', () => {
    close('the simulation worker sent a message that could not be read');
  });
  const client = createClient(simServiceSpec, transport, {
    onProtocolError: (error) => console.error(`heapscope: ignored a message: ${error.message}`),
  });
  return withCancelFlag(client, flag);
}
