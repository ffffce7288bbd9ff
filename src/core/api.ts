// The one entry point other layers use to run a program on the simulated CPython.
// Implemented by src/core/run.ts; the CLI, the conformance suite and the simulation service call it.

import type { TraceSink } from './trace/sink';

/** Python profiles the simulator models; every version-specific fact hangs off one of these. */
export type ProfileName = '3.11' | '3.8' | '3.9' | '3.10' | '3.12' | '3.13';

export interface RunOptions {
  /** Which CPython to simulate. Default '3.11'. */
  readonly profile?: ProfileName;
  /** The file name shown in tracebacks and SyntaxErrors. Default 'main.py'. */
  readonly filename?: string;
  /** Stop after this many bytecode instructions. Default 10,000,000. */
  readonly stepBudget?: number;
  /**
   * Records the run: every memory event goes to this sink (src/core/trace/sink.ts), e.g. a src/recorder Recorder.
   * Absent = not recorded (the hooks then cost one compare each).
   */
  readonly sink?: TraceSink;
}

/** Why a run ended. */
export const StopReason = {
  /** The program ran to its end (exit code 0). */
  FINISHED: 'finished',
  /** An uncaught exception; CPython's traceback is in stderr (exit code 1). */
  EXCEPTION: 'exception',
  /** The source did not compile; CPython's SyntaxError report is in stderr (exit code 1). */
  SYNTAX_ERROR: 'syntax-error',
  /** The program uses something the simulator does not model; stderr says what and where (exit code 2). */
  UNSUPPORTED: 'unsupported',
  /** The instruction budget ran out; output so far is kept (exit code 3). */
  STEP_BUDGET: 'step-budget',
} as const;
export type StopReason = (typeof StopReason)[keyof typeof StopReason];

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  /** Bytecode instructions executed. */
  readonly steps: number;
  readonly stopReason: StopReason;
}
