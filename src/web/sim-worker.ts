// The simulation worker of web mode (a module Web Worker): serves the same simulation service as
// the desktop's worker_threads worker (electron/worker). The only file of this runtime that
// touches the worker's postMessage / message events.

import { serveService } from '../shared/rpc-server';
import { createSimService } from '../service/sim-service-host';
import { simServiceSpec } from '../shared/sim-service';
import type { Transport } from '../shared/transport';

// tsconfig.web.json includes both DOM and WebWorker libs; name the scope this file really runs in.
const scope = self as unknown as DedicatedWorkerGlobalScope;

const transport: Transport = {
  send: (message) => scope.postMessage(message),
  onMessage(listener) {
    const handler = (event: MessageEvent<unknown>): void => listener(event.data);
    scope.addEventListener('message', handler);
    return () => scope.removeEventListener('message', handler);
  },
};

serveService(simServiceSpec, createSimService, transport, {
  onProtocolError: (error) => console.error(`heapscope worker: ignored a message: ${error.message}`),
});
