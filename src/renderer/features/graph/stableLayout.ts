// Stable placement while scrubbing: a pure function from the previous positions and the change in nodes to the
// new positions. Nodes that stay keep their exact position; a new node goes to the nearest free spot around the
// centroid of its already-placed neighbours (its referrers first, else what it refers to), else to a grid beside
// the drawing; new nodes are placed breadth-first from what is drawn, so referrers come first; removed nodes are listed to fade out. Nothing moves unless the student asks for a re-layout.
//
// Invariants (property-tested in stableLayout.test.ts):
//   1. every kept node's position is unchanged;
//   2. every new node is at least `gap` away from every other node;
//   3. a new node with a placed neighbour lies within `maxRings * gap` of their centroid, unless all the spiral's
//      spots are taken (a hub with hundreds of new referents), when it goes to the grid beside the drawing;
//   4. the result depends only on the inputs (deterministic; no randomness, no clock).
// Cost: O(new nodes × candidates tried) with a spatial hash of cell `gap`, so O(1) per collision check.

export interface Point {
  readonly x: number;
  readonly y: number;
}
export type Positions = ReadonlyMap<string, Point>;

export interface LayoutChange {
  /** New nodes in placement order, each with its referrers and referents (node ids). */
  readonly added: readonly { readonly id: string; readonly referrers: readonly string[]; readonly referents: readonly string[] }[];
  readonly removed: readonly string[];
}

export interface PlaceOptions {
  /** The smallest distance between two node centres. */
  readonly gap: number;
  /** How many rings of the spiral to try around the anchor before giving up on nearness. */
  readonly maxRings: number;
}
/** Nodes are 110 × 56 px (graphSvg.ts): a gap of 130 keeps any two apart whatever their direction. */
export const DEFAULT_PLACE: PlaceOptions = { gap: 130, maxRings: 12 };

export interface Placement {
  readonly positions: Map<string, Point>;
  /** The removed nodes, which the view fades out. */
  readonly fading: readonly string[];
}

/** Cells keyed by one number: (cx + 2^20)·2^21 + (cy + 2^20), exact while |cx|, |cy| < 2^20 cells (~10^8 px). */
const CELL_BIAS = 1 << 20;
const CELL_SPAN = 2 ** 21;

class SpatialHash {
  private readonly cells = new Map<number, Point[]>();
  private readonly gap2: number;
  constructor(private readonly gap: number) {
    this.gap2 = gap * gap;
  }
  private key(cx: number, cy: number): number {
    return (cx + CELL_BIAS) * CELL_SPAN + (cy + CELL_BIAS);
  }
  add(p: Point): void {
    const k = this.key(Math.floor(p.x / this.gap), Math.floor(p.y / this.gap));
    const cell = this.cells.get(k);
    if (cell === undefined) this.cells.set(k, [p]);
    else cell.push(p);
  }
  /** No point closer than `gap`: the 3×3 cells around p (squared distances: no sqrt per probe). */
  free(p: Point): boolean {
    const cx = Math.floor(p.x / this.gap);
    const cy = Math.floor(p.y / this.gap);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const cell = this.cells.get(this.key(cx + dx, cy + dy));
        if (cell === undefined) continue;
        for (const q of cell) {
          const ex = p.x - q.x;
          const ey = p.y - q.y;
          if (ex * ex + ey * ey < this.gap2) return false;
        }
      }
    }
    return true;
  }
}

function centroid(ids: readonly string[], at: ReadonlyMap<string, Point>): Point | null {
  let x = 0;
  let y = 0;
  let n = 0;
  for (const id of ids) {
    const p = at.get(id);
    if (p === undefined) continue;
    x += p.x;
    y += p.y;
    n++;
  }
  return n === 0 ? null : { x: x / n, y: y / n };
}

/** Candidate n around an anchor: rings of radius k·gap, 6k points each, starting below the anchor; null past maxRings. */
function spiralSpot(anchor: Point, gap: number, rings: number, n: number): Point | null {
  // Ring k starts at candidate 3k(k-1) (1 + 2 + … + (k-1) rings of 6k points before it).
  const k = Math.floor((3 + Math.sqrt(9 + 12 * n)) / 6);
  if (k > rings) return null;
  const j = n - 3 * k * (k - 1);
  const t = Math.PI / 2 + (2 * Math.PI * j) / (6 * k);
  return { x: anchor.x + k * gap * Math.cos(t), y: anchor.y + k * gap * Math.sin(t) };
}

export function placeNodes(prev: Positions, change: LayoutChange, opts: PlaceOptions = DEFAULT_PLACE): Placement {
  const removed = new Set(change.removed);
  const positions = new Map<string, Point>();
  const hash = new SpatialHash(opts.gap);
  let maxX = -Infinity;
  let minY = Infinity;
  for (const [id, p] of prev) {
    if (removed.has(id)) continue;
    positions.set(id, p);
    hash.add(p);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
  }
  // Nodes with no placed neighbour fill a square-ish grid to the right of the drawing, top-aligned.
  const origin: Point = positions.size === 0 ? { x: 0, y: 0 } : { x: maxX + 2 * opts.gap, y: minY };
  const cols = Math.max(1, Math.ceil(Math.sqrt(change.added.length)));
  let cell = 0;
  const resume = new Map<string, number>();
  for (const a of change.added) {
    if (positions.has(a.id)) continue;
    const anchor = centroid(a.referrers, positions) ?? centroid(a.referents, positions);
    let spot: Point | null = null;
    if (anchor !== null) {
      // Spots only fill up during a call, so the next child of the same hub resumes where the last one stopped
      // (without this, a hub with hundreds of new referents costs O(k²) probes).
      const key = `${anchor.x},${anchor.y}`;
      let n = resume.get(key) ?? 0;
      for (let c = spiralSpot(anchor, opts.gap, opts.maxRings, n); c !== null; c = spiralSpot(anchor, opts.gap, opts.maxRings, ++n)) {
        if (hash.free(c)) {
          spot = c;
          break;
        }
      }
      resume.set(key, n);
    }
    while (spot === null) {
      const c = { x: origin.x + (cell % cols) * opts.gap, y: origin.y + Math.floor(cell / cols) * opts.gap };
      cell++;
      if (hash.free(c)) spot = c;
    }
    positions.set(a.id, spot);
    hash.add(spot);
  }
  return { positions, fading: change.removed.filter((id) => prev.has(id)) };
}

/** The change between the node ids drawn before and the elements to draw now, with each new node's neighbours. */
export function layoutChange(
  before: ReadonlySet<string>,
  nodes: readonly { readonly data: { readonly id: string } }[],
  edges: readonly { readonly data: { readonly source: string; readonly target: string } }[],
  isPlaced: (id: string) => boolean = () => true,
): LayoutChange {
  const now = new Set(nodes.map((n) => n.data.id));
  const referrers = new Map<string, string[]>();
  const referents = new Map<string, string[]>();
  for (const e of edges) {
    (referrers.get(e.data.target) ?? referrers.set(e.data.target, []).get(e.data.target)!).push(e.data.source);
    (referents.get(e.data.source) ?? referents.set(e.data.source, []).get(e.data.source)!).push(e.data.target);
  }
  // Placement order: breadth-first from what is already drawn and from nodes nothing refers to (roots, anchors),
  // so a new node's referrers are placed before it; what no such walk reaches (a cycle born unreachable) last.
  const fresh = nodes.filter((n) => !before.has(n.data.id) && isPlaced(n.data.id)).map((n) => n.data.id);
  const isNew = new Set(fresh);
  const ordered: string[] = [];
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const id of now) if (before.has(id)) queue.push(id);
  for (const id of fresh) if ((referrers.get(id) ?? []).length === 0) queue.push(id);
  const walk = (): void => {
    for (let k = 0; k < queue.length; k++) {
      const id = queue[k]!;
      if (seen.has(id)) continue;
      seen.add(id);
      if (isNew.has(id)) ordered.push(id);
      for (const t of referents.get(id) ?? []) if (!seen.has(t) && isNew.has(t)) queue.push(t);
    }
  };
  walk();
  for (const id of fresh) {
    if (seen.has(id)) continue;
    queue.push(id);
    walk();
  }
  const added = ordered.map((id) => ({ id, referrers: referrers.get(id) ?? [], referents: referents.get(id) ?? [] }));
  return { added, removed: [...before].filter((id) => !now.has(id)) };
}

/** The smallest box holding every point (Infinity / -Infinity when there is none). */
export function boundsOf(points: Iterable<Point>): { minX: number; minY: number; maxX: number; maxY: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  return { minX, minY, maxX, maxY };
}
