// The service types the timeline, the chart and the trace store read (contracts §3), from the service spec
// (src/shared/sim-service.ts) and src/recorder/overview.ts: type-only, the renderer never loads the recorder.

export type { TraceInfo, TraceOverview, CollectionOverview } from '../../../shared/sim-service';

/** The finest overview the service gives (contract §3: 1…4096 buckets). */
export const OVERVIEW_BUCKETS = 4096;
