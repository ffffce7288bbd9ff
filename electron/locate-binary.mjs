// Finds the Electron binary of the installed `electron` package without running its index.js
// (which would try to download the binary). Returns the binary's path, or a reason it is absent.
// Used by scripts/start.mjs and the Electron-mode e2e tests.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** @returns {{ path: string } | { reason: string }} */
export function locateElectronBinary() {
  let packageDir;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed (run npm install)' };
  }
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const override = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
    return existsSync(override) ? { path: override } : { reason: `ELECTRON_OVERRIDE_DIST_PATH has no binary at ${override}` };
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { reason: 'the Electron binary was never downloaded (node_modules/electron/path.txt and dist/ are missing)' };
  }
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { reason: `the Electron binary is missing at ${binary}` };
}
