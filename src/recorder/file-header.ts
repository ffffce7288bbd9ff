// The header of a .heapscope file (file.ts): its fields, the limits that keep a hostile file from exhausting
// memory, the errors a user sees, and the schema check that runs before anything else is built from the file.
// Nothing is evaluated: the header arrives as JSON.parse output and every field is checked by hand.

import type { ProfileName } from '../core/api';
import type { RunTotals } from './recorder';
import type { SerializedState } from './serialize';

export const FORMAT_NAME = 'heapscope-trace';
export const FORMAT_VERSION = 1;
/** The first bytes of the decompressed container. */
export const MAGIC = 'HEAPSCOPE-TRACE\n';
const PROFILES: readonly ProfileName[] = ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13'];

/** Limits that keep a hostile or damaged file from exhausting memory. */
export const LIMITS = {
  /** Compressed file size. */
  fileBytes: 256 * 1024 * 1024,
  /** Decompressed size. */
  dataBytes: 1024 * 1024 * 1024,
  /** The JSON header (string table, source, window state). */
  headerBytes: 128 * 1024 * 1024,
  /** About 3 GB once loaded (bench/recorder.bench.ts: ~55 B/event); synthetic runs average ~6 events per instruction. */
  events: 50_000_000,
} as const;

export const TraceFileProblem = {
  /** Not gzip, or gzip without the Heapscope signature. */
  NOT_A_TRACE: 'not-a-trace',
  /** The data ends early. */
  TRUNCATED: 'truncated',
  /** Bytes are damaged (bad compression, checksum, or unparseable header). */
  CORRUPT: 'corrupt',
  /** Written by a newer Heapscope. */
  NEWER_VERSION: 'newer-version',
  /** Over LIMITS. */
  TOO_LARGE: 'too-large',
  /** Well-formed but not a valid trace (schema or replay check failed). */
  INVALID: 'invalid',
} as const;
export type TraceFileProblem = (typeof TraceFileProblem)[keyof typeof TraceFileProblem];

export class TraceFileError extends Error {
  override readonly name = 'TraceFileError';
  constructor(
    readonly problem: TraceFileProblem,
    message: string,
  ) {
    super(message);
  }
}

/** Where a shared trace opens: a moment and, optionally, the selected object. */
export interface Focus {
  readonly moment: number;
  readonly object: number | null;
}

/** The header of a trace file. */
export interface TraceHeader {
  readonly format: typeof FORMAT_NAME;
  readonly version: number;
  readonly profile: ProfileName;
  readonly filename: string;
  readonly source: string;
  readonly keyframeInterval: number;
  readonly events: number;
  readonly words: number;
  /** FNV-1a over the body bytes. */
  readonly checksum: number;
  readonly strings: readonly string[];
  readonly focus: Focus | null;
  /** Present when the file holds only a window of a run. */
  readonly window: {
    /** The original run's moment at which this window starts. */
    readonly origin: number;
    readonly priorStdout: string;
    readonly priorStderr: string;
    readonly base: SerializedState;
  } | null;
  readonly totals: RunTotals;
}

// ------------------------------------------------------------------ header schema

function fail(path: string, problem: string): never {
  throw new TraceFileError(TraceFileProblem.INVALID, `The trace file is invalid: ${path} ${problem}.`);
}
function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function int(v: unknown, path: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) fail(path, `must be an integer in ${min}…${max}`);
  return v;
}
function str(v: unknown, path: string): string {
  if (typeof v !== 'string') fail(path, 'must be a string');
  return v;
}
function keys(v: Record<string, unknown>, allowed: readonly string[], path: string): void {
  for (const k of Object.keys(v)) if (!allowed.includes(k)) fail(`${path}.${k}`, 'is not part of the format');
  for (const k of allowed) if (!(k in v)) fail(`${path}.${k}`, 'is missing');
}

export function parseHeader(v: unknown): TraceHeader {
  if (!isObject(v)) fail('the header', 'must be an object');
  if (v['format'] !== FORMAT_NAME) {
    throw new TraceFileError(TraceFileProblem.NOT_A_TRACE, 'This is not a Heapscope trace: its header names another format.');
  }
  keys(v, ['format', 'version', 'profile', 'filename', 'source', 'keyframeInterval', 'events', 'words', 'checksum', 'strings', 'focus', 'window', 'totals'], 'header');
  const profile = v['profile'];
  if (typeof profile !== 'string' || !(PROFILES as readonly string[]).includes(profile)) fail('header.profile', `must be one of ${PROFILES.join(', ')}`);
  const events = int(v['events'], 'header.events', 0, LIMITS.events);
  const words = int(v['words'], 'header.words', 0, LIMITS.dataBytes / 4);
  const strings = v['strings'];
  if (!Array.isArray(strings)) fail('header.strings', 'must be an array');
  strings.forEach((s, i) => str(s, `header.strings[${i}]`));
  const focusRaw = v['focus'];
  let focus: Focus | null = null;
  if (focusRaw !== null) {
    if (!isObject(focusRaw)) fail('header.focus', 'must be an object or null');
    keys(focusRaw, ['moment', 'object'], 'header.focus');
    focus = {
      moment: int(focusRaw['moment'], 'header.focus.moment', 0, events),
      object: focusRaw['object'] === null ? null : int(focusRaw['object'], 'header.focus.object'),
    };
  }
  const windowRaw = v['window'];
  let window: TraceHeader['window'] = null;
  if (windowRaw !== null) {
    if (!isObject(windowRaw)) fail('header.window', 'must be an object or null');
    keys(windowRaw, ['origin', 'priorStdout', 'priorStderr', 'base'], 'header.window');
    window = {
      origin: int(windowRaw['origin'], 'header.window.origin'),
      priorStdout: str(windowRaw['priorStdout'], 'header.window.priorStdout'),
      priorStderr: str(windowRaw['priorStderr'], 'header.window.priorStderr'),
      base: windowRaw['base'] as SerializedState,
    };
  }
  const t = v['totals'];
  if (!isObject(t)) fail('header.totals', 'must be an object');
  keys(t, ['events', 'steps', 'collections', 'peakObjects', 'peakArenas'], 'header.totals');
  const c = t['collections'];
  if (!Array.isArray(c) || c.length !== 3) fail('header.totals.collections', 'must be three counts');
  return {
    format: FORMAT_NAME,
    version: int(v['version'], 'header.version', 1, FORMAT_VERSION),
    profile: profile as ProfileName,
    filename: str(v['filename'], 'header.filename'),
    source: str(v['source'], 'header.source'),
    keyframeInterval: int(v['keyframeInterval'], 'header.keyframeInterval', 16, 1 << 20),
    events,
    words,
    checksum: int(v['checksum'], 'header.checksum', 0, 0xffffffff),
    strings: strings as string[],
    focus,
    window,
    totals: {
      events: int(t['events'], 'header.totals.events'),
      steps: int(t['steps'], 'header.totals.steps'),
      collections: [int(c[0], 'header.totals.collections[0]'), int(c[1], 'header.totals.collections[1]'), int(c[2], 'header.totals.collections[2]')],
      peakObjects: int(t['peakObjects'], 'header.totals.peakObjects'),
      peakArenas: int(t['peakArenas'], 'header.totals.peakArenas'),
    },
  };
}
