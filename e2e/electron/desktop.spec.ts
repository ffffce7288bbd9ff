import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { locateElectronBinary } from '../../electron/locate-binary.mjs';
import { WorkspacePage } from '../fixtures/workspace-page';

const binary = locateElectronBinary();
const skipReason = 'reason' in binary ? `Electron-mode e2e skipped: ${binary.reason}` : null;
if (skipReason) console.log(skipReason);

test.describe('desktop mode', () => {
  test.skip(skipReason !== null, skipReason ?? '');

  test('the window round-trips a Check through IPC and the worker_threads service', async () => {
    if ('reason' in binary) return;
    expect(existsSync('out/main/index.js'), 'run `npm run build` first').toBe(true);
    const app = await electron.launch({ executablePath: binary.path, args: ['.', '--no-sandbox'] });
    try {
      const page = await app.firstWindow();
      // contextIsolation + sandbox + no nodeIntegration: the page sees the typed bridge and nothing of Node.
      const globals = await page.evaluate('[typeof window.heapscope, typeof window.require, typeof window.process]');
      expect(globals).toEqual(['object', 'undefined', 'undefined']);
      const pane = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
      expect(pane).toBe(1);

      const workspace = new WorkspacePage(page);
      await workspace.waitUntilReady();
      await workspace.replaceSource('a = 1\nb = 2\nc = 3\n');
      await workspace.checkButton.click();
      await expect(workspace.lineCount).toHaveText('3 lines received by the service');
      await page.screenshot({ path: 'e2e/artifacts/workspace-electron.png' });
    } finally {
      await app.close();
    }
  });
});
