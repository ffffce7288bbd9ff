// The read-only source view's logic: the program's physical lines as Python's tokenizer counts them
// (Parser/tokenizer.c: '\n', '\r\n' or a lone '\r' ends a line, like countLines in src/shared/sim-service.ts),
// and where a click on a line seeks to — that line's next execution after the current moment, found in the
// overview's LINE moments (TraceOverview.lines).
//
// Cost: nextExecution scans the overview's lines once (≤ 100,000 entries, capped by the service): O(lines).

/** One LINE event of the run: the moment right after it and the line it started. */
export interface LineMoment {
  readonly at: number;
  readonly line: number;
}

/** The program's physical lines, without their terminators; the empty program has none. */
export function sourceLines(source: string): string[] {
  if (source.length === 0) return [];
  const lines = source.split(/\r\n|\r|\n/);
  // Text ends with a terminator: split leaves an empty last piece that is not a line.
  if (source.endsWith('\n') || source.endsWith('\r')) lines.pop();
  return lines;
}

/**
 * The moment of line `line`'s next execution after `moment`; when the line does not run again, its first
 * execution (the click still lands somewhere useful); null when it never ran.
 */
export function nextExecution(lines: readonly LineMoment[], line: number, moment: number): number | null {
  let first: number | null = null;
  for (const entry of lines) {
    if (entry.line !== line) continue;
    if (entry.at > moment) return entry.at;
    first ??= entry.at;
  }
  return first;
}

/** The lines that ran at least once (for a gutter mark), from the same LINE moments. */
export function executedLines(lines: readonly LineMoment[]): Set<number> {
  const out = new Set<number>();
  for (const entry of lines) out.add(entry.line);
  return out;
}
