import { describe, expect, it, vi } from 'vitest';
import { callMessageOf, PROTOCOL_VERSION, RemoteError, type WireMessage } from './protocol';
import { createClient } from './rpc-client';
import { serveService, type Emit } from './rpc-server';
import { number, object, string, tuple } from './schema';
import { defineService, type ServiceImplementation } from './service-spec';
import { linkedTransports, type Transport } from './transport';

const testSpec = defineService({
  methods: {
    add: { args: tuple([number(), number()]), result: number() },
    greet: { args: tuple([string()]), result: object({ text: string() }) },
    explode: { args: tuple([]), result: number() },
    lie: { args: tuple([]), result: number() },
    countTo: { args: tuple([number({ integer: true, min: 0 })]), result: number() },
  },
  events: {
    onDidTick: object({ n: number({ integer: true }) }),
  },
});

const implementation = (emit: Emit<typeof testSpec>): ServiceImplementation<typeof testSpec> => ({
  // Events sent while a call runs arrive before its reply (one ordered channel).
  countTo: (n) => {
    for (let i = 1; i <= n; i++) emit('onDidTick', { n: i });
    return n;
  },
  add: (a, b) => a + b,
  greet: async (name) => ({ text: `hello ${name}` }),
  explode: () => {
    throw new RangeError('out of range');
  },
  // A buggy implementation returning the wrong type must not reach the caller as if valid.
  lie: () => 'not a number' as unknown as number,
});

function connect(copy?: (m: WireMessage) => unknown) {
  const [clientSide, serverSide] = linkedTransports(copy);
  const server = serveService(testSpec, implementation, serverSide);
  const client = createClient(testSpec, clientSide);
  return { client, server, clientSide, serverSide };
}

describe('generic RPC over a transport', () => {
  it('round-trips calls through JSON and through structuredClone', async () => {
    for (const copy of [undefined, (m: WireMessage) => structuredClone(m)]) {
      const { client } = connect(copy);
      await expect(client.add(2, 3)).resolves.toBe(5);
      await expect(client.greet('arena')).resolves.toEqual({ text: 'hello arena' });
    }
  });

  it('matches concurrent replies to their calls', async () => {
    const { client } = connect();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => client.add(i, 100)));
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i + 100));
  });

  it('turns a thrown error into a rejected call with the same name and message', async () => {
    const { client } = connect();
    const error = await client.explode().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteError);
    expect(error).toMatchObject({ name: 'RangeError', message: 'out of range' });
  });

  it('refuses to send a result its spec rejects', async () => {
    const { client } = connect();
    await expect(client.lie()).rejects.toThrow('the service produced an invalid result: lie() result: expected a finite number, got a string');
  });

  it('checks arguments at the call site', async () => {
    const { client } = connect();
    await expect((client.add as (...a: unknown[]) => Promise<number>)(1, 'two')).rejects.toThrow(
      'add() arguments[1]: expected a finite number, got a string',
    );
  });

  it('delivers events to subscribers until they unsubscribe', async () => {
    const { client, server } = connect();
    const seen: number[] = [];
    const off = client.on('onDidTick', (p) => seen.push(p.n));
    server.emit('onDidTick', { n: 1 });
    server.emit('onDidTick', { n: 2 });
    await client.add(0, 0); // a round trip flushes earlier events
    off();
    server.emit('onDidTick', { n: 3 });
    await client.add(0, 0);
    expect(seen).toEqual([1, 2]);
  });

  it('lets a method emit events that arrive before its reply', async () => {
    const { client } = connect((m) => structuredClone(m));
    const seen: number[] = [];
    client.on('onDidTick', (p) => seen.push(p.n));
    await expect(client.countTo(3)).resolves.toBe(3);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('refuses to emit an event its spec rejects', () => {
    const { server } = connect();
    expect(() => server.emit('onDidTick', { n: 1.5 })).toThrow('onDidTick payload.n: expected an integer, got 1.5');
    expect(() => (server.emit as (e: string, p: unknown) => void)('onDidExplode', {})).toThrow("unknown event 'onDidExplode'");
  });

  it('rejects pending calls when the transport closes or the client is disposed', async () => {
    const closeListeners: ((reason: string) => void)[] = [];
    const silent: Transport = {
      send: () => {},
      onMessage: () => () => {},
      onClose: (l) => (closeListeners.push(l), () => {}),
    };
    const client = createClient(testSpec, silent);
    const call = client.add(1, 2);
    closeListeners.forEach((l) => l('the simulation worker exited (code 1)'));
    await expect(call).rejects.toThrow('add: the simulation worker exited (code 1)');
    await expect(client.add(1, 2)).rejects.toThrow('add: the simulation worker exited (code 1)');

    const other = createClient(testSpec, silent);
    const pending = other.add(1, 2);
    other.dispose();
    await expect(pending).rejects.toThrow('add: the client was disposed');
  });
});

describe('the server validates what it receives', () => {
  function rawServer() {
    const [probe, serverSide] = linkedTransports();
    serveService(testSpec, implementation, serverSide, { onProtocolError: (e) => errors.push(e.message) });
    const received: unknown[] = [];
    const errors: string[] = [];
    probe.onMessage((m) => received.push(m));
    const send = async (raw: unknown) => {
      probe.send(raw as WireMessage);
      await new Promise((r) => setTimeout(r, 0));
    };
    return { send, received, errors };
  }

  it('answers an unknown method with a fail naming the methods it has', async () => {
    const { send, received } = rawServer();
    await send(callMessageOf(9, 'format_disk', []));
    expect(received).toEqual([
      {
        type: 'fail',
        protocol: PROTOCOL_VERSION,
        id: 9,
        error: { name: 'ProtocolError', message: "unknown method 'format_disk' (this service has: add, greet, explode, lie, countTo)" },
      },
    ]);
  });

  it('answers bad arguments with a fail naming the argument', async () => {
    const { send, received } = rawServer();
    await send(callMessageOf(2, 'greet', [42]));
    await send(callMessageOf(3, 'greet', []));
    expect(received).toMatchObject([
      { type: 'fail', id: 2, error: { message: 'invalid call: greet() arguments[0]: expected a string, got a number' } },
      { type: 'fail', id: 3, error: { message: 'invalid call: greet() arguments: expected 1 element(s), got 0' } },
    ]);
  });

  it('answers a malformed call that has an id, and reports one without', async () => {
    const { send, received, errors } = rawServer();
    await send({ type: 'call', protocol: PROTOCOL_VERSION, id: 5, method: 'add', args: [1, 2], extra: true });
    await send({ type: 'call', protocol: 99, id: 6, method: 'add', args: [1, 2] });
    await send({ hello: 'world' });
    await send({ type: 'reply', protocol: PROTOCOL_VERSION, id: 1, result: 1 });
    expect(received).toMatchObject([
      { type: 'fail', id: 5, error: { message: 'invalid message: message.extra: unexpected field' } },
      { type: 'fail', id: 6, error: { message: 'unsupported protocol version 99 (this side speaks version 1)' } },
      { type: 'fail', id: 1, error: { message: "a service accepts only 'call' messages, got 'reply'" } },
    ]);
    expect(errors).toEqual([
      'invalid message: message.type: expected one of "call", "reply", "fail", "event", got undefined',
    ]);
  });

  it('the client ignores and reports stray or malformed messages without settling calls wrongly', async () => {
    const [clientSide, peer] = linkedTransports();
    const onProtocolError = vi.fn();
    const client = createClient(testSpec, clientSide, { onProtocolError });
    const call = client.add(1, 1);
    peer.send({ type: 'reply', protocol: PROTOCOL_VERSION, id: 999, result: 1 });
    peer.send({ type: 'reply', protocol: PROTOCOL_VERSION, id: 0, result: 'two' });
    await expect(call).rejects.toThrow('invalid reply: add() result: expected a finite number, got a string');
    expect(onProtocolError).toHaveBeenCalledWith(expect.objectContaining({ message: 'reply for unknown call id 999' }));
  });
});
