// .heapscope files on the desktop: File → Open's dialog, a file double-clicked in the file manager (macOS's
// `open-file` event, or the path on the command line elsewhere), and the Save dialog a trace download turns
// into. Main only reads bytes and passes them on as one validated shell command (shell-commands.ts); the
// simulation service validates the content. Nothing in a file is evaluated.
//
// Invariants:
// 1. A file is read only after a size check (MAX_TRACE_FILE_BYTES), and only regular files;
// 2. a command for the workspace waits until the window's page has loaded (the page listens from then on).

import { stat, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_TRACE_FILE_BYTES, ShellCommandKind, type ShellCommand } from './shell-commands';

export const TRACE_EXTENSION = 'heapscope';

/** The dialogs' filter for trace files. */
export function traceFilters(label: string): { name: string; extensions: string[] }[] {
  return [{ name: label, extensions: [TRACE_EXTENSION] }];
}

/** The first argument that names a .heapscope file (flags and the app's own path are skipped). */
export function traceFileArgument(argv: readonly string[]): string | null {
  for (const arg of argv.slice(1)) {
    if (!arg.startsWith('-') && arg.toLowerCase().endsWith(`.${TRACE_EXTENSION}`)) return arg;
  }
  return null;
}

/** Reads a trace file into the command that opens it, or the command that reports why it could not be read. */
export async function readTraceFile(path: string, limit = MAX_TRACE_FILE_BYTES): Promise<ShellCommand> {
  const name = basename(path).slice(0, 1024);
  const failed = (message: string): ShellCommand => ({ kind: ShellCommandKind.OPEN_TRACE_FAILED, message: `${name}: ${message}`.slice(0, 2048) });
  try {
    const info = await stat(path);
    if (!info.isFile()) return failed('not a file');
    if (info.size > limit) return failed(`the file is too large to be a Heapscope trace (${info.size} bytes)`);
    const bytes = await readFile(path);
    return { kind: ShellCommandKind.OPEN_TRACE, name, data: bytes.toString('base64') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return failed(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'the file could not be read');
  }
}

/**
 * Holds commands until the page can take them (invariant 2): `ready()` when the window's page has loaded,
 * `reset()` when it reloads.
 */
export function commandQueue(send: (command: ShellCommand) => void) {
  let loaded = false;
  const waiting: ShellCommand[] = [];
  return {
    push(command: ShellCommand): void {
      if (loaded) send(command);
      else waiting.push(command);
    },
    ready(): void {
      loaded = true;
      for (const command of waiting.splice(0)) send(command);
    },
    reset(): void {
      loaded = false;
    },
  };
}
