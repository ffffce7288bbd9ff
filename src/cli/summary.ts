// The one-screen summary of a trace that `heapscope info` prints (and `heapscope trace` will print once the
// simulator can record a run): steps, events, collections per generation, peaks, file size (DESIGN.md §3).

import type { TraceHeaderSummary } from './simulator';

/** 1234567 → "1,234,567": the summary is read by people. */
export function thousands(n: number): string {
  return Math.trunc(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A byte count in B, KB or MB (powers of 1024, one decimal). */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function formatTraceSummary(path: string, h: TraceHeaderSummary, bytes: number): string {
  const t = h.totals;
  const rows: [string, string][] = [
    ['program', `${h.filename} (${h.source.split('\n').length - (h.source.endsWith('\n') ? 1 : 0)} lines)`],
    ['python', h.profile],
    ['steps', thousands(t.steps)],
    ['events', `${thousands(t.events)} (a keyframe every ${thousands(h.keyframeInterval)})`],
    ['collections', `gen0 ${thousands(t.collections[0])}, gen1 ${thousands(t.collections[1])}, gen2 ${thousands(t.collections[2])}`],
    ['peak objects', thousands(t.peakObjects)],
    ['peak arenas', thousands(t.peakArenas)],
    ['file size', `${fileSize(bytes)} (format version ${h.version})`],
  ];
  if (h.window !== null) rows.push(['window', `starts at moment ${thousands(h.window.origin)} of the recorded run`]);
  if (h.focus !== null) {
    rows.push(['focus', `moment ${thousands(h.focus.moment)}${h.focus.object !== null ? `, object #${h.focus.object}` : ''}`]);
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  return `${path}\n` + rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}\n`).join('');
}
