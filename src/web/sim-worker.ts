// The simulation worker of web mode (a module Web Worker): serves the same simulation service as
// the desktop's worker_threads worker (electron/worker). The only file of this runtime that
// touches the worker's postMessage / message events. Besides the RPC it takes one message, the
// page's cancel flag (cancel-flag.ts), which the service reads at its progress ticks.

import { serveService } from '../shared/rpc-server';
import { createSimService } from '../service/sim-service-host';
import { simServiceSpec } from '../shared/sim-service';
import type { Transport } from '../shared/transport';
import { CancelFlag, isCancelFlagMessage } from './cancel-flag';

// tsconfig.web.json includes both DOM and WebWorker libs; name the scope this file really runs in.
const scope = self as unknown as DedicatedWorkerGlobalScope;

let flag: CancelFlag | null = null;

const transport: Transport = {
  send: (message) => scope.postMessage(message),
  onMessage(listener) {
    const handler = (event: MessageEvent<unknown>): void => {
      if (isCancelFlagMessage(event.data)) flag = new CancelFlag(event.data.heapscopeCancelFlag);
      else listener(event.data);
    };
    scope.addEventListener('message', handler);
    return () => scope.removeEventListener('message', handler);
  },
};

serveService(simServiceSpec, (emit) => createSimService(emit, { cancelRequested: () => flag !== null && flag.requested() }), transport, {
  onProtocolError: (error) => console.error(`heapscope worker: ignored a message: ${error.message}`),
});
