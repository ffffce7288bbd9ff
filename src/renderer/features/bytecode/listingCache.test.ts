// Listings are asked once per code object and trace; the top frame falls back to listing(moment) when the name
// is unknown; a failed fetch is asked again; another trace starts afresh.

import { describe, expect, it } from 'vitest';
import type { CodeListing } from '../../../shared/sim-service';
import { ListingCache, type ListingSource } from './listingCache';

const listing = (name: string, current = -1): CodeListing => ({ name, firstLine: 1, current, instructions: [] });

function source() {
  const calls: string[] = [];
  let fail = false;
  const client: ListingSource = {
    listingFor: async (name, firstLine) => {
      calls.push(`for ${name}:${firstLine}`);
      if (fail) throw new Error('worker busy');
      return name === '<lambda>' ? null : listing(name);
    },
    listing: async (moment) => (calls.push(`at ${moment}`), listing('<lambda>', 8)),
  };
  return { client, calls, failNext: (f: boolean) => (fail = f) };
}

describe('ListingCache', () => {
  it('asks once per code object and trace', async () => {
    const s = source();
    const cache = new ListingCache(s.client);
    const trace = {};
    expect((await cache.of(trace, 'f', 3, 10, true))?.name).toBe('f');
    expect((await cache.of(trace, 'f', 3, 99, false))?.name).toBe('f');
    await cache.of(trace, 'g', 7, 10, true);
    expect(s.calls).toEqual(['for f:3', 'for g:7']);
    await cache.of({}, 'f', 3, 10, true); // another trace
    expect(s.calls).toEqual(['for f:3', 'for g:7', 'for f:3']);
  });

  it("falls back to the top frame's listing(moment), never for a caller", async () => {
    const s = source();
    const cache = new ListingCache(s.client);
    expect(await cache.of(1, '<lambda>', 2, 40, true)).toEqual(listing('<lambda>', 8));
    expect(await cache.of(1, '<lambda>', 2, 41, false)).toBeNull();
    expect(s.calls).toEqual(['for <lambda>:2', 'at 40']);
  });

  it('asks again after a failure', async () => {
    const s = source();
    const cache = new ListingCache(s.client);
    s.failNext(true);
    await expect(cache.of(1, 'f', 3, 0, true)).rejects.toThrow('worker busy');
    s.failNext(false);
    expect((await cache.of(1, 'f', 3, 0, true))?.name).toBe('f');
    expect(s.calls).toEqual(['for f:3', 'for f:3']);
  });
});
