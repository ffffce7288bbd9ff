// Runs one corpus program on a runProgram and turns the outcome into a report and, when the suite must
// fail, the message that says why. Shared by the conformance suite and its own tests (with fake simulators).

import type { ProfileName, RunOptions } from '../core/api';
import type { RunProgram } from '../cli/simulator';
import { knownMismatchesName, type CorpusProgram } from './corpus';
import { Verdict, autoReason, describeMismatch, findEntry, judge, outputsMatch, type KnownMismatches, type Outcome, type ProgramReport } from './verdict';

/** The options every corpus program runs with: the recordings are CPython running main.py. */
export function corpusRunOptions(profile: ProfileName): RunOptions {
  return { profile, filename: 'main.py' };
}

export interface Evaluation {
  readonly report: ProgramReport;
  /** Why the suite fails on this program (an unexpected mismatch or match), or null. */
  readonly failure: string | null;
  /** The first differing lines, for an unexpected mismatch. */
  readonly diff: readonly string[];
  /** A one-line factual reason when the program mismatches (known or not), else null. */
  readonly reason: string | null;
}

export function runOnce(runProgram: RunProgram, source: string, profile: ProfileName): Outcome {
  try {
    return { kind: 'result', result: runProgram(source, corpusRunOptions(profile)) };
  } catch (e) {
    return { kind: 'crash', error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

export function evaluate(p: CorpusProgram, runProgram: RunProgram, known: KnownMismatches, profile: ProfileName = '3.11'): Evaluation {
  const outcome = runOnce(runProgram, p.source, profile);
  const entry = findEntry(known, p.path);
  const verdict = judge(outputsMatch(p.expected, outcome), entry !== null);
  const refused = outcome.kind === 'result' && outcome.result.stopReason === 'unsupported';
  const report: ProgramReport = { path: p.path, area: p.area, verdict, refused };
  const reason = verdict === Verdict.KNOWN_MISMATCH || verdict === Verdict.UNEXPECTED_MISMATCH ? autoReason(p.expected, outcome) : null;
  switch (verdict) {
    case Verdict.MATCH:
    case Verdict.KNOWN_MISMATCH:
      return { report, failure: null, diff: [], reason };
    case Verdict.UNEXPECTED_MISMATCH: {
      const diff = describeMismatch(p.expected, outcome);
      return { report, failure: `${p.path} does not match CPython ${profile} and is not in ${knownMismatchesName(profile)}`, diff, reason };
    }
    case Verdict.UNEXPECTED_MATCH: {
      const how =
        entry!.key === p.path
          ? `remove "${p.path}" from ${knownMismatchesName(profile)}`
          : `it is covered by the entry "${entry!.key}": list that entry's still-failing programs one by one instead`;
      return { report, failure: `${p.path} now matches CPython ${profile} but is listed as a known mismatch (${entry!.reason}): ${how}`, diff: [], reason };
    }
    default: {
      const never: never = verdict;
      throw new Error(`unknown verdict ${String(never)}`);
    }
  }
}
