// Finds the simulator's entry points (runProgram in src/core/run.ts, the compiler and formatDis, the trace
// file reader in src/recorder/file.ts) for the node-side tools: the `heapscope` command and the conformance suite. They are loaded lazily, so that a
// part that is not built yet yields one clear sentence instead of a module-resolution stack trace.

import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ProfileName, RunOptions, RunResult } from '../core/api';
import type { CodeObject } from '../core/bytecode/code';

export type RunProgram = (source: string, options?: RunOptions) => RunResult;

/** Either the loaded thing or the one sentence that says why it is not there. */
export type Loaded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const SRC = new URL('../', import.meta.url);

/** Where a module lives, as a repository-relative path for messages (`rel` is relative to src/core/ or, with "../", to src/). */
function describe(rel: string): string {
  return rel.startsWith('../') ? 'src/' + rel.slice(3) : 'src/core/' + rel;
}

/** Loads a module of the simulator by path (relative to src/core/, or to src/ with a leading "../"). Exported for tests. */
export async function loadModule(rel: string, what: string): Promise<Loaded<Record<string, unknown>>> {
  const file = fileURLToPath(new URL(rel.startsWith('../') ? rel.slice(3) : 'core/' + rel, SRC));
  if (!existsSync(file)) {
    return { ok: false, reason: `${describe(rel)} does not exist yet: ${what} is not built` };
  }
  try {
    // A computed specifier: the file may not exist when this module is type-checked or bundled.
    const mod = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, unknown>;
    return { ok: true, value: mod };
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { ok: false, reason: `${describe(rel)} failed to load: ${msg}` };
  }
}

/** runProgram from src/core/run.ts (the contract is src/core/api.ts). */
export async function loadRunProgram(): Promise<Loaded<RunProgram>> {
  const mod = await loadModule('run.ts', 'the simulated CPython (runProgram)');
  if (!mod.ok) return mod;
  const fn = mod.value['runProgram'];
  if (typeof fn !== 'function') {
    return { ok: false, reason: `${describe('run.ts')} does not export a function runProgram (src/core/api.ts)` };
  }
  return { ok: true, value: fn as RunProgram };
}

export interface Disassembler {
  readonly compileSource: (source: string, filename: string) => CodeObject;
  readonly formatDis: (co: CodeObject) => string;
}

/** compileSource from src/core/compiler/index.ts and formatDis from src/core/compiler/dis.ts. */
export async function loadDisassembler(): Promise<Loaded<Disassembler>> {
  const compiler = await loadModule('compiler/index.ts', 'the compiler');
  if (!compiler.ok) return compiler;
  const dis = await loadModule('compiler/dis.ts', 'the disassembler (formatDis)');
  if (!dis.ok) return dis;
  const compileSource = compiler.value['compileSource'];
  const formatDis = dis.value['formatDis'];
  if (typeof compileSource !== 'function') {
    return { ok: false, reason: `${describe('compiler/index.ts')} does not export compileSource` };
  }
  if (typeof formatDis !== 'function') {
    return { ok: false, reason: `${describe('compiler/dis.ts')} does not export formatDis` };
  }
  return { ok: true, value: { compileSource, formatDis } as Disassembler };
}

/** The profiles the simulator models today (src/core/profiles/profile.ts), in a stable order. */
export async function loadProfileNames(): Promise<Loaded<readonly ProfileName[]>> {
  const mod = await loadModule('profiles/profile.ts', 'the version profiles');
  if (!mod.ok) return mod;
  const profiles = mod.value['PROFILES'];
  if (profiles === null || typeof profiles !== 'object') {
    return { ok: false, reason: `${describe('profiles/profile.ts')} does not export PROFILES` };
  }
  const names = Object.keys(profiles).filter((k) => (profiles as Record<string, unknown>)[k] !== undefined);
  return { ok: true, value: names.sort() as ProfileName[] };
}

/** What `heapscope info` needs from src/recorder/file.ts. */
export interface TraceReader {
  /** Reads and fully validates a trace; throws an Error named TraceFileError with a message for the user. */
  readonly importTrace: (file: Uint8Array) => { readonly header: TraceHeaderSummary };
}

/** The fields of a trace file's header that the summary prints (src/recorder/file.ts TraceHeader). */
export interface TraceHeaderSummary {
  readonly version: number;
  readonly profile: string;
  readonly filename: string;
  readonly source: string;
  readonly events: number;
  readonly keyframeInterval: number;
  readonly focus: { readonly moment: number; readonly object: number | null } | null;
  readonly window: { readonly origin: number } | null;
  readonly totals: {
    readonly events: number;
    readonly steps: number;
    readonly collections: readonly [number, number, number];
    readonly peakObjects: number;
    readonly peakArenas: number;
  };
}

export async function loadTraceReader(): Promise<Loaded<TraceReader>> {
  const mod = await loadModule('../recorder/file.ts', 'the trace file format (the recorder)');
  if (!mod.ok) return mod;
  const importTrace = mod.value['importTrace'];
  if (typeof importTrace !== 'function') return { ok: false, reason: 'src/recorder/file.ts does not export importTrace' };
  return { ok: true, value: { importTrace } as TraceReader };
}

/** What `heapscope trace` needs from the recorder: a sink to record into and the file writer. */
export interface TraceWriter {
  readonly newRecorder: (profile: ProfileName) => TraceRecording;
  readonly exportTrace: (rec: TraceRecording, opts: { readonly source: string; readonly filename: string }) => Uint8Array;
}
export interface TraceRecording {
  finish(): unknown;
}

export async function loadTraceWriter(): Promise<Loaded<TraceWriter>> {
  const rec = await loadModule('../recorder/recorder.ts', 'the recorder');
  if (!rec.ok) return rec;
  const file = await loadModule('../recorder/file.ts', 'the trace file format (the recorder)');
  if (!file.ok) return file;
  const Recorder = rec.value['Recorder'] as (new (profile: ProfileName) => TraceRecording) | undefined;
  const exportTrace = file.value['exportTrace'];
  if (typeof Recorder !== 'function') return { ok: false, reason: 'src/recorder/recorder.ts does not export Recorder' };
  if (typeof exportTrace !== 'function') return { ok: false, reason: 'src/recorder/file.ts does not export exportTrace' };
  return { ok: true, value: { newRecorder: (profile) => new Recorder(profile), exportTrace: exportTrace as TraceWriter['exportTrace'] } };
}
