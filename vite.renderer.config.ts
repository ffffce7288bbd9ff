// Web mode: the renderer served by Vite in a plain browser, with the simulation service in a Web
// Worker (src/web). The desktop build (electron.vite.config.ts) reuses `rendererOptions` so both
// hosts get the same renderer. `npm run web` builds into dist-web/ and serves it with `vite preview`.

import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/main/security.js';

export const rendererRoot = fileURLToPath(new URL('./src/renderer', import.meta.url));
/** dist-web/, or HEAPSCOPE_DIST (an absolute path): lets separate checkouts' e2e runs build side by side. */
export const webOutDir = process.env['HEAPSCOPE_DIST'] || fileURLToPath(new URL('./dist-web', import.meta.url));
export const DEFAULT_WEB_PORT = 5199;
/** The headers that make the page crossOriginIsolated (SharedArrayBuffer for web-mode cancel). */
export const CROSS_ORIGIN_ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

/** The parts of the Vite config both hosts share. */
export const rendererOptions = {
  root: rendererRoot,
  base: './',
  // Files copied as-is next to index.html: the app icon (also the page's favicon).
  publicDir: fileURLToPath(new URL('./resources/icons', import.meta.url)),
  plugins: [vue()],
  worker: { format: 'es' },
} satisfies UserConfig;

function webPort(): number {
  const raw = process.env['HEAPSCOPE_PORT'];
  if (raw === undefined || raw === '') return DEFAULT_WEB_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`HEAPSCOPE_PORT must be a port number (1–65535), got '${raw}'`);
  }
  return port;
}

export default defineConfig(() => {
  const port = webPort();
  return {
    ...rendererOptions,
    // CodeMirror and its Python grammar make one ~540 kB chunk; acceptable for a desktop-class app.
    build: { outDir: webOutDir, emptyOutDir: true, chunkSizeWarningLimit: 800 },
    server: { host: '127.0.0.1', port, strictPort: true, headers: CROSS_ORIGIN_ISOLATION },
    preview: {
      host: '127.0.0.1',
      port,
      strictPort: true,
      // COOP/COEP make the page cross-origin isolated, which SharedArrayBuffer needs: the page shares a cancel
      // flag with the simulation worker so cancel() interrupts a run (src/web/cancel-flag.ts). Every resource is
      // same-origin, so require-corp blocks nothing.
      headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, ...CROSS_ORIGIN_ISOLATION },
    },
  };
});
