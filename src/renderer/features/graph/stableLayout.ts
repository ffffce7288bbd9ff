// Stable placement while scrubbing: a pure function from the previous positions and the change in nodes to the
// new positions. Nodes that stay keep their exact position; a new node goes to the nearest free spot around the
// centroid of its already-placed neighbours (its referrers first, else what it refers to), else beside the
// drawing; removed nodes are listed to fade out. Nothing moves unless the student asks for a re-layout.
//
// Invariants (property-tested in stableLayout.test.ts):
//   1. every kept node's position is unchanged;
//   2. every new node is at least `gap` away from every other node;
//   3. a new node with a placed neighbour lies within `maxRings * gap` (plus the spiral's slack) of their centroid;
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
export const DEFAULT_PLACE: PlaceOptions = { gap: 90, maxRings: 12 };

export interface Placement {
  readonly positions: Map<string, Point>;
  /** The removed nodes, which the view fades out. */
  readonly fading: readonly string[];
}

class SpatialHash {
  private readonly cells = new Map<string, Point[]>();
  constructor(private readonly gap: number) {}
  private key(cx: number, cy: number): string {
    return `${cx},${cy}`;
  }
  add(p: Point): void {
    const k = this.key(Math.floor(p.x / this.gap), Math.floor(p.y / this.gap));
    (this.cells.get(k) ?? this.cells.set(k, []).get(k)!).push(p);
  }
  free(p: Point): boolean {
    const cx = Math.floor(p.x / this.gap);
    const cy = Math.floor(p.y / this.gap);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const q of this.cells.get(this.key(cx + dx, cy + dy)) ?? []) {
          if (Math.hypot(p.x - q.x, p.y - q.y) < this.gap) return false;
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

/** Candidate spots around an anchor: rings of radius k·gap, 6k points each, starting below the anchor. */
function* spiral(anchor: Point, gap: number, rings: number): Generator<Point> {
  for (let k = 1; k <= rings; k++) {
    const n = 6 * k;
    for (let j = 0; j < n; j++) {
      const t = Math.PI / 2 + (2 * Math.PI * j) / n;
      yield { x: anchor.x + k * gap * Math.cos(t), y: anchor.y + k * gap * Math.sin(t) };
    }
  }
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
  // Nodes with no placed neighbour start a column to the right of the drawing, top-aligned.
  let fresh: Point = positions.size === 0 ? { x: 0, y: 0 } : { x: maxX + 2 * opts.gap, y: minY };
  for (const a of change.added) {
    if (positions.has(a.id)) continue;
    const anchor = centroid(a.referrers, positions) ?? centroid(a.referents, positions);
    let spot: Point | null = null;
    if (anchor !== null) {
      for (const c of spiral(anchor, opts.gap, opts.maxRings)) {
        if (hash.free(c)) {
          spot = c;
          break;
        }
      }
    }
    if (spot === null) {
      while (!hash.free(fresh)) fresh = { x: fresh.x, y: fresh.y + opts.gap };
      spot = fresh;
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
  const added = nodes
    .filter((n) => !before.has(n.data.id) && isPlaced(n.data.id))
    .map((n) => ({ id: n.data.id, referrers: referrers.get(n.data.id) ?? [], referents: referents.get(n.data.id) ?? [] }));
  return { added, removed: [...before].filter((id) => !now.has(id)) };
}
