// Checked against CPython's own reports: for every recorded error and SyntaxError in the
// conformance corpus, the location found must be a line of the program whose text is the line
// CPython printed, and the carets must cover text inside it.

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { errorLocation } from './errorLocation';

const corpus = fileURLToPath(new URL('../../../../resources/conformance/', import.meta.url));

interface Recording {
  readonly stderr: string;
  readonly exit_code: number;
}

function recordedFailures(area: string) {
  return readdirSync(`${corpus}${area}`)
    .filter((name) => name.endsWith('.expected.json'))
    .map((name) => ({
      name: `${area}/${name}`,
      source: readFileSync(`${corpus}${area}/${name.replace('.expected.json', '.py')}`, 'utf8'),
      recording: JSON.parse(readFileSync(`${corpus}${area}/${name}`, 'utf8')) as Recording,
    }))
    .filter(({ recording }) => recording.exit_code === 1 && /Error|Exception|Exit|Interrupt|Iteration/.test(recording.stderr));
}

describe('errorLocation on CPython 3.11 reports', () => {
  const cases = [...recordedFailures('errors'), ...recordedFailures('syntax')];

  it('covers enough of the corpus to mean something', () => {
    expect(cases.length).toBeGreaterThan(30);
  });

  for (const { name, source, recording } of cases) {
    it(name, () => {
      const found = errorLocation(recording.stderr, source);
      expect(found, recording.stderr).not.toBeNull();
      let lines = recording.stderr.trimEnd().split('\n');
      // An exception group's own report is the boxed part before its first sub-exception.
      if (lines[0]!.includes('Exception Group Traceback')) lines = lines.slice(1, lines.findIndex((l) => l.startsWith('  +-'))).map((l) => l.slice(4));
      expect(found!.message).toBe(lines[lines.length - 1]!.trim());
      const sourceLine = source.split('\n')[found!.line - 1];
      expect(sourceLine, `line ${found!.line}`).toBeDefined();
      const header = lines.lastIndexOf(lines.filter((l) => l.startsWith('  File "main.py", line ')).pop()!);
      const printed = lines[header + 1];
      if (printed !== undefined && !printed.startsWith('  File') && printed.startsWith('    ')) expect(sourceLine!.trim()).toBe(printed.trim());
      if (found!.from !== null) {
        expect(found!.from).toBeGreaterThanOrEqual(0);
        expect(found!.to!).toBeLessThanOrEqual(sourceLine!.length);
        expect(sourceLine!.slice(found!.from, found!.to!).trim()).not.toBe('');
      }
    });
  }
});

describe('errorLocation on what is not an error report', () => {
  it('finds nothing in ordinary output or frames of other files', () => {
    expect(errorLocation('', 'x = 1\n')).toBeNull();
    expect(errorLocation('a warning of no form\n', 'x = 1\n')).toBeNull();
    expect(errorLocation('Traceback (most recent call last):\n  File "other.py", line 1, in <module>\nValueError\n', 'x\n')).toBeNull();
  });
});
