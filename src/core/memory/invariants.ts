// Recounts a simulated obmalloc heap from its public views and reports every broken invariant of obmalloc.ts
// (pool and arena counters, list membership, usable_arenas order, nfp2lasta, the arena-release rule).
// O(blocks): for tests and debug assertions, never for the hot path.

import { BlockState, PoolState, blocksPerPool, type Heap } from './index';

export function checkHeapInvariants(heap: Heap): string[] {
  const g = heap.geometry;
  const errors: string[] = [];
  const fail = (msg: string): void => {
    if (errors.length < 20) errors.push(msg);
  };
  const hex = (a: number): string => '0x' + a.toString(16);

  const usedOnLists = new Set<number>();
  for (let sz = 0; sz < g.NB_SMALL_SIZE_CLASSES; sz++) {
    for (const p of heap.usedPools(sz)) {
      if (usedOnLists.has(p)) fail(`pool ${hex(p)} is on usedpools twice`);
      usedOnLists.add(p);
    }
  }
  const poolClassOnList = new Map<number, number>();
  for (let sz = 0; sz < g.NB_SMALL_SIZE_CLASSES; sz++) for (const p of heap.usedPools(sz)) poolClassOnList.set(p, sz);

  let smallInUse = 0;
  let wholeFree = 0;
  const arenas = heap.allocatedArenas();
  for (const a of arenas) {
    if (a.address % g.MMAP_ALIGNMENT !== 0) fail(`arena ${a.index} at ${hex(a.address)} is not page-aligned`);
    if (a.firstPoolAddress % g.POOL_SIZE !== 0) fail(`arena ${a.index}: first pool not POOL_SIZE-aligned`);
    if (a.ntotalpools !== g.USABLE_POOLS_PER_ARENA) fail(`arena ${a.index}: ntotalpools ${a.ntotalpools}`);
    const empties = new Set(a.freepools);
    if (empties.size !== a.freepools.length) fail(`arena ${a.index}: a pool is on freepools twice`);
    let emptyCount = 0;
    for (const p of a.pools) {
      const bpp = p.szidx < 0 ? 0 : blocksPerPool(g, p.szidx);
      if (p.state === PoolState.EMPTY) {
        emptyCount++;
        if (!empties.has(p.address)) fail(`empty pool ${hex(p.address)} is not on its arena's freepools`);
        if (usedOnLists.has(p.address)) fail(`empty pool ${hex(p.address)} is on usedpools`);
      } else {
        if (empties.has(p.address)) fail(`pool ${hex(p.address)} (${p.state}) is on freepools`);
        const onUsed = poolClassOnList.get(p.address);
        if (p.state === PoolState.USED && onUsed !== p.szidx) fail(`used pool ${hex(p.address)} not on usedpools[${p.szidx}]`);
        if (p.state === PoolState.FULL && onUsed !== undefined) fail(`full pool ${hex(p.address)} is on usedpools`);
        if (p.state === PoolState.FULL && p.count !== bpp) fail(`full pool ${hex(p.address)}: count ${p.count} != ${bpp}`);
      }
      if (p.szidx < 0) continue;
      const states = heap.poolBlockStates(p.address);
      let used = 0;
      let free = 0;
      for (let i = 0; i < states.length; i++) {
        const off = g.POOL_OVERHEAD + i * p.blockSize;
        if (states[i] === BlockState.USED) used++;
        else if (states[i] === BlockState.FREE) free++;
        else if (off < p.nextoffset) fail(`pool ${hex(p.address)} block ${i}: untouched below nextoffset`);
      }
      if (used !== p.count) fail(`pool ${hex(p.address)}: count ${p.count} but ${used} used blocks`);
      const seen = new Set<number>();
      for (const b of p.freeblocks) {
        if (seen.has(b)) fail(`pool ${hex(p.address)}: ${hex(b)} twice on the free list`);
        seen.add(b);
        const o = b - p.address - g.POOL_OVERHEAD;
        if (o < 0 || o % p.blockSize !== 0 || o / p.blockSize >= bpp) fail(`free block ${hex(b)} is not a block of its pool`);
        else if (states[o / p.blockSize] === BlockState.USED) fail(`free block ${hex(b)} is in use`);
      }
      // Every carved, unused block is on the free list, and nothing else is.
      if (p.freeblocks.length !== free) fail(`pool ${hex(p.address)}: ${p.freeblocks.length} on free list, ${free} free blocks`);
      if (p.count < bpp && p.state !== PoolState.EMPTY && p.freeblocks.length === 0) fail(`pool ${hex(p.address)}: not full but no free block`);
      if (p.nextoffset > p.maxnextoffset + p.blockSize) fail(`pool ${hex(p.address)}: nextoffset past the pool`);
      smallInUse += p.count;
    }
    if (emptyCount !== a.freepools.length) fail(`arena ${a.index}: ${emptyCount} empty pools, freepools has ${a.freepools.length}`);
    if (a.nfreepools !== a.freepools.length + (a.ntotalpools - a.poolsCarved)) {
      fail(`arena ${a.index}: nfreepools ${a.nfreepools} != ${a.freepools.length} empty + ${a.ntotalpools - a.poolsCarved} uncarved`);
    }
    if (a.nfreepools === a.ntotalpools) wholeFree++;
  }

  // usable_arenas: exactly the arenas with a free pool, ascending by nfreepools.
  const usable = heap.usableArenas();
  const inUsable = new Set(usable.map((a) => a.index));
  for (const a of arenas) if ((a.nfreepools > 0) !== inUsable.has(a.index)) fail(`arena ${a.index}: usable_arenas membership`);
  for (let i = 1; i < usable.length; i++) {
    if (usable[i - 1].nfreepools > usable[i].nfreepools) fail(`usable_arenas not sorted at ${i}`);
  }
  const nfp = heap.nfp2lasta();
  for (let n = 1; n < nfp.length; n++) {
    let rightmost = -1;
    for (const a of usable) if (a.nfreepools === n) rightmost = a.index;
    if (nfp[n] !== rightmost) fail(`nfp2lasta[${n}] = ${nfp[n]}, rightmost is ${rightmost}`);
  }
  // Arena release: 3.8 never keeps a wholly free arena; 3.9+ keeps at most one, the last of usable_arenas.
  if (g.RELEASE_LAST_ARENA && wholeFree > 0) fail(`${wholeFree} wholly free arenas kept on ${g.profile}`);
  if (!g.RELEASE_LAST_ARENA) {
    if (wholeFree > 1) fail(`${wholeFree} wholly free arenas kept`);
    if (wholeFree === 1 && usable[usable.length - 1].nfreepools !== g.USABLE_POOLS_PER_ARENA) fail('the kept free arena is not last');
  }
  const c = heap.arenaCounters();
  if (c.arenasCurrent !== arenas.length) fail(`narenas_currently_allocated ${c.arenasCurrent} != ${arenas.length}`);
  if (heap.getAllocatedBlocks() !== smallInUse + heap.systemBlocks().length) fail('getAllocatedBlocks disagrees with a recount');
  return errors;
}
