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
  await workspace.runToCanvas(demo, source, 'heap-graph-canvas', timeout);
  return workspace;
}

/** Presses a timeline key (the focus on the graph pane's title, outside any text field) and waits for the view. */
async function press(page: Page, key: string): Promise<void> {
  const before = await graphPane(page).getAttribute('data-moment');
  await page.getByTestId('heap-graph').locator('h2').click();
  await page.keyboard.press(key);
  await expect(graphPane(page)).not.toHaveAttribute('data-moment', before ?? '');
}

/** The objects of type `type` in an exported SVG, with their classes (graphSvg.ts: one <g> per node). */
function svgObjects(svg: string, type: string): { id: number; classes: string[] }[] {
  const out: { id: number; classes: string[] }[] = [];
  for (const m of svg.matchAll(/<g class="([^"]*)" data-id="o(\d+)">(.*?)<\/g>/g)) {
    if (m[3]!.includes(`>${type} #${m[2]}<`)) out.push({ id: Number(m[2]), classes: m[1]!.split(' ') });
  }
  return out;
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

  // Before `del a, b` (the source view seeks to line 16's execution, from the start of the run): a cycle the
  // module's globals still reach.
  await press(page, 'Home');
  const source = page.getByTestId('source-view');
  await source.locator('[data-line="16"]').click();
  await expect(source).toHaveAttribute('data-line', '16');
  await expect(cycles).not.toHaveAttribute('data-cycles', '0');
  const beforeDelSvg = await exportSvg(page);
  // the module's globals anchor the two nodes (its dict is the interpreter's, not drawn)
  expect(beforeDelSvg).toContain('module globals');
  expect(beforeDelSvg).toContain('>global `a`<');
  expect(beforeDelSvg).toContain('>global `b`<');
  const beforeDel = svgObjects(beforeDelSvg, 'Node');
  expect(beforeDel.length).toBe(2);
  for (const n of beforeDel) {
    expect(n.classes).toContain('in-cycle');
    expect(n.classes).not.toContain('awaiting-collection');
  }
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'e2e/artifacts/graph-before-del.png' });
  // Re-layout places what is drawn afresh, compactly: the drawing's box leaves each node a few gaps' room.
  await page.getByTestId('graph-relayout').click();
  const relaid = await exportSvg(page);
  const [, , boxW, boxH] = relaid.match(/viewBox="([^"]+)"/)![1]!.split(' ').map(Number);
  const drawnNodes = [...relaid.matchAll(/<g class="[^"]*" data-id="[^c"][^"]*"><rect/g)].length;
  console.log(`re-layout: ${drawnNodes} nodes in ${boxW!.toFixed(0)} × ${boxH!.toFixed(0)} (${((boxW! * boxH!) / drawnNodes / 130 ** 2).toFixed(1)} gap² per node)`);
  expect((boxW! * boxH!) / drawnNodes).toBeLessThan(6 * 130 ** 2);
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'e2e/artifacts/graph-relayout.png' });

  // Just after it (line 17): the same two nodes, now a cycle no root reaches, outlined as awaiting collection.
  await source.locator('[data-line="17"]').click();
  await expect(source).toHaveAttribute('data-line', '17');
  await expect(cycles).not.toHaveAttribute('data-awaiting', '0');
  await expect(cycles).toContainText('awaiting collection');
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'e2e/artifacts/graph-after-del.png' });
  const afterDel = await exportSvg(page);
  expect(afterDel).toContain('unreachable cycle, awaiting collection (2)');
  const nodes = svgObjects(afterDel, 'Node');
  expect(nodes.map((n) => n.id)).toEqual(beforeDel.map((n) => n.id));
  for (const n of nodes) expect(n.classes).toEqual(expect.arrayContaining(['in-cycle', 'unreachable-from-roots', 'awaiting-collection']));

  // Filters: everything the interpreter made too; then a search by type; re-layout keeps what is drawn.
  const programObjects = Number(await graph(page).getAttribute('data-objects'));
  await page.getByTestId('graph-program-only').uncheck();
  await expect.poll(async () => Number(await graph(page).getAttribute('data-objects'))).toBeGreaterThan(programObjects + 100);
  await page.getByTestId('graph-search').fill('Node');
  await expect(graph(page)).toHaveAttribute('data-objects', '2');
  await page.getByTestId('graph-relayout').click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'e2e/artifacts/graph-search-node.png' });
  await expect(graph(page)).toHaveAttribute('data-objects', '2');
  await page.getByTestId('graph-search').fill('');
  await page.getByTestId('graph-program-only').check();
  await expect(graph(page)).toHaveAttribute('data-objects', String(programObjects));

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

  // Into the collection: select node `a` from the frame's locals (line 16, before del), then its history in the
  // inspector leads to the collector's gc_refs for it (update_refs, subtract_refs, move_unreachable, …).
  await source.locator('[data-line="16"]').click();
  await expect(source).toHaveAttribute('data-line', '16');
  const local = page.getByTestId('frame-locals').locator('[data-name="a"]');
  const id = await local.getAttribute('data-object');
  expect(beforeDel.map((n) => String(n.id))).toContain(id);
  await local.click();
  await expect(graphPane(page)).toHaveAttribute('data-selected', id!);
  await expect(graph(page)).toHaveAttribute('data-selected-shown', 'true');
  await page.getByTestId('history-all').check();
  const gcRows = page.getByTestId('inspector-history').locator('[data-kind="gc_refs"]');
  await expect(gcRows.first()).toBeVisible();
  const rows = await gcRows.count();
  expect(rows).toBeGreaterThanOrEqual(3);
  // the fourth gc_refs event (move_legacy_finalizers: found unreachable), or the last one there is
  await gcRows.nth(Math.min(3, rows - 1)).click();
  await expect(page.getByTestId('graph-collecting')).toBeVisible();
  await expect(page.getByTestId('graph-collecting')).toContainText('Collecting generation 2');
  expect(Number(await graph(page).getAttribute('data-gc-refs'))).toBeGreaterThan(0);
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'e2e/artifacts/graph-gc-refs.png' });
  const during = await exportSvg(page);
  const examined = svgObjects(during, 'Node');
  expect(examined.length).toBe(2);
  // each node's label carries its gc_refs, and the phase's colouring its reach (reachable / tentatively
  // unreachable / unreachable)
  for (const n of examined) {
    expect(during).toMatch(new RegExp(`data-id="o${n.id}">.*?>gc_refs 0<`));
    expect(n.classes.filter((c) => c.startsWith('reach-')).length).toBe(1);
  }
  expect(examined.some((n) => n.classes.includes('reach-unreachable'))).toBe(true);

  // delete_garbage calls tp_clear on `a` (the first of the unreachable list): `a` is drawn cleared, still there
  // (the collector holds it) while its reference to `b` is gone.
  await gcRows.filter({ hasText: '(cleared)' }).click();
  await expect(page.getByTestId('graph-collecting')).toContainText('delete-garbage');
  await expect(graph(page)).toHaveAttribute('data-selected-shown', 'true');
  const clearing = svgObjects(await exportSvg(page), 'Node');
  expect(clearing.find((n) => String(n.id) === id)?.classes).toContain('reach-cleared');
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'e2e/artifacts/graph-cleared.png' });

  // The collector frees them (delete_garbage): node `a`'s history leads to its deallocation, b's came first.
  await page.getByTestId('inspector-history').locator('[data-kind="object_free"]').click();
  await expect(page.getByTestId('graph-collecting')).toContainText('delete-garbage');
  await expect(graph(page)).toHaveAttribute('data-selected-shown', 'false');
  await expect(cycles).not.toContainText('awaiting collection');
  expect(svgObjects(await exportSvg(page), 'Node')).toEqual([]);
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'e2e/artifacts/graph-freed-by-collector.png' });

  // Past the collection (Shift+→ steps over the rest of the line): the cycle is gone.
  await press(page, 'Shift+ArrowRight');
  await expect(page.getByTestId('graph-collecting')).toHaveCount(0);
  await expect(cycles).toHaveAttribute('data-cycles', '0');
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'e2e/artifacts/graph-after-collect.png' });
  expect(svgObjects(await exportSvg(page), 'Node')).toEqual([]);
});

/** Key press → view in the pane (service round trips included) → two animation frames (everything has painted). */
// In-page script (a string: the e2e tsconfig has no DOM types). Marks the keydown, the pane's next data-moment
// (set in the same update as the graph's render) and two animation frames after it.
const ARM_STEP = `(() => {
  window.__step = null;
  const pane = document.querySelector('[data-testid="heap-graph"]');
  let t0 = 0;
  const mark = () => (t0 = t0 || performance.now());
  window.addEventListener('keydown', mark, { capture: true, once: true });
  window.addEventListener('pointerdown', mark, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    const t1 = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => {
      window.__step = { toView: t1 - t0, toPaint: performance.now() - t0 };
    }));
  });
  observer.observe(pane, { attributes: true, attributeFilter: ['data-moment'] });
})()`;

interface StepTiming {
  /** Key or click → the view in the pane: the service's round trip, the store, the graph's render. */
  readonly toView: number;
  /** Key or click → two animation frames later: every pane has painted. */
  readonly toPaint: number;
  /** The graph's synchronous part: elements, placement, Cytoscape's batch, the references painted beneath it. */
  readonly render: number;
  /** Cytoscape's frame that drew the moment (frameTiming.ts; 0 when the moment changed no Cytoscape element). */
  readonly draw: number;
}

/** Key press or click → view in the pane → painted; with the graph's own share of it, as the pane reports it. */
async function measure(page: Page, act: () => Promise<void>): Promise<StepTiming> {
  await page.evaluate(ARM_STEP);
  await act();
  // (page.evaluate, not waitForFunction: the page's CSP forbids the eval waitForFunction uses for a string)
  await expect.poll(() => page.evaluate('window.__step !== null'), { intervals: [5, 10, 20] }).toBe(true);
  const moment = await graphPane(page).getAttribute('data-moment');
  await expect(graphPane(page)).toHaveAttribute('data-drawn-moment', moment!);
  const step = (await page.evaluate('window.__step')) as { toView: number; toPaint: number };
  const ms = async (name: string) => Number(await graphPane(page).getAttribute(name));
  return { ...step, render: await ms('data-render-ms'), draw: await ms('data-draw-ms') };
}

const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

/** In-page count of the pixels painted (not transparent) on a canvas. */
const COUNT_PAINTED = (source: string) => `(() => {
  const painted = (d) => { let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; };
  ${source}
})()`;
/** The bulk references' canvas: at the fit's zoom its lines are thinner than a pixel, so painted, not grey. */
const BULK_CANVAS_PAINTED = COUNT_PAINTED(`const c = document.querySelector('.heap-graph__bulk-edges'); return painted(c.getContext('2d').getImageData(0, 0, c.width, c.height).data);`);
test('~2,000 objects: first render and per-step update (measured); the references painted beneath Cytoscape', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  // 1,990 lists, each holding its parent (a binary tree): ~2,000 objects of the program.
  await run(page, null, 'nodes = []\nfor i in range(1990):\n    nodes.append([nodes[i // 2] if i else None])\nprint(len(nodes))\n');
  // From the start of the run to the last line (the source view): ~2,000 objects appear at once, all new to
  // the graph (Home drops them again), three times.
  const firsts: StepTiming[] = [];
  for (let k = 0; k < 3; k++) {
    await press(page, 'Home');
    firsts.push(await measure(page, () => page.getByTestId('source-view').locator('[data-line="4"]').click()));
    await expect(page.getByTestId('source-view')).toHaveAttribute('data-line', '4');
  }
  const first = [...firsts].sort((a, b) => a.toPaint - b.toPaint)[1]!; // the median of three
  const objects = Number(await graph(page).getAttribute('data-objects'));
  const refs = Number(await graph(page).getAttribute('data-refs'));
  expect(objects).toBeGreaterThan(1900);
  // The plain references are painted beneath Cytoscape (bulkEdges.ts), and they show.
  expect(Number(await graph(page).getAttribute('data-bulk-refs'))).toBeGreaterThan(3900);
  expect(await page.evaluate(BULK_CANVAS_PAINTED)).toBeGreaterThan(20_000);
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'e2e/artifacts/graph-2000.png' });
  // ... and the exported PNG has them too (they join Cytoscape for the picture), at most 8,192 pixels a side.
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('graph-export-png').click()]);
  const pngBytes = await saved(png);
  expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(Math.max(pngBytes.readUInt32BE(16), pngBytes.readUInt32BE(20))).toBeLessThanOrEqual(8192);
  expect(Math.max(pngBytes.readUInt32BE(16), pngBytes.readUInt32BE(20))).toBeGreaterThan(4000);
  expect(Number(await graph(page).getAttribute('data-png-refs'))).toBe(Number(await graph(page).getAttribute('data-bulk-refs')));

  const steps = [];
  await page.getByTestId('heap-graph').locator('h2').click();
  for (let k = 0; k < 40; k++) steps.push(await measure(page, () => page.keyboard.press('ArrowLeft')));
  const ms = (xs: number[]) => `p50 ${pct(xs, 0.5).toFixed(1)} ms, p90 ${pct(xs, 0.9).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
  const drawn = steps.filter((s) => s.draw > 0);
  console.log(
    `graph at ${objects} objects, ${refs} references:\n` +
      `  first render (click → painted, median of ${firsts.length}: ${firsts.map((f) => f.toPaint.toFixed(0)).join(', ')} ms): ${first.toPaint.toFixed(1)} ms (service ${(first.toView - first.render).toFixed(1)} ms, elements+layout+batch ${first.render.toFixed(1)} ms, Cytoscape's frame ${first.draw.toFixed(1)} ms)\n` +
      `  step, the graph's update (elements+layout+batch+references beneath, then Cytoscape's frame; ${steps.length} steps): ${ms(steps.map((s) => s.render + s.draw))}\n` +
      `    of which elements+layout+batch ${ms(steps.map((s) => s.render))}; Cytoscape's frame ${drawn.length > 0 ? ms(drawn.map((s) => s.draw)) : '—'} (${drawn.length} steps drew one)\n` +
      `  step, key → every pane painted (service round trip and the other panes included): ${ms(steps.map((s) => s.toPaint))}`,
  );
  // The targets are 1 s and 50 ms; the figures above are what this machine gave. Asserted here: regression guards
  // at twice the targets, because e2e runs share two cores with other work and a run's figures vary that much.
  console.log('  targets: first render ≤ 1000 ms, the graph\'s update while scrubbing ≤ 50 ms');
  expect(first.toPaint).toBeLessThanOrEqual(2000);
  expect(pct(steps.map((s) => s.render + s.draw), 0.5)).toBeLessThanOrEqual(100);
});
