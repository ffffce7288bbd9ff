import { expect, test, type ConsoleMessage } from '@playwright/test';
import { PANE_IDS, WorkspacePage } from '../fixtures/workspace-page';

test.describe('web mode: the workspace shell', () => {
  let problems: string[];

  test.beforeEach(async ({ page }) => {
    problems = [];
    // A CSP violation or any script error shows up here; the shell must load without either.
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto('/');
  });

  test('shows every pane, each saying what will appear there', async ({ page }) => {
    const workspace = new WorkspacePage(page);
    await workspace.waitUntilReady();
    for (const id of PANE_IDS) await expect(workspace.pane(id)).toBeVisible();
    for (const id of PANE_IDS.filter((p) => p !== 'editor')) {
      await expect(workspace.pane(id).getByTestId('pane-placeholder')).toContainText(/will (appear|be)/);
    }
    await expect(workspace.serviceStatus).toHaveText(/Service 0\.1\.0 · protocol 1/);
    await page.screenshot({ path: 'e2e/artifacts/workspace-web.png' });
    expect(problems).toEqual([]);
  });

  test('Check round-trips the program through the Web Worker service', async ({ page }) => {
    const workspace = new WorkspacePage(page);
    await workspace.waitUntilReady();
    // Web mode has no preload bridge: the service must be the Web Worker.
    expect(await page.evaluate("'heapscope' in window")).toBe(false);
    expect(page.workers().map((w) => w.url())).toEqual([expect.stringMatching(/sim-worker-[\w-]+\.js$/)]);

    await workspace.replaceSource('x = [1, 2]\r\ny = x\r\n\r\nprint(y)');
    await workspace.checkButton.click();
    await expect(workspace.lineCount).toHaveText('4 lines received by the service');
    await expect(workspace.checkVersion).toHaveText('Service 0.1.0 · protocol 1');

    await workspace.replaceSource('pass');
    await workspace.checkButton.click();
    await expect(workspace.lineCount).toHaveAttribute('data-lines', '1');
    await expect(workspace.lineCount).toHaveText('1 line received by the service');
    await page.screenshot({ path: 'e2e/artifacts/workspace-web-checked.png' });
    expect(problems).toEqual([]);
  });

  test('the page is served with the Content-Security-Policy', async ({ page }) => {
    const response = await page.request.get('/');
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    // An inline script must be refused by the policy.
    const ran = await page.evaluate(`(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.appendChild(script);
      return window.__inlineRan === true;
    })()`);
    expect(ran).toBe(false);
  });
});
