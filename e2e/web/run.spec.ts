// Run in web mode: each lecture demo is recorded by the Web Worker service and prints exactly what
// CPython 3.11 printed (the recordings beside the demos); Ctrl+Enter runs; a SyntaxError and an
// uncaught exception are marked at their line in the editor. (Progress and Cancel: cancel.spec.ts.)

import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { WorkspacePage } from '../fixtures/workspace-page';

interface CatalogueEntry {
  readonly id: string;
  readonly file: string;
}
const catalogue = JSON.parse(readFileSync('resources/demos/demos.json', 'utf8')) as { demos: CatalogueEntry[] };
const recordingOf = (entry: CatalogueEntry) =>
  JSON.parse(readFileSync(`resources/demos/${entry.file.replace(/\.py$/, '.expected.json')}`, 'utf8')) as { stdout: string; stderr: string };

test.use({ locale: 'en-US', colorScheme: 'light' });

test('every demo runs and prints what CPython 3.11 printed', async ({ page }) => {
  await page.goto('/');
  const workspace = new WorkspacePage(page);
  await workspace.waitUntilReady();
  for (const entry of catalogue.demos) {
    await workspace.demoPicker.selectOption(entry.id);
    await workspace.runButton.click();
    await expect(workspace.runOutput).toHaveAttribute('data-stop-reason', 'finished', { timeout: 20_000 });
    expect(await workspace.runStdout.textContent()).toBe(recordingOf(entry).stdout);
    await expect(workspace.runStderr).toHaveCount(0);
    await page.screenshot({ path: `e2e/artifacts/run-${entry.id}.png` });
  }
});

test('Ctrl+Enter runs; errors are shown at their line until the program changes', async ({ page }) => {
  await page.goto('/');
  const workspace = new WorkspacePage(page);
  await workspace.waitUntilReady();

  await workspace.replaceSource('x = 1\nif x = 1:\n    pass\n');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(workspace.runOutput).toHaveAttribute('data-stop-reason', 'syntax-error');
  await expect(workspace.runStderr).toContainText('SyntaxError: invalid syntax');
  await expect(workspace.sourceEditor).toHaveAttribute('data-error-line', '2');
  await expect(workspace.sourceEditor.locator('.cm-lintRange-error')).toHaveText('x = 1');
  // Ctrl+Enter ran the program; it did not insert a line.
  expect(await workspace.sourceText()).toBe('x = 1\nif x = 1:\n    pass\n');
  await page.screenshot({ path: 'e2e/artifacts/run-syntax-error.png' });

  await workspace.replaceSource('def f(n):\n    return n * missing\n\nprint("start")\nf(2)\n');
  await expect(workspace.sourceEditor).toHaveAttribute('data-error-line', '');
  await workspace.runButton.click();
  await expect(workspace.runOutput).toHaveAttribute('data-stop-reason', 'exception');
  await expect(workspace.runStdout).toHaveText('start');
  await expect(workspace.runStderr).toContainText("NameError: name 'missing' is not defined");
  await expect(workspace.sourceEditor).toHaveAttribute('data-error-line', '2');
  await expect(workspace.sourceEditor.locator('.cm-lintRange-error')).toHaveText('missing');
  await page.screenshot({ path: 'e2e/artifacts/run-exception.png' });
});
