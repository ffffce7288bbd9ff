// Latest-wins fetching for the scrubber: at most one request in flight; while it is in flight only the newest
// requested key is remembered, so dragging across a million moments costs one frameAt per round trip, not one
// per pointer move. Results of an older generation (a trace replaced meanwhile) are dropped.
//
// After each answer the fetcher stays busy until `pace()` resolves (in the page: the next animation frame, and
// while scrubbing at least 100 ms after the previous fetch), so views arrive at most once per frame: a worker
// that answers in 3 ms would otherwise make every pane render several views per frame of which only the last
// is ever painted.
//
// Invariants:
// 1. at most one `fetch` call is unresolved at any time;
// 2. `deliver` is called in request order and never with a result older than one already delivered;
// 3. after the last request settles, the last key requested has been fetched (unless it was delivered already).

export interface LatestWins<K> {
  /** Asks for `key`; fetched now if nothing is in flight, else remembered (replacing an older pending key). */
  request(key: K): void;
  /** Forgets the pending key and drops results of requests made before this call. */
  reset(): void;
  /** True while a fetch is unresolved. */
  readonly busy: boolean;
}

export function latestWins<K, V>(
  fetch: (key: K) => Promise<V>,
  deliver: (value: V, key: K) => void,
  fail: (error: unknown, key: K) => void,
  same: (a: K, b: K) => boolean = Object.is,
  pace: () => Promise<void> = () => Promise.resolve(),
): LatestWins<K> {
  let inFlight: K | undefined;
  let busy = false;
  let pending: { key: K } | null = null;
  let generation = 0;
  let lastDelivered: { key: K } | null = null;

  function start(key: K): void {
    busy = true;
    inFlight = key;
    const mine = generation;
    fetch(key).then(
      (value) => settle(mine, () => ((lastDelivered = { key }), deliver(value, key))),
      (error: unknown) => settle(mine, () => fail(error, key)),
    );
  }

  function settle(mine: number, report: () => void): void {
    if (mine === generation) report();
    inFlight = undefined;
    // Still busy while pacing (invariant 1): requests meanwhile only replace the pending key, and the next fetch
    // starts when the pace allows, even if it was asked for after this answer arrived.
    void pace().then(() => {
      const next = pending;
      pending = null;
      if (next && !(lastDelivered && same(lastDelivered.key, next.key))) start(next.key);
      else busy = false;
    });
  }

  return {
    request(key: K): void {
      if (busy) {
        pending = inFlight !== undefined && same(inFlight, key) ? null : { key };
        return;
      }
      start(key);
    },
    reset(): void {
      generation++;
      pending = null;
      inFlight = undefined; // a request for the same key after a reset must not be merged with the dropped one
      lastDelivered = null;
    },
    get busy() {
      return busy;
    },
  };
}
