// Judges one simulated run against CPython's recorded output, and keeps the known-mismatch list honest.
// Pure (no node imports) so that the rules themselves are unit-tested: a harness that cannot fail proves nothing.
//
// Invariants:
// 1. A program matches only when stdout, stderr and the exit code are all byte-for-byte equal, after one
//    normalisation: the wall-clock time of gc.DEBUG_STATS's "gc: done, … elapsed" lines (normaliseElapsed).
// 2. A program covered by a known-mismatch entry must mismatch; one that now matches is an error (the list
//    shrinks as the simulator grows), and so is an entry that covers no program at all.

import type { RunResult } from '../core/api';
import type { ExpectedOutput } from './corpus';

/** What happened to one program. */
export const Verdict = {
  /** Output equal to CPython's, and not listed. */
  MATCH: 'match',
  /** Differs, and listed in known-mismatches.json with a reason. */
  KNOWN_MISMATCH: 'known-mismatch',
  /** Differs and not listed: a regression or a new gap. Fails the suite. */
  UNEXPECTED_MISMATCH: 'unexpected-mismatch',
  /** Listed as a mismatch but now equal: the entry must go. Fails the suite. */
  UNEXPECTED_MATCH: 'unexpected-match',
} as const;
export type Verdict = (typeof Verdict)[keyof typeof Verdict];

/** The simulator's side of one program: its result, or what it threw (a crash is a mismatch too). */
export type Outcome = { readonly kind: 'result'; readonly result: RunResult } | { readonly kind: 'crash'; readonly error: string };

export interface KnownMismatches {
  /** Key: an exact program path ("values/sorting.py"), an area prefix ending in "/" ("gc/"), or a glob with "*" (not crossing "/"). Value: why. */
  readonly entries: Readonly<Record<string, string>>;
}

/** Parses known-mismatches.json: `{ "mismatches": { key: reason } }`, every reason a non-empty string. */
export function parseKnownMismatches(text: string): KnownMismatches {
  const raw: unknown = JSON.parse(text);
  const m = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)['mismatches'] : undefined;
  if (m === null || typeof m !== 'object' || Array.isArray(m)) {
    throw new Error('known-mismatches.json: expected an object { "mismatches": { "<path or prefix/ or glob>": "<reason>" } }');
  }
  const entries: Record<string, string> = {};
  for (const [k, v] of Object.entries(m as Record<string, unknown>)) {
    if (typeof v !== 'string' || v.trim() === '') throw new Error(`known-mismatches.json: "${k}" needs a reason (a non-empty string)`);
    entries[k] = v;
  }
  return { entries };
}

/** Does a known-mismatch key cover this program path? */
export function keyCovers(key: string, path: string): boolean {
  if (key.endsWith('/')) return path.startsWith(key);
  if (key.includes('*')) {
    const re = new RegExp('^' + key.split('*').map(escapeRegExp).join('[^/]*') + '$');
    return re.test(path);
  }
  return key === path;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** The entry that covers a program (an exact path wins over a glob, a glob over a prefix), or null. */
export function findEntry(known: KnownMismatches, path: string): { readonly key: string; readonly reason: string } | null {
  const keys = Object.keys(known.entries).filter((k) => keyCovers(k, path));
  if (keys.length === 0) return null;
  const rank = (k: string): number => (k.endsWith('/') ? 2 : k.includes('*') ? 1 : 0);
  keys.sort((a, b) => rank(a) - rank(b) || b.length - a.length);
  const key = keys[0]!;
  return { key, reason: known.entries[key]! };
}

/** Keys that cover none of the given programs: stale entries (a renamed or deleted program). */
export function staleKeys(known: KnownMismatches, paths: readonly string[]): string[] {
  return Object.keys(known.entries).filter((k) => !paths.some((p) => keyCovers(k, p)));
}

/** gc.DEBUG_STATS's last line per collection (Modules/gcmodule.c 3.11 gc_collect_main, "%.4fs elapsed"). */
const DEBUG_STATS_DONE = /^(gc: done, \d+ unreachable, \d+ uncollectable, )\d+\.\d{4}(s elapsed)$/gm;

/**
 * The one normalisation of invariant 1: the elapsed seconds of gc.DEBUG_STATS's "done" lines become 0.0000,
 * on both sides. CPython prints its wall-clock time there (different on every run, so the recordings keep
 * whatever it was); the deterministic simulation prints 0.0000s. Nothing else of any line is touched.
 */
export function normaliseElapsed(stderr: string): string {
  return stderr.replace(DEBUG_STATS_DONE, '$10.0000$2');
}

/** Whether the outcome equals the recording (invariant 1). */
export function outputsMatch(expected: ExpectedOutput, outcome: Outcome): boolean {
  if (outcome.kind === 'crash') return false;
  const r = outcome.result;
  return r.stdout === expected.stdout && normaliseElapsed(r.stderr) === normaliseElapsed(expected.stderr) && r.exitCode === expected.exitCode;
}

export function judge(matches: boolean, listed: boolean): Verdict {
  if (matches) return listed ? Verdict.UNEXPECTED_MATCH : Verdict.MATCH;
  return listed ? Verdict.KNOWN_MISMATCH : Verdict.UNEXPECTED_MISMATCH;
}

/** Line diff from the first differing line: up to `max` expected (-) and actual (+) lines. */
export function firstLinesDiff(label: string, expected: string, actual: string, max = 6): string[] {
  if (expected === actual) return [];
  const e = expected.split('\n');
  const a = actual.split('\n');
  let i = 0;
  while (i < e.length && i < a.length && e[i] === a[i]) i++;
  const out = [`${label} differs from line ${i + 1}:`];
  for (const line of e.slice(i, i + max)) out.push(`  - ${JSON.stringify(line)}`);
  if (e.length > i + max) out.push(`  - … ${e.length - i - max} more expected line(s)`);
  for (const line of a.slice(i, i + max)) out.push(`  + ${JSON.stringify(line)}`);
  if (a.length > i + max) out.push(`  + … ${a.length - i - max} more actual line(s)`);
  return out;
}

/** Everything that differs between the recording and the outcome, ready to print. */
export function describeMismatch(expected: ExpectedOutput, outcome: Outcome, max = 6): string[] {
  if (outcome.kind === 'crash') return [`runProgram threw: ${outcome.error}`];
  const r = outcome.result;
  const out: string[] = [];
  if (r.exitCode !== expected.exitCode) out.push(`exit code: expected ${expected.exitCode}, got ${r.exitCode} (${r.stopReason})`);
  out.push(...firstLinesDiff('stdout', expected.stdout, r.stdout, max));
  out.push(...firstLinesDiff('stderr', normaliseElapsed(expected.stderr), normaliseElapsed(r.stderr), max));
  return out;
}

export interface ProgramReport {
  readonly path: string;
  readonly area: string;
  readonly verdict: Verdict;
  /** The simulator refused the program (StopReason 'unsupported'). */
  readonly refused: boolean;
}

function line(label: string, reports: readonly ProgramReport[]): string {
  const n = reports.length;
  const ok = reports.filter((r) => r.verdict === Verdict.MATCH || r.verdict === Verdict.UNEXPECTED_MATCH).length;
  const pct = n === 0 ? '0.0' : ((100 * ok) / n).toFixed(1);
  const refused = reports.filter((r) => r.refused).length;
  const unexpected = reports.filter((r) => r.verdict === Verdict.UNEXPECTED_MISMATCH || r.verdict === Verdict.UNEXPECTED_MATCH).length;
  let s = `conformance: ${label}${ok}/${n} match (${pct}%)`;
  if (refused > 0) s += `, ${refused} refused as unsupported`;
  if (unexpected > 0) s += `, ${unexpected} unexpected`;
  return s;
}

/** One line per area (in first-seen order) and one for the total, e.g. "conformance: 131/140 match (93.6%)". */
export function summaryLines(reports: readonly ProgramReport[]): string[] {
  const areas: string[] = [];
  for (const r of reports) if (!areas.includes(r.area)) areas.push(r.area);
  const out = areas.map((a) => line(`${a} `, reports.filter((r) => r.area === a)));
  out.push(line('', reports));
  return out;
}

/** A one-line, factual reason for a mismatch, used when a new gap is added to the list by the update mode. */
export function autoReason(expected: ExpectedOutput, outcome: Outcome): string {
  if (outcome.kind === 'crash') return `runProgram throws: ${outcome.error.split('\n')[0]}`;
  const r = outcome.result;
  if (r.stopReason === 'unsupported') {
    const msg = r.stderr.trimEnd().split('\n').at(-1) ?? '';
    return `refused: ${msg.replace(/ \(line \d+\)$/, '')}`;
  }
  const lastLine = r.stderr.trimEnd().split('\n').at(-1) ?? '';
  if (r.stopReason === 'exception' && expected.exitCode === 0) return `raises ${lastLine} where CPython runs to the end`;
  if (r.stopReason === 'step-budget') return `runs out of steps after ${r.steps} instructions`;
  const clip = (s: string | undefined): string => JSON.stringify((s ?? '<end>').length > 70 ? s!.slice(0, 67) + '...' : (s ?? '<end>'));
  for (const [label, e, a] of [
    ['stdout', expected.stdout, r.stdout],
    ['stderr', normaliseElapsed(expected.stderr), normaliseElapsed(r.stderr)],
  ] as const) {
    if (e === a) continue;
    const el = e.split('\n');
    const al = a.split('\n');
    let i = 0;
    while (i < el.length && i < al.length && el[i] === al[i]) i++;
    return `wrong ${label} from line ${i + 1}: CPython ${clip(el[i])}, Heapscope ${clip(al[i])}`;
  }
  return `exit code ${r.exitCode} instead of ${expected.exitCode} (${r.stopReason})`;
}

export interface EvaluatedProgram {
  readonly path: string;
  readonly verdict: Verdict;
  /** autoReason of the outcome when it mismatched, else null. */
  readonly reason: string | null;
}

/**
 * The known-mismatch list brought up to date with one complete run (the update mode of the suite):
 * entries that cover no program or a program that now matches go; a prefix or glob entry that covers a
 * program that now matches is replaced by exact entries for its still-failing programs (same reason);
 * new mismatches are added with their autoReason. Exact entries keep their hand-written reasons.
 */
export function updatedKnownMismatches(known: KnownMismatches, run: readonly EvaluatedProgram[]): KnownMismatches {
  const paths = run.map((p) => p.path);
  const entries: Record<string, string> = {};
  const stale = new Set(staleKeys(known, paths));
  const broken = new Set<string>();
  for (const p of run) {
    const e = findEntry(known, p.path);
    if (e !== null && p.verdict === Verdict.UNEXPECTED_MATCH && e.key !== p.path) broken.add(e.key);
  }
  for (const [key, reason] of Object.entries(known.entries)) {
    if (stale.has(key) || broken.has(key)) continue;
    const covered = run.filter((p) => keyCovers(key, p.path) && findEntry(known, p.path)?.key === key);
    if (covered.length > 0 && covered.every((p) => p.verdict === Verdict.UNEXPECTED_MATCH)) continue;
    entries[key] = reason;
  }
  for (const p of run) {
    const e = findEntry(known, p.path);
    if (p.verdict === Verdict.KNOWN_MISMATCH && e !== null && broken.has(e.key)) entries[p.path] = e.reason;
    if (p.verdict === Verdict.UNEXPECTED_MISMATCH) entries[p.path] = p.reason ?? 'mismatch';
  }
  const sorted: Record<string, string> = {};
  for (const k of Object.keys(entries).sort()) sorted[k] = entries[k]!;
  return { entries: sorted };
}

/** The most common mismatch reasons of a run, most frequent first (ties by text): where the gaps are. */
export function topReasons(run: readonly EvaluatedProgram[], n = 5): string[] {
  const counts = new Map<string, number>();
  for (const p of run) if (p.reason !== null) counts.set(p.reason, (counts.get(p.reason) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, n)
    .map(([reason, count]) => `${String(count).padStart(4)} × ${reason}`);
}
