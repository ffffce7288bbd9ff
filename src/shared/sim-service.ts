// The simulation service as the renderer sees it: its methods and events, defined once as
// schemas (service-spec.ts). Both hosts (electron/worker, src/web) serve the implementation in
// sim-service-host.ts over the generic RPC; the renderer holds a `SimClient`.
//
// Today the service can report what it is and echo a program back; later issues add `load`,
// `seek`, `frameAt`, `query`, `export` and the events `onDidProgress`, `onDidFinish` here.

import { DECLARED_PROFILES } from './profiles';
import { PROTOCOL_VERSION } from './protocol';
import type { ServiceClient } from './rpc-client';
import { array, literal, number, object, oneOf, string, tuple, type Infer } from './schema';
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

export const simServiceSpec = defineService({
  methods: {
    /** What this service is: its version, the protocol version and the profiles. */
    version: { args: tuple([]), result: versionInfo },
    /** Echoes the program back with its line count; proves the whole host path works. */
    analyze: { args: tuple([string({ maxLength: MAX_SOURCE_LENGTH })]), result: analysis },
  },
  events: {},
});

export type SimServiceSpec = typeof simServiceSpec;
export type SimClient = ServiceClient<SimServiceSpec>;
export type VersionInfo = Infer<typeof versionInfo>;
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
