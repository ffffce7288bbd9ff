// `npm run web`: builds the renderer for web mode and serves it on http://127.0.0.1:5199
// (HEAPSCOPE_PORT overrides the port). `--no-build` serves the existing dist-web/ (used by e2e).

import { build, preview } from 'vite';

const configFile = new URL('../vite.renderer.config.ts', import.meta.url).pathname;

export async function serveWebMode({ skipBuild = false } = {}) {
  if (!skipBuild) {
    console.log('Building Heapscope for web mode…');
    await build({ configFile, logLevel: 'warn' });
  }
  let server;
  try {
    server = await preview({ configFile, logLevel: 'warn' });
  } catch (error) {
    const port = process.env.HEAPSCOPE_PORT || '5199';
    if (/already in use/i.test(String(error?.message))) {
      console.error(`Port ${port} is already in use; choose another with HEAPSCOPE_PORT=NNNN npm run web`);
      process.exit(1);
    }
    throw error;
  }
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${process.env.HEAPSCOPE_PORT || 5199}/`;
  console.log(`Heapscope (web mode) is serving at ${url}  — press Ctrl+C to stop`);
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await serveWebMode({ skipBuild: process.argv.includes('--no-build') });
}
