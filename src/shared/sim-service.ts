// The simulation service as the renderer sees it: its methods and events, defined once as
// schemas (service-spec.ts). Both hosts (electron/worker, src/web) serve the implementation in
// src/service/sim-service-host.ts over the generic RPC; the renderer holds a `SimClient`.
//
// It runs and records a program (progress, cancel, finish), then serves views, diffs, navigation and queries of
// the trace it keeps, and exports/imports .heapscope files (as base64: the wire carries plain data only).

import type { CodeListing } from '../recorder/listing';
import { MAX_OVERVIEW_BUCKETS, type TraceOverview } from '../recorder/overview';
import { DECLARED_PROFILES } from './profiles';
import { PROTOCOL_VERSION } from './protocol';
import type { ServiceClient } from './rpc-client';
import { array, boolean, literal, number, object, oneOf, plainData, string, tuple, type Infer, type PlainData, type Schema } from './schema';
import { defineService } from './service-spec';

/** The service's own version; kept equal to package.json's by a test. */
export const SERVICE_VERSION = '0.1.0';

/** The largest program accepted, in UTF-16 code units: far above any lecture program, and it bounds a message. */
export const MAX_SOURCE_LENGTH = 1_000_000;

const profileName = oneOf(DECLARED_PROFILES);

const versionInfo = object({
  service: string({ maxLength: 32 }),
  protocol: literal(PROTOCOL_VERSION),
  /** Profiles the core declares; a declared profile is not necessarily fully simulated yet. */
  declaredProfiles: array(profileName),
  defaultProfile: profileName,
});

const analysis = object({
  /** The source exactly as received. */
  source: string({ maxLength: MAX_SOURCE_LENGTH }),
  /** Physical lines as Python's tokenizer counts them (see countLines). */
  lineCount: number({ integer: true, min: 0 }),
});

/** The largest .heapscope file carried, as base64 text (the importer's own limits are lower). */
export const MAX_TRACE_BASE64 = 96 * 1024 * 1024;

const count = number({ integer: true, min: 0 });
const moment = number({ integer: true, min: 0 });

/** What a finished (or imported) run is: the `heapscope trace` summary's facts plus how it ended. */
const runSummary = object({
  events: count,
  steps: count,
  collections: array(count, { maxLength: 3 }),
  peakObjects: count,
  peakArenas: count,
  /** runProgram's stop reason; 'cancelled' when cancel() stopped it; 'imported' for a loaded file. */
  stopReason: string({ maxLength: 32 }),
  stdout: string({ maxLength: 16 * 1024 * 1024 }),
  stderr: string({ maxLength: 16 * 1024 * 1024 }),
  /** The summary text `heapscope trace` prints. */
  text: string({ maxLength: 4096 }),
});

/** The held trace's origin: its source, profile, the focus it was shared with, and its summary. */
const traceInfo = object({
  source: string({ maxLength: MAX_SOURCE_LENGTH }),
  filename: string({ maxLength: 4096 }),
  profile: profileName,
  /** The moment (and object) a shared file opens at; null for a run or a file without focus. */
  focus: oneOfNull(object({ moment, object: oneOfNull(number({ integer: true, min: 0 })) })),
  summary: runSummary,
});

/** A code object's qualified name (co_qualname) as FrameView.name carries it. */
export const MAX_CODE_NAME_LENGTH = 200;

const direction = oneOf(['forward', 'backward'] as const);
/** What `navigate` moves to: an event, an instruction, a line (step into / over / out), a collection, a phase. */
const navigation = oneOf(['event', 'instruction', 'into', 'over', 'out', 'collection', 'phase'] as const);
const query = oneOf(['lifetime', 'history', 'refcountChanges', 'lastRefcountChange', 'whyAlive', 'cycles'] as const);

export const simServiceSpec = defineService({
  methods: {
    /** What this service is: its version, the protocol version and the profiles. */
    version: { args: tuple([]), result: versionInfo },
    /** Echoes the program back with its line count; proves the whole host path works. */
    analyze: { args: tuple([string({ maxLength: MAX_SOURCE_LENGTH })]), result: analysis },
    /**
     * Runs and records the program in the worker (replacing the trace held), sending onDidProgress while it runs
     * and onDidFinish at the end; resolves with the same summary.
     */
    run: { args: tuple([string({ maxLength: MAX_SOURCE_LENGTH }), profileName]), result: runSummary },
    /** Asks the run in progress to stop (its summary then says 'cancelled'); true if a run was in progress. */
    cancel: { args: tuple([]), result: boolean() },
    /** The view (src/recorder/views.ts MomentView) at moment i of the trace held. */
    frameAt: { args: tuple([moment]), result: plainData() },
    /** The view diff (src/recorder/view-diff.ts ViewDiff) from moment i to moment j. */
    diff: { args: tuple([moment, moment]), result: plainData() },
    /** The moment a navigation reaches from i, or null at the end of the trace. */
    navigate: { args: tuple([navigation, moment, direction, number({ integer: true, min: -1 })]), result: oneOfNull(moment) },
    /** A query about object `id` (src/recorder/queries.ts) at moment i; plain data. */
    query: { args: tuple([query, number({ integer: true, min: 0 }), moment]), result: plainData() },
    /** The trace held as a .heapscope file, base64; optionally focused on a moment and object. */
    exportTrace: {
      args: tuple([oneOfNull(object({ moment, object: number({ integer: true, min: -1 }) }))]),
      result: string({ maxLength: MAX_TRACE_BASE64 }),
    },
    /** Loads a .heapscope file (base64), validated first: a bad file is refused and the trace held stays. */
    importTrace: { args: tuple([string({ maxLength: MAX_TRACE_BASE64 })]), result: runSummary },
    /** The whole trace in `buckets` buckets (1…4096; fewer when the trace is shorter): src/recorder/overview.ts. */
    overview: { args: tuple([number({ integer: true, min: 1, max: MAX_OVERVIEW_BUCKETS })]), result: shaped<TraceOverview>('trace overview') },
    /** Source, filename, profile, focus and summary of the trace held; fails when none is held. */
    traceInfo: { args: tuple([]), result: traceInfo },
    /** The top frame's code object at moment i, disassembled (src/recorder/listing.ts); null when no frame runs. */
    listing: { args: tuple([moment]), result: oneOfNull(shaped<CodeListing>('code listing')) },
    /**
     * The code object named `name` (co_qualname, as FrameView.name) whose first line is `firstLine`, disassembled
     * with `current` = -1; null when the trace's source has no such code object.
     */
    listingFor: {
      args: tuple([string({ maxLength: MAX_CODE_NAME_LENGTH }), number({ integer: true, min: 0 })]),
      result: oneOfNull(shaped<CodeListing>('code listing')),
    },
  },
  events: {
    /** Events recorded so far by the run in progress. */
    onDidProgress: object({ events: count, steps: count }),
    /** The run ended (finished, failed, ran out of budget or was cancelled). */
    onDidFinish: runSummary,
  },
});

export type SimServiceSpec = typeof simServiceSpec;
export type SimClient = ServiceClient<SimServiceSpec>;
export type VersionInfo = Infer<typeof versionInfo>;
export type RunSummary = Infer<typeof runSummary>;
export type Navigation = Infer<typeof navigation>;
export type Query = Infer<typeof query>;
export type TraceInfo = Infer<typeof traceInfo>;
export type { CodeListing, ListingInstruction } from '../recorder/listing';
export type { CollectionOverview, TraceOverview } from '../recorder/overview';

/** Plain data of a shape a type in src/recorder describes (checked as plain data; the recorder builds it). */
function shaped<T extends PlainData>(description: string): Schema<T> {
  const data = plainData();
  return { description, parse: (value, path) => data.parse(value, path) as T };
}

/** `schema`, or null. */
function oneOfNull<T>(schema: Schema<T>): Schema<T | null> {
  return { description: `${schema.description} or null`, parse: (value, path) => (value === null ? null : schema.parse(value, path)) };
}
export type Analysis = Infer<typeof analysis>;

/**
 * Physical lines, as Python reads a source file: a line ends at '\n', '\r\n' or a lone '\r'; text
 * after the last terminator is one more line; the empty program has none. Other Unicode line
 * separators (\v, \f, U+2028 …) do not end a line for the tokenizer, unlike str.splitlines().
 */
export function countLines(source: string): number {
  if (source.length === 0) return 0;
  const terminators = source.match(/\r\n|\r|\n/g)?.length ?? 0;
  const endsWithTerminator = source.endsWith('\n') || source.endsWith('\r');
  return terminators + (endsWithTerminator ? 0 : 1);
}
