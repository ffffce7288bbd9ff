// The arena map's geometry (Objects/obmalloc.c): every arena as a grid of its pools, every pool as a grid of
// ALIGNMENT-byte units in address order, every block the run of units it occupies — to scale, so a pool of
// 16-byte blocks and a pool of 512-byte blocks cover the same area and the pool header is visible. Arenas are
// ordered as CPython's usable_arenas (ascending nfreepools; full arenas, which are off that list, first); the
// system allocator's blocks (requests of 0 or > 512 bytes) flow in a region of their own, with their sizes.
//
// Pure: rectangles in CSS pixels for a viewport width; the painter (arenaPainter.ts) only draws them.
// Cost: O(arenas × pools) at every zoom, plus O(blocks shown) when blocks are at least `minBlockPx` wide —
// the "all arenas" view of a large heap draws pools (blocks would be sub-pixel), a zoomed view draws blocks.
// TODO: CPython orders arenas with equal nfreepools by their history on usable_arenas; the view does not carry
// that history, so ties are broken by arena index.

import type { AllocatorView, ArenaView, PoolView } from '../../../recorder/views';

/** The allocator's constants for the profile being shown (from the trace's profile; CPYTHON-FACTS.md §1.1). */
export interface ArenaGeometry {
  readonly arenaSize: number;
  readonly poolSize: number;
  readonly poolOverhead: number;
  /** ALIGNMENT: 16 on 64-bit; block sizes are multiples of it. */
  readonly alignment: number;
}

export type ArenaZoom =
  | { readonly kind: 'all' }
  | { readonly kind: 'arena'; readonly index: number }
  | { readonly kind: 'pool'; readonly address: number };

export interface Viewport {
  readonly width: number;
  /** When set, a zoomed-in arena or pool is at most this tall (it is square), so it fits the pane. */
  readonly height?: number;
  /** Blocks narrower than this (one ALIGNMENT unit, in pixels) are not laid out; pools are drawn instead. */
  readonly minBlockPx?: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}
export type BlockState = 'used' | 'free' | 'unused';
export interface ArenaRect extends Rect {
  readonly index: number;
  readonly address: number;
  readonly nfreepools: number;
  /** On usable_arenas (has a free pool); full arenas are not. */
  readonly usable: boolean;
}
export interface PoolRect extends Rect {
  readonly pool: PoolView;
  /** Index range of this pool's blocks in ArenaLayout.blocks (empty when blocks are not laid out). */
  readonly firstBlock: number;
  readonly blockEnd: number;
}
export interface BlockRect {
  readonly address: number;
  readonly index: number;
  readonly state: BlockState;
  readonly sizeClass: number;
  /** A block can wrap from one row of units to the next: one rectangle per row. */
  readonly rects: readonly Rect[];
}
export interface SystemRect {
  readonly address: number;
  readonly nbytes: number;
  readonly rects: readonly Rect[];
}
export interface ArenaLayout {
  readonly width: number;
  readonly height: number;
  /** Pixels per ALIGNMENT unit. */
  readonly unitPx: number;
  /** Bytes per pool (POOL_SIZE), for address → pool lookups. */
  readonly poolSize: number;
  readonly arenas: readonly ArenaRect[];
  readonly pools: readonly PoolRect[];
  readonly blocks: readonly BlockRect[];
  readonly systemFrame: Rect | null;
  readonly system: readonly SystemRect[];
}

const GAP = 4;
const POOL_GAP = 1;
const SYSTEM_ROW = 14;
const STATE_OF: Record<string, BlockState> = { u: 'used', f: 'free', '.': 'unused' };

/** The side of the smallest square grid holding n cells. */
const gridSide = (n: number): number => Math.max(1, Math.ceil(Math.sqrt(n)));

/** The address of an arena's first pool: arenas are rounded up to a pool boundary (obmalloc's new_arena). */
export function firstPoolAddress(g: ArenaGeometry, arenaAddress: number): number {
  return Math.ceil(arenaAddress / g.poolSize) * g.poolSize;
}

export function poolsInArena(g: ArenaGeometry, arenaAddress: number): number {
  return Math.floor((arenaAddress + g.arenaSize - firstPoolAddress(g, arenaAddress)) / g.poolSize);
}

/** nfreepools as obmalloc counts it: pools never carved plus empty pools. */
export function freePools(g: ArenaGeometry, a: ArenaView): number {
  let carvedInUse = 0;
  for (const p of a.pools) if (p.state !== 'empty') carvedInUse++;
  return poolsInArena(g, a.address) - carvedInUse;
}

/** Arenas in usable_arenas order: full ones (off the list) first, then ascending nfreepools, ties by index. */
export function usableArenasOrder(g: ArenaGeometry, arenas: readonly ArenaView[]): ArenaView[] {
  const free = new Map(arenas.map((a) => [a, freePools(g, a)]));
  return [...arenas].sort((a, b) => free.get(a)! - free.get(b)! || a.index - b.index);
}

/** Splits a run of `len` units starting at unit `start` of a grid `cols` wide into one rectangle per row. */
function runRects(ox: number, oy: number, cols: number, unitPx: number, start: number, len: number): Rect[] {
  const out: Rect[] = [];
  let u = start;
  const end = start + len;
  while (u < end) {
    const row = Math.floor(u / cols);
    const col = u - row * cols;
    const n = Math.min(end - u, cols - col);
    out.push({ x: ox + col * unitPx, y: oy + row * unitPx, w: n * unitPx, h: unitPx });
    u += n;
  }
  return out;
}

export function layoutArenas(view: AllocatorView, g: ArenaGeometry, viewport: Viewport, zoom: ArenaZoom): ArenaLayout {
  const width = Math.max(1, viewport.width);
  const minBlockPx = viewport.minBlockPx ?? 1.5;
  const unitsPerPool = g.poolSize / g.alignment;
  const unitCols = gridSide(unitsPerPool);
  const poolCols = gridSide(g.arenaSize / g.poolSize);

  let arenas = usableArenasOrder(g, view.arenas);
  let onlyPool: number | null = null;
  if (zoom.kind === 'arena') arenas = arenas.filter((a) => a.index === zoom.index);
  if (zoom.kind === 'pool') {
    arenas = arenas.filter((a) => a.pools.some((p) => p.address === zoom.address));
    onlyPool = zoom.address;
  }

  // Scale: the pool grid of one arena (or the one pool) fills its column; arenas per row grow with the heap.
  // "All arenas" keeps an arena at most ~300 px wide, so one arena does not fill the pane and 64 fit in 8 rows.
  const perRow = zoom.kind === 'all' ? Math.max(1, gridSide(arenas.length), Math.floor(width / 300)) : 1;
  const cell = Math.min((width - GAP * (perRow + 1)) / perRow, zoom.kind === 'all' || viewport.height === undefined ? Infinity : viewport.height - 2 * GAP);
  const poolSide = onlyPool !== null ? cell : (cell - POOL_GAP * (poolCols - 1)) / poolCols;
  const unitPx = poolSide / unitCols;
  const withBlocks = unitPx >= minBlockPx;

  const arenaRects: ArenaRect[] = [];
  const poolRects: PoolRect[] = [];
  const blocks: BlockRect[] = [];
  const arenaSide = onlyPool !== null ? cell : poolCols * poolSide + (poolCols - 1) * POOL_GAP;
  arenas.forEach((a, k) => {
    const ax = GAP + (k % perRow) * (cell + GAP);
    const ay = GAP + Math.floor(k / perRow) * (arenaSide + GAP);
    const nfreepools = freePools(g, a);
    arenaRects.push({ x: ax, y: ay, w: arenaSide, h: arenaSide, index: a.index, address: a.address, nfreepools, usable: nfreepools > 0 });
    const base = firstPoolAddress(g, a.address);
    for (const p of a.pools) {
      if (onlyPool !== null && p.address !== onlyPool) continue;
      const slot = onlyPool !== null ? 0 : (p.address - base) / g.poolSize;
      const px = ax + (slot % poolCols) * (poolSide + POOL_GAP);
      const py = ay + Math.floor(slot / poolCols) * (poolSide + POOL_GAP);
      const firstBlock = blocks.length;
      if (withBlocks) {
        const unitsPerBlock = p.blockSize / g.alignment;
        const header = g.poolOverhead / g.alignment;
        for (let b = 0; b < p.capacity; b++) {
          blocks.push({
            address: p.address + g.poolOverhead + b * p.blockSize,
            index: b,
            state: STATE_OF[p.blocks[b]!] ?? 'unused',
            sizeClass: p.sizeClass,
            rects: runRects(px, py, unitCols, unitPx, header + b * unitsPerBlock, unitsPerBlock),
          });
        }
      }
      poolRects.push({ x: px, y: py, w: poolSide, h: poolSide, pool: p, firstBlock, blockEnd: blocks.length });
    }
  });
  const rows = Math.ceil(arenas.length / perRow);
  let height = GAP + rows * (arenaSide + GAP);

  // The system allocator's region: each block a run of units at the same scale, flowing in rows of the width.
  let systemFrame: Rect | null = null;
  const system: SystemRect[] = [];
  if (zoom.kind === 'all' && view.systemBlocks.length > 0) {
    const cols = Math.max(1, Math.floor((width - 2 * GAP) / Math.max(unitPx, 0.25)));
    const sysUnit = (width - 2 * GAP) / cols;
    const top = height + SYSTEM_ROW;
    let u = 0;
    for (const s of view.systemBlocks) {
      const len = Math.max(1, Math.ceil(s.nbytes / g.alignment));
      system.push({ address: s.address, nbytes: s.nbytes, rects: runRects(GAP, top, cols, sysUnit, u, len) });
      u += len + 1;
    }
    const h = Math.ceil(u / cols) * sysUnit;
    systemFrame = { x: GAP, y: top, w: width - 2 * GAP, h };
    height = top + h + GAP;
  }
  return { width, height, unitPx, poolSize: g.poolSize, arenas: arenaRects, pools: poolRects, blocks, systemFrame, system };
}

const inside = (r: Rect, x: number, y: number): boolean => x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h;

export function poolAt(l: ArenaLayout, x: number, y: number): PoolRect | null {
  for (const p of l.pools) if (inside(p, x, y)) return p;
  return null;
}

/** The block under a point (only when blocks are laid out): the pool first, then its blocks. */
export function blockAt(l: ArenaLayout, x: number, y: number): BlockRect | null {
  const p = poolAt(l, x, y);
  if (p === null) return null;
  for (let k = p.firstBlock; k < p.blockEnd; k++) {
    const b = l.blocks[k]!;
    for (const r of b.rects) if (inside(r, x, y)) return b;
  }
  return null;
}

export function systemAt(l: ArenaLayout, x: number, y: number): SystemRect | null {
  for (const s of l.system) for (const r of s.rects) if (inside(r, x, y)) return s;
  return null;
}

export function arenaAt(l: ArenaLayout, x: number, y: number): ArenaRect | null {
  for (const a of l.arenas) if (inside(a, x, y)) return a;
  return null;
}
