// The arena map's thin painter: draws an ArenaLayout (arenaLayout.ts) onto a 2D canvas context — block colour
// by state (used / on the free list / never used) and hue by size class, pool state on the pool's frame, the
// system allocator's region apart, highlighted blocks outlined, blocks just allocated (green) or freed (red)
// marked. No geometry is decided here.
//
// Cost: one fillRect per block row-run (or per pool when blocks are not laid out) and one strokeRect per pool.

import type { ArenaLayout, BlockState, Rect } from './arenaLayout';

/** What the painter needs of CanvasRenderingContext2D (so the tests can paint into a recording mock). */
export interface Canvas2DLike {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  font: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  strokeRect(x: number, y: number, w: number, h: number): void;
  clearRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
}

/** Hue of a size class: golden-angle steps, so neighbouring classes differ clearly. */
export const sizeClassHue = (sizeClass: number): number => Math.round((sizeClass * 137.508) % 360);

export function blockColour(state: BlockState, sizeClass: number): string {
  const h = sizeClassHue(sizeClass);
  switch (state) {
    case 'used':
      return `hsl(${h} 70% 45%)`;
    case 'free':
      return `hsl(${h} 55% 82%)`;
    case 'unused':
      return '#f4f4f4';
    default: {
      const never: never = state;
      return never;
    }
  }
}

export const POOL_FRAME: Readonly<Record<'used' | 'full' | 'empty', string>> = { used: '#2e7d32', full: '#c62828', empty: '#9e9e9e' };
const HIGHLIGHT = '#000000';
const SYSTEM = '#6d4c41';

export interface PaintOptions {
  /** Block (or system-allocator) addresses to outline: the selection's allocations. */
  readonly highlight?: ReadonlySet<number>;
  /** Blocks allocated / freed since the previous moment (blockChanges.ts), marked while scrubbing. */
  readonly allocated?: ReadonlySet<number>;
  readonly freed?: ReadonlySet<number>;
}

const ALLOCATED = '#00c853';
const FREED = '#d50000';

function fillAll(ctx: Canvas2DLike, rects: readonly Rect[]): void {
  for (const r of rects) ctx.fillRect(r.x, r.y, r.w, r.h);
}

export function paintArenas(ctx: Canvas2DLike, l: ArenaLayout, opts: PaintOptions = {}): void {
  const highlight = opts.highlight ?? new Set<number>();
  ctx.clearRect(0, 0, l.width, l.height);
  ctx.lineWidth = 1;
  for (const a of l.arenas) {
    ctx.strokeStyle = a.usable ? '#bdbdbd' : '#616161';
    ctx.strokeRect(a.x - 1, a.y - 1, a.w + 2, a.h + 2);
  }
  for (const p of l.pools) {
    if (p.firstBlock === p.blockEnd) {
      // Blocks would be sub-pixel: the pool's fill shows its size class, its lightness how full it is.
      const used = p.pool.capacity === 0 ? 0 : p.pool.count / p.pool.capacity;
      ctx.fillStyle = p.pool.state === 'empty' ? '#f4f4f4' : `hsl(${sizeClassHue(p.pool.sizeClass)} 70% ${Math.round(88 - 43 * used)}%)`;
      ctx.fillRect(p.x, p.y, p.w, p.h);
    } else {
      for (let k = p.firstBlock; k < p.blockEnd; k++) {
        const b = l.blocks[k]!;
        ctx.fillStyle = blockColour(b.state, b.sizeClass);
        fillAll(ctx, b.rects);
      }
    }
    ctx.strokeStyle = POOL_FRAME[p.pool.state];
    ctx.strokeRect(p.x + 0.5, p.y + 0.5, p.w - 1, p.h - 1);
  }
  if (highlight.size > 0) {
    ctx.strokeStyle = HIGHLIGHT;
    ctx.lineWidth = 2;
    for (const b of l.blocks) if (highlight.has(b.address)) for (const r of b.rects) ctx.strokeRect(r.x, r.y, r.w, r.h);
    for (const p of l.pools) {
      // Without block rectangles, outline the pool holding a highlighted address.
      if (p.firstBlock !== p.blockEnd) continue;
      for (const addr of highlight) if (addr >= p.pool.address && addr < p.pool.address + l.poolSize) ctx.strokeRect(p.x, p.y, p.w, p.h);
    }
    ctx.lineWidth = 1;
  }
  const allocated = opts.allocated ?? new Set<number>();
  const freed = opts.freed ?? new Set<number>();
  if (allocated.size + freed.size > 0) {
    ctx.lineWidth = 2;
    for (const b of l.blocks) {
      const mark = allocated.has(b.address) ? ALLOCATED : freed.has(b.address) ? FREED : null;
      if (mark === null) continue;
      ctx.strokeStyle = mark;
      for (const r of b.rects) ctx.strokeRect(r.x + 1, r.y + 1, r.w - 2, r.h - 2);
    }
    ctx.lineWidth = 1;
  }
  if (l.systemFrame !== null) {
    const f = l.systemFrame;
    ctx.fillStyle = '#424242';
    ctx.font = '11px sans-serif';
    ctx.fillText('system allocator (requests of 0 or > 512 bytes)', f.x, f.y - 3);
    for (const s of l.system) {
      ctx.fillStyle = SYSTEM;
      fillAll(ctx, s.rects);
      if (highlight.has(s.address)) {
        ctx.strokeStyle = HIGHLIGHT;
        for (const r of s.rects) ctx.strokeRect(r.x, r.y, r.w, r.h);
      }
    }
  }
}
