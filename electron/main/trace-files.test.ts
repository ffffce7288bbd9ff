// Trace files on the desktop: which argument names a file to open, reading a file into the command the preload
// accepts (or one clear failure), and commands held until the page has loaded.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShellCommand, type ShellCommand } from './shell-commands';
import { commandQueue, readTraceFile, traceFileArgument } from './trace-files';

describe('trace files on the desktop', () => {
  it('finds a .heapscope path among the arguments', () => {
    expect(traceFileArgument(['/opt/Heapscope/heapscope', '--no-sandbox', '/home/s/cycle.heapscope'])).toBe('/home/s/cycle.heapscope');
    expect(traceFileArgument(['heapscope', 'C:\\Users\\s\\A.HEAPSCOPE'])).toBe('C:\\Users\\s\\A.HEAPSCOPE');
    expect(traceFileArgument(['heapscope', '--flag=x.heapscope', 'notes.txt'])).toBeNull();
    expect(traceFileArgument(['x.heapscope'])).toBeNull(); // argv[0] is the app itself
  });

  it('reads a file into an open-trace command the preload accepts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'heapscope-'));
    const path = join(dir, 'cycle.heapscope');
    const bytes = Uint8Array.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 250, 251]);
    writeFileSync(path, bytes);
    const command = await readTraceFile(path);
    expect(command).toEqual({ kind: 'open-trace', name: 'cycle.heapscope', data: Buffer.from(bytes).toString('base64') });
    expect(parseShellCommand(JSON.parse(JSON.stringify(command)))).toEqual(command);
  });

  it('reports a missing, oversized or non-file path in one sentence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'heapscope-'));
    const big = join(dir, 'big.heapscope');
    writeFileSync(big, new Uint8Array(100));
    const cases: [string, number, string][] = [
      [join(dir, 'gone.heapscope'), 1 << 20, 'gone.heapscope: no such file'],
      [big, 10, 'big.heapscope: the file is too large to be a Heapscope trace (100 bytes)'],
      [dir, 1 << 20, 'not a file'],
    ];
    for (const [path, limit, message] of cases) {
      const command = await readTraceFile(path, limit);
      expect(command.kind).toBe('open-trace-failed');
      expect(command.kind === 'open-trace-failed' && command.message).toContain(message);
      expect(parseShellCommand(command)).toEqual(command);
    }
  });

  it('refuses malformed file commands', () => {
    expect(parseShellCommand({ kind: 'open-trace', name: 'a.heapscope', data: 'not base64!' })).toBeNull();
    expect(parseShellCommand({ kind: 'open-trace', name: 'a.heapscope', data: 'AAAA', extra: 1 })).toBeNull();
    expect(parseShellCommand({ kind: 'open-trace', name: 5, data: 'AAAA' })).toBeNull();
    expect(parseShellCommand({ kind: 'save-trace', moment: 3 })).toBeNull();
    expect(parseShellCommand({ kind: 'share-moment' })).toEqual({ kind: 'share-moment' });
  });

  it('holds commands until the page has loaded', () => {
    const sent: ShellCommand[] = [];
    const queue = commandQueue((c) => sent.push(c));
    queue.push({ kind: 'save-trace' });
    expect(sent).toEqual([]);
    queue.ready();
    queue.push({ kind: 'share-moment' });
    expect(sent).toEqual([{ kind: 'save-trace' }, { kind: 'share-moment' }]);
    queue.reset();
    queue.push({ kind: 'new' });
    expect(sent).toHaveLength(2);
  });
});
