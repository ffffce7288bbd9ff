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
  /** File → Open, a double-clicked .heapscope file, or one named on the command line: its bytes as base64. */
  OPEN_TRACE: 'open-trace',
  /** A trace file could not be read from disk (the message says why); the open trace stays. */
  OPEN_TRACE_FAILED: 'open-trace-failed',
  /** File → Save Trace: the workspace writes the whole run (the download becomes the Save dialog). */
  SAVE_TRACE: 'save-trace',
  /** File → Share Moment: the same, focused on the current moment and selection. */
  SHARE_MOMENT: 'share-moment',
  /** File → Export Graph Image: the reference graph as it is drawn, as a PNG (the download becomes the Save dialog). */
  EXPORT_GRAPH_IMAGE: 'export-graph-image',
} as const;
export type ShellCommandKind = (typeof ShellCommandKind)[keyof typeof ShellCommandKind];

export type ShellCommand =
  | { readonly kind: typeof ShellCommandKind.NEW }
  | { readonly kind: typeof ShellCommandKind.OPEN_DEMO; readonly id: string }
  | { readonly kind: typeof ShellCommandKind.SET_THEME; readonly theme: 'light' | 'dark' }
  | { readonly kind: typeof ShellCommandKind.SET_LANGUAGE; readonly locale: 'en' | 'ru' }
  | { readonly kind: typeof ShellCommandKind.OPEN_TRACE; readonly name: string; readonly data: string }
  | { readonly kind: typeof ShellCommandKind.OPEN_TRACE_FAILED; readonly message: string }
  | { readonly kind: typeof ShellCommandKind.SAVE_TRACE }
  | { readonly kind: typeof ShellCommandKind.SHARE_MOMENT }
  | { readonly kind: typeof ShellCommandKind.EXPORT_GRAPH_IMAGE };

/** The largest trace file main reads and passes on, in bytes (its base64 stays under the service's limit). */
export const MAX_TRACE_FILE_BYTES = 64 * 1024 * 1024;
/** The base64 text of at most MAX_TRACE_FILE_BYTES bytes. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const MAX_TRACE_BASE64_CHARS = Math.ceil(MAX_TRACE_FILE_BYTES / 3) * 4;

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
    case ShellCommandKind.OPEN_TRACE: {
      const name = message['name'];
      const data = message['data'];
      return keys === 'data,kind,name' &&
        typeof name === 'string' &&
        name.length <= 1024 &&
        typeof data === 'string' &&
        data.length <= MAX_TRACE_BASE64_CHARS &&
        BASE64.test(data)
        ? { kind, name, data }
        : null;
    }
    case ShellCommandKind.OPEN_TRACE_FAILED: {
      const text = message['message'];
      return keys === 'kind,message' && typeof text === 'string' && text.length <= 2048 ? { kind, message: text } : null;
    }
    case ShellCommandKind.SAVE_TRACE:
    case ShellCommandKind.SHARE_MOMENT:
    case ShellCommandKind.EXPORT_GRAPH_IMAGE:
      return keys === 'kind' ? { kind } : null;
    default: {
      const unknownKind: never = kind;
      void unknownKind;
      return null;
    }
  }
}
