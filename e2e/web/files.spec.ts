// Trace files in web mode: Share moment downloads a .heapscope file focused on the moment and the selection; a
// fresh page (its own storage) opens it at that moment with that object selected; a corrupt file gets one
// clear message and leaves the open trace as it was; a file dropped on the window opens; and a reload restores
// the last trace from IndexedDB where the student was.

import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { WorkspacePage } from '../fixtures/workspace-page';

test.use({ locale: 'en-US', colorScheme: 'light' });

const momentOf = async (page: Page): Promise<number> => Number(await page.getByTestId('moment-counter').getAttribute('data-moment'));
const selectedOf = (page: Page) => page.getByTestId('inspector-object').getAttribute('data-object');

test('share a moment, open it elsewhere, refuse a corrupt file, restore after a reload', async ({ page, browser }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  const workspace = new WorkspacePage(page);
  await workspace.waitUntilReady();
  await expect(page.getByTestId('export-trace')).toBeDisabled();
  await workspace.demoPicker.selectOption('reference-cycle');
  await workspace.runButton.click();
  await expect(workspace.runOutput).toHaveAttribute('data-stop-reason', 'finished', { timeout: 20_000 });

  // A moment inside Node.__init__ with `self` selected.
  await page.getByTestId('source-view').locator('[data-line="8"]').click();
  await page.getByTestId('frame-locals').locator('[data-name="self"]').click();
  await expect(page.getByTestId('inspector-object')).toHaveAttribute('data-status', 'alive');
  const moment = await momentOf(page);
  const selected = await selectedOf(page);
  expect(moment).toBeGreaterThan(0);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('share-moment').click()]);
  expect(download.suggestedFilename()).toBe(`main-at-${moment}.heapscope`);
  const shared = readFileSync((await download.path())!);
  expect([shared[0], shared[1]]).toEqual([0x1f, 0x8b]); // gzip
  const [whole] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-trace').click()]);
  expect(whole.suggestedFilename()).toBe('main.heapscope');
  // The same from the keyboard: Ctrl/⌘+S saves the run, with Shift it shares the moment.
  const [byKeys] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('ControlOrMeta+Shift+S')]);
  expect(byKeys.suggestedFilename()).toBe(`main-at-${moment}.heapscope`);

  // A fresh page with its own storage opens the shared moment.
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
  const fresh = await context.newPage();
  await fresh.goto('/');
  const other = new WorkspacePage(fresh);
  await other.waitUntilReady();
  await fresh.getByTestId('import-file-input').setInputFiles({ name: 'shared.heapscope', mimeType: 'application/octet-stream', buffer: shared });
  await expect.poll(() => momentOf(fresh)).toBe(moment);
  await expect(fresh.getByTestId('inspector-object')).toHaveAttribute('data-object', selected!);
  await expect(fresh.getByTestId('inspector-object')).toHaveAttribute('data-status', 'alive');
  await expect(fresh.getByTestId('source-view')).toHaveAttribute('data-line', '8');
  await expect(fresh.getByTestId('file-notice')).toHaveAttribute('data-notice', 'opened');
  await fresh.screenshot({ path: 'e2e/artifacts/files-shared-opened.png' });

  // A corrupt file: one clear message, and the open trace stays exactly where it was.
  const corrupt = Buffer.from(shared.subarray(0, Math.floor(shared.length / 2)));
  await fresh.getByTestId('import-file-input').setInputFiles({ name: 'broken.heapscope', mimeType: 'application/octet-stream', buffer: corrupt });
  await expect(fresh.getByTestId('file-message')).toHaveCount(1);
  await expect(fresh.getByTestId('file-message')).toContainText('Could not open the trace:');
  expect(await momentOf(fresh)).toBe(moment);
  await expect(fresh.getByTestId('inspector-object')).toHaveAttribute('data-object', selected!);
  await fresh.screenshot({ path: 'e2e/artifacts/files-corrupt.png' });
  const message = await fresh.getByTestId('file-message').textContent();
  expect(message).not.toContain('\n');
  await context.close();

  // Dropping the whole run's file on the window opens it at its end.
  const wholeBytes = readFileSync((await whole.path())!).toString('base64');
  const dropped = await page.evaluateHandle((b64) => {
    // Runs in the page; the e2e files are type-checked with Node's libs, which lack the DOM's DataTransfer.
    const dom = globalThis as unknown as {
      DataTransfer: new () => { items: { add(file: unknown): void } };
      File: new (parts: unknown[], name: string) => unknown;
    };
    const data = new dom.DataTransfer();
    data.items.add(new dom.File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'main.heapscope'));
    return data;
  }, wholeBytes);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: dropped });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/files-drop.png' });
  await page.dispatchEvent('body', 'drop', { dataTransfer: dropped });
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0);
  await expect(page.getByTestId('file-notice')).toHaveAttribute('data-notice', 'opened');
  const end = Number(await page.getByTestId('moment-counter').getAttribute('data-total'));
  await expect.poll(() => momentOf(page)).toBe(end);

  // Back to the shared moment, then reload: the last trace comes back there, with the selection.
  await page.getByTestId('import-file-input').setInputFiles({ name: 'shared.heapscope', mimeType: 'application/octet-stream', buffer: shared });
  await expect.poll(() => momentOf(page)).toBe(moment);
  await expect(page.getByTestId('inspector-object')).toHaveAttribute('data-object', selected!);
  // The stash is written right after an import (and 1.5 s after the last move).
  await page.waitForTimeout(2500);
  await page.reload();
  await workspace.waitUntilReady();
  await expect.poll(() => momentOf(page), { timeout: 10_000 }).toBe(moment);
  await expect(page.getByTestId('inspector-object')).toHaveAttribute('data-object', selected!);
  await expect(page.getByTestId('source-view')).toHaveAttribute('data-line', '8');
  await page.screenshot({ path: 'e2e/artifacts/files-restored.png' });
});
