// Renders the packaging icons (512×512 PNG, what electron-builder turns into .icns/.ico and the
// Linux icon set) from the SVG sources beside this file, with the Chromium the e2e suite uses.
// Run: node resources/build/render-icons.mjs
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const SIZE = 512;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  for (const name of ['icon', 'heapscope-trace']) {
    const svg = readFileSync(`${here}${name}.svg`, 'utf8').replace('<svg ', `<svg width="${SIZE}" height="${SIZE}" `);
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path: `${here}${name}.png`, omitBackground: true });
    console.log(`${name}.png`);
  }
} finally {
  await browser.close();
}
