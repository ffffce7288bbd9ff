// Test support for this folder: builds the worker entry like electron/test-support/build-worker.ts, but into a
// directory inside the project (node_modules/.cache), so the bundle's external packages (immer, fflate, which
// the recorder imports) resolve from the project's node_modules as they do for the app's out/main/worker.js.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { BuiltWorker } from '../test-support/build-worker';

export async function buildWorkerInProject(): Promise<BuiltWorker> {
  const cache = fileURLToPath(new URL('../../node_modules/.cache/', import.meta.url));
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, 'heapscope-worker-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: fileURLToPath(new URL('./index.ts', import.meta.url)),
      outDir,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'worker.mjs' } },
    },
  });
  return { entryFile: join(outDir, 'worker.mjs'), remove: () => rmSync(outDir, { recursive: true, force: true }) };
}
