// Commands the desktop menus send to the workspace (main → renderer on SHELL_COMMAND_CHANNEL).
// They are plain JSON; the preload validates each with parseShellCommand before the page sees it,
// so a page can only ever receive one of these shapes.

export const SHELL_COMMAND_CHANNEL = 'heapscope:shell-command';

export const ShellCommandKind = {
  /** File → New: an empty-slate program (the starter). */
  NEW: 'new',
  /** Help → Lecture → a demo: load it into the editor. */
  OPEN_DEMO: 'open-demo',
  /** View → Theme. */
  SET_THEME: 'set-theme',
  /** View → Language. */
  SET_LANGUAGE: 'set-language',
} as const;
export type ShellCommandKind = (typeof ShellCommandKind)[keyof typeof ShellCommandKind];

export type ShellCommand =
  | { readonly kind: typeof ShellCommandKind.NEW }
  | { readonly kind: typeof ShellCommandKind.OPEN_DEMO; readonly id: string }
  | { readonly kind: typeof ShellCommandKind.SET_THEME; readonly theme: 'light' | 'dark' }
  | { readonly kind: typeof ShellCommandKind.SET_LANGUAGE; readonly locale: 'en' | 'ru' };

const DEMO_ID = /^[a-z0-9]+(-[a-z0-9]+){0,8}$/;

/** The command, or null for anything that is not exactly one of the shapes above. */
export function parseShellCommand(raw: unknown): ShellCommand | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const message = raw as Record<string, unknown>;
  const keys = Object.keys(message).sort().join(',');
  const kind = message['kind'] as ShellCommandKind;
  switch (kind) {
    case ShellCommandKind.NEW:
      return keys === 'kind' ? { kind } : null;
    case ShellCommandKind.OPEN_DEMO: {
      const id = message['id'];
      return keys === 'id,kind' && typeof id === 'string' && DEMO_ID.test(id) ? { kind, id } : null;
    }
    case ShellCommandKind.SET_THEME: {
      const theme = message['theme'];
      return keys === 'kind,theme' && (theme === 'light' || theme === 'dark') ? { kind, theme } : null;
    }
    case ShellCommandKind.SET_LANGUAGE: {
      const locale = message['locale'];
      return keys === 'kind,locale' && (locale === 'en' || locale === 'ru') ? { kind, locale } : null;
    }
    default: {
      const unknownKind: never = kind;
      void unknownKind;
      return null;
    }
  }
}
