// The generic caller side of the protocol: turns a ServiceSpec and a Transport into a typed client
// whose methods send `call` messages and resolve with the validated `reply` (or reject with the
// `fail`). One client serves every service and every host.
//
// Invariants:
// 1. Each pending call is settled exactly once: by its reply, its fail, the transport closing, or dispose().
// 2. Nothing received is used before parseWireMessage and the method's result schema accept it.

import {
  MessageType,
  ProtocolError,
  RemoteError,
  assertNever,
  callMessageOf,
  parseWireMessage,
  type WireMessage,
} from './protocol';
import { SchemaError, type PlainData } from './schema';
import type {
  EventListener,
  EventNameOf,
  MethodName,
  ServiceMethods,
  ServiceSpec,
} from './service-spec';
import type { Transport, Unsubscribe } from './transport';

export interface ClientControls<S extends ServiceSpec> {
  /** Subscribes to a service event; returns the function that unsubscribes. */
  on<E extends EventNameOf<S>>(event: E, listener: EventListener<S, E>): Unsubscribe;
  /** Rejects every pending call and stops listening. */
  dispose(): void;
}

export type ServiceClient<S extends ServiceSpec> = ServiceMethods<S> & ClientControls<S>;

export interface ClientOptions {
  /** Told about received data that is not a valid message; default: ignore after reporting nowhere. */
  readonly onProtocolError?: (error: Error) => void;
}

interface Pending {
  readonly method: string;
  readonly resolve: (value: PlainData) => void;
  readonly reject: (error: Error) => void;
}

const RESERVED = new Set(['on', 'dispose']);

export function createClient<S extends ServiceSpec>(
  spec: S,
  transport: Transport,
  options: ClientOptions = {},
): ServiceClient<S> {
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(payload: never) => void>>();
  let nextId = 0;
  let closedReason: string | null = null;

  const reportProtocolError = (error: Error): void => options.onProtocolError?.(error);

  const settleAll = (reason: string): void => {
    closedReason = reason;
    for (const [id, call] of pending) {
      pending.delete(id);
      call.reject(new Error(`${call.method}: ${reason}`));
    }
  };

  const receive = (raw: unknown): void => {
    let message: WireMessage;
    try {
      message = parseWireMessage(raw);
    } catch (error) {
      reportProtocolError(error as Error);
      return;
    }
    switch (message.type) {
      case MessageType.REPLY: {
        const call = pending.get(message.id);
        if (!call) return reportProtocolError(new ProtocolError(`reply for unknown call id ${message.id}`));
        pending.delete(message.id);
        try {
          call.resolve(spec.methods[call.method]!.result.parse(message.result, `${call.method}() result`));
        } catch (error) {
          call.reject(error instanceof SchemaError ? new ProtocolError(`invalid reply: ${error.message}`) : (error as Error));
        }
        return;
      }
      case MessageType.FAIL: {
        const call = pending.get(message.id);
        if (!call) return reportProtocolError(new ProtocolError(`fail for unknown call id ${message.id}`));
        pending.delete(message.id);
        call.reject(new RemoteError(message.error));
        return;
      }
      case MessageType.EVENT: {
        const schema = (spec.events as Record<string, ServiceSpec['events'][`onDid${string}`]>)[message.name];
        if (!schema) return reportProtocolError(new ProtocolError(`unknown event '${message.name}'`));
        let payload: PlainData;
        try {
          payload = schema.parse(message.payload, `${message.name} payload`);
        } catch (error) {
          return reportProtocolError(new ProtocolError(`invalid event: ${(error as Error).message}`));
        }
        listeners.get(message.name)?.forEach((listener) => (listener as (p: PlainData) => void)(payload));
        return;
      }
      case MessageType.CALL:
        return reportProtocolError(new ProtocolError('a client does not accept calls'));
      default:
        return assertNever(message);
    }
  };

  const unsubscribeMessages = transport.onMessage(receive);
  const unsubscribeClose = transport.onClose?.((reason) => settleAll(reason));

  const invoke = (method: string, args: readonly unknown[]): Promise<PlainData> =>
    new Promise<PlainData>((resolve, reject) => {
      if (closedReason !== null) return reject(new Error(`${method}: ${closedReason}`));
      let checked: readonly PlainData[];
      try {
        // Check outgoing arguments here too: a bad argument fails at the call site, not in the worker.
        checked = spec.methods[method]!.args.parse(args, `${method}() arguments`);
      } catch (error) {
        return reject(error);
      }
      const id = nextId++;
      pending.set(id, { method, resolve, reject });
      transport.send(callMessageOf(id, method, checked));
    });

  const methods: Record<string, (...args: unknown[]) => Promise<PlainData>> = {};
  for (const method of Object.keys(spec.methods)) {
    if (RESERVED.has(method)) throw new Error(`a service method may not be named '${method}'`);
    methods[method] = (...args: unknown[]) => invoke(method, args);
  }

  const controls: ClientControls<S> = {
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as (payload: never) => void);
      return () => void set.delete(listener as (payload: never) => void);
    },
    dispose() {
      unsubscribeMessages();
      unsubscribeClose?.();
      settleAll('the client was disposed');
    },
  };
  return { ...methods, ...controls } as ServiceClient<S>;
}
