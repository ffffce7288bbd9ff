// The lecture's size-class table (Objects/obmalloc.c's comment "Request in bytes / Size of allocated block /
// Size class idx"), live: per size class, the request range it serves, its block size, and at the current
// moment the pools in use (used or full; empty pools are on their arena's freepools), the blocks in use and the
// blocks still available in those pools.
//
// Cost: O(pools) per moment.

import type { AllocatorView } from '../../../recorder/views';
import type { ArenaGeometry } from './arenaLayout';

export interface SizeClassRow {
  readonly sizeClass: number;
  /** Request sizes served, inclusive: (sizeClass·ALIGNMENT + 1) … (sizeClass + 1)·ALIGNMENT. */
  readonly requestMin: number;
  readonly requestMax: number;
  readonly blockSize: number;
  readonly pools: number;
  readonly usedBlocks: number;
  /** Free and never-used blocks of the class's used and full pools (what the next requests get first). */
  readonly availableBlocks: number;
}

/** One row per small size class, 0 … SMALL_REQUEST_THRESHOLD / ALIGNMENT − 1 (512 / 16 = 32 rows on 64-bit). */
export function sizeClassRows(view: AllocatorView, g: ArenaGeometry, smallRequestThreshold = 512): SizeClassRow[] {
  const n = smallRequestThreshold / g.alignment;
  const pools = new Array<number>(n).fill(0);
  const used = new Array<number>(n).fill(0);
  const avail = new Array<number>(n).fill(0);
  for (const a of view.arenas) {
    for (const p of a.pools) {
      if (p.state === 'empty' || p.sizeClass >= n) continue;
      pools[p.sizeClass]!++;
      used[p.sizeClass]! += p.count;
      avail[p.sizeClass]! += p.capacity - p.count;
    }
  }
  return Array.from({ length: n }, (_, c) => ({
    sizeClass: c,
    requestMin: c * g.alignment + 1,
    requestMax: (c + 1) * g.alignment,
    blockSize: (c + 1) * g.alignment,
    pools: pools[c]!,
    usedBlocks: used[c]!,
    availableBlocks: avail[c]!,
  }));
}
