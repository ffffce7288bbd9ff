// Finds the simulation service for this page. The desktop preload provides it as
// `window.heapscope`; in a plain browser the same service runs in a Web Worker. Only this file
// knows the difference: the rest of the renderer sees one SimClient.

import type { SimClient } from '../../shared/sim-service';

export async function connectSimService(): Promise<SimClient> {
  if (window.heapscope) return window.heapscope;
  // Loaded on demand so the desktop bundle's start-up path does not carry the Web Worker host.
  const { startWebWorkerHost } = await import('../../web/web-worker-host');
  return startWebWorkerHost();
}
