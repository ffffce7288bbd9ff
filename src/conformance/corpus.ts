// The conformance corpus on disk: resources/conformance/<area>/<name>.py, each beside the output that real
// CPython printed for it (<name>.expected.json for 3.11, <name>.expected-X.Y.json for other versions),
// written only by scripts/record_conformance.py. Node-side: reads the files, never runs Python.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProfileName } from '../core/api';

export const CORPUS_DIR = fileURLToPath(new URL('../../resources/conformance/', import.meta.url));
export const KNOWN_MISMATCHES_FILE = join(CORPUS_DIR, 'known-mismatches.json');

/** The known-mismatch list of a profile: known-mismatches.json for 3.11, known-mismatches-X.Y.json otherwise. */
export function knownMismatchesName(profile: ProfileName): string {
  return profile === '3.11' ? 'known-mismatches.json' : `known-mismatches-${profile}.json`;
}

export function knownMismatchesFile(profile: ProfileName): string {
  return join(CORPUS_DIR, knownMismatchesName(profile));
}

/** What the recording script wrote for one program and one CPython version. */
export interface ExpectedOutput {
  /** The exact interpreter version that produced it, e.g. "3.11.7". */
  readonly python: string;
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  /** ast.dump(ast.parse(source)), or null when the source does not parse. */
  readonly astDump: string | null;
}

export interface CorpusProgram {
  /** Path relative to the corpus root with forward slashes, e.g. "gc/self_list.py": the program's name everywhere. */
  readonly path: string;
  /** The folder: refcount, sizeof, dealloc, values, control, errors, syntax, memory, gc. */
  readonly area: string;
  readonly source: string;
  readonly expected: ExpectedOutput;
}

/** The expected-file suffix for a profile: 3.11 is the default recording. */
export function expectedSuffix(profile: ProfileName): string {
  return profile === '3.11' ? '.expected.json' : `.expected-${profile}.json`;
}

/** Parses and checks one expected file; a malformed file is an error, never silently skipped. */
export function parseExpected(text: string, where: string): ExpectedOutput {
  const raw: unknown = JSON.parse(text);
  if (raw === null || typeof raw !== 'object') throw new Error(`${where}: not a JSON object`);
  const r = raw as Record<string, unknown>;
  const str = (k: string): string => {
    const v = r[k];
    if (typeof v !== 'string') throw new Error(`${where}: "${k}" must be a string`);
    return v;
  };
  const code = r['exit_code'];
  if (typeof code !== 'number' || !Number.isInteger(code)) throw new Error(`${where}: "exit_code" must be an integer`);
  const ast = r['ast_dump'];
  if (ast !== null && typeof ast !== 'string') throw new Error(`${where}: "ast_dump" must be a string or null`);
  return { python: str('python'), stdout: str('stdout'), stderr: str('stderr'), exitCode: code, astDump: ast };
}

/**
 * Every program of the corpus that has a recording for `profile`, sorted by path.
 * With `requireExpected` (the default for 3.11, which is recorded for all), a program without its expected
 * file is an error: it was added without running the recording script.
 */
export function loadCorpus(profile: ProfileName = '3.11', requireExpected = profile === '3.11'): CorpusProgram[] {
  const suffix = expectedSuffix(profile);
  const programs: CorpusProgram[] = [];
  const areas = readdirSync(CORPUS_DIR)
    .filter((d) => statSync(join(CORPUS_DIR, d)).isDirectory())
    .sort();
  for (const area of areas) {
    const files = readdirSync(join(CORPUS_DIR, area))
      .filter((f) => f.endsWith('.py'))
      .sort();
    for (const file of files) {
      const pyPath = join(CORPUS_DIR, area, file);
      const expPath = pyPath.slice(0, -'.py'.length) + suffix;
      const rel = `${area}/${file}`;
      if (!existsSync(expPath)) {
        if (requireExpected) {
          throw new Error(`${rel} has no ${suffix}: run \`npm run conformance:record -- ${rel}\``);
        }
        continue;
      }
      programs.push({
        path: rel,
        area,
        source: readFileSync(pyPath, 'utf8'),
        expected: parseExpected(readFileSync(expPath, 'utf8'), rel.slice(0, -3) + suffix),
      });
    }
  }
  return programs;
}
