// The one-screen summary `heapscope trace` and `heapscope info` print (DESIGN.md §3): steps, events, collections
// per generation, peak live objects, peak arenas and the file size. Pure text from a run's totals.

import type { ProfileName } from '../core/api';
import { importTrace, TraceFileError } from './file';
import type { RunTotals } from './recorder';

export interface SummaryInput {
  readonly profile: ProfileName;
  readonly filename: string;
  readonly totals: RunTotals;
  /** The .heapscope file's size in bytes, if there is a file. */
  readonly fileBytes?: number;
  /** For a window export: the run's moment at which the window starts. */
  readonly origin?: number;
}

function group(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function formatSummary(s: SummaryInput): string {
  const t = s.totals;
  const lines = [
    `${s.filename} on Python ${s.profile}`,
    `  steps (bytecode instructions): ${group(t.steps)}`,
    `  events recorded:               ${group(t.events)}`,
    `  collections (gen 0 / 1 / 2):   ${t.collections.map(group).join(' / ')}`,
    `  peak live objects:             ${group(t.peakObjects)}`,
    `  peak arenas:                   ${group(t.peakArenas)}`,
  ];
  if (s.origin !== undefined && s.origin > 0) lines.push(`  window starting at moment:     ${group(s.origin)}`);
  if (s.fileBytes !== undefined) {
    const perEvent = t.events === 0 ? 0 : s.fileBytes / t.events;
    lines.push(`  file size:                     ${group(s.fileBytes)} bytes (${perEvent.toFixed(1)} bytes/event)`);
  }
  return lines.join('\n') + '\n';
}

/**
 * What `heapscope info FILE` prints: the validated file's summary, or the one clear line of why it is not a valid
 * trace (the CLI then exits 2). Throws only on a bug, never on a bad file.
 */
export function traceFileInfo(bytes: Uint8Array): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string } {
  try {
    const { recorder, header } = importTrace(bytes);
    const text = formatSummary({
      profile: header.profile,
      filename: header.filename,
      totals: recorder.totals(),
      fileBytes: bytes.length,
      ...(header.window === null ? {} : { origin: header.window.origin }),
    });
    const focus = header.focus === null ? '' : `  focus:                         moment ${header.focus.moment}${header.focus.object === null ? '' : `, object #${header.focus.object}`}\n`;
    return { ok: true, text: text + focus };
  } catch (err) {
    if (err instanceof TraceFileError) return { ok: false, message: err.message };
    throw err;
  }
}
