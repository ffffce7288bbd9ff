// The worker_threads side of the simulation service's transport: the only file that touches
// `parentPort`. Messages cross by structured clone.
//
// A run is synchronous inside the worker, so messages wait until it ends — except through `poll`, which the
// service calls at its progress ticks: it reads what has arrived (receiveMessageOnPort), hands a cancel() call
// to the service at once, and delivers every other message after the run, in arrival order.

import { parentPort, receiveMessageOnPort } from 'node:worker_threads';
import type { Transport } from '../../src/shared/transport';

export interface PollingTransport extends Transport {
  /** Delivers pending cancel() calls now; queues other pending messages until the event loop runs again. */
  poll(): void;
}

function isCancelCall(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'call' && (message as { method?: unknown }).method === 'cancel';
}

export function parentPortTransport(): PollingTransport {
  const port = parentPort;
  if (!port) throw new Error('the simulation worker must be started as a worker_threads Worker');
  const listeners = new Set<(message: unknown) => void>();
  const deferred: unknown[] = [];
  const deliver = (message: unknown): void => {
    for (const l of listeners) l(message);
  };
  port.on('message', deliver);
  return {
    send: (message) => port.postMessage(message),
    onMessage(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    poll() {
      for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port)) {
        if (isCancelCall(m.message)) deliver(m.message);
        else {
          if (deferred.length === 0) setImmediate(() => deferred.splice(0).forEach(deliver));
          deferred.push(m.message);
        }
      }
    },
  };
}
