// End-to-end tests. Web mode always runs, in Chromium (/usr/bin/chromium or CHROMIUM_PATH) against
// the built dist-web/ served by scripts/web.mjs; without Chromium the run fails with a clear
// message. Electron mode runs where the Electron binary exists and is skipped with a reason
// elsewhere (e2e/electron). Screenshots and traces go to e2e/artifacts/ (not committed).

import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

function chromiumPath(): string {
  const candidates = process.env['CHROMIUM_PATH'] ? [process.env['CHROMIUM_PATH']] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `The e2e suite needs Chromium, and none was found at ${candidates.join(' or ')}. ` +
        'Install it (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return found;
}

const port = Number(process.env['HEAPSCOPE_E2E_PORT'] ?? 5299);
const baseURL = `http://127.0.0.1:${port}/`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e/artifacts/test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  forbidOnly: true,
  projects: [
    {
      name: 'web',
      testMatch: 'web/**/*.spec.ts',
      use: {
        browserName: 'chromium',
        baseURL,
        viewport: { width: 1440, height: 900 },
        trace: 'retain-on-failure',
        screenshot: 'only-on-failure',
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
  ],
  webServer: {
    command: 'node scripts/web.mjs --no-build',
    url: baseURL,
    env: { HEAPSCOPE_PORT: String(port) },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
  },
});
