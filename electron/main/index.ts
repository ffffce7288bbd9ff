// The Electron main process: app lifecycle and the window. It runs no simulation (that is the
// worker's job) and loads nothing remote; it only relays validated calls (ipc-adapter.ts, relay.ts).

import { app, BrowserWindow, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { broadcastEvent, installIpcAdapter } from './ipc-adapter';
import { createRelay } from './relay';
import { CONTENT_SECURITY_POLICY, isAppUrl, secureWebPreferences } from './security';
import { startSimulationWorker } from './worker-host';

const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '../renderer');
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const isTrusted = (url: string): boolean => isAppUrl(url, rendererDir, devServerUrl);

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'Heapscope',
    show: false,
    backgroundColor: '#f4f4f1',
    // resources/icons is the renderer's public dir, so the icon ships next to index.html.
    icon: join(rendererDir, 'heapscope.png'),
    webPreferences: secureWebPreferences(join(here, '../preload/index.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  // No in-app navigation away from the app, and no new windows; http(s) links open in the browser.
  window.webContents.on('will-navigate', (event, url) => {
    if (!isTrusted(url)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(join(rendererDir, 'index.html'));
  return window;
}

// Every renderer the app ever creates is sandboxed, not only the windows made here.
app.enableSandbox();

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

void app.whenReady().then(() => {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));

  const worker = startSimulationWorker(join(here, 'worker.js'));
  const relay = createRelay(worker.transport, broadcastEvent);
  installIpcAdapter(relay, isTrusted);
  createWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('will-quit', () => {
    relay.dispose();
    void worker.terminate();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
