// The menus' commands change the workspace; the renderer's copy of the command type is exactly the
// one the desktop preload validates (a compile-time check both ways).

import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { describe, expect, it } from 'vitest';
import type { ShellCommand as MainShellCommand } from '../../../electron/main/shell-commands';
import { createClient } from '../../shared/rpc-client';
import { simServiceSpec } from '../../shared/sim-service';
import { STARTER_PROGRAM, useEditorStore } from '../stores/editor';
import { usePreferencesStore } from '../stores/preferences';
import { provideSimClient } from './sim-client';
import { followShellCommands, type ShellCommand } from './shell';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const identical: Same<ShellCommand, MainShellCommand> = true;
void identical;

function workspace() {
  const app = createApp({ render: () => null });
  provideSimClient(app, createClient(simServiceSpec, { send: () => {}, onMessage: () => () => {} }));
  app.use(createPinia());
  return app.runWithContext(() => ({ editor: useEditorStore(), preferences: usePreferencesStore() }));
}

describe('menu commands in the workspace', () => {
  it('load demos, start anew, and switch theme and language', () => {
    const { editor, preferences } = workspace();
    let deliver: (command: ShellCommand) => void = () => {};
    const stop = followShellCommands({ onCommand: (listener) => ((deliver = listener), () => (deliver = () => {})) }, editor, preferences);

    deliver({ kind: 'open-demo', id: 'weakref' });
    expect(editor.currentDemo()?.id).toBe('weakref');
    expect(editor.source).toContain('weakref.ref(obj, gone)');
    deliver({ kind: 'new' });
    expect(editor.source).toBe(STARTER_PROGRAM);
    expect(editor.currentDemo()).toBeNull();
    deliver({ kind: 'set-theme', theme: 'dark' });
    deliver({ kind: 'set-language', locale: 'ru' });
    expect([preferences.theme, preferences.locale]).toEqual(['dark', 'ru']);

    stop();
    deliver({ kind: 'set-theme', theme: 'light' });
    expect(preferences.theme).toBe('dark');
  });

  it('does nothing in web mode, where there are no menus', () => {
    const { editor, preferences } = workspace();
    expect(followShellCommands(undefined, editor, preferences)()).toBeUndefined();
  });
});
