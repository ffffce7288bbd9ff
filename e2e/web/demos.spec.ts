// The lecture demos: each loads into the editor with its note in the UI language, and Check sends
// exactly its text to the service. The version selector offers only simulated profiles.

import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { WorkspacePage } from '../fixtures/workspace-page';

interface CatalogueEntry {
  readonly id: string;
  readonly file: string;
  readonly title: { readonly en: string; readonly ru: string };
  readonly note: { readonly en: string; readonly ru: string };
}
const catalogue = JSON.parse(readFileSync('resources/demos/demos.json', 'utf8')) as { demos: CatalogueEntry[] };
const programOf = (entry: CatalogueEntry) => readFileSync(`resources/demos/${entry.file}`, 'utf8');

test.use({ locale: 'en-US', colorScheme: 'light' });

test('every demo loads with its note, and Check receives exactly its text', async ({ page }) => {
  await page.goto('/');
  const workspace = new WorkspacePage(page);
  await workspace.waitUntilReady();
  await expect(workspace.demoNote).toHaveCount(0);
  const offered = await workspace.demoPicker.locator('option:not([disabled])').evaluateAll((options) =>
    options.map((o) => (o as unknown as { value: string }).value),
  );
  expect(offered).toEqual(catalogue.demos.map((d) => d.id));

  for (const entry of catalogue.demos) {
    const program = programOf(entry);
    await workspace.demoPicker.selectOption(entry.id);
    await expect(workspace.demoNote).toHaveAttribute('data-demo', entry.id);
    await expect(workspace.demoNote).toContainText(entry.note.en);
    expect(await workspace.sourceText()).toBe(program);
    await workspace.checkButton.click();
    const lines = program.split('\n').length - 1;
    await expect(workspace.lineCount).toHaveAttribute('data-lines', String(lines));
    await page.screenshot({ path: `e2e/artifacts/demo-${entry.id}.png` });
  }

  // The note belongs to the demo's text: it follows the language, and editing hides it.
  await workspace.language.selectOption('ru');
  const last = catalogue.demos[catalogue.demos.length - 1]!;
  await expect(workspace.demoNote).toContainText(last.note.ru);
  await expect(workspace.demoPicker.locator(`option[value="${last.id}"]`)).toHaveText(last.title.ru);
  await workspace.sourceInput.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('\nprint("edited")');
  await expect(workspace.demoNote).toHaveCount(0);
  await expect(workspace.demoPicker).toHaveValue('');
});

test('the version selector lists every profile and enables the simulated ones', async ({ page }) => {
  await page.goto('/');
  const workspace = new WorkspacePage(page);
  await workspace.waitUntilReady();
  await expect(workspace.pythonVersion).toHaveValue('3.11');
  const options = await workspace.pythonVersion.locator('option').evaluateAll((all) =>
    all.map((o) => {
      const option = o as unknown as { value: string; disabled: boolean };
      return { value: option.value, disabled: option.disabled };
    }),
  );
  expect(options).toEqual([
    { value: '3.13', disabled: true },
    { value: '3.12', disabled: true },
    { value: '3.11', disabled: false },
    { value: '3.10', disabled: true },
    { value: '3.9', disabled: true },
    { value: '3.8', disabled: true },
  ]);
  await expect(workspace.pythonVersion.locator('option[value="3.12"]')).toHaveText('3.12 (not simulated yet)');
});
