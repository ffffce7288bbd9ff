// The Electron main process: app lifecycle, the window (its state remembered, window-state.ts)
// and the native menus (menu.ts). It runs no simulation (that is the worker's job) and loads
// nothing remote; it only relays validated calls (ipc-adapter.ts, relay.ts) and passes .heapscope files
// (Open dialog, double-click, command line: trace-files.ts) to the page as validated shell commands.

import { app, BrowserWindow, dialog, Menu, screen, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { broadcastEvent, installIpcAdapter } from './ipc-adapter';
import demoCatalogue from '../../resources/demos/demos.json';
import { menuTemplate } from './menu';
import { MENU_TEXT, menuLocaleOf } from './menu-text';
import { createRelay } from './relay';
import { SHELL_COMMAND_CHANNEL, ShellCommandKind, type ShellCommand } from './shell-commands';
import { commandQueue, readTraceFile, traceFileArgument, traceFilters } from './trace-files';
import { readRecentFiles, withOpened, without, writeRecentFiles } from './recent-files';
import { CONTENT_SECURITY_POLICY, isAppUrl, secureWebPreferences } from './security';
import { startSimulationWorker } from './worker-host';
import {
  MIN_HEIGHT,
  MIN_WIDTH,
  parseWindowState,
  readWindowStateFile,
  serializeWindowState,
  writeWindowStateFile,
} from './window-state';

const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '../renderer');
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const isTrusted = (url: string): boolean => isAppUrl(url, rendererDir, devServerUrl);

function createWindow(): BrowserWindow {
  const userData = app.getPath('userData');
  const state = parseWindowState(
    readWindowStateFile(userData),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Heapscope',
    show: false,
    backgroundColor: '#f4f4f1',
    // resources/icons is the renderer's public dir, so the icon ships next to index.html.
    icon: join(rendererDir, 'heapscope.png'),
    webPreferences: secureWebPreferences(join(here, '../preload/index.cjs')),
  });
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  // The normal bounds are kept even when closing maximized, so un-maximizing next time restores them.
  window.on('close', () => {
    writeWindowStateFile(userData, serializeWindowState(window.getNormalBounds(), window.isMaximized()));
  });
  // No in-app navigation away from the app, and no new windows; http(s) links open in the browser.
  window.webContents.on('will-navigate', (event, url) => {
    if (!isTrusted(url)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  // Trace files opened before the page listens wait for it (trace-files.ts invariant 2).
  window.webContents.on('did-start-loading', () => traceCommands.reset());
  window.webContents.on('did-finish-load', () => traceCommands.ready());
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(join(rendererDir, 'index.html'));
  return window;
}

// Every renderer the app ever creates is sandboxed, not only the windows made here.
app.enableSandbox();

/** Menu commands go to the focused workspace window (the only one today). */
function sendShellCommand(command: ShellCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  target?.webContents.send(SHELL_COMMAND_CHANNEL, command);
}

/** Commands about trace files, held until the page has loaded. */
const traceCommands = commandQueue(sendShellCommand);

/** File → Open Recent, kept in userData (recent-files.ts); the menu is rebuilt when it changes. */
let recentFiles: string[] = [];
function setRecentFiles(next: string[]): void {
  recentFiles = next;
  writeRecentFiles(app.getPath('userData'), next);
  if (app.isReady()) installMenu();
}

function openTraceFile(path: string): void {
  void readTraceFile(path).then((command) => {
    traceCommands.push(command);
    if (command.kind === ShellCommandKind.OPEN_TRACE) {
      setRecentFiles(withOpened(recentFiles, path));
      app.addRecentDocument(path);
    } else setRecentFiles(without(recentFiles, path));
  });
}

/** File → Open: the open dialog, filtered to .heapscope files. */
async function showOpenDialog(label: string): Promise<void> {
  const window = BrowserWindow.getFocusedWindow();
  const options = { properties: ['openFile' as const], filters: traceFilters(label) };
  const result = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
  const path = result.filePaths[0];
  if (!result.canceled && path) openTraceFile(path);
}

// macOS: a double-clicked file arrives as open-file, possibly before the app is ready.
app.on('open-file', (event, path) => {
  event.preventDefault();
  openTraceFile(path);
});

function installMenu(): void {
  const locale = menuLocaleOf(app.getLocale());
  const text = MENU_TEXT[locale];
  const demos = demoCatalogue.demos.map((demo) => ({ id: demo.id, title: demo.title[locale] }));
  const about = (): void => {
    const window = BrowserWindow.getFocusedWindow();
    const options = { type: 'info' as const, title: text.about, message: 'Heapscope', detail: text.aboutDetail(app.getVersion()), buttons: ['OK'] };
    void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
  };
  const template = menuTemplate(
    { text, platform: process.platform, demos, development: devServerUrl !== undefined, recent: recentFiles },
    {
      send: sendShellCommand,
      about,
      openTrace: () => void showOpenDialog(text.traceFiles),
      openRecent: openTraceFile,
      clearRecent: () => {
        app.clearRecentDocuments();
        setRecentFiles([]);
      },
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

// One workspace process: a file double-clicked while the app runs opens in the running window (Windows and
// Linux pass it on the second instance's command line) instead of starting a second simulation worker.
const primaryInstance = app.requestSingleInstanceLock();
if (!primaryInstance) app.quit();
app.on('second-instance', (_event, argv) => {
  const window = BrowserWindow.getAllWindows()[0];
  if (window) {
    if (window.isMinimized()) window.restore();
    window.focus();
  }
  const path = traceFileArgument(argv);
  if (path) openTraceFile(path);
});

if (primaryInstance) void app.whenReady().then(() => {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));

  const worker = startSimulationWorker(join(here, 'worker.js'));
  const relay = createRelay(worker.transport, broadcastEvent);
  installIpcAdapter(relay, isTrusted);
  recentFiles = readRecentFiles(app.getPath('userData'));
  installMenu();
  // A trace download (Save Trace, Share Moment) becomes the native Save dialog, filtered to .heapscope.
  session.defaultSession.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({ filters: traceFilters(MENU_TEXT[menuLocaleOf(app.getLocale())].traceFiles) });
  });
  createWindow();
  // Windows and Linux: a double-clicked file is the command line's argument.
  const fromArgs = traceFileArgument(process.argv);
  if (fromArgs) openTraceFile(fromArgs);

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
