// The worker_threads side of the simulation service's transport: the only file that touches
// `parentPort`. Messages cross by structured clone.

import { parentPort } from 'node:worker_threads';
import type { Transport } from '../../src/shared/transport';

export function parentPortTransport(): Transport {
  const port = parentPort;
  if (!port) throw new Error('the simulation worker must be started as a worker_threads Worker');
  return {
    send: (message) => port.postMessage(message),
    onMessage(listener) {
      port.on('message', listener);
      return () => void port.off('message', listener);
    },
  };
}
