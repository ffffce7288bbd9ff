// The service's trace-serving methods through the real RPC path (typed client → wire → validated server), with
// every message passed through structuredClone as the worker hosts do.
import { describe, expect, it } from 'vitest';
import { computeOverview } from '../recorder/overview';
import { frameAt } from '../recorder/views';
import { createClient } from '../shared/rpc-client';
import { serveService } from '../shared/rpc-server';
import { MAX_CODE_NAME_LENGTH, simServiceSpec, type SimClient } from '../shared/sim-service';
import { linkedTransports } from '../shared/transport';
import { createSimService } from './sim-service-host';
import { Recorder } from '../recorder/recorder';
import { runProgram } from '../core/run';
import type { MomentView } from '../recorder/views';

function connect(): SimClient {
  const [clientSide, serverSide] = linkedTransports((m) => structuredClone(m));
  serveService(simServiceSpec, createSimService, serverSide);
  return createClient(simServiceSpec, clientSide);
}

const PROGRAM = `class Node:
    def __init__(self, v):
        self.v = v
        self.next = None

def link(n):
    nodes = [Node(i) for i in range(n)]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    return nodes

keep = link(5)
print(len(keep))
`;

/** The same run recorded directly, as the reference. */
function reference(source: string): Recorder {
  const rec = new Recorder('3.11');
  runProgram(source, { profile: '3.11', filename: 'main.py', sink: rec });
  rec.finish();
  return rec;
}

describe('trace serving over the RPC', () => {
  it('traceInfo fails before any trace, then describes a run and an imported, focused file', async () => {
    const client = connect();
    await expect(client.traceInfo()).rejects.toThrow('no trace');
    await expect(client.overview(10)).rejects.toThrow('no trace');
    await expect(client.listing(0)).rejects.toThrow('no trace');
    const summary = await client.run(PROGRAM, '3.11');
    await expect(client.traceInfo()).resolves.toEqual({ source: PROGRAM, filename: 'main.py', profile: '3.11', focus: null, summary });
    const file = await client.exportTrace({ moment: 40, object: 3 });
    const imported = await client.importTrace(file);
    const info = await client.traceInfo();
    expect(info).toEqual({ source: PROGRAM, filename: 'main.py', profile: '3.11', focus: { moment: 40, object: 3 }, summary: imported });
    expect(info.summary.stopReason).toBe('imported');
  });

  it('overview equals the recorder’s, for several bucket counts, and refuses counts outside 1…4096', async () => {
    const client = connect();
    await client.run(PROGRAM, '3.11');
    const rec = reference(PROGRAM);
    for (const b of [1, 50, 4096]) await expect(client.overview(b)).resolves.toEqual(computeOverview(rec, b));
    await expect(client.overview(0)).rejects.toThrow('expected a number >= 1, got 0');
    await expect(client.overview(4097)).rejects.toThrow('expected a number <= 4096, got 4097');
    await expect(client.overview(2.5)).rejects.toThrow('expected an integer');
  });

  it('listing gives the top frame’s code object with its current instruction; listingFor any frame’s', async () => {
    const client = connect();
    const summary = await client.run(PROGRAM, '3.11');
    await expect(client.listing(0)).resolves.toBeNull();
    let seen = 0;
    for (let i = 1; i <= summary.events; i += 7) {
      const view = (await client.frameAt(i)) as unknown as MomentView;
      const top = view.frames.at(-1);
      const l = await client.listing(i);
      if (top === undefined) {
        expect(l).toBeNull();
        continue;
      }
      expect(l).not.toBeNull();
      expect([l!.name, l!.firstLine, l!.current]).toEqual([top.name, top.firstLine, top.offset]);
      if (top.offset >= 0) expect(l!.instructions.find((r) => r.offset === top.offset)?.opname).toBe(top.opname);
      for (const f of view.frames) {
        const other = await client.listingFor(f.name, f.firstLine);
        expect([other?.name, other?.firstLine, other?.current]).toEqual([f.name, f.firstLine, -1]);
      }
      seen++;
    }
    expect(seen).toBeGreaterThan(20);
    const names = new Set<string>();
    const rec = reference(PROGRAM);
    for (let i = 0; i <= summary.events; i += 3) for (const f of frameAt(rec, i).frames) names.add(f.name);
    expect([...names].sort()).toEqual(['<module>', 'Node', 'Node.__init__', 'link', 'link.<locals>.<listcomp>'].sort());
    await expect(client.listingFor('nothing', 1)).resolves.toBeNull();
    await expect(client.listingFor('x'.repeat(MAX_CODE_NAME_LENGTH + 1), 1)).rejects.toThrow('exceeds the limit of 200');
    await expect(client.listing(summary.events + 1)).rejects.toThrow('outside');
  });

  it('tells apart code objects with the same name and first line by the instruction the frame executes', async () => {
    const client = connect();
    const summary = await client.run('f = lambda x: x + 1; g = lambda y: [y]\nprint(f(1), g(2))\n', '3.11');
    expect(summary.stdout).toBe('2 [2]\n');
    const seen = new Set<string>();
    for (let i = 1; i <= summary.events; i++) {
      const view = (await client.frameAt(i)) as unknown as MomentView;
      const top = view.frames.at(-1);
      if (top?.name !== '<lambda>' || top.opname !== 'BINARY_OP' && top.opname !== 'BUILD_LIST') continue;
      const l = (await client.listing(i))!;
      // f adds (BINARY_OP), g builds a list (BUILD_LIST): the listing is the one holding that instruction.
      expect(l.instructions.find((r) => r.offset === top.offset)?.opname).toBe(top.opname);
      expect(l.instructions.some((r) => r.opname === 'LOAD_FAST' && r.argrepr === (top.opname === 'BINARY_OP' ? 'x' : 'y'))).toBe(true);
      seen.add(top.opname);
    }
    expect([...seen].sort()).toEqual(['BINARY_OP', 'BUILD_LIST']);
    // listingFor cannot tell them apart: the first in dis order.
    expect((await client.listingFor('<lambda>', 1))?.instructions.some((r) => r.argrepr === 'x')).toBe(true);
  });

  it('a program that does not compile has a trace without frames, and no listing', async () => {
    const client = connect();
    const summary = await client.run('def f(:\n', '3.11');
    await expect(client.listing(summary.events)).resolves.toBeNull();
    await expect(client.listingFor('<module>', 1)).resolves.toBeNull();
  });

  it('views carry the allocator geometry and mark weak references', async () => {
    const client = connect();
    const summary = await client.run(PROGRAM, '3.11');
    const view = (await client.frameAt(summary.events)) as unknown as MomentView;
    expect(view.allocator.geometry).toEqual({ arenaSize: 1 << 20, poolSize: 1 << 14, poolOverhead: 48, alignment: 16 });
    expect(view.refs.every((r) => r.weak === (r.cause === 'weak'))).toBe(true);
  });
});
