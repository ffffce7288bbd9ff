// What scrubbing changed in obmalloc between two moments: the blocks that became used (pymalloc_alloc) and
// those that went back to a free list (pymalloc_free), plus system-allocator blocks that appeared or went away,
// so the arena map can mark them for a moment.
//
// Cost: O(pools) with an identity shortcut (the recorder reuses a pool's view while the pool is unchanged), plus
// O(blocks) of each changed pool.

import type { AllocatorView, PoolView } from '../../../recorder/views';
import type { ArenaGeometry } from './arenaLayout';

export interface BlockChanges {
  readonly allocated: readonly number[];
  readonly freed: readonly number[];
}

export function blockChanges(before: AllocatorView, after: AllocatorView, g: ArenaGeometry): BlockChanges {
  const allocated: number[] = [];
  const freed: number[] = [];
  const old = new Map<number, PoolView>();
  for (const a of before.arenas) for (const p of a.pools) old.set(p.address, p);
  const blockAt = (p: PoolView, k: number): number => p.address + g.poolOverhead + k * p.blockSize;
  const usedOf = (p: PoolView, into: number[]): void => {
    for (let k = 0; k < p.capacity; k++) if (p.blocks[k] === 'u') into.push(blockAt(p, k));
  };
  for (const a of after.arenas) {
    for (const p of a.pools) {
      const q = old.get(p.address);
      old.delete(p.address);
      if (q === p) continue;
      if (q === undefined || q.blockSize !== p.blockSize) {
        // A pool carved or re-initialised for another size class: its old blocks are gone, its used ones new.
        if (q !== undefined) usedOf(q, freed);
        usedOf(p, allocated);
        continue;
      }
      for (let k = 0; k < p.capacity; k++) {
        const was = q.blocks[k] === 'u';
        const is = p.blocks[k] === 'u';
        if (is && !was) allocated.push(blockAt(p, k));
        else if (was && !is) freed.push(blockAt(p, k));
      }
    }
  }
  // Pools of arenas released since (or not yet mapped, going backwards).
  for (const q of old.values()) usedOf(q, freed);
  const sysBefore = new Set(before.systemBlocks.map((s) => s.address));
  const sysAfter = new Set(after.systemBlocks.map((s) => s.address));
  for (const s of sysAfter) if (!sysBefore.has(s)) allocated.push(s);
  for (const s of sysBefore) if (!sysAfter.has(s)) freed.push(s);
  return { allocated, freed };
}
