import { describe, expect, it } from 'vitest';
import { parseShellCommand } from './shell-commands';

describe('shell commands from the menus', () => {
  it('accept exactly the defined shapes', () => {
    for (const command of [
      { kind: 'new' },
      { kind: 'open-demo', id: 'del-pep442' },
      { kind: 'set-theme', theme: 'dark' },
      { kind: 'set-language', locale: 'ru' },
      { kind: 'save-trace' },
      { kind: 'share-moment' },
      { kind: 'export-graph-image' },
      { kind: 'open-trace', name: 'cycle.heapscope', data: 'SEVBUFNDT1BF' },
      { kind: 'open-trace-failed', message: 'cycle.heapscope: no such file' },
    ]) {
      expect(parseShellCommand(structuredClone(command))).toEqual(command);
    }
  });

  it('refuse anything else', () => {
    for (const raw of [
      null, 'new', [], {}, { kind: 'quit' }, { kind: 'new', extra: 1 }, { kind: 'open-demo' },
      { kind: 'open-demo', id: '../etc/passwd' }, { kind: 'set-theme', theme: 'sepia' }, { kind: 'set-language', locale: 'de' },
      { kind: 'export-graph-image', format: 'svg' }, { kind: 'save-trace', path: '/tmp/x' },
    ]) {
      expect(parseShellCommand(raw), JSON.stringify(raw)).toBeNull();
    }
  });
});
