// Cancelling a run inside web mode's Web Worker. A run is one synchronous call in the worker, so a cancel() message
// posted by the page waits behind it; instead the page and the worker share one Int32 in a SharedArrayBuffer: the
// page writes 1 on cancel, the service reads it at its progress ticks (src/service/sim-service-host.ts invariant 2)
// and stops the run as its step budget would. SharedArrayBuffer needs a cross-origin-isolated page (the preview
// server sends COOP/COEP, vite.renderer.config.ts); without it cancel says so and still answers between runs.
//
// Invariants:
// 1. The page resets the flag right before it sends run() and only the page writes it, so a cancel() made after
//    run() was sent is never lost (the worker never clears it) and never leaks into the next run.
// 2. The flag's buffer is the first message the page posts to the worker, before any RPC message (postMessage
//    keeps order), so the worker knows it before the first run.

import type { SimClient } from '../shared/sim-service';

/** The one message besides the RPC's: hands the worker the shared flag. */
export interface CancelFlagMessage {
  readonly heapscopeCancelFlag: SharedArrayBuffer;
}

export function isCancelFlagMessage(data: unknown): data is CancelFlagMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof SharedArrayBuffer !== 'undefined' &&
    (data as Record<string, unknown>)['heapscopeCancelFlag'] instanceof SharedArrayBuffer
  );
}

/** The shared flag: 0 = run on, 1 = cancel requested. */
export class CancelFlag {
  readonly cell: Int32Array;
  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(4)) {
    this.cell = new Int32Array(buffer, 0, 1);
  }
  request(): void {
    Atomics.store(this.cell, 0, 1);
  }
  reset(): void {
    Atomics.store(this.cell, 0, 0);
  }
  requested(): boolean {
    return Atomics.load(this.cell, 0) !== 0;
  }
}

/** A flag for this page, or null when SharedArrayBuffer is unavailable (the page is not cross-origin isolated). */
export function createCancelFlag(isolated: boolean): CancelFlag | null {
  return isolated && typeof SharedArrayBuffer !== 'undefined' ? new CancelFlag() : null;
}

/** What cancel() says while a run goes on in a page that is not cross-origin isolated. */
export const NOT_ISOLATED_MESSAGE =
  'This page is not cross-origin isolated, so a run in the browser cannot be interrupted: it stops at its step ' +
  'budget. Serve Heapscope with Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: ' +
  'require-corp (npm run web does) to cancel runs.';

/**
 * The client with cancel() working during a run: with a flag, cancel() of a run in progress writes the flag and
 * resolves true at once (the run's summary then says 'cancelled'); without one it rejects with NOT_ISOLATED_MESSAGE.
 * With no run in progress it asks the service, as before (false).
 */
export function withCancelFlag(client: SimClient, flag: CancelFlag | null): SimClient {
  let runs = 0;
  const run: SimClient['run'] = async (source, profile) => {
    flag?.reset();
    runs++;
    try {
      return await client.run(source, profile);
    } finally {
      runs--;
    }
  };
  const cancel: SimClient['cancel'] = async () => {
    if (runs === 0) return client.cancel();
    if (flag === null) throw new Error(NOT_ISOLATED_MESSAGE);
    flag.request();
    return true;
  };
  // The client is a plain object of methods (rpc-client.ts); only run and cancel change.
  return { ...client, run, cancel };
}
