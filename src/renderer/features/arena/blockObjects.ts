// Which object lives in which obmalloc block (Objects/obmalloc.c): an object's address is its block's address,
// or a little past it when a pre-header (the GC's PyGC_Head) comes first, so the block is found by rounding the
// address down to its pool's block boundary. Used by the arena map for hover and selection.
//
// An object's extra allocations (ObjectView.blocks: a list's ob_item, a dict's keys, a set's table) are indexed
// too, so selecting an object outlines all its blocks and hovering an extra block names its owner.
//
// Cost: O(objects + extra blocks) to build the index once per moment; O(1) per query.

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
  /** An object's extra allocation (a list's item array, a dict's keys table, a set's table) → its owner. */
  readonly extraAt: ReadonlyMap<number, ObjectView>;
  /** Object id → the addresses of its allocations: its own block first, then its extra blocks. */
  readonly blocksOf: ReadonlyMap<number, readonly number[]>;
}

/** What an extra block is to its owner (Objects/listobject.c ob_item, dictobject.c ma_keys, setobject.c table). */
export function extraBlockName(ownerType: string): string {
  switch (ownerType) {
    case 'list':
      return 'item array';
    case 'dict':
      return 'keys table';
    case 'set':
    case 'frozenset':
      return 'hash table';
    default:
      return 'extra block';
  }
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

/** The block holding `address` (an allocation's own address): pymalloc's block, or the system allocator's. */
function blockOf(view: MomentView, g: ArenaGeometry, address: number, sizeClass: number): number {
  return sizeClass < 0 ? (systemBlockOf(view, address) ?? address) : blockAddressOf(g, address, (sizeClass + 1) * g.alignment);
}

/** The size class of an nbytes request (Objects/obmalloc.c: (nbytes - 1) >> ALIGNMENT_SHIFT), -1 past 512. */
function sizeClassOf(g: ArenaGeometry, nbytes: number): number {
  return nbytes === 0 || nbytes > SMALL_REQUEST_THRESHOLD ? -1 : Math.floor((nbytes - 1) / g.alignment);
}
const SMALL_REQUEST_THRESHOLD = 512;

export function indexBlocks(view: MomentView, g: ArenaGeometry): BlockIndex {
  const objectAt = new Map<number, ObjectView>();
  const extraAt = new Map<number, ObjectView>();
  const blocksOf = new Map<number, number[]>();
  for (const o of view.objects) {
    const at = blockOf(view, g, o.address, o.sizeClass);
    objectAt.set(at, o);
    const all = [at];
    for (const b of o.blocks) {
      const extra = blockOf(view, g, b.address, sizeClassOf(g, b.nbytes));
      extraAt.set(extra, o);
      all.push(extra);
    }
    blocksOf.set(o.id, all);
  }
  return { objectAt, extraAt, blocksOf };
}
