// How a service is described once and then carried by the generic RPC (rpc-client.ts,
// rpc-server.ts): each method is a pair of schemas (argument tuple, result), each event one payload
// schema. The TypeScript types of the client, the implementation and the events are all derived
// from the spec, so adding a method is one entry here plus its implementation — no transport change.

import type { Infer, PlainData, Schema } from './schema';

export interface MethodSpec {
  readonly args: Schema<readonly PlainData[]>;
  readonly result: Schema<PlainData>;
}

/** Event names follow the house convention `onDidX`. */
export type EventName = `onDid${string}`;

export interface ServiceSpec {
  readonly methods: Readonly<Record<string, MethodSpec>>;
  readonly events: Readonly<Record<EventName, Schema<PlainData>>>;
}

export function defineService<const S extends ServiceSpec>(spec: S): S {
  return spec;
}

export type MethodName<S extends ServiceSpec> = keyof S['methods'] & string;
export type EventNameOf<S extends ServiceSpec> = keyof S['events'] & EventName;

export type ArgsOf<S extends ServiceSpec, M extends MethodName<S>> = Infer<S['methods'][M]['args']>;
export type ResultOf<S extends ServiceSpec, M extends MethodName<S>> = Infer<S['methods'][M]['result']>;
export type PayloadOf<S extends ServiceSpec, E extends EventNameOf<S>> = Infer<S['events'][E]>;

/** What a host implements: every method, sync or async. */
export type ServiceImplementation<S extends ServiceSpec> = {
  readonly [M in MethodName<S>]: (...args: ArgsOf<S, M>) => ResultOf<S, M> | Promise<ResultOf<S, M>>;
};

/** What a caller sees: every method returns a promise. */
export type ServiceMethods<S extends ServiceSpec> = {
  readonly [M in MethodName<S>]: (...args: ArgsOf<S, M>) => Promise<ResultOf<S, M>>;
};

export type EventListener<S extends ServiceSpec, E extends EventNameOf<S>> = (payload: PayloadOf<S, E>) => void;
