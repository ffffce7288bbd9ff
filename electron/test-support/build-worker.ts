// Test support: builds the simulation worker entry (electron/worker/index.ts, the same entry
// electron.vite.config.ts emits as out/main/worker.js) so integration tests start the real built
// worker under worker_threads without a full app build. The bundle goes into node_modules/.cache
// inside the project: its external packages (immer, fflate, which the recorder imports) then resolve
// from the project's node_modules, as they do for the app's out/main/worker.js.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export interface BuiltWorker {
  readonly entryFile: string;
  remove(): void;
}

export async function buildWorkerEntry(): Promise<BuiltWorker> {
  const cache = fileURLToPath(new URL('../../node_modules/.cache/', import.meta.url));
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, 'heapscope-worker-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: fileURLToPath(new URL('../worker/index.ts', import.meta.url)),
      outDir,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'worker.mjs' } },
    },
  });
  return { entryFile: join(outDir, 'worker.mjs'), remove: () => rmSync(outDir, { recursive: true, force: true }) };
}
