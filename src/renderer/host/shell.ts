// The desktop menus' commands as the workspace receives them (window.heapscopeShell, given by the
// preload, which validates every message). Absent in web mode. The shape mirrors
// electron/main/shell-commands.ts; shell.test.ts keeps the two identical at compile time.

import { useEditorStore } from '../stores/editor';
import { usePreferencesStore } from '../stores/preferences';

export type ShellCommand =
  | { readonly kind: 'new' }
  | { readonly kind: 'open-demo'; readonly id: string }
  | { readonly kind: 'set-theme'; readonly theme: 'light' | 'dark' }
  | { readonly kind: 'set-language'; readonly locale: 'en' | 'ru' }
  | { readonly kind: 'open-trace'; readonly name: string; readonly data: string }
  | { readonly kind: 'open-trace-failed'; readonly message: string }
  | { readonly kind: 'save-trace' }
  | { readonly kind: 'share-moment' }
  | { readonly kind: 'export-graph-image' };

export interface ShellBridge {
  onCommand(listener: (command: ShellCommand) => void): () => void;
}

type EditorStore = ReturnType<typeof useEditorStore>;
type PreferencesStore = ReturnType<typeof usePreferencesStore>;

/** What each menu command does to the workspace. */
export function applyShellCommand(command: ShellCommand, editor: EditorStore, preferences: PreferencesStore): void {
  switch (command.kind) {
    case 'new':
      editor.newProgram();
      return;
    case 'open-demo':
      editor.loadDemo(command.id);
      return;
    case 'set-theme':
      preferences.theme = command.theme;
      return;
    case 'set-language':
      preferences.locale = command.locale;
      return;
    case 'open-trace':
    case 'open-trace-failed':
    case 'save-trace':
    case 'share-moment':
      // Trace files are the files feature's (features/files/FileActions.vue follows these itself).
      return;
    case 'export-graph-image':
      // The reference graph's pane follows this one itself (features/graph/HeapGraphPane.vue).
      return;
    default: {
      const unknown: never = command;
      void unknown;
    }
  }
}

/** Follows the desktop menus, when there are any; returns the unsubscribe function. */
export function followShellCommands(bridge: ShellBridge | undefined, editor: EditorStore, preferences: PreferencesStore): () => void {
  if (!bridge) return () => {};
  return bridge.onCommand((command) => applyShellCommand(command, editor, preferences));
}
