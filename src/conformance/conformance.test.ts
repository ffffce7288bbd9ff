// The conformance suite: every corpus program runs on the simulator (runProgram with file name main.py) and
// its stdout, stderr and exit code must equal what CPython printed. Profile 3.11 runs every program against
// <name>.expected.json; any other profile the simulator has (src/core/profiles) runs the programs recorded
// for it (<name>.expected-X.Y.json). Programs listed in known-mismatches.json (known-mismatches-X.Y.json)
// must still differ; see verdict.ts for the rules.
// Run alone with: npx vitest run src/conformance/conformance.test.ts
// Update mode: CONFORMANCE_UPDATE=1 npx vitest run src/conformance/conformance.test.ts rewrites the lists
// after a complete run (verdict.ts updatedKnownMismatches); review the git diff and replace the generated
// reasons by real ones where you know them.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProfileName } from '../core/api';
import { loadProfileNames, loadRunProgram, type RunProgram } from '../cli/simulator';
import { knownMismatchesFile, knownMismatchesName, loadCorpus, type CorpusProgram } from './corpus';
import { evaluate, runOnce } from './harness';
import {
  Verdict,
  parseKnownMismatches,
  staleKeys,
  summaryLines,
  topReasons,
  updatedKnownMismatches,
  type EvaluatedProgram,
  type KnownMismatches,
  type ProgramReport,
} from './verdict';

const sim = await loadRunProgram();
const profileNames = await loadProfileNames();

function readKnown(profile: ProfileName): { known: KnownMismatches; raw: Record<string, unknown> } {
  const file = knownMismatchesFile(profile);
  if (!existsSync(file)) return { known: { entries: {} }, raw: {} };
  const text = readFileSync(file, 'utf8');
  return { known: parseKnownMismatches(text), raw: JSON.parse(text) as Record<string, unknown> };
}

function suite(profile: ProfileName, programs: readonly CorpusProgram[], runProgram: RunProgram): void {
  const { known, raw } = readKnown(profile);
  const listName = knownMismatchesName(profile);
  const reports: ProgramReport[] = [];
  const evaluated: EvaluatedProgram[] = [];
  const unexpected: string[] = [];
  const unlisted: string[] = [];

  describe(`conformance (CPython ${profile})`, () => {
    it(`${listName} has no stale entry`, () => {
      const stale = staleKeys(known, programs.map((p) => p.path));
      if (stale.length > 0) throw new Error(`${listName} entries that cover no program: ${stale.join(', ')}`);
    });

    for (const p of programs) {
      it(p.path, () => {
        const ev = evaluate(p, runProgram, known, profile);
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
      const lines = summaryLines(reports).map((l) => (profile === '3.11' ? l : l.replace('conformance: ', `conformance ${profile}: `)));
      const top = topReasons(evaluated);
      if (top.length > 0) lines.push('most common reasons for a mismatch:', ...top);
      if (unexpected.length > 0) lines.push('', 'unexpected results:', ...unexpected);
      if (unlisted.length > 0) {
        lines.push('', `if these gaps are accepted, list them in ${listName} with the reason for each:`);
        lines.push(...unlisted.map((p) => `    "${p}": "<why>",`));
      }
      if (process.env['CONFORMANCE_UPDATE'] === '1') {
        if (evaluated.length === programs.length) {
          const next = updatedKnownMismatches(known, evaluated);
          writeFileSync(knownMismatchesFile(profile), JSON.stringify({ ...raw, mismatches: next.entries }, null, 2) + '\n');
          lines.push('', `CONFORMANCE_UPDATE: wrote ${Object.keys(next.entries).length} entries to ${listName}`);
        } else {
          lines.push('', `CONFORMANCE_UPDATE: ${listName} not written, only ${evaluated.length} of ${programs.length} programs ran`);
        }
      }
      console.log(lines.join('\n'));
    });
  });
}

if (!sim.ok) {
  const count = loadCorpus('3.11').length;
  describe('conformance', () => {
    it('runs the corpus on the simulator', () => {
      throw new Error(`conformance: cannot run the ${count} corpus programs: ${sim.reason}`);
    });
  });
} else {
  const corpus = loadCorpus('3.11');
  // The simulation is deterministic (HOUSE-STYLE §1): the same program gives the same result every time, in
  // one process — ids and allocator state included. Checked on the first two programs of every area.
  describe('conformance determinism', () => {
    const areas = [...new Set(corpus.map((p) => p.area))];
    const sample = areas.flatMap((a) => corpus.filter((p) => p.area === a).slice(0, 2));
    for (const p of sample) {
      it(`${p.path} runs the same twice`, () => {
        const once = runOnce(sim.value, p.source, '3.11');
        const twice = runOnce(sim.value, p.source, '3.11');
        expect(twice).toEqual(once);
      });
    }
  });
  suite('3.11', corpus, sim.value);
  const others = profileNames.ok ? profileNames.value.filter((p) => p !== '3.11') : [];
  for (const profile of others) {
    const recorded = loadCorpus(profile, false);
    if (recorded.length > 0) suite(profile, recorded, sim.value);
  }
}
