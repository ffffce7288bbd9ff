// The lecture demos as the editor offers them: resources/demos/demos.json (titles and notes in
// every UI language) joined with the program texts in resources/demos/programs/. Validated once at
// start-up; a malformed catalogue is a build defect and throws with the reason.

import { LOCALES, type Locale } from '../../i18n/locale';

export interface Demo {
  /** Stable name, used in the picker and in e2e tests. */
  readonly id: string;
  /** The program's path relative to resources/demos, e.g. 'programs/01_getrefcount.py'. */
  readonly file: string;
  readonly title: Readonly<Record<Locale, string>>;
  readonly note: Readonly<Record<Locale, string>>;
  readonly source: string;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function fail(reason: string): never {
  throw new Error(`resources/demos/demos.json: ${reason}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function localized(value: unknown, where: string): Record<Locale, string> {
  if (!isRecord(value)) fail(`${where} must be an object with one text per language`);
  const texts = {} as Record<Locale, string>;
  for (const locale of LOCALES) {
    const text = value[locale];
    if (typeof text !== 'string' || text.trim() === '') fail(`${where}.${locale} is missing`);
    texts[locale] = text;
  }
  return texts;
}

/** `sources` maps each program's path relative to resources/demos to its text. */
export function buildDemos(catalogue: unknown, sources: Readonly<Record<string, string>>): readonly Demo[] {
  if (!isRecord(catalogue) || catalogue['format'] !== 'heapscope-demos' || catalogue['version'] !== 1) {
    fail('not a version-1 heapscope-demos catalogue');
  }
  const entries = catalogue['demos'];
  if (!Array.isArray(entries) || entries.length === 0) fail('"demos" must be a non-empty list');
  const seen = new Set<string>();
  return entries.map((entry: unknown, index): Demo => {
    const where = `demos[${index}]`;
    if (!isRecord(entry)) fail(`${where} must be an object`);
    const { id, file } = entry;
    if (typeof id !== 'string' || !ID.test(id)) fail(`${where}.id must be a lower-case-dashed name`);
    if (seen.has(id)) fail(`${where}.id '${id}' is used twice`);
    seen.add(id);
    if (typeof file !== 'string') fail(`${where}.file must be a path`);
    const source = sources[file];
    if (source === undefined) fail(`${where}.file '${file}' does not exist`);
    return { id, file, title: localized(entry['title'], `${where}.title`), note: localized(entry['note'], `${where}.note`), source };
  });
}
