// Models `python3.11 main.py` end to end (Modules/main.c): compile the source (a SyntaxError is reported as
// Python/pythonrun.c print_exception prints it), run it on the simulated runtime, and report stdout, stderr,
// the exit code and why the run stopped. Implements the contract of src/core/api.ts.

import type { RunOptions, RunResult } from './api';
import { StopReason } from './api';
import { compileSource, type CompileWarning } from './compiler/index';
import { PySyntaxError, Unsupported } from './python/errors';
import { PROFILES } from './profiles/profile';
import { runModule } from './vm/runner';
import type { CodeObject } from './bytecode/code';
import { VmTracer } from './trace/vm-tracer';

/** print_exception_file_and_line + print_error_text of Python/pythonrun.c (3.11). */
export function formatSyntaxError(e: PySyntaxError, source: string): string {
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  let text = e.text;
  if (text === null) text = source.split(/\r\n|\r|\n/)[e.lineno - 1] ?? null;
  if (text !== null) {
    // An IndentationError (and its TabError) is shown with a single caret whatever its end_offset: CPython
    // 3.11 underlines a range only for a plain SyntaxError (checked against sys.excepthook).
    const ranged = e.type === 'SyntaxError';
    const reps = ranged && e.endOffset > 0 && e.endOffset > e.offset ? e.endOffset - e.offset : 1;
    let offset = e.offset - 1;
    let t = text;
    while (t[0] === ' ' || t[0] === '\t' || t[0] === '\f') {
      t = t.slice(1);
      offset--;
    }
    let len = t.length;
    if (len > 0 && t[len - 1] === '\n') len--;
    if (offset > len) offset = len;
    for (;;) {
      const nl = t.indexOf('\n');
      if (nl < 0 || nl >= offset) break;
      t = t.slice(nl + 1);
      len -= nl + 1;
      offset -= nl + 1;
    }
    out += `    ${t}`;
    if (t[len] !== '\n') out += '\n';
    if (offset >= 0) out += `    ${' '.repeat(offset)}${'^'.repeat(reps)}\n`;
  }
  out += `${e.type}: ${e.msg}\n`;
  return out;
}

export function runProgram(source: string, options: RunOptions = {}): RunResult {
  const profileName = options.profile ?? '3.11';
  const profile = PROFILES[profileName];
  if (profile === undefined) throw new Error(`Heapscope has no '${profileName}' profile yet`);
  const filename = options.filename ?? 'main.py';
  const budget = options.stepBudget ?? 10_000_000;
  let co: CodeObject;
  const warnings: CompileWarning[] = [];
  try {
    co = compileSource(source, filename, warnings);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      return { stdout: '', stderr: formatSyntaxError(e, source), exitCode: 1, steps: 0, stopReason: StopReason.SYNTAX_ERROR };
    }
    if (e instanceof Unsupported) {
      return { stdout: '', stderr: `${e.message}\n`, exitCode: 2, steps: 0, stopReason: StopReason.UNSUPPORTED };
    }
    throw e;
  }
  const r = runCode(co, source, options);
  if (warnings.length === 0) return r;
  return { ...r, stderr: formatCompileWarnings(warnings, source) + r.stderr };
}

/**
 * The compiler's SyntaxWarnings as Lib/warnings.py _formatwarnmsg_impl writes them to stderr (the warnings
 * module is already imported when `python3.11 main.py` compiles __main__): `FILE:LINE: SyntaxWarning: MSG`,
 * then the source line from linecache, stripped, indented by two spaces. compiler_warn passes no registry,
 * so nothing is deduplicated: a line compiled twice warns twice.
 */
export function formatCompileWarnings(warnings: readonly CompileWarning[], source: string): string {
  const lines = source.split(/\r\n|\r|\n/);
  let out = '';
  for (const w of warnings) {
    out += `${w.filename}:${w.lineno}: ${w.category}: ${w.message}\n`;
    // linecache's line keeps its newline, so only a missing line (or an empty last one) prints nothing.
    const line = lines[w.lineno - 1];
    const hasLine = line !== undefined && (w.lineno < lines.length || line !== '');
    if (hasLine) out += `  ${line.trim()}\n`;
  }
  return out;
}

/** Runs an already compiled module (used by tests that take CPython's own code objects). */
export function runCode(co: CodeObject, source: string, options: RunOptions = {}): RunResult {
  const profileName = options.profile ?? '3.11';
  const profile = PROFILES[profileName];
  if (profile === undefined) throw new Error(`Heapscope has no '${profileName}' profile yet`);
  const tracer = options.sink === undefined ? null : new VmTracer(options.sink);
  tracer?.install();
  let r: ReturnType<typeof runModule>;
  try {
    r = runModule(co, source, profile, options.filename ?? 'main.py', options.stepBudget ?? 10_000_000);
    tracer?.finish();
  } finally {
    tracer?.uninstall();
  }
  const stopReason =
    r.stop === 'finished' ? StopReason.FINISHED
    : r.stop === 'exception' ? StopReason.EXCEPTION
    : r.stop === 'unsupported' ? StopReason.UNSUPPORTED
    : StopReason.STEP_BUDGET;
  let stderr = r.stderr;
  if (r.stop === 'step-budget') stderr += `Heapscope stopped the program after ${r.steps} instructions (the step budget).\n`;
  return { stdout: r.stdout, stderr, exitCode: r.exitCode, steps: r.steps, stopReason };
}
