// Where CPython's error report points in the program: the line (and, when CPython underlines it,
// the columns) of a SyntaxError, or of the innermost frame of the program file in an uncaught
// exception's traceback. Read from the run's stderr, which is CPython's report verbatim, so the
// editor shows exactly what the interpreter would say. Costs one pass over stderr's lines.

export interface ErrorLocation {
  /** 1-based line in the program. */
  readonly line: number;
  /** 0-based columns [from, to) within that line, when CPython drew carets under it. */
  readonly from: number | null;
  readonly to: number | null;
  /** The report's last line, e.g. "NameError: name 'x' is not defined". */
  readonly message: string;
}

const FRAME = /^ {2}File "(.+)", line (\d+)/;
/** CPython prints the offending line stripped, indented by four spaces, then the caret line. */
const SHOWN_INDENT = 4;

/**
 * An uncaught ExceptionGroup (3.11+) is drawn in a box: the group's own traceback is on the lines
 * prefixed '  | ' right after the '  + Exception Group Traceback' header; the sub-exceptions follow,
 * deeper. The group's lines, unprefixed, read like an ordinary traceback.
 */
function groupTraceback(lines: readonly string[]): string[] {
  if (!/^ {2}\+ Exception Group Traceback/.test(lines[0] ?? '')) return [...lines];
  const body: string[] = [];
  for (const line of lines.slice(1)) {
    if (!line.startsWith('  | ')) break;
    body.push(line.slice(4));
  }
  return body;
}

export function errorLocation(stderr: string, source: string, filename = 'main.py'): ErrorLocation | null {
  const lines = groupTraceback(stderr.replace(/\n$/, '').split('\n'));
  const message = lines[lines.length - 1]?.trim() ?? '';
  if (!/^\w+(\.\w+)*(:|$)/.test(message)) return null;
  // The last frame in our file belongs to the exception finally reported (chained reports come first).
  let frameIndex = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const match = FRAME.exec(lines[i]!);
    if (match && match[1] === filename) {
      frameIndex = i;
      break;
    }
  }
  if (frameIndex < 0) return null;
  const line = Number(FRAME.exec(lines[frameIndex]!)![2]);
  const sourceLines = source.split(/\r\n|\r|\n/);
  const sourceLine = sourceLines[line - 1];
  if (sourceLine === undefined) return { line: Math.max(1, Math.min(line, sourceLines.length)), from: null, to: null, message };

  const shown = lines[frameIndex + 1];
  const carets = lines[frameIndex + 2];
  if (shown !== undefined && carets !== undefined && /^ *[~^]+ *$/.test(carets)) {
    const leading = sourceLine.length - sourceLine.trimStart().length;
    const start = carets.search(/[~^]/);
    const end = carets.trimEnd().length;
    const from = leading + start - SHOWN_INDENT;
    const to = Math.min(leading + end - SHOWN_INDENT, sourceLine.length);
    if (shown.trim() === sourceLine.trim() && from >= 0 && to > from) return { line, from, to, message };
  }
  return { line, from: null, to: null, message };
}
