// Code listings by code object: a code object's instructions never change during a run, so each (name,
// firstLine) is asked of the service once per trace; only the current offset moves (FrameView.offset).
// The top frame falls back to listing(moment) when listingFor does not know the name.

import type { CodeListing, SimClient } from '../../../shared/sim-service';

export interface ListingSource {
  listingFor(name: string, firstLine: number): Promise<CodeListing | null>;
  listing(moment: number): Promise<CodeListing | null>;
}

export class ListingCache {
  private readonly byCode = new Map<string, Promise<CodeListing | null>>();
  private trace: unknown = undefined;

  constructor(private readonly client: ListingSource | SimClient) {}

  /** The listing of a frame's code object; `traceKey` changes when another trace is adopted. */
  async of(traceKey: unknown, name: string, firstLine: number, moment: number, top: boolean): Promise<CodeListing | null> {
    if (traceKey !== this.trace) {
      this.byCode.clear();
      this.trace = traceKey;
    }
    const key = `${firstLine}:${name}`;
    let found = this.byCode.get(key);
    if (found === undefined) {
      found = (this.client as ListingSource).listingFor(name, firstLine);
      this.byCode.set(key, found);
      // A failed fetch is not cached: the next frame asks again.
      found.catch(() => this.byCode.delete(key));
    }
    const listing = await found;
    if (listing === null && top) return (this.client as ListingSource).listing(moment);
    return listing;
  }
}
