// The conformance suite: every corpus program runs on the simulator (runProgram, profile 3.11, file name
// main.py) and its stdout, stderr and exit code must equal what CPython 3.11 printed. Programs listed in
// resources/conformance/known-mismatches.json must still differ (see verdict.ts for the rules).
// Run alone with: npx vitest run src/conformance/conformance.test.ts

import { readFileSync } from 'node:fs';
import { afterAll, describe, it } from 'vitest';
import { loadRunProgram } from '../cli/simulator';
import { KNOWN_MISMATCHES_FILE, loadCorpus } from './corpus';
import { evaluate } from './harness';
import { Verdict, parseKnownMismatches, staleKeys, summaryLines, type ProgramReport } from './verdict';

const programs = loadCorpus('3.11');
const known = parseKnownMismatches(readFileSync(KNOWN_MISMATCHES_FILE, 'utf8'));
const sim = await loadRunProgram();

if (!sim.ok) {
  describe('conformance', () => {
    it('runs the corpus on the simulator', () => {
      throw new Error(`conformance: cannot run the ${programs.length} corpus programs: ${sim.reason}`);
    });
  });
} else {
  const runProgram = sim.value;
  const reports: ProgramReport[] = [];
  const unexpected: string[] = [];
  const unlisted: string[] = [];

  describe('conformance (CPython 3.11)', () => {
    it('known-mismatches.json has no stale entry', () => {
      const stale = staleKeys(known, programs.map((p) => p.path));
      if (stale.length > 0) throw new Error(`known-mismatches.json entries that cover no program: ${stale.join(', ')}`);
    });

    for (const p of programs) {
      it(p.path, () => {
        const ev = evaluate(p, runProgram, known);
        reports.push(ev.report);
        if (ev.failure === null) return;
        if (ev.report.verdict === Verdict.UNEXPECTED_MISMATCH) {
          unexpected.push(`✗ ${p.path}\n    ${ev.diff.join('\n    ')}`);
          unlisted.push(p.path);
        } else {
          unexpected.push(`✓ ${ev.failure}`);
        }
        throw new Error([ev.failure, ...ev.diff].join('\n'));
      });
    }

    afterAll(() => {
      const lines = summaryLines(reports);
      if (unexpected.length > 0) lines.push('', 'unexpected results:', ...unexpected);
      if (unlisted.length > 0) {
        lines.push('', 'if these gaps are accepted, list them in known-mismatches.json with the reason for each:');
        lines.push(...unlisted.map((p) => `    "${p}": "<why>",`));
      }
      console.log(lines.join('\n'));
    });
  });
}
