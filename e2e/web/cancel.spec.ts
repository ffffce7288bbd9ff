// Cancel in web mode: the preview server sends COOP/COEP, so the page is cross-origin isolated and shares a cancel
// flag with the simulation Web Worker (src/web/cancel-flag.ts); clicking Cancel stops an endless run within a
// progress tick, the summary says 'cancelled', and the trace recorded so far is kept and shown.

import { expect, test } from '@playwright/test';
import { WorkspacePage } from '../fixtures/workspace-page';

test.use({ locale: 'en-US', colorScheme: 'light' });

test('the page is cross-origin isolated and loads every resource', async ({ page }) => {
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.url()} ${r.status()}`);
  });
  const response = await page.goto('/');
  expect(response?.headers()['cross-origin-opener-policy']).toBe('same-origin');
  expect(response?.headers()['cross-origin-embedder-policy']).toBe('require-corp');
  const workspace = new WorkspacePage(page);
  await workspace.waitUntilReady();
  // Evaluated as page script text (this file is type-checked without the DOM library).
  expect(await page.evaluate('crossOriginIsolated')).toBe(true);
  expect(await page.evaluate('document.fonts.ready.then(() => true)')).toBe(true);
  expect(failed).toEqual([]);
});

test('Cancel stops an endless run at once; the summary says cancelled and the trace so far is kept', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  const workspace = new WorkspacePage(page);
  await workspace.waitUntilReady();
  await workspace.replaceSource('n = 0\nwhile True:\n    n += 1\n');
  await workspace.runButton.click();
  await expect(workspace.progress).toBeVisible();
  await expect.poll(async () => Number(await workspace.progress.getAttribute('data-events')), { timeout: 10_000 }).toBeGreaterThan(0);
  await page.screenshot({ path: 'e2e/artifacts/run-progress.png' });
  const clickedAt = Date.now();
  await workspace.cancelButton.click();
  // Without the flag the run would go on to its 10,000,000-instruction budget (~20 s); a tick is ~16,000.
  await expect(workspace.runOutput).toHaveAttribute('data-stop-reason', 'cancelled', { timeout: 10_000 });
  expect(Date.now() - clickedAt).toBeLessThan(10_000);
  await expect(workspace.progress).toHaveCount(0);
  await expect(workspace.runButton).toBeEnabled();
  await expect(workspace.runOutput).toContainText('Cancelled');
  await expect(workspace.runStderr).toContainText('instructions (cancelled)');
  const timeline = workspace.pane('timeline');
  await expect.poll(async () => Number(await timeline.getAttribute('data-events')), { timeout: 10_000 }).toBeGreaterThan(1000);
  await page.screenshot({ path: 'e2e/artifacts/cancel-web.png' });

  // The next run is not cancelled by the flag the last one left.
  await page.getByRole('tab', { name: 'Edit' }).click();
  await workspace.replaceSource('x = [1, 2]\nprint(len(x))\n');
  await workspace.runButton.click();
  await expect(workspace.runOutput).toHaveAttribute('data-stop-reason', 'finished', { timeout: 20_000 });
  await expect(workspace.runStdout).toHaveText('2');
});
