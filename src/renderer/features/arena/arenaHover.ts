// What the arena map says about the point under the pointer: the block (its object, type, address, size class,
// pool and arena), a pool when blocks are too small to draw, or a system-allocator block with its size.
// Pure, so the tooltip text is tested without a canvas.

import { blockAt, poolAt, systemAt, type ArenaLayout } from './arenaLayout';
import { extraBlockName, type BlockIndex } from './blockObjects';

export interface HoverInfo {
  readonly text: string;
  /** The object to select on click, if the point is over an object's block. */
  readonly object: number | null;
  /** The pool under the point (to zoom into), if any. */
  readonly pool: number | null;
  readonly arena: number | null;
}

export const hex = (n: number): string => `0x${n.toString(16)}`;

export function hoverAt(l: ArenaLayout, index: BlockIndex, x: number, y: number): HoverInfo | null {
  const b = blockAt(l, x, y);
  const p = poolAt(l, x, y);
  if (b !== null && p !== null) {
    const where = `size class ${b.sizeClass} (${p.pool.blockSize}-byte blocks) · pool ${hex(p.pool.address)} · arena ${p.pool.arena}`;
    const o = index.objectAt.get(b.address);
    const owner = o === undefined && b.state === 'used' ? index.extraAt.get(b.address) : undefined;
    const what =
      o !== undefined
        ? `${o.type} #${o.id} at ${hex(o.address)}`
        : owner !== undefined
          ? `${extraBlockName(owner.type)} of ${owner.type} #${owner.id} at ${hex(b.address)}`
          : b.state === 'free'
            ? `free block at ${hex(b.address)}`
            : b.state === 'used'
              ? `used block at ${hex(b.address)} (no object: an internal allocation)`
              : `never-used block at ${hex(b.address)}`;
    return { text: `${what}\n${where}`, object: (o ?? owner)?.id ?? null, pool: p.pool.address, arena: p.pool.arena };
  }
  if (p !== null) {
    const s = p.pool;
    return {
      text: `pool ${hex(s.address)} · ${s.state} · size class ${s.sizeClass} (${s.blockSize}-byte blocks) · ${s.count}/${s.capacity} blocks used · arena ${s.arena}`,
      object: null,
      pool: s.address,
      arena: s.arena,
    };
  }
  const s = systemAt(l, x, y);
  if (s !== null) {
    const o = index.objectAt.get(s.address);
    const owner = o === undefined ? index.extraAt.get(s.address) : undefined;
    const what = o !== undefined ? `${o.type} #${o.id}` : owner !== undefined ? `${extraBlockName(owner.type)} of ${owner.type} #${owner.id}` : 'block';
    return { text: `${what} from the system allocator: ${s.nbytes} bytes at ${hex(s.address)}`, object: (o ?? owner)?.id ?? null, pool: null, arena: null };
  }
  return null;
}
