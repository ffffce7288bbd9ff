// The one thing every host adapter implements: move WireMessages one way and hand received raw
// data (still unvalidated) the other way. Adapters are the only code that touches ipcMain,
// ipcRenderer, postMessage or parentPort; everything above them is host-agnostic.

import type { WireMessage } from './protocol';

export type Unsubscribe = () => void;

export interface Transport {
  /** Sends one message to the peer. Must not throw for a closed peer; report it through onClose. */
  send(message: WireMessage): void;
  /** Registers a listener for raw received data; the receiver validates it (parseWireMessage). */
  onMessage(listener: (raw: unknown) => void): Unsubscribe;
  /** Registers a listener for the peer going away (worker exit, window closed); optional. */
  onClose?(listener: (reason: string) => void): Unsubscribe;
}

/** Two transports wired to each other in memory, each message passed through structuredClone-like copying. */
export function linkedTransports(copy: (message: WireMessage) => unknown = (m) => JSON.parse(JSON.stringify(m)) as unknown): readonly [Transport, Transport] {
  const listeners: [Set<(raw: unknown) => void>, Set<(raw: unknown) => void>] = [new Set(), new Set()];
  const make = (self: 0 | 1): Transport => ({
    send(message) {
      const copied = copy(message);
      // Deliver asynchronously, as every real transport does, so re-entrancy bugs show up in tests.
      void Promise.resolve().then(() => listeners[1 - self]!.forEach((listener) => listener(copied)));
    },
    onMessage(listener) {
      listeners[self].add(listener);
      return () => listeners[self].delete(listener);
    },
  });
  return [make(0), make(1)];
}
