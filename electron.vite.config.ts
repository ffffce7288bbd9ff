// The desktop build (electron-vite): the main process plus the simulation worker as a second main
// input (a stable out/main/worker.js the main process starts), the sandboxed preload as CommonJS
// (out/preload/index.cjs; a sandboxed preload cannot be an ES module), and the renderer shared with
// web mode (vite.renderer.config.ts).

import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererOptions, rendererRoot } from './vite.renderer.config';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          worker: resolve('electron/worker/index.ts'),
        },
        output: { entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererOptions,
    build: {
      outDir: 'out/renderer',
      rolldownOptions: { input: { index: resolve(rendererRoot, 'index.html') } },
    },
  },
});
