// File → Open Recent: the last trace files opened, newest first, remembered between runs in a small JSON file in
// app.getPath('userData'). Invariants:
//   1. What is read is validated entry by entry: only absolute paths of .heapscope files, at most MAX_RECENT,
//      no duplicates; a missing, damaged or foreign file gives an empty list.
//   2. Opening a file moves it to the front; a file that can no longer be read is dropped when it fails.

import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { TRACE_EXTENSION } from './trace-files';

export const RECENT_FILES_FILE = 'recent-files.json';
export const MAX_RECENT = 10;
const MAX_PATH = 4096;

function isTracePath(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_PATH && isAbsolute(value) && value.toLowerCase().endsWith(`.${TRACE_EXTENSION}`) && !value.includes('\0');
}

/** The list a file's text holds (invariant 1). */
export function parseRecentFiles(text: string | null): string[] {
  if (text === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const entry of value) if (isTracePath(entry) && !out.includes(entry) && out.length < MAX_RECENT) out.push(entry);
  return out;
}

/** The list after `path` was opened (invariant 2); unchanged for a path that is not a trace file's. */
export function withOpened(list: readonly string[], path: string): string[] {
  if (!isTracePath(path)) return [...list];
  return [path, ...list.filter((p) => p !== path)].slice(0, MAX_RECENT);
}

/** The list without `path` (it could not be read). */
export function without(list: readonly string[], path: string): string[] {
  return list.filter((p) => p !== path);
}

export function readRecentFiles(userData: string): string[] {
  try {
    return parseRecentFiles(readFileSync(join(userData, RECENT_FILES_FILE), 'utf8'));
  } catch {
    return [];
  }
}

/** Written to a temporary file and renamed, so a crash never leaves half a list. */
export function writeRecentFiles(userData: string, list: readonly string[]): void {
  const file = join(userData, RECENT_FILES_FILE);
  try {
    writeFileSync(`${file}.tmp`, JSON.stringify(list));
    renameSync(`${file}.tmp`, file);
  } catch {
    // userData not writable: the list lasts for this run only
  }
}
