// The main window's size, position and maximized state, remembered between runs in a small JSON
// file in app.getPath('userData'). Invariants:
//   1. What is read is validated field by field; a missing, damaged or foreign file gives the default.
//   2. A window is never restored off-screen: its rectangle must overlap some display's work area by
//      at least MIN_VISIBLE px each way, else it is centred by the OS (no x/y).
//   3. Sizes are clamped to [minimum, MAX_SIDE]; the file holds the normal (unmaximized) bounds.

import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_WIDTH = 960;
export const MIN_HEIGHT = 600;
const MAX_SIDE = 16_384;
const MIN_VISIBLE = 64;

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  readonly width: number;
  readonly height: number;
  /** Absent: let the OS place the window. */
  readonly x?: number;
  readonly y?: number;
  readonly maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1440, height: 900, maximized: false };

const isInt = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 1e6;
const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

function overlaps(a: Rectangle, b: Rectangle): boolean {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w >= MIN_VISIBLE && h >= MIN_VISIBLE;
}

/** The state to open with, from the saved text and the work areas of the displays attached now. */
export function parseWindowState(text: string | null, workAreas: readonly Rectangle[]): WindowState {
  if (text === null) return DEFAULT_WINDOW_STATE;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return DEFAULT_WINDOW_STATE;
  const saved = raw as Record<string, unknown>;
  const width = isInt(saved['width']) ? clamp(saved['width'], MIN_WIDTH, MAX_SIDE) : DEFAULT_WINDOW_STATE.width;
  const height = isInt(saved['height']) ? clamp(saved['height'], MIN_HEIGHT, MAX_SIDE) : DEFAULT_WINDOW_STATE.height;
  const maximized = saved['maximized'] === true;
  const x = saved['x'];
  const y = saved['y'];
  if (isInt(x) && isInt(y) && workAreas.some((area) => overlaps({ x, y, width, height }, area))) {
    return { width, height, x, y, maximized };
  }
  return { width, height, maximized };
}

export function serializeWindowState(bounds: Rectangle, maximized: boolean): string {
  const state: WindowState = { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height, maximized };
  return `${JSON.stringify(state)}\n`;
}

export function readWindowStateFile(userData: string): string | null {
  try {
    // The file is ours and tiny; anything over 4 KB is not ours.
    const text = readFileSync(join(userData, WINDOW_STATE_FILE), 'utf8');
    return text.length > 4096 ? null : text;
  } catch {
    return null;
  }
}

/** Writes through a temporary file so a crash mid-write leaves the old state, not half a file. */
export function writeWindowStateFile(userData: string, text: string): void {
  const target = join(userData, WINDOW_STATE_FILE);
  try {
    writeFileSync(`${target}.tmp`, text, 'utf8');
    renameSync(`${target}.tmp`, target);
  } catch {
    // A read-only profile: the window simply opens at the default next time.
  }
}
