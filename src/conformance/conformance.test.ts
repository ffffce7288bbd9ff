// The conformance suite: every corpus program runs on the simulator (runProgram, profile 3.11, file name
// main.py) and its stdout, stderr and exit code must equal what CPython 3.11 printed. Programs listed in
// resources/conformance/known-mismatches.json must still differ (see verdict.ts for the rules).
// Run alone with: npx vitest run src/conformance/conformance.test.ts
// Update mode: CONFORMANCE_UPDATE=1 npx vitest run src/conformance/conformance.test.ts rewrites
// known-mismatches.json after a complete run (verdict.ts updatedKnownMismatches); review its git diff and
// replace the generated reasons by real ones where you know them.

import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, it } from 'vitest';
import { loadRunProgram } from '../cli/simulator';
import { KNOWN_MISMATCHES_FILE, loadCorpus } from './corpus';
import { evaluate } from './harness';
import { Verdict, parseKnownMismatches, staleKeys, summaryLines, updatedKnownMismatches, type EvaluatedProgram, type ProgramReport } from './verdict';

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
  const evaluated: EvaluatedProgram[] = [];
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
        evaluated.push({ path: p.path, verdict: ev.report.verdict, reason: ev.reason });
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
      if (process.env['CONFORMANCE_UPDATE'] === '1') {
        if (evaluated.length === programs.length) {
          const raw = JSON.parse(readFileSync(KNOWN_MISMATCHES_FILE, 'utf8')) as Record<string, unknown>;
          const next = updatedKnownMismatches(known, evaluated);
          writeFileSync(KNOWN_MISMATCHES_FILE, JSON.stringify({ ...raw, mismatches: next.entries }, null, 2) + '\n');
          lines.push('', `CONFORMANCE_UPDATE: wrote ${Object.keys(next.entries).length} entries to known-mismatches.json`);
        } else {
          lines.push('', `CONFORMANCE_UPDATE: not written, only ${evaluated.length} of ${programs.length} programs ran`);
        }
      }
      console.log(lines.join('\n'));
    });
  });
}
