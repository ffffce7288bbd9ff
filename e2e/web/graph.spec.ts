// The reference graph on real runs (web mode, the real Web Worker service, the timeline's keyboard and the source
// view to move in time): the lecture's reference cycle outlined as unreachable after `del`, its gc_refs during
// gc.collect(), gone after it; PNG and SVG export; and the graph's cost at ~2,000 objects, measured and printed.

import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { WorkspacePage } from '../fixtures/workspace-page';

test.use({ locale: 'en-US', colorScheme: 'light' });

const graphPane = (page: Page) => page.getByTestId('heap-graph');
const graph = (page: Page) => page.getByTestId('heap-graph').locator('.heap-graph');

async function run(page: Page, demo: string | null, source: string | null, timeout = 30_000): Promise<WorkspacePage> {
  const workspace = new WorkspacePage(page);
  await workspace.waitUntilReady();
  if (demo !== null) await workspace.demoPicker.selectOption(demo);
  if (source !== null) await workspace.replaceSource(source);
  await workspace.runButton.click();
  await expect(workspace.runOutput).toHaveAttribute('data-stop-reason', 'finished', { timeout });
  await expect(page.getByTestId('heap-graph-canvas')).toBeVisible({ timeout: 10_000 });
  return workspace;
}

/** Presses a timeline key (the focus on the graph pane's title, outside any text field) and waits for the view. */
async function press(page: Page, key: string): Promise<void> {
  const before = await graphPane(page).getAttribute('data-moment');
  await page.getByTestId('heap-graph').locator('h2').click();
  await page.keyboard.press(key);
  await expect(graphPane(page)).not.toHaveAttribute('data-moment', before ?? '');
}

async function saved(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path!);
}

async function exportSvg(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('graph-export-svg').click()]);
  expect(download.suggestedFilename()).toMatch(/^heap-graph-\d+\.svg$/);
  return (await saved(download)).toString('utf8');
}

test('the reference cycle: unreachable after del, gc_refs during gc.collect(), gone after it; PNG and SVG export', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await run(page, 'reference-cycle', null);
  const cycles = page.getByTestId('graph-cycles');

  // Just after `del a, b`: the source view seeks to line 17's execution (from the start of the run).
  await press(page, 'Home');
  await page.getByTestId('source-view').locator('[data-line="17"]').click();
  await expect(page.getByTestId('source-view')).toHaveAttribute('data-line', '17');
  await expect(cycles).toHaveAttribute('data-awaiting', '1');
  await expect(cycles).toContainText('1 awaiting collection');
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'e2e/artifacts/graph-after-del.png' });
  const afterDel = await exportSvg(page);
  expect(afterDel).toContain('unreachable cycle, awaiting collection');
  expect((afterDel.match(/>Node #\d+</g) ?? []).length).toBe(2);

  // PNG export of the same moment: a real PNG of a sensible size.
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('graph-export-png').click()]);
  expect(png.suggestedFilename()).toMatch(/^heap-graph-\d+\.png$/);
  const bytes = await saved(png);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(10_000);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect(width).toBeGreaterThan(200);
  expect(height).toBeGreaterThan(100);

  // Into the collection (Alt+→: the next collection), then event by event until the phase defines gc_refs.
  await press(page, 'Alt+ArrowRight');
  await expect(page.getByTestId('graph-collecting')).toBeVisible();
  for (let k = 0; k < 400 && Number(await graph(page).getAttribute('data-gc-refs')) === 0; k++) await press(page, 'ArrowRight');
  expect(Number(await graph(page).getAttribute('data-gc-refs'))).toBeGreaterThan(0);
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'e2e/artifacts/graph-gc-refs.png' });
  const during = await exportSvg(page);
  expect(during).toMatch(/gc_refs -?\d+/);

  // Past the collection (Shift+→ steps over the rest of the line): the cycle is gone.
  await press(page, 'Shift+ArrowRight');
  await expect(page.getByTestId('graph-collecting')).toHaveCount(0);
  await expect(cycles).toHaveAttribute('data-cycles', '0');
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'e2e/artifacts/graph-after-collect.png' });
  const after = await exportSvg(page);
  expect(after).not.toMatch(/>Node #\d+</);
});

/** Key press → view in the pane (service round trips included) → two animation frames (Cytoscape has drawn). */
// In-page script (a string: the e2e tsconfig has no DOM types). Marks the keydown, the pane's next data-moment
// (set in the same update as the graph's render) and two animation frames after it.
const ARM_STEP = `(() => {
  window.__step = null;
  const pane = document.querySelector('[data-testid="heap-graph"]');
  let t0 = 0;
  window.addEventListener('keydown', () => (t0 = performance.now()), { capture: true, once: true });
  const observer = new MutationObserver(() => {
    const t1 = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const t2 = performance.now();
      window.__step = { toView: t1 - t0, toPaint: t2 - t0, render: Number(pane.getAttribute('data-render-ms')), paint: t2 - t1 };
    }));
  });
  observer.observe(pane, { attributes: true, attributeFilter: ['data-moment'] });
})()`;

interface StepTiming {
  readonly toView: number;
  readonly toPaint: number;
  readonly render: number;
  readonly paint: number;
}

/** Key press → view in the pane (service round trips included) → two animation frames (Cytoscape has drawn). */
async function measureKey(page: Page, key: string): Promise<StepTiming> {
  await page.evaluate(ARM_STEP);
  await page.keyboard.press(key);
  await page.waitForFunction('window.__step !== null');
  return (await page.evaluate('window.__step')) as StepTiming;
}

const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

test('~2,000 objects: first render and per-step update (measured)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  // 1,690 lists, each holding its parent (a binary tree), beside the ~310 objects every run has.
  await run(page, null, 'nodes = []\nfor i in range(1690):\n    nodes.append([nodes[i // 2] if i else None])\nprint(len(nodes))\n');
  await page.getByTestId('heap-graph').locator('h2').click();
  // From the end of the run (the module torn down) back to the last line: ~1,700 objects appear at once.
  const first = await measureKey(page, 'Shift+ArrowLeft');
  const objects = Number(await graph(page).getAttribute('data-objects'));
  const refs = Number(await graph(page).getAttribute('data-refs'));
  expect(objects).toBeGreaterThan(1900);
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'e2e/artifacts/graph-2000.png' });
  const steps = [];
  for (let k = 0; k < 30; k++) steps.push(await measureKey(page, 'ArrowLeft'));
  const ms = (xs: number[]) => `p50 ${pct(xs, 0.5).toFixed(1)} ms, p90 ${pct(xs, 0.9).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
  console.log(
    `graph at ${objects} objects, ${refs} references:\n` +
      `  first render (key → painted): ${first.toPaint.toFixed(1)} ms (service ${(first.toView - first.render).toFixed(1)} ms, elements+layout+batch ${first.render.toFixed(1)} ms, paint ${first.paint.toFixed(1)} ms)\n` +
      `  step (key → painted, ${steps.length} steps): ${ms(steps.map((s) => s.toPaint))}\n` +
      `  step, graph only (elements+batch+paint): ${ms(steps.map((s) => s.render + s.paint))}`,
  );
  expect(first.toPaint).toBeLessThanOrEqual(1000);
  expect(pct(steps.map((s) => s.render + s.paint), 0.5)).toBeLessThanOrEqual(50);
});
