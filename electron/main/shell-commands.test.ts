import { describe, expect, it } from 'vitest';
import { parseShellCommand } from './shell-commands';

describe('shell commands from the menus', () => {
  it('accept exactly the defined shapes', () => {
    for (const command of [
      { kind: 'new' },
      { kind: 'open-demo', id: 'del-pep442' },
      { kind: 'set-theme', theme: 'dark' },
      { kind: 'set-language', locale: 'ru' },
    ]) {
      expect(parseShellCommand(structuredClone(command))).toEqual(command);
    }
  });

  it('refuse anything else', () => {
    for (const raw of [
      null, 'new', [], {}, { kind: 'quit' }, { kind: 'new', extra: 1 }, { kind: 'open-demo' },
      { kind: 'open-demo', id: '../etc/passwd' }, { kind: 'set-theme', theme: 'sepia' }, { kind: 'set-language', locale: 'de' },
    ]) {
      expect(parseShellCommand(raw), JSON.stringify(raw)).toBeNull();
    }
  });
});
