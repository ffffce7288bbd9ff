// The .heapscope trace file (DESIGN.md §3): a versioned, gzip-compressed document holding the profile, the
// source, the event log (and, for a window, the state at the window's start) and an optional focus. Import checks
// everything — size, compression, signature, version, header schema, checksum, every event's shape, and then a
// full replay through state.ts's invariants — before it returns a new Recorder; nothing in a file is evaluated
// (JSON.parse and typed-array reads only) and no existing state changes on failure.
//
// Layout, all inside one gzip member:
//   "HEAPSCOPE-TRACE\n" (16 bytes) | u32 LE format version | u32 LE header length | header (UTF-8 JSON)
//   | body: the event words (Int32 LE), byte-plane shuffled (all first bytes, then all second bytes, …), which
//     puts the mostly-zero high bytes in long runs (measured on 1,000,000 synthetic events: 3.28 bytes/event
//     against 3.45 unshuffled, gzip level 6).
// Keyframes are a cache, so the file stores the keyframe interval, not the keyframes: import rebuilds them while
// it replays (that replay is also the semantic validation), and checks the rebuilt totals against the header's.

import { Gunzip, gzipSync, strFromU8, strToU8 } from 'fflate';
import { ALLOCATOR_GEOMETRY } from '../core/memory/index';
import { EVENT_KIND_COUNT, OPERAND_COUNT, SUB_LIMIT } from '../core/trace/events';
import {
  FORMAT_NAME,
  FORMAT_VERSION,
  LIMITS,
  MAGIC,
  parseHeader,
  TraceFileError,
  TraceFileProblem,
  type Focus,
  type TraceHeader,
} from './file-header';
export { FORMAT_NAME, FORMAT_VERSION, LIMITS, TraceFileError, TraceFileProblem, type Focus, type TraceHeader } from './file-header';
import { DEFAULT_KEYFRAME_INTERVAL, Recorder, type RunTotals } from './recorder';
import { deserializeState, serializeState } from './serialize';
import { TraceError } from './state';

/** A loaded trace: the recorder (seek, views, queries) and what the file said about it. */
export interface LoadedTrace {
  readonly recorder: Recorder;
  readonly header: TraceHeader;
}

export interface ExportOptions {
  readonly source: string;
  readonly filename?: string;
  readonly focus?: Focus | null;
  /** Export only moments [focus - before, focus + after] (requires a focus). */
  readonly window?: { readonly before: number; readonly after: number } | null;
}

function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

function shuffle(words: Int32Array): Uint8Array {
  const n = words.length;
  const out = new Uint8Array(n * 4);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    out[i] = w & 0xff;
    out[n + i] = (w >>> 8) & 0xff;
    out[2 * n + i] = (w >>> 16) & 0xff;
    out[3 * n + i] = (w >>> 24) & 0xff;
  }
  return out;
}

function unshuffle(bytes: Uint8Array, offset: number, n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = bytes[offset + i]! | (bytes[offset + n + i]! << 8) | (bytes[offset + 2 * n + i]! << 16) | (bytes[offset + 3 * n + i]! << 24);
  }
  return out;
}

/** The words of events [from, to), concatenated (header and operands of each event). */
function bodyWords(rec: Recorder, from: number, to: number): Int32Array {
  const log = rec.log;
  let total = 0;
  for (let e = from; e < to; e++) total += 1 + OPERAND_COUNT[log.kind(e)]!;
  const out = new Int32Array(total);
  let p = 0;
  for (let e = from; e < to; e++) {
    const w = log.wordsAt(e);
    const q = log.positionOf(e);
    const n = 1 + OPERAND_COUNT[w[q]! & 0xff]!;
    for (let j = 0; j < n; j++) out[p++] = w[q + j]!;
  }
  return out;
}

/** Writes a trace file. */
export function exportTrace(rec: Recorder, opts: ExportOptions): Uint8Array {
  const totals = rec.totals();
  let from = 0;
  let to = rec.length;
  let focus = opts.focus ?? null;
  let window: TraceHeader['window'] = null;
  if (opts.window) {
    if (focus === null) throw new Error('a window export needs a focus');
    from = Math.max(0, focus.moment - opts.window.before);
    to = Math.min(rec.length, focus.moment + opts.window.after);
    const base = rec.seek(from);
    const prior = rec.outputText(base.outputs);
    window = { origin: from + rec.origin, priorStdout: prior.stdout, priorStderr: prior.stderr, base: serializeState(base) };
    focus = { moment: focus.moment - from, object: focus.object };
  }
  const words = bodyWords(rec, from, to);
  const body = shuffle(words);
  const header: TraceHeader = {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    profile: rec.profile,
    filename: opts.filename ?? 'main.py',
    source: opts.source,
    keyframeInterval: rec.keyframeInterval,
    events: to - from,
    words: words.length,
    checksum: fnv1a(body),
    strings: rec.log.strings,
    focus,
    window,
    totals: window === null ? totals : { events: to - from, steps: 0, collections: [0, 0, 0], peakObjects: 0, peakArenas: 0 },
  };
  if (window !== null) {
    // A window's totals are those of its own replay; compute them the way import will.
    const probe = buildRecorder(header, words);
    (header as { totals: RunTotals }).totals = probe.totals();
  }
  const headerBytes = strToU8(JSON.stringify(header));
  const magic = strToU8(MAGIC);
  const out = new Uint8Array(magic.length + 8 + headerBytes.length + body.length);
  out.set(magic, 0);
  const dv = new DataView(out.buffer);
  dv.setUint32(magic.length, FORMAT_VERSION, true);
  dv.setUint32(magic.length + 4, headerBytes.length, true);
  out.set(headerBytes, magic.length + 8);
  out.set(body, magic.length + 8 + headerBytes.length);
  // mtime 0: the gzip header would otherwise carry the wall-clock time, and the same run must give the same file.
  return gzipSync(out, { level: 6, mtime: 0 });
}

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

function gunzipLimited(file: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const g = new Gunzip((chunk, final) => {
    total += chunk.length;
    if (total > LIMITS.dataBytes) {
      throw new TraceFileError(TraceFileProblem.TOO_LARGE, `The trace file is too large: it expands beyond ${mb(LIMITS.dataBytes)}.`);
    }
    parts.push(chunk);
    if (final) ended = true;
  });
  try {
    const step = 1 << 16;
    for (let p = 0; p < file.length; p += step) g.push(file.subarray(p, Math.min(file.length, p + step)), p + step >= file.length);
  } catch (err) {
    if (err instanceof TraceFileError) throw err;
    const msg = err instanceof Error ? err.message : String(err);
    if (/unexpected EOF/i.test(msg)) throw new TraceFileError(TraceFileProblem.TRUNCATED, 'The trace file is truncated: its compressed data ends early.');
    throw new TraceFileError(TraceFileProblem.CORRUPT, `The trace file is corrupt: its compressed data is damaged (${msg}).`);
  }
  if (!ended) throw new TraceFileError(TraceFileProblem.TRUNCATED, 'The trace file is truncated: its compressed data ends early.');
  const out = new Uint8Array(total);
  let p = 0;
  for (const part of parts) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}

/** Reads and fully validates a trace file; throws TraceFileError with a message for the user otherwise. */
export function importTrace(file: Uint8Array): LoadedTrace {
  if (file.length > LIMITS.fileBytes) {
    throw new TraceFileError(TraceFileProblem.TOO_LARGE, `The trace file is too large (${mb(file.length)}; the limit is ${mb(LIMITS.fileBytes)}).`);
  }
  if (file.length < 2 || file[0] !== 0x1f || file[1] !== 0x8b) {
    throw new TraceFileError(TraceFileProblem.NOT_A_TRACE, 'This is not a Heapscope trace: the file is not gzip-compressed.');
  }
  const data = gunzipLimited(file);
  const magic = strToU8(MAGIC);
  if (data.length < magic.length || !magic.every((b, i) => data[i] === b)) {
    throw new TraceFileError(TraceFileProblem.NOT_A_TRACE, 'This is not a Heapscope trace: the Heapscope signature is missing.');
  }
  if (data.length < magic.length + 8) throw new TraceFileError(TraceFileProblem.TRUNCATED, 'The trace file is truncated: its header is incomplete.');
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const version = dv.getUint32(magic.length, true);
  if (version > FORMAT_VERSION) {
    throw new TraceFileError(
      TraceFileProblem.NEWER_VERSION,
      `This trace was written by a newer Heapscope (format version ${version}); this version reads format version ${FORMAT_VERSION}. Please update Heapscope.`,
    );
  }
  if (version < 1) throw new TraceFileError(TraceFileProblem.CORRUPT, `The trace file is corrupt: format version ${version} does not exist.`);
  const headerLength = dv.getUint32(magic.length + 4, true);
  if (headerLength > LIMITS.headerBytes) {
    throw new TraceFileError(TraceFileProblem.TOO_LARGE, `The trace file's header is too large (${mb(headerLength)}).`);
  }
  const bodyStart = magic.length + 8 + headerLength;
  if (bodyStart > data.length) throw new TraceFileError(TraceFileProblem.TRUNCATED, 'The trace file is truncated: its header is incomplete.');
  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(data.subarray(magic.length + 8, bodyStart)));
  } catch {
    throw new TraceFileError(TraceFileProblem.CORRUPT, 'The trace file is corrupt: its header is not readable.');
  }
  const header = parseHeader(raw);
  const bodyLength = data.length - bodyStart;
  if (bodyLength < header.words * 4) throw new TraceFileError(TraceFileProblem.TRUNCATED, 'The trace file is truncated: events are missing.');
  if (bodyLength > header.words * 4) throw new TraceFileError(TraceFileProblem.CORRUPT, 'The trace file is corrupt: there is data after the last event.');
  const body = data.subarray(bodyStart);
  if (fnv1a(body) !== header.checksum) throw new TraceFileError(TraceFileProblem.CORRUPT, 'The trace file is corrupt: the event data fails its checksum.');
  const words = unshuffle(body, 0, header.words);
  let recorder: Recorder;
  try {
    recorder = buildRecorder(header, words);
  } catch (err) {
    if (err instanceof TraceError || err instanceof TraceFileError) {
      throw new TraceFileError(TraceFileProblem.INVALID, `The trace file is invalid: ${err.message}.`);
    }
    throw err;
  }
  const t = recorder.totals();
  const h = header.totals;
  if (
    t.events !== h.events ||
    t.steps !== h.steps ||
    t.peakObjects !== h.peakObjects ||
    t.peakArenas !== h.peakArenas ||
    t.collections.some((c, g) => c !== h.collections[g])
  ) {
    throw new TraceFileError(TraceFileProblem.INVALID, 'The trace file is invalid: its summary does not match its events.');
  }
  if (header.focus !== null && header.focus.moment > header.events) {
    throw new TraceFileError(TraceFileProblem.INVALID, `The trace file is invalid: its focus (moment ${header.focus.moment}) is beyond its ${header.events} events.`);
  }
  return { recorder, header };
}

/** Decodes the words into a new Recorder, checking each event's shape; replays (validates) as it goes. */
function buildRecorder(header: TraceHeader, words: Int32Array): Recorder {
  const g = ALLOCATOR_GEOMETRY[header.profile];
  const base = header.window === null ? undefined : deserializeState(header.window.base, header.strings.length, { poolSize: g.POOL_SIZE, poolOverhead: g.POOL_OVERHEAD });
  // The keyframe interval is a cache setting: the file's value is informational, the importer uses its own.
  const rec = new Recorder(header.profile, DEFAULT_KEYFRAME_INTERVAL, base);
  if (header.window !== null) {
    rec.origin = header.window.origin;
    rec.priorStdout = header.window.priorStdout;
    rec.priorStderr = header.window.priorStderr;
  }
  header.strings.forEach((s, i) => {
    if (rec.intern(s) !== i) throw new TraceFileError(TraceFileProblem.INVALID, `string ${i} is a duplicate`);
  });
  let p = 0;
  let e = 0;
  const n = words.length;
  while (p < n) {
    const h = words[p]!;
    const kind = h & 0xff;
    const sub = (h >>> 8) & 0xff;
    if (kind >= EVENT_KIND_COUNT || h >>> 16 !== 0) throw new TraceFileError(TraceFileProblem.INVALID, `event ${e} has an unknown kind`);
    if (sub >= SUB_LIMIT[kind]!) throw new TraceFileError(TraceFileProblem.INVALID, `event ${e} has an unknown sub-code ${sub}`);
    const k = OPERAND_COUNT[kind]!;
    if (p + 1 + k > n) throw new TraceFileError(TraceFileProblem.INVALID, `event ${e} is cut short`);
    rec.appendRaw(kind, sub, words[p + 1]!, words[p + 2]!, words[p + 3]!, words[p + 4]!, words[p + 5]!, words[p + 6]!);
    p += 1 + k;
    e++;
  }
  if (e !== header.events) throw new TraceFileError(TraceFileProblem.INVALID, `the header announces ${header.events} events but there are ${e}`);
  rec.finish();
  return rec;
}
