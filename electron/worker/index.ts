// The simulation worker of the desktop app (a worker_threads Worker started by electron/main):
// serves the simulation service on its parent port. Web mode serves the same service from a Web
// Worker (src/web/sim-worker.ts).

import { serveService } from '../../src/shared/rpc-server';
import { createSimService } from '../../src/service/sim-service-host';
import { simServiceSpec } from '../../src/shared/sim-service';
import { parentPortTransport } from './parent-port-transport';

const transport = parentPortTransport();
serveService(simServiceSpec, (emit) => createSimService(emit, { poll: () => transport.poll() }), transport, {
  onProtocolError: (error) => console.error(`heapscope worker: ignored a message: ${error.message}`),
});
