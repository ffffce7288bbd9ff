// `npm run web`: builds the renderer for web mode and serves it on http://127.0.0.1:5199
// (HEAPSCOPE_PORT overrides the port). `--no-build` serves the existing dist-web/ (used by e2e).

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const configFile = fileURLToPath(new URL('../vite.renderer.config.ts', import.meta.url));
const builtIndex = process.env.HEAPSCOPE_DIST
  ? `${process.env.HEAPSCOPE_DIST}/index.html`
  : fileURLToPath(new URL('../dist-web/index.html', import.meta.url));

function fail(message) {
  console.error(`heapscope: ${message}`);
  process.exit(1);
}

function requestedPort() {
  const raw = process.env.HEAPSCOPE_PORT;
  if (raw === undefined || raw === '') return 5199;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`HEAPSCOPE_PORT must be a port number (1–65535), got '${raw}'`);
  return port;
}

export async function serveWebMode({ skipBuild = false } = {}) {
  const port = requestedPort();
  if (!skipBuild) {
    console.log('Building Heapscope for web mode…');
    await build({ configFile, logLevel: 'warn' });
  } else if (!existsSync(builtIndex)) {
    fail('dist-web/ has not been built; run `npm run build:web` (or `npm run web`, which builds) first');
  }
  let server;
  try {
    server = await preview({ configFile, logLevel: 'warn' });
  } catch (error) {
    if (/already in use/i.test(String(error?.message))) {
      fail(`port ${port} is already in use; choose another with HEAPSCOPE_PORT=NNNN npm run web`);
    }
    throw error;
  }
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  console.log(`Heapscope (web mode) is serving at ${url}  — press Ctrl+C to stop`);
  return server;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await serveWebMode({ skipBuild: process.argv.includes('--no-build') });
}
