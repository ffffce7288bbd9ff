// Every lecture demo runs on the simulator exactly as CPython 3.11 ran it: stdout, stderr and the
// exit code recorded next to each program by scripts/record_conformance.py --corpus resources/demos.

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../core/run';
import { buildDemos } from './demoCatalogue';
import { DEMOS } from './demos';

const root = fileURLToPath(new URL('../../../../resources/demos/', import.meta.url));
const catalogue: unknown = JSON.parse(readFileSync(`${root}demos.json`, 'utf8'));
const programFiles = readdirSync(`${root}programs`).filter((name) => name.endsWith('.py'));
const sources = Object.fromEntries(programFiles.map((name) => [`programs/${name}`, readFileSync(`${root}programs/${name}`, 'utf8')]));

interface Recording {
  readonly python: string;
  readonly stdout: string;
  readonly stderr: string;
  readonly exit_code: number;
}

describe('the demo catalogue', () => {
  it('lists every program once, the lecture order kept', () => {
    const demos = buildDemos(catalogue, sources);
    expect(demos.map((d) => d.file).sort()).toEqual(Object.keys(sources).sort());
    expect(demos.map((d) => d.id)).toEqual([
      'getrefcount', 'reference-cycle', 'generations', 'thresholds', 'weakref', 'del-pep442', 'size-classes', 'list-growth',
    ]);
  });

  it('is what the renderer bundles', () => {
    expect(DEMOS).toEqual(buildDemos(catalogue, sources));
  });

  it('refuses a malformed catalogue with the reason', () => {
    const good = catalogue as { demos: Record<string, unknown>[] };
    const withDemo = (patch: Record<string, unknown>) => ({ ...good, demos: [{ ...good.demos[0], ...patch }] });
    expect(() => buildDemos({ ...good, version: 2 }, sources)).toThrow(/version-1/);
    expect(() => buildDemos(withDemo({ file: 'programs/missing.py' }), sources)).toThrow(/does not exist/);
    expect(() => buildDemos(withDemo({ note: { en: 'only English' } }), sources)).toThrow(/note\.ru is missing/);
    expect(() => buildDemos(withDemo({ id: 'Not An Id' }), sources)).toThrow(/lower-case-dashed/);
    expect(() => buildDemos({ ...good, demos: [good.demos[0], good.demos[0]] }, sources)).toThrow(/used twice/);
  });
});

describe('each demo on the simulator matches CPython 3.11', () => {
  for (const name of programFiles) {
    it(name, () => {
      const recording = JSON.parse(readFileSync(`${root}programs/${name.replace(/\.py$/, '.expected.json')}`, 'utf8')) as Recording;
      expect(recording.python).toMatch(/^3\.11\./);
      const result = runProgram(sources[`programs/${name}`]!, { profile: '3.11', filename: 'main.py' });
      expect({ stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode }).toEqual({
        stdout: recording.stdout,
        stderr: recording.stderr,
        exitCode: recording.exit_code,
      });
    });
  }
});
