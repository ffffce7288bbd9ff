// The generic service side of the protocol: validates each received `call`, runs the matching
// method of the implementation with arguments its spec accepted, and answers with one `reply` or
// `fail`. Events go out through `emit`, checked against their schema first.
//
// Invariants:
// 1. Every valid call gets exactly one answer with its id, whatever the method does (throws, rejects).
// 2. A method never sees arguments its spec rejected, and never sends a result its spec rejects
//    (that is a bug on our side and is reported as a fail, not sent half-valid).

import {
  MessageType,
  ProtocolError,
  failMessageOf,
  eventMessageOf,
  parseWireMessage,
  recoverableId,
  replyMessageOf,
} from './protocol';
import { SchemaError, type PlainData } from './schema';
import type { EventNameOf, PayloadOf, ServiceImplementation, ServiceSpec } from './service-spec';
import type { Transport } from './transport';

/** Sends one service event to the peer, checked against its schema first. */
export type Emit<S extends ServiceSpec> = <E extends EventNameOf<S>>(event: E, payload: PayloadOf<S, E>) => void;

export interface ServiceServer<S extends ServiceSpec> {
  readonly emit: Emit<S>;
  dispose(): void;
}

/** An implementation, or a factory that receives `emit` so its methods can send events (e.g. progress). */
export type ImplementationSource<S extends ServiceSpec> =
  | ServiceImplementation<S>
  | ((emit: Emit<S>) => ServiceImplementation<S>);

export interface ServerOptions {
  /** Told about received data that could not be answered (no recoverable call id). */
  readonly onProtocolError?: (error: Error) => void;
}

export function serveService<S extends ServiceSpec>(
  spec: S,
  source: ImplementationSource<S>,
  transport: Transport,
  options: ServerOptions = {},
): ServiceServer<S> {
  const methodNames = Object.keys(spec.methods);
  const emit: Emit<S> = (event, payload) => {
    const schema = (spec.events as Record<string, S['events'][EventNameOf<S>]>)[event];
    if (!schema) throw new Error(`unknown event '${event}'`);
    transport.send(eventMessageOf(event, schema.parse(payload, `${event} payload`)));
  };
  const implementation = typeof source === 'function' ? source(emit) : source;

  const handle = async (raw: unknown): Promise<void> => {
    let message;
    try {
      message = parseWireMessage(raw);
      if (message.type !== MessageType.CALL) {
        throw new ProtocolError(`a service accepts only 'call' messages, got '${message.type}'`);
      }
    } catch (error) {
      const id = recoverableId(raw);
      if (id !== null) transport.send(failMessageOf(id, error));
      else options.onProtocolError?.(error as Error);
      return;
    }
    const { id, method } = message;
    const methodSpec = Object.hasOwn(spec.methods, method) ? spec.methods[method] : undefined;
    if (!methodSpec) {
      const known = methodNames.join(', ');
      transport.send(failMessageOf(id, new ProtocolError(`unknown method '${method}' (this service has: ${known})`)));
      return;
    }
    try {
      const args = methodSpec.args.parse(message.args, `${method}() arguments`);
      const run = implementation[method as keyof ServiceImplementation<S>] as (...a: readonly PlainData[]) => unknown;
      const result = await run(...args);
      let checked: PlainData;
      try {
        checked = methodSpec.result.parse(result, `${method}() result`);
      } catch (error) {
        throw new Error(`the service produced an invalid result: ${(error as Error).message}`);
      }
      transport.send(replyMessageOf(id, checked));
    } catch (error) {
      transport.send(failMessageOf(id, error instanceof SchemaError ? new ProtocolError(`invalid call: ${error.message}`) : error));
    }
  };

  const unsubscribe = transport.onMessage((raw) => void handle(raw));
  return { emit, dispose: unsubscribe };
}
