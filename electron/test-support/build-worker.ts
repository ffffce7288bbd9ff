// Test support: builds the simulation worker entry (electron/worker/index.ts, the same entry
// electron.vite.config.ts emits as out/main/worker.js) into a temporary directory, so integration
// tests start the real built worker under worker_threads without a full app build.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export interface BuiltWorker {
  readonly entryFile: string;
  remove(): void;
}

export async function buildWorkerEntry(): Promise<BuiltWorker> {
  const outDir = mkdtempSync(join(tmpdir(), 'heapscope-worker-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: fileURLToPath(new URL('../worker/index.ts', import.meta.url)),
      outDir,
      emptyOutDir: true,
      minify: false,
      // .mjs: the temporary directory has no package.json saying "type": "module".
      rolldownOptions: { output: { format: 'es', entryFileNames: 'worker.mjs' } },
    },
  });
  return { entryFile: join(outDir, 'worker.mjs'), remove: () => rmSync(outDir, { recursive: true, force: true }) };
}
