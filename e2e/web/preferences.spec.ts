// Language and theme: the workspace follows the system language, switches on request, and keeps
// both choices across a reload. Screenshots of each state go to e2e/artifacts/.

import { expect, test, type ConsoleMessage, type Page } from '@playwright/test';
import { WorkspacePage } from '../fixtures/workspace-page';

function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

test.describe('a Russian system', () => {
  test.use({ locale: 'ru-RU', colorScheme: 'light' });

  test('opens in Russian, switches to English, and remembers it', async ({ page }) => {
    const problems = collectProblems(page);
    await page.goto('/');
    const workspace = new WorkspacePage(page);
    await workspace.waitUntilReady();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(workspace.language).toHaveValue('ru');
    await expect(workspace.pane('editor').getByRole('heading')).toHaveText('Программа');
    await expect(workspace.pane('timeline').getByRole('heading')).toHaveText('Шкала времени');
    await expect(workspace.serviceStatus).toHaveText('Сервис 0.1.0 · протокол 1');
    await expect(workspace.sourceInput).toHaveAttribute('aria-label', 'Программа на Python');

    await workspace.replaceSource('a = 1\nb = 2\nc = 3');
    await workspace.checkButton.click();
    await expect(workspace.lineCount).toHaveText('Сервис получил 3 строки');
    await page.screenshot({ path: 'e2e/artifacts/language-ru.png' });

    await workspace.language.selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(workspace.pane('editor').getByRole('heading')).toHaveText('Program');
    await expect(workspace.lineCount).toHaveText('3 lines received by the service');
    await expect(workspace.sourceInput).toHaveAttribute('aria-label', 'Python program');

    await page.reload();
    await workspace.waitUntilReady();
    await expect(workspace.language).toHaveValue('en');
    await expect(workspace.pane('editor').getByRole('heading')).toHaveText('Program');
    await page.screenshot({ path: 'e2e/artifacts/language-en-after-reload.png' });
    expect(problems).toEqual([]);
  });
});

test.describe('themes', () => {
  test.use({ locale: 'en-US', colorScheme: 'light' });

  test('switch between light and dark, restyle the editor, and persist', async ({ page }) => {
    const problems = collectProblems(page);
    await page.goto('/');
    const workspace = new WorkspacePage(page);
    await workspace.waitUntilReady();
    expect(await workspace.documentTheme()).toBe('light');
    // Expressions, not functions: the e2e suite is type-checked without the DOM library.
    const background = () => page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    const editorBackground = () => page.evaluate<string>("getComputedStyle(document.querySelector('.cm-editor')).backgroundColor");
    expect(await background()).toBe('rgb(244, 244, 241)');
    expect(await editorBackground()).toBe('rgb(255, 255, 255)');

    await workspace.theme.selectOption('dark');
    expect(await workspace.documentTheme()).toBe('dark');
    expect(await background()).toBe('rgb(22, 25, 28)');
    expect(await editorBackground()).toBe('rgb(30, 34, 38)');
    await page.screenshot({ path: 'e2e/artifacts/theme-dark.png' });

    await page.reload();
    await workspace.waitUntilReady();
    expect(await workspace.documentTheme()).toBe('dark');
    await expect(workspace.theme).toHaveValue('dark');
    await workspace.theme.selectOption('light');
    expect(await background()).toBe('rgb(244, 244, 241)');
    expect(problems).toEqual([]);
  });
});

test.describe('a dark system', () => {
  test.use({ locale: 'en-US', colorScheme: 'dark' });

  test('opens dark when nothing was chosen', async ({ page }) => {
    await page.goto('/');
    const workspace = new WorkspacePage(page);
    await workspace.waitUntilReady();
    expect(await workspace.documentTheme()).toBe('dark');
    await expect(workspace.theme).toHaveValue('dark');
  });
});
