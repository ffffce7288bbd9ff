// The main process's part in a call: it owns no service, it relays. Each renderer call is
// validated, given a fresh id (renderers choose their own ids, which may collide across windows),
// forwarded to the worker, and answered with the worker's reply or fail under the caller's id.
// Events from the worker go to every window.
//
// Invariants:
// 1. Only a valid `call` of a method the simulation service declares, with arguments its spec
//    accepts, reaches the worker; anything else is answered with a fail right here.
// 2. Every forwarded call is answered exactly once (worker reply/fail, or the worker closing).

import {
  MessageType,
  ProtocolError,
  failMessageOf,
  parseWireMessage,
  replyMessageOf,
  callMessageOf,
  recoverableId,
  type EventMessage,
  type FailMessage,
  type ReplyMessage,
} from '../../src/shared/protocol';
import { SchemaError } from '../../src/shared/schema';
import { simServiceSpec } from '../../src/shared/sim-service';
import type { Transport } from '../../src/shared/transport';

export interface Relay {
  /** Validates `raw` and forwards it; resolves with the answer to send back to the renderer. */
  call(raw: unknown): Promise<ReplyMessage | FailMessage>;
  dispose(): void;
}

interface Waiting {
  readonly callerId: number;
  readonly settle: (answer: ReplyMessage | FailMessage) => void;
}

export function createRelay(worker: Transport, broadcast: (event: EventMessage) => void): Relay {
  const waiting = new Map<number, Waiting>();
  let nextId = 0;
  let closedReason: string | null = null;

  const unsubscribe = worker.onMessage((raw) => {
    let message;
    try {
      message = parseWireMessage(raw);
    } catch (error) {
      console.error(`heapscope main: ignored a message from the worker: ${(error as Error).message}`);
      return;
    }
    if (message.type === MessageType.EVENT) return broadcast(message);
    if (message.type === MessageType.CALL) return console.error('heapscope main: the worker sent a call; ignored');
    const entry = waiting.get(message.id);
    if (!entry) return console.error(`heapscope main: answer for unknown call id ${message.id}; ignored`);
    waiting.delete(message.id);
    entry.settle(
      message.type === MessageType.REPLY
        ? replyMessageOf(entry.callerId, message.result)
        : { ...message, id: entry.callerId },
    );
  });
  const unsubscribeClose = worker.onClose?.((reason) => {
    closedReason = reason;
    for (const [id, entry] of waiting) {
      waiting.delete(id);
      entry.settle(failMessageOf(entry.callerId, new Error(reason)));
    }
  });

  return {
    call(raw) {
      const callerId = recoverableId(raw);
      // Without an id no caller can be answered; the IPC handler turns this throw into a rejected invoke.
      if (callerId === null) throw new ProtocolError('invalid message: message.id: missing or not a call id');
      try {
        const message = parseWireMessage(raw);
        if (message.type !== MessageType.CALL) {
          throw new ProtocolError(`the renderer may send only 'call' messages, got '${message.type}'`);
        }
        const spec = Object.hasOwn(simServiceSpec.methods, message.method)
          ? simServiceSpec.methods[message.method as keyof typeof simServiceSpec.methods]
          : undefined;
        if (!spec) throw new ProtocolError(`unknown method '${message.method}'`);
        const args = spec.args.parse(message.args, `${message.method}() arguments`);
        if (closedReason !== null) return Promise.resolve(failMessageOf(callerId, new Error(closedReason)));
        const id = nextId++;
        return new Promise((settle) => {
          waiting.set(id, { callerId, settle });
          worker.send(callMessageOf(id, message.method, args));
        });
      } catch (error) {
        const reason = error instanceof SchemaError ? new ProtocolError(`invalid call: ${error.message}`) : error;
        return Promise.resolve(failMessageOf(callerId, reason));
      }
    },
    dispose() {
      unsubscribe();
      unsubscribeClose?.();
    },
  };
}
