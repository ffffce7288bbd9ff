// The timeline and the memory chart in web mode, on the generations demo (gc.collect(), gc.collect(0),
// gc.collect(1), gc.collect()): the timeline shows its collections, a drag scrubs, every key steps as
// documented (←/→ event, Shift+←/→ line, Alt+←/→ collection, Home/End), zooming in shows a collection's
// phases, the wheel zooms and pans, play/pause advances by events, and a click on the chart seeks. Screenshots go to e2e/artifacts/.

import { expect, test, type Page } from '@playwright/test';
import { WorkspacePage } from '../fixtures/workspace-page';

test.use({ locale: 'en-US', colorScheme: 'light' });

const momentOf = async (page: Page) => Number(await page.getByTestId('moment-counter').getAttribute('data-moment'));

/** Waits until the view at the current moment has arrived (the counters read it). */
async function settled(page: Page): Promise<number> {
  const counter = page.getByTestId('moment-counter');
  await expect.poll(async () => (await counter.getAttribute('data-view')) === (await counter.getAttribute('data-moment')), { timeout: 10_000 }).toBe(true);
  return momentOf(page);
}

async function press(page: Page, key: string): Promise<number> {
  const before = await momentOf(page);
  await page.keyboard.press(key);
  await expect.poll(() => momentOf(page), { timeout: 5_000 }).not.toBe(before);
  return momentOf(page);
}

test('the timeline shows the run, scrubs, steps by key and the chart seeks', async ({ page }) => {
  await page.goto('/');
  const workspace = new WorkspacePage(page);
  await workspace.waitUntilReady();
  await workspace.demoPicker.selectOption('generations');
  await workspace.runButton.click();
  await expect(workspace.runOutput).toHaveAttribute('data-stop-reason', 'finished', { timeout: 20_000 });

  const timeline = page.getByTestId('timeline');
  const scrubber = page.getByTestId('scrubber');
  const counter = page.getByTestId('moment-counter');
  await expect(scrubber).toBeVisible();
  const total = Number(await counter.getAttribute('data-total'));
  expect(total).toBeGreaterThan(1000);
  // The run opens at its end; the four collections the program asks for are in the lanes (and those at shutdown).
  await expect(counter).toHaveAttribute('data-moment', String(total));
  await expect(counter).toHaveText(`Event ${total.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`);
  expect(Number(await scrubber.getAttribute('data-collections'))).toBeGreaterThanOrEqual(4);
  await expect(page.getByTestId('gc-counter')).toHaveAttribute('data-collecting', '-1');
  await timeline.screenshot({ path: 'e2e/artifacts/timeline-run.png' });

  // Drag the scrubber from a tenth of the way to the middle: the moment follows the pointer.
  const box = (await scrubber.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.1, y);
  await page.mouse.down();
  for (let k = 1; k <= 10; k++) await page.mouse.move(box.x + box.width * (0.1 + 0.04 * k), y);
  await page.mouse.up();
  const middle = await momentOf(page);
  expect(Math.abs(middle - total / 2)).toBeLessThanOrEqual(Math.ceil(total / box.width) + 1);
  await settled(page);
  await expect(page.getByTestId('objects-counter')).toBeVisible();

  // ←/→: one event.
  expect(await press(page, 'ArrowRight')).toBe(middle + 1);
  expect(await press(page, 'ArrowLeft')).toBe(middle);
  // Shift+←/→: a line, stepping over calls — further than one event, and the line counter follows.
  const afterLine = await press(page, 'Shift+ArrowRight');
  expect(afterLine).toBeGreaterThan(middle + 1);
  const back = await press(page, 'Shift+ArrowLeft');
  expect(back).toBeLessThan(afterLine);
  // Home / End.
  expect(await press(page, 'Home')).toBe(0);
  expect(await press(page, 'End')).toBe(total);
  // Alt+→ from the start: the first collection has begun (the collector reports it is collecting).
  await press(page, 'Home');
  const first = await press(page, 'Alt+ArrowRight');
  await expect(page.getByTestId('gc-counter')).toHaveAttribute('data-collecting', '2', { timeout: 5_000 });
  const second = await press(page, 'Alt+ArrowRight');
  expect(second).toBeGreaterThan(first);
  await expect(page.getByTestId('gc-counter')).toHaveAttribute('data-collecting', '0', { timeout: 5_000 });
  expect(await press(page, 'Alt+ArrowLeft')).toBe(first);
  await expect(page.getByTestId('gc-counter')).toHaveAttribute('data-collecting', '2', { timeout: 5_000 });

  // Zoomed in about the cursor, the first collection's phases are drawn (and the cursor stays in view).
  const scrubberPhases = async () => Number(await scrubber.getAttribute('data-phases-drawn'));
  // (How many phases show at full view depends on the timeline's width; zoomed in far enough they must show.)
  for (let k = 0; k < 12 && (k === 0 || (await scrubberPhases()) === 0); k++) {
    await page.getByTestId('timeline-zoom-in').click();
    await page.waitForTimeout(50); // the lanes repaint on the next animation frame
  }
  expect(await scrubberPhases()).toBeGreaterThan(0);
  const from = Number(await scrubber.getAttribute('data-from'));
  const to = Number(await scrubber.getAttribute('data-to'));
  expect(to - from).toBeLessThan(total);
  expect(first).toBeGreaterThanOrEqual(from);
  expect(first).toBeLessThanOrEqual(to);
  await timeline.screenshot({ path: 'e2e/artifacts/timeline-zoomed-collection.png' });
  await page.getByTestId('timeline-fit').click();
  await expect(scrubber).toHaveAttribute('data-from', '0');

  // Hovering names the moment, its line and the collection in progress there.
  const hb = (await scrubber.boundingBox())!;
  await page.mouse.move(hb.x + ((first + 1) / total) * hb.width, hb.y + hb.height - 4);
  await expect(page.getByTestId('timeline-hover')).toContainText('collecting generation 2');
  await timeline.screenshot({ path: 'e2e/artifacts/timeline-hover.png' });
  await page.mouse.move(hb.x + hb.width / 2, hb.y - 30);
  await expect(page.getByTestId('timeline-hover')).toHaveCount(0);

  // The wheel zooms about the pointer; Shift+wheel pans.
  const sb = (await scrubber.boundingBox())!;
  await page.mouse.move(sb.x + sb.width / 2, sb.y + sb.height / 2);
  await page.mouse.wheel(0, -400);
  await expect.poll(async () => Number(await scrubber.getAttribute('data-to')) - Number(await scrubber.getAttribute('data-from'))).toBeLessThan(total);
  const zoomedFrom = Number(await scrubber.getAttribute('data-from'));
  await page.keyboard.down('Shift');
  await page.mouse.wheel(0, 200);
  await page.keyboard.up('Shift');
  await expect.poll(async () => Number(await scrubber.getAttribute('data-from'))).toBeGreaterThan(zoomedFrom);
  await page.getByTestId('timeline-fit').click();

  // Play by event from the start, then pause: the moment advanced, and stays put once paused.
  await press(page, 'Home');
  await page.getByTestId('timeline-speed').selectOption('event:1000');
  await page.getByTestId('timeline-play').click();
  await expect(page.getByTestId('timeline-play')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => momentOf(page), { timeout: 5_000 }).toBeGreaterThan(200);
  await page.getByTestId('timeline-play').click();
  await expect(page.getByTestId('timeline-play')).toHaveAttribute('aria-pressed', 'false');
  const paused = await momentOf(page);
  expect(paused).toBeLessThan(total);
  await page.waitForTimeout(300);
  expect(await momentOf(page)).toBe(paused);
  await press(page, 'Home');
  await press(page, 'Alt+ArrowRight');

  // Keys typed in the editor stay in the editor.
  const atFirst = await momentOf(page);
  await page.getByTestId('editor-tab-edit').click();
  await workspace.sourceInput.click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('End');
  expect(await momentOf(page)).toBe(atFirst);

  // A click on the chart at three quarters of its width seeks there.
  const plot = page.getByTestId('memory-chart').locator('.u-over');
  const pb = (await plot.boundingBox())!;
  await page.mouse.click(pb.x + pb.width * 0.75, pb.y + pb.height / 2);
  await expect.poll(() => momentOf(page)).not.toBe(atFirst);
  const clicked = await momentOf(page);
  expect(Math.abs(clicked - total * 0.75)).toBeLessThanOrEqual(Math.ceil(total / pb.width) + 1);
  await settled(page);
  await page.getByTestId('memory-chart').screenshot({ path: 'e2e/artifacts/chart-light.png' });

  // The chart and the timeline follow the theme and the language.
  await workspace.theme.selectOption('dark');
  await workspace.language.selectOption('ru');
  await expect(counter).toContainText('Событие');
  await expect(page.getByTestId('chart-legend')).toContainText('объекты');
  await page.screenshot({ path: 'e2e/artifacts/timeline-chart-dark-ru.png' });
});
