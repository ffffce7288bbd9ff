// Scrubbing a long run: a program of over a million events (a loop building and dropping a list), then the
// scrubber dragged back and forth across the whole run for a few seconds with the mouse while the page measures
// its frame times (requestAnimationFrame deltas). The p50/p95 are printed (the target is p95 ≤ 33 ms); the
// assertion is only a sanity bound, plus: the moment followed the pointer and views kept arriving.

import { expect, test } from '@playwright/test';
import { WorkspacePage } from '../fixtures/workspace-page';

test.use({ locale: 'en-US', colorScheme: 'light' });

const PROGRAM = 'for i in range(16000):\n    x = [i, i + 1, i + 2]\n    del x\n';
const DRAG_MS = 4_000;
const TRACE_MS = 2_000;

/** What the page-side probe keeps on the window (the e2e types have no DOM library). */
interface Probe {
  __frames: number[];
  __views: Set<string>;
  __moments: Set<string>;
  __graph: Set<string>;
  __stop: boolean;
  document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };
  performance: { now(): number };
  requestAnimationFrame(callback: (now: number) => void): number;
}

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** Main-thread time by trace event name (top-level tasks' children summed by name), from a Chromium trace. */
function mainThreadTime(trace: { traceEvents: { name: string; ph: string; dur?: number; pid: number; tid: number; args?: { name?: string } }[] }): Map<string, number> {
  const main = new Set(trace.traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const sums = new Map<string, number>();
  for (const e of trace.traceEvents) {
    if (e.ph !== 'X' || !e.dur || !main.has(`${e.pid}:${e.tid}`)) continue;
    sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
  }
  return sums;
}

test('dragging the scrubber across a million-event run keeps frames short', async ({ page, browser }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  const workspace = new WorkspacePage(page);
  await workspace.waitUntilReady();
  await workspace.replaceSource(PROGRAM);
  await workspace.runButton.click();
  await expect(workspace.runOutput).toHaveAttribute('data-stop-reason', 'finished', { timeout: 180_000 });

  const counter = page.getByTestId('moment-counter');
  await expect(counter).toBeVisible({ timeout: 30_000 });
  const total = Number(await counter.getAttribute('data-total'));
  expect(total).toBeGreaterThanOrEqual(1_000_000);
  await expect(counter).toHaveAttribute('data-view', String(total), { timeout: 30_000 });

  const box = (await page.getByTestId('scrubber').boundingBox())!;
  const y = box.y + box.height / 2;
  /** Drags back and forth across the whole run for `ms`, a few pixels per move; returns the moves made. */
  async function drag(ms: number): Promise<number> {
    await page.mouse.move(box.x + 2, y);
    await page.mouse.down();
    const start = Date.now();
    let moves = 0;
    while (Date.now() - start < ms) {
      const phase = ((Date.now() - start) / 1500) % 2;
      const f = phase < 1 ? phase : 2 - phase;
      await page.mouse.move(box.x + 2 + f * (box.width - 4), y);
      moves++;
    }
    await page.mouse.up();
    return moves;
  }

  // 1. Frame times and the views shown, measured in the page (no tracing: it would slow the page).
  await page.evaluate(() => {
    const w = globalThis as unknown as Probe;
    w.__frames = [];
    w.__views = new Set();
    w.__moments = new Set();
    w.__graph = new Set();
    w.__stop = false;
    const el = w.document.querySelector('[data-testid="moment-counter"]')!;
    const graph = w.document.querySelector('[data-testid="heap-graph"]')!;
    let last = w.performance.now();
    const tick = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      w.__views.add(el.getAttribute('data-view') ?? '');
      w.__moments.add(el.getAttribute('data-moment') ?? '');
      w.__graph.add(graph.getAttribute('data-moment') ?? '');
      if (!w.__stop) w.requestAnimationFrame(tick);
    };
    w.requestAnimationFrame(tick);
  });
  const moves = await drag(DRAG_MS);
  const { frames, views, moments, graphViews } = await page.evaluate(() => {
    const w = globalThis as unknown as Probe;
    w.__stop = true;
    return { frames: w.__frames.slice(1), views: w.__views.size, moments: w.__moments.size, graphViews: w.__graph.size };
  });
  const sorted = [...frames].sort((a, b) => a - b);
  const p50 = quantile(sorted, 0.5);
  const p95 = quantile(sorted, 0.95);
  const max = sorted[sorted.length - 1]!;
  console.log(
    `scrub over ${total} events: ${moves} pointer moves in ${DRAG_MS} ms, ${frames.length} frames, ${moments} moments, ${views} views shown (${graphViews} by the graph); ` +
      `frame time p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${max.toFixed(1)} ms (target p95 ≤ 33 ms)`,
  );

  // 1b. The same drag with a pointer moving on every frame, as a real mouse does (page.mouse above delivers only what
  // the Playwright round trip allows): a real press, then pointermove events dispatched in the page each frame.
  await page.mouse.move(box.x + 2, y);
  await page.mouse.down();
  const fast = await page.evaluate(
    ({ left, width, top, ms }) => {
      const w = globalThis as unknown as Probe & {
        PointerEvent: new (type: string, init: Record<string, unknown>) => unknown;
      };
      const target = w.document.querySelector('[data-testid="scrubber"]')! as unknown as { dispatchEvent(e: unknown): boolean };
      const graph = w.document.querySelector('[data-testid="heap-graph"]')!;
      return new Promise<{ frames: number[]; graph: number }>((resolve) => {
        const frames: number[] = [];
        const drawn = new Set<string>();
        const t0 = w.performance.now();
        let last = t0;
        const tick = (now: number) => {
          frames.push(now - last);
          last = now;
          drawn.add(graph.getAttribute('data-moment') ?? '');
          const phase = ((now - t0) / 1500) % 2;
          const f = phase < 1 ? phase : 2 - phase;
          target.dispatchEvent(new w.PointerEvent('pointermove', { bubbles: true, pointerId: 1, pointerType: 'mouse', buttons: 1, clientX: left + 2 + f * (width - 4), clientY: top }));
          if (now - t0 < ms) w.requestAnimationFrame(tick);
          else resolve({ frames: frames.slice(1), graph: drawn.size });
        };
        w.requestAnimationFrame(tick);
      });
    },
    { left: box.x, width: box.width, top: y, ms: DRAG_MS },
  );
  await page.mouse.up();
  const fastSorted = [...fast.frames].sort((a, b) => a - b);
  console.log(
    `with a pointer move every frame: ${fast.frames.length} frames, ${fast.graph} views drawn by the graph; frame time p50 ` +
      `${quantile(fastSorted, 0.5).toFixed(1)} ms, p95 ${quantile(fastSorted, 0.95).toFixed(1)} ms, max ${fastSorted[fastSorted.length - 1]!.toFixed(1)} ms`,
  );

  // 2. Where the main thread's time goes while scrubbing: a second drag under a Chromium trace (printed only).
  await page.evaluate(() => {
    const w = globalThis as unknown as Probe & { __shown: number };
    w.__shown = 0;
    let seen = w.document.querySelector('[data-testid="heap-graph"]')!.getAttribute('data-moment');
    const poll = () => {
      const now = w.document.querySelector('[data-testid="heap-graph"]')!.getAttribute('data-moment');
      if (now !== seen) ((seen = now), w.__shown++);
      if (!w.__stop) w.requestAnimationFrame(poll);
    };
    w.__stop = false;
    w.requestAnimationFrame(poll);
  });
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await drag(TRACE_MS);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as Parameters<typeof mainThreadTime>[0];
  const shown = await page.evaluate(() => {
    const w = globalThis as unknown as Probe & { __shown: number };
    w.__stop = true;
    return w.__shown;
  });
  const time = mainThreadTime(trace);
  const perView = (name: string) => ((time.get(name) ?? 0) / Math.max(shown, 1)).toFixed(1);
  console.log(
    `main thread per view drawn by the canvas panes (${shown} views, traced): worker messages ${perView('HandlePostMessage')} ms (the view's arrival and the ` +
      `panes' Vue updates), animation frames ${perView('FireAnimationFrame')} (canvas panes), input ${perView('EventDispatch')}, layout ${perView('Layout')}, ` +
      `paint ${perView('Paint')}, compositor commit ${perView('Commit')} ms`,
  );
  await page.screenshot({ path: 'e2e/artifacts/scrub-performance.png' });

  expect(moments).toBeGreaterThan(5);
  expect(views).toBeGreaterThan(5);
  expect(graphViews).toBeGreaterThan(2);
  expect(p95).toBeLessThan(1000); // sanity only (the machine may be shared): the figure itself is the result
});
