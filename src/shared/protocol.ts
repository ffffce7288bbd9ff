// The wire protocol between the renderer, its host and the simulation worker: a discriminated union
// of four plain-data messages (call / reply / fail / event) carrying a protocol version. Every
// transport (Electron IPC, worker_threads, Web Worker) carries exactly these, and every receiver
// validates them with `parseWireMessage` before use.
//
// Invariants:
// 1. Every message is plain data (schema.ts invariant 1): it survives structuredClone and JSON.
// 2. A reply or fail answers exactly one call, matched by `id`; ids are chosen by the caller.
// 3. A message whose `protocol` differs from PROTOCOL_VERSION is rejected, never half-understood.

import {
  SchemaError,
  array,
  literal,
  number,
  object,
  oneOf,
  plainData,
  string,
  type Infer,
  type PlainData,
} from './schema';

/** Bumped whenever a message's shape or a method's meaning changes incompatibly. */
export const PROTOCOL_VERSION = 1;

/** The kinds of wire message. */
export const MessageType = {
  /** A request to run a service method; answered by exactly one reply or fail with the same id. */
  CALL: 'call',
  /** A method's successful result. */
  REPLY: 'reply',
  /** A method's failure (or a call that could not be accepted), with a readable error. */
  FAIL: 'fail',
  /** A notification from the service, not tied to a call (e.g. `onDidProgress`). */
  EVENT: 'event',
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** Upper bound on one message's strings; a program's source is the largest thing sent today. */
const MAX_NAME = 64;
const MAX_TEXT = 4_000_000;
const MAX_ARGS = 16;

const callId = number({ integer: true, min: 0 });
const version = literal(PROTOCOL_VERSION);

const callMessage = object({
  type: literal(MessageType.CALL),
  protocol: version,
  id: callId,
  method: string({ maxLength: MAX_NAME }),
  args: array(plainData(), { maxLength: MAX_ARGS }),
});
const replyMessage = object({
  type: literal(MessageType.REPLY),
  protocol: version,
  id: callId,
  result: plainData(),
});
const failMessage = object({
  type: literal(MessageType.FAIL),
  protocol: version,
  id: callId,
  error: object({ name: string({ maxLength: MAX_NAME }), message: string({ maxLength: MAX_TEXT }) }),
});
const eventMessage = object({
  type: literal(MessageType.EVENT),
  protocol: version,
  name: string({ maxLength: MAX_NAME }),
  payload: plainData(),
});

export type CallMessage = Infer<typeof callMessage>;
export type ReplyMessage = Infer<typeof replyMessage>;
export type FailMessage = Infer<typeof failMessage>;
export type EventMessage = Infer<typeof eventMessage>;
export type WireMessage = CallMessage | ReplyMessage | FailMessage | EventMessage;
export type WireError = FailMessage['error'];

const typeField = oneOf(Object.values(MessageType));

/** Thrown for any message that is not a valid WireMessage of this protocol version. */
export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
}

/**
 * Validates a received message. The error names the bad field, e.g.
 * `invalid message: message.id: expected a number >= 0, got -1`.
 * Cost: one walk over the payload (O(size)); payloads are views, not whole traces.
 */
export function parseWireMessage(raw: unknown): WireMessage {
  try {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw new SchemaError('message', `expected a plain object, got ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : `a ${typeof raw}`}`);
    }
    const record = raw as Record<string, unknown>;
    // Check the version before the shape, so a newer peer gets "unsupported version", not a field error.
    if (record['protocol'] !== PROTOCOL_VERSION && typeof record['protocol'] === 'number') {
      throw new ProtocolError(
        `unsupported protocol version ${record['protocol']} (this side speaks version ${PROTOCOL_VERSION})`,
      );
    }
    const type = typeField.parse(record['type'], 'message.type');
    switch (type) {
      case MessageType.CALL:
        return callMessage.parse(raw, 'message');
      case MessageType.REPLY:
        return replyMessage.parse(raw, 'message');
      case MessageType.FAIL:
        return failMessage.parse(raw, 'message');
      case MessageType.EVENT:
        return eventMessage.parse(raw, 'message');
      default:
        return assertNever(type);
    }
  } catch (error) {
    if (error instanceof SchemaError) throw new ProtocolError(`invalid message: ${error.message}`);
    throw error;
  }
}

/** The id of a malformed call, if it has a usable one, so its caller can still get its fail. */
export function recoverableId(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const id = (raw as Record<string, unknown>)['id'];
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : null;
}

export function assertNever(value: never): never {
  throw new Error(`unexpected value ${String(value)}`);
}

export function callMessageOf(id: number, method: string, args: readonly PlainData[]): CallMessage {
  return { type: MessageType.CALL, protocol: PROTOCOL_VERSION, id, method, args };
}

export function replyMessageOf(id: number, result: PlainData): ReplyMessage {
  return { type: MessageType.REPLY, protocol: PROTOCOL_VERSION, id, result };
}

export function failMessageOf(id: number, error: unknown): FailMessage {
  return { type: MessageType.FAIL, protocol: PROTOCOL_VERSION, id, error: toWireError(error) };
}

export function eventMessageOf(name: string, payload: PlainData): EventMessage {
  return { type: MessageType.EVENT, protocol: PROTOCOL_VERSION, name, payload };
}

/** Errors cross the wire as {name, message}: Error objects are not plain data. */
export function toWireError(error: unknown): WireError {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/** The error a caller sees for a fail message: same name and message as on the far side. */
export class RemoteError extends Error {
  constructor(error: WireError) {
    super(error.message);
    this.name = error.name;
  }
}
