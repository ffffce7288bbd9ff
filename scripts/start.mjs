// `npm start`: builds and opens the desktop app. Where the Electron binary is not installed (it
// cannot be downloaded on restricted networks), says so in one line and serves web mode instead.

import { spawn } from 'node:child_process';
import { build } from 'electron-vite';
import { locateElectronBinary } from '../electron/locate-binary.mjs';
import { serveWebMode } from './web.mjs';

const electron = locateElectronBinary();
if ('reason' in electron) {
  console.log(`Electron is not available here: ${electron.reason}. Serving web mode instead.`);
  await serveWebMode();
} else {
  console.log('Building Heapscope…');
  await build({ configFile: new URL('../electron.vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
  const child = spawn(electron.path, ['.'], { stdio: 'inherit', cwd: new URL('..', import.meta.url).pathname });
  child.on('exit', (code) => process.exit(code ?? 0));
}
