// Which object lives in which obmalloc block (Objects/obmalloc.c): an object's address is its block's address,
// or a little past it when a pre-header (the GC's PyGC_Head) comes first, so the block is found by rounding the
// address down to its pool's block boundary. Used by the arena map for hover and selection.
//
// Cost: O(objects) to build the index once per moment; O(1) per query.

import type { MomentView, ObjectView } from '../../../recorder/views';
import type { ArenaGeometry } from './arenaLayout';

/** The address of the block holding `address`, given the block size of its pool (pools are pool-aligned). */
export function blockAddressOf(g: ArenaGeometry, address: number, blockSize: number): number {
  const pool = Math.floor(address / g.poolSize) * g.poolSize;
  const offset = address - pool - g.poolOverhead;
  return pool + g.poolOverhead + Math.floor(offset / blockSize) * blockSize;
}

export interface BlockIndex {
  /** Block address (or system-allocator address) → the object it holds. */
  readonly objectAt: ReadonlyMap<number, ObjectView>;
  /** Object id → the addresses of its allocations. */
  readonly blocksOf: ReadonlyMap<number, readonly number[]>;
}

/** The system-allocator block containing address (blocks sorted by address), or null: a binary search. */
function systemBlockOf(view: MomentView, address: number): number | null {
  const list = view.allocator.systemBlocks;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (address < s.address) hi = mid - 1;
    else if (address >= s.address + Math.max(1, s.nbytes)) lo = mid + 1;
    else return s.address;
  }
  return null;
}

export function indexBlocks(view: MomentView, g: ArenaGeometry): BlockIndex {
  const objectAt = new Map<number, ObjectView>();
  const blocksOf = new Map<number, number[]>();
  for (const o of view.objects) {
    const at = o.sizeClass < 0 ? (systemBlockOf(view, o.address) ?? o.address) : blockAddressOf(g, o.address, (o.sizeClass + 1) * g.alignment);
    objectAt.set(at, o);
    // TODO: an object's second allocation (a list's item array, a dict's keys) is not in the view yet; when it
    // is, its address joins this list so selecting the object highlights both blocks.
    blocksOf.set(o.id, [at]);
  }
  return { objectAt, blocksOf };
}
