import { describe, expect, it } from 'vitest';
import {
  PROTOCOL_VERSION,
  ProtocolError,
  callMessageOf,
  eventMessageOf,
  failMessageOf,
  parseWireMessage,
  replyMessageOf,
  type WireMessage,
} from './protocol';

const everyMessage: readonly WireMessage[] = [
  callMessageOf(0, 'version', []),
  callMessageOf(7, 'analyze', ['x = 1\nprint(x)\n']),
  replyMessageOf(7, { source: 'x = 1\n', lineCount: 1, nested: [1, 2.5, null, true, { a: 'b' }] }),
  failMessageOf(3, new TypeError('boom')),
  failMessageOf(4, 'not an Error object'),
  eventMessageOf('onDidProgress', { step: 10, of: 100 }),
  eventMessageOf('onDidFinish', null),
];

describe('wire messages', () => {
  it.each(everyMessage.map((m) => [m.type, m] as const))('%s survives structuredClone and JSON unchanged', (_type, message) => {
    const cloned = structuredClone(message);
    expect(cloned).toEqual(message);
    expect(parseWireMessage(cloned)).toEqual(message);
    const viaJson = JSON.parse(JSON.stringify(message)) as unknown;
    expect(viaJson).toEqual(message);
    expect(parseWireMessage(viaJson)).toEqual(message);
  });

  it('covers every message type', () => {
    expect(new Set(everyMessage.map((m) => m.type))).toEqual(new Set(['call', 'reply', 'fail', 'event']));
  });

  it('carries errors as name and message', () => {
    expect(failMessageOf(1, new RangeError('too far')).error).toEqual({ name: 'RangeError', message: 'too far' });
  });
});

describe('malformed messages are rejected with the bad field named', () => {
  const valid = callMessageOf(1, 'analyze', ['x']);
  const cases: readonly (readonly [string, unknown, string])[] = [
    ['not an object', 'hello', 'invalid message: message: expected a plain object, got a string'],
    ['null', null, 'invalid message: message: expected a plain object, got null'],
    ['an array', [valid], 'invalid message: message: expected a plain object, got an array'],
    ['unknown type', { ...valid, type: 'shout' }, `invalid message: message.type: expected one of "call", "reply", "fail", "event", got "shout"`],
    ['missing type', { protocol: 1, id: 1 }, 'invalid message: message.type: expected one of "call", "reply", "fail", "event", got undefined'],
    ['newer protocol', { ...valid, protocol: PROTOCOL_VERSION + 1 }, `unsupported protocol version ${PROTOCOL_VERSION + 1} (this side speaks version ${PROTOCOL_VERSION})`],
    ['protocol not a number', { ...valid, protocol: '1' }, 'invalid message: message.protocol: expected 1, got "1"'],
    ['negative id', { ...valid, id: -1 }, 'invalid message: message.id: expected a number >= 0, got -1'],
    ['fractional id', { ...valid, id: 1.5 }, 'invalid message: message.id: expected an integer, got 1.5'],
    ['string id', { ...valid, id: '1' }, 'invalid message: message.id: expected a finite number, got a string'],
    ['missing method', { type: 'call', protocol: 1, id: 1, args: [] }, 'invalid message: message.method: missing field'],
    ['args not an array', { ...valid, args: 'x' }, 'invalid message: message.args: expected an array, got a string'],
    ['unexpected field', { ...valid, extra: 1 }, 'invalid message: message.extra: unexpected field'],
    ['a function in args', { ...valid, args: [() => 1] }, 'invalid message: message.args[0]: a function is not plain data'],
    ['a Map in args', { ...valid, args: [{ m: new Map() }] }, 'invalid message: message.args[0].m: a Map object is not plain data'],
    ['NaN in a result', replyMessageOf(1, { v: Number.NaN }), 'invalid message: message.result.v: NaN is not plain data (not JSON-safe)'],
    ['undefined in a result', { ...replyMessageOf(1, null), result: { v: undefined } }, 'invalid message: message.result.v: undefined is not plain data'],
    ['fail without message', { type: 'fail', protocol: 1, id: 2, error: { name: 'E' } }, 'invalid message: message.error.message: missing field'],
    ['event without name', { type: 'event', protocol: 1, payload: 1 }, 'invalid message: message.name: missing field'],
  ];

  it.each(cases)('%s', (_label, raw, expected) => {
    expect(() => parseWireMessage(raw)).toThrow(ProtocolError);
    expect(() => parseWireMessage(raw)).toThrow(expected);
  });

  it('rejects cyclic payloads instead of looping', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(() => parseWireMessage({ ...valid, args: [cyclic] })).toThrow(/nested deeper than 64 levels/);
  });
});
