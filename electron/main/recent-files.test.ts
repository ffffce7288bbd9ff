import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RECENT, RECENT_FILES_FILE, parseRecentFiles, readRecentFiles, withOpened, without, writeRecentFiles } from './recent-files';

const a = '/home/student/a.heapscope';
const b = '/home/student/b.heapscope';

describe('recent trace files', () => {
  it('keep absolute .heapscope paths only, without duplicates, at most MAX_RECENT', () => {
    const many = Array.from({ length: MAX_RECENT + 5 }, (_, k) => `/t/${k}.heapscope`);
    expect(parseRecentFiles(JSON.stringify([a, 'relative.heapscope', b, a, '/x/program.py', 7, null, '/x/\0.heapscope']))).toEqual([a, b]);
    expect(parseRecentFiles(JSON.stringify(many))).toEqual(many.slice(0, MAX_RECENT));
    for (const junk of [null, '', 'not json', '{}', '"a"', '[[]]']) expect(parseRecentFiles(junk), String(junk)).toEqual([]);
  });

  it('move an opened file to the front and drop one that failed', () => {
    expect(withOpened([a, b], b)).toEqual([b, a]);
    expect(withOpened([a], 'notes.txt')).toEqual([a]);
    expect(without([a, b], a)).toEqual([b]);
  });

  it('round-trip through the userData file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heapscope-recent-'));
    expect(readRecentFiles(dir)).toEqual([]);
    writeRecentFiles(dir, [b, a]);
    expect(JSON.parse(readFileSync(join(dir, RECENT_FILES_FILE), 'utf8'))).toEqual([b, a]);
    expect(readRecentFiles(dir)).toEqual([b, a]);
    writeFileSync(join(dir, RECENT_FILES_FILE), '{"damaged":');
    expect(readRecentFiles(dir)).toEqual([]);
  });
});
