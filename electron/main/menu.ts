// The desktop app's native menus as a pure template (Electron's MenuItemConstructorOptions), so
// their structure, accelerators and enabled states are tested without Electron. Open shows the open
// dialog (index.ts), Open Recent lists the last trace files opened (recent-files.ts), Save Trace, Share Moment
// and Export Graph Image ask the workspace for the file (its download becomes the Save dialog). index.ts builds
// the Menu from this template, again whenever the recent files change.

import type { MenuItemConstructorOptions } from 'electron';
import { ShellCommandKind, type ShellCommand } from './shell-commands';
import type { MenuText } from './menu-text';

export interface MenuDemo {
  readonly id: string;
  readonly title: string;
}

export interface MenuHandlers {
  /** Sends a command to the focused workspace window. */
  readonly send: (command: ShellCommand) => void;
  readonly about: () => void;
  /** File → Open: the open dialog for a .heapscope file. */
  readonly openTrace: () => void;
  /** File → Open Recent → a file. */
  readonly openRecent: (path: string) => void;
  /** File → Open Recent → Clear. */
  readonly clearRecent: () => void;
}

export interface MenuContext {
  readonly text: MenuText;
  readonly platform: NodeJS.Platform;
  readonly demos: readonly MenuDemo[];
  /** Development builds add the developer tools toggle. */
  readonly development: boolean;
  /** The recent trace files, newest first. */
  readonly recent: readonly string[];
}

export function menuTemplate(context: MenuContext, handlers: MenuHandlers): MenuItemConstructorOptions[] {
  const { text, platform, demos, development, recent } = context;
  const mac = platform === 'darwin';
  const recentItems: MenuItemConstructorOptions[] = recent.map((path) => ({ label: path, click: () => handlers.openRecent(path) }));

  const file: MenuItemConstructorOptions = {
    label: text.file,
    submenu: [
      { label: text.new, accelerator: 'CmdOrCtrl+N', click: () => handlers.send({ kind: ShellCommandKind.NEW }) },
      { label: text.open, accelerator: 'CmdOrCtrl+O', click: handlers.openTrace },
      {
        label: text.openRecent,
        enabled: recent.length > 0,
        submenu: [...recentItems, { type: 'separator' }, { label: text.clearRecent, enabled: recent.length > 0, click: handlers.clearRecent }],
      },
      { type: 'separator' },
      { label: text.saveTrace, accelerator: 'CmdOrCtrl+S', click: () => handlers.send({ kind: ShellCommandKind.SAVE_TRACE }) },
      { label: text.shareMoment, accelerator: 'CmdOrCtrl+Shift+S', click: () => handlers.send({ kind: ShellCommandKind.SHARE_MOMENT }) },
      { label: text.exportGraphImage, accelerator: 'CmdOrCtrl+Shift+E', click: () => handlers.send({ kind: ShellCommandKind.EXPORT_GRAPH_IMAGE }) },
      ...(mac ? [] : [{ type: 'separator' } as const, { label: text.quit, role: 'quit', accelerator: 'CmdOrCtrl+Q' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: text.edit,
    submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
  };

  const view: MenuItemConstructorOptions = {
    label: text.view,
    submenu: [
      {
        label: text.theme,
        submenu: [
          { label: text.light, click: () => handlers.send({ kind: ShellCommandKind.SET_THEME, theme: 'light' }) },
          { label: text.dark, click: () => handlers.send({ kind: ShellCommandKind.SET_THEME, theme: 'dark' }) },
        ],
      },
      {
        label: text.language,
        // Each language is named in itself, as language pickers do.
        submenu: [
          { label: 'English', click: () => handlers.send({ kind: ShellCommandKind.SET_LANGUAGE, locale: 'en' }) },
          { label: 'Русский', click: () => handlers.send({ kind: ShellCommandKind.SET_LANGUAGE, locale: 'ru' }) },
        ],
      },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(development ? [{ role: 'toggleDevTools' } as const] : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: text.help,
    submenu: [
      {
        label: text.lecture,
        submenu: demos.map((demo) => ({ label: demo.title, click: () => handlers.send({ kind: ShellCommandKind.OPEN_DEMO, id: demo.id }) })),
      },
      ...(mac ? [] : [{ type: 'separator' } as const, { label: text.about, click: handlers.about }]),
    ],
  };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Heapscope',
    submenu: [
      { label: text.about, click: handlers.about },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit', label: text.quit },
    ],
  };

  return mac ? [appMenu, file, edit, view, help] : [file, edit, view, help];
}
