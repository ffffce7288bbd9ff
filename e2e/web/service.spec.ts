import { expect, test } from '@playwright/test';

// The simulation service's run / frameAt path in Chromium's Web Worker: a second instance of the page's own
// worker bundle is started and spoken to with raw protocol messages, as web-worker-host.ts does.
test('the Web Worker records a run and serves a view of it', async ({ page }) => {
  await page.goto('/');
  await expect.poll(() => page.workers().length).toBe(1);
  const url = page.workers()[0]!.url();
  const result = await page.evaluate(async (workerUrl) => {
    // The page's Worker (this file is type-checked with Node's libs, which have no DOM Worker).
    interface PageWorker {
      postMessage(m: unknown): void;
      addEventListener(t: 'message', l: (e: { data: unknown }) => void): void;
      removeEventListener(t: 'message', l: (e: { data: unknown }) => void): void;
      terminate(): void;
    }
    const PageWorkerCtor = (globalThis as unknown as { Worker: new (url: string, o: { type: string }) => PageWorker }).Worker;
    const worker = new PageWorkerCtor(workerUrl, { type: 'module' });
    const events: string[] = [];
    let id = 0;
    const call = (method: string, args: unknown[]): Promise<unknown> =>
      new Promise((resolve, reject) => {
        const mine = ++id;
        const onMessage = (e: { data: unknown }): void => {
          const m = e.data as { type: string; id?: number; name?: string; result?: unknown; error?: { message: string } };
          if (m.type === 'event') {
            events.push(m.name!);
            return;
          }
          if (m.id !== mine) return;
          worker.removeEventListener('message', onMessage);
          if (m.type === 'reply') resolve(m.result);
          else reject(new Error(m.error?.message ?? 'failed'));
        };
        worker.addEventListener('message', onMessage);
        worker.postMessage({ type: 'call', protocol: 1, id: mine, method, args });
      });
    const summary = (await call('run', ['xs = [[i] for i in range(3)]\nprint(len(xs))\n', '3.11'])) as { events: number; stdout: string; stopReason: string };
    const view = (await call('frameAt', [summary.events])) as { stdout: string; steps: number };
    const file = (await call('exportTrace', [null])) as string;
    const back = (await call('importTrace', [file])) as { events: number };
    worker.terminate();
    return { summary, view, back, events };
  }, url);
  expect(result.summary).toMatchObject({ stopReason: 'finished', stdout: '3\n' });
  expect(result.summary.events).toBeGreaterThan(100);
  expect(result.view.stdout).toBe('3\n');
  expect(result.back.events).toBe(result.summary.events);
  expect(result.events).toContain('onDidFinish');
});
