// Starts the simulation worker (the built `worker.js` next to the main bundle) and wraps it as a
// Transport: the only main-process file that touches a Worker's postMessage. A worker that dies is
// reported through onClose so pending calls fail instead of hanging.

import { Worker } from 'node:worker_threads';
import type { Transport } from '../../src/shared/transport';

export interface WorkerHost {
  readonly transport: Transport;
  terminate(): Promise<void>;
}

export function startSimulationWorker(entryFile: string): WorkerHost {
  const worker = new Worker(entryFile);
  const closeListeners = new Set<(reason: string) => void>();
  let closedReason: string | null = null;
  const close = (reason: string): void => {
    if (closedReason !== null) return;
    closedReason = reason;
    closeListeners.forEach((listener) => listener(reason));
  };
  worker.on('error', (error) => close(`the simulation worker failed: ${error.message}`));
  worker.on('exit', (code) => close(`the simulation worker exited (code ${code})`));
  return {
    transport: {
      send(message) {
        if (closedReason === null) worker.postMessage(message);
      },
      onMessage(listener) {
        worker.on('message', listener);
        return () => void worker.off('message', listener);
      },
      onClose(listener) {
        // A listener that arrives after the worker died still learns it, so its calls cannot hang.
        if (closedReason !== null) listener(closedReason);
        closeListeners.add(listener);
        return () => void closeListeners.delete(listener);
      },
    },
    terminate: async () => {
      await worker.terminate();
    },
  };
}
