// The service methods of contracts §3 the trace store calls (overview, traceInfo) and their result types, as the
// contract states them. Engineer E's spec (src/shared/sim-service.ts) and src/recorder/overview.ts are the
// source of truth once they land; this file then only re-exports them.
// TODO: replace the local declarations with type-only re-exports when the service spec carries them.

import type { RunSummary, SimClient } from '../../../shared/sim-service';

export interface TraceOverview {
  readonly events: number;
  readonly buckets: number;
  readonly bucketSize: number;
  readonly line: readonly number[];
  readonly allocs: readonly number[];
  readonly frees: readonly number[];
  readonly liveObjects: readonly number[];
  readonly blocksInUse: readonly number[];
  readonly arenas: readonly number[];
  readonly counts: readonly [readonly number[], readonly number[], readonly number[]];
  readonly thresholds: readonly [readonly number[], readonly number[], readonly number[]];
  readonly collections: readonly OverviewCollection[];
  readonly lines: readonly { readonly at: number; readonly line: number }[];
  readonly linesSampled: boolean;
}

export interface OverviewCollection {
  readonly generation: number;
  readonly start: number;
  readonly end: number;
  readonly collected: number;
  readonly uncollectable: number;
  readonly phases: readonly { readonly phase: string; readonly at: number }[];
}

export interface TraceInfo {
  readonly source: string;
  readonly filename: string;
  readonly profile: string;
  readonly focus: { readonly moment: number; readonly object: number | null } | null;
  readonly summary: RunSummary;
}

/** The client as the trace store uses it: the spec's methods plus §3's additions. */
export type TraceClient = SimClient & {
  overview(buckets: number): Promise<TraceOverview>;
  traceInfo(): Promise<TraceInfo>;
};

/** The finest overview the service gives (contract §3: 1…4096 buckets). */
export const OVERVIEW_BUCKETS = 4096;
