// What a real program's trace carries to the renderer through the RPC: weak references marked weak, and objects'
// extra allocations (a list's items array, a dict's keys table) as ObjectView.blocks inside the allocator's blocks.
import { describe, expect, it } from 'vitest';
import { createClient } from '../shared/rpc-client';
import { serveService } from '../shared/rpc-server';
import { simServiceSpec } from '../shared/sim-service';
import { linkedTransports } from '../shared/transport';
import type { MomentView } from '../recorder/views';
import { createSimService } from './sim-service-host';

const PROGRAM = `import weakref
class Node:
    pass
n = Node()
w = weakref.ref(n)
items = list(range(100))
table = {str(i): i for i in range(20)}
print(w() is n, len(items), len(table))
`;

describe('a real trace through the RPC', () => {
  it('marks weak references and lists each object’s extra blocks, all allocated', async () => {
    const [clientSide, serverSide] = linkedTransports((m) => structuredClone(m));
    serveService(simServiceSpec, createSimService, serverSide);
    const client = createClient(simServiceSpec, clientSide);
    const summary = await client.run(PROGRAM, '3.11');
    expect(summary.stdout).toBe('True 100 20\n');
    // The moment the program printed (its end unwinds the module and frees everything): the first with stdout.
    let lo = 0;
    let hi = summary.events;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (((await client.frameAt(mid)) as unknown as MomentView).stdout === '') lo = mid + 1;
      else hi = mid;
    }
    const view = (await client.frameAt(lo)) as unknown as MomentView;
    const weak = view.refs.filter((r) => r.weak);
    expect(weak.length).toBeGreaterThan(0);
    for (const r of weak) expect(r.cause).toBe('weak');
    const byId = new Map(view.objects.map((o) => [o.id, o]));
    // The weakref of `w` refers weakly to the Node instance.
    expect(weak.some((r) => byId.get(r.from)?.type === 'weakref.ReferenceType' && byId.get(r.to)?.type === 'Node')).toBe(true);
    // `items`: its 100 item pointers live in one extra block (a system block: more than 512 bytes).
    const lists = view.objects.filter((o) => o.type === 'list' && o.blocks.some((b) => b.nbytes >= 8 * 100));
    expect(lists.length).toBe(1);
    expect(lists[0]!.blocks.length).toBe(1);
    const dicts = view.objects.filter((o) => o.type === 'dict' && o.blocks.length > 0);
    expect(dicts.length).toBeGreaterThan(0);
    // Every extra block is an allocated block: a system block of that size, or a used block of a pool.
    const system = new Map(view.allocator.systemBlocks.map((b) => [b.address, b.nbytes]));
    const pools = view.allocator.arenas.flatMap((a) => a.pools);
    const { poolSize, poolOverhead } = view.allocator.geometry;
    for (const o of view.objects) {
      for (const b of o.blocks) {
        if (b.nbytes > 512) expect(system.get(b.address)).toBe(b.nbytes);
        else {
          const pool = pools.find((p) => p.address === Math.floor(b.address / poolSize) * poolSize)!;
          expect(pool.blockSize).toBe((((b.nbytes - 1) >> 4) + 1) << 4);
          expect(pool.blocks[(b.address - pool.address - poolOverhead) / pool.blockSize]).toBe('u');
        }
      }
    }
  });
});
