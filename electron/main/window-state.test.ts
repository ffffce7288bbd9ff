import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  WINDOW_STATE_FILE,
  parseWindowState,
  readWindowStateFile,
  serializeWindowState,
  writeWindowStateFile,
} from './window-state';

const laptop = [{ x: 0, y: 0, width: 1920, height: 1050 }];
const twoScreens = [...laptop, { x: 1920, y: 0, width: 2560, height: 1400 }];

describe('window state', () => {
  it('round-trips the bounds and the maximized flag', () => {
    const text = serializeWindowState({ x: 100, y: 50, width: 1200, height: 800 }, true);
    expect(parseWindowState(text, laptop)).toEqual({ x: 100, y: 50, width: 1200, height: 800, maximized: true });
  });

  it('gives the default for no file, bad JSON or a foreign shape', () => {
    for (const text of [null, '', '{', '[]', 'null', '"x"']) expect(parseWindowState(text, laptop)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('clamps sizes and drops non-integer fields one by one', () => {
    expect(parseWindowState('{"width":10,"height":50000,"x":0,"y":0}', laptop)).toEqual({ width: 960, height: 16384, x: 0, y: 0, maximized: false });
    expect(parseWindowState('{"width":"wide","height":700.5,"maximized":"yes"}', laptop)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('never restores a window where no display shows it', () => {
    const onSecond = serializeWindowState({ x: 2000, y: 100, width: 1200, height: 800 }, false);
    expect(parseWindowState(onSecond, twoScreens)).toMatchObject({ x: 2000, y: 100 });
    // The second screen was unplugged: same size, placed by the OS.
    expect(parseWindowState(onSecond, laptop)).toEqual({ width: 1200, height: 800, maximized: false });
    const barelyVisible = serializeWindowState({ x: 1900, y: 100, width: 1200, height: 800 }, false);
    expect(parseWindowState(barelyVisible, laptop)).not.toHaveProperty('x');
  });

  it('is stored as a small file in the user-data folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hs-window-'));
    try {
      expect(readWindowStateFile(dir)).toBeNull();
      writeWindowStateFile(dir, serializeWindowState({ x: 10, y: 20, width: 1000, height: 700 }, false));
      expect(JSON.parse(readFileSync(join(dir, WINDOW_STATE_FILE), 'utf8'))).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
      expect(parseWindowState(readWindowStateFile(dir), laptop)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
      writeWindowStateFile(join(dir, 'missing', 'deeper'), '{}'); // unwritable: no throw
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
