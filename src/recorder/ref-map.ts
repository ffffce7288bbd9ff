// An object's outgoing references (refKey(cause, label) → target ObjectId) as a persistent map: reads like a Map,
// and a write returns a new RefMap that shares all but one page with the old one. Part of state.ts's ObjectRecord.
//
// Why: a keyframe (and a seek) copies what its events touch, and a record whose references changed used to get a
// whole new Map. With the VM reporting every list item and dict entry as a slot, a 2,000-item list touched in every
// keyframe was copied whole each time: ~450,000 copied entries on a 1 M-event run, ~15 B/event of the recorder's
// memory. Paged, a change copies one page of ~1/16 of the entries (plus the 16-pointer page table).
//
// Invariants:
// 1. The shape is a function of the contents: one page while size <= SMALL, else PAGES pages, key k on page
//    pageOf(k). So two RefMaps with the same entries have the same pages (whatever their history).
// 2. Pages are never written after the RefMap that holds them is built (they are shared between RefMaps).

const SMALL = 32;
const PAGES = 16;

/** The page of a key: its label's low bits (list indices and string ids both spread evenly). */
function pageOf(key: number): number {
  return Math.floor(key / 16) & (PAGES - 1);
}

function* paged(pages: readonly ReadonlyMap<number, number>[]): Generator<[number, number]> {
  for (const page of pages) yield* page;
}

export class RefMap {
  // Public fields, not private ones: immer's Draft type of a record must stay comparable with the record.
  private constructor(
    /** Internal: the pages (invariant 1). */
    readonly pages: readonly ReadonlyMap<number, number>[],
    readonly size: number,
  ) {}

  static readonly EMPTY = new RefMap([new Map()], 0);

  /** A RefMap holding these entries (a later duplicate key replaces an earlier one). */
  static from(entries: Iterable<readonly [number, number]>): RefMap {
    const all = new Map<number, number>();
    for (const [k, v] of entries) all.set(k, v);
    return RefMap.of(all);
  }

  /** Takes ownership of `all` (the caller must not write it afterwards). */
  private static of(all: Map<number, number>): RefMap {
    if (all.size <= SMALL) return new RefMap([all], all.size);
    const pages = Array.from({ length: PAGES }, () => new Map<number, number>());
    for (const [k, v] of all) pages[pageOf(k)]!.set(k, v);
    return new RefMap(pages, all.size);
  }

  get(key: number): number | undefined {
    return (this.pages.length === 1 ? this.pages[0]! : this.pages[pageOf(key)]!).get(key);
  }

  has(key: number): boolean {
    return this.get(key) !== undefined;
  }

  /** This map with key → value. */
  with(key: number, value: number): RefMap {
    if (this.pages.length === 1) {
      const all = new Map(this.pages[0]!);
      all.set(key, value);
      return RefMap.of(all);
    }
    const p = pageOf(key);
    const page = new Map(this.pages[p]!);
    const had = page.has(key);
    page.set(key, value);
    const pages = this.pages.slice();
    pages[p] = page;
    return new RefMap(pages, had ? this.size : this.size + 1);
  }

  /** This map without key (itself if it has no such key). */
  without(key: number): RefMap {
    if (!this.has(key)) return this;
    if (this.pages.length === 1 || this.size - 1 <= SMALL) {
      const all = new Map<number, number>();
      for (const [k, v] of this) if (k !== key) all.set(k, v);
      return RefMap.of(all);
    }
    const p = pageOf(key);
    const page = new Map(this.pages[p]!);
    page.delete(key);
    const pages = this.pages.slice();
    pages[p] = page;
    return new RefMap(pages, this.size - 1);
  }

  /** Entries, page by page (a small map's own Map iterator: no generator on the common path). */
  [Symbol.iterator](): Iterator<[number, number]> {
    return this.pages.length === 1 ? this.pages[0]![Symbol.iterator]() : paged(this.pages);
  }

  values(): Iterator<number> & Iterable<number> {
    if (this.pages.length === 1) return this.pages[0]!.values();
    const pages = this.pages;
    return (function* () {
      for (const page of pages) yield* page.values();
    })();
  }
}
