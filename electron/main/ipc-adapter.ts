// The one place in the app that touches ipcMain. It accepts calls only from the app's own pages,
// validates each one (relay.ts) before it reaches the worker, and pushes service events to windows.

import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../ipc-channels';
import type { EventMessage } from '../../src/shared/protocol';
import type { Relay } from './relay';

export function installIpcAdapter(relay: Relay, isTrustedSender: (url: string) => boolean): () => void {
  ipcMain.handle(CALL_CHANNEL, (event: IpcMainInvokeEvent, raw: unknown) => {
    const url = event.senderFrame?.url ?? '';
    if (!isTrustedSender(url)) throw new Error(`refused a call from an untrusted page: ${url || '(unknown)'}`);
    return relay.call(raw);
  });
  return () => ipcMain.removeHandler(CALL_CHANNEL);
}

/** Sends a service event to every live window of the app (not to devtools or other web contents). */
export function broadcastEvent(event: EventMessage): void {
  for (const window of BrowserWindow.getAllWindows()) {
    if (!window.isDestroyed() && !window.webContents.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event);
  }
}
