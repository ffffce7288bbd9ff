// The desktop preload (sandboxed, built as CommonJS): the only renderer-side file that touches
// ipcRenderer. It builds the typed simulation client over IPC and exposes it as `window.heapscope`,
// and the menus' commands (validated, receive-only) as `window.heapscopeShell`. Nothing else: the
// renderer cannot reach ipcRenderer itself.

import { contextBridge, ipcRenderer } from 'electron';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../ipc-channels';
import { parseShellCommand, SHELL_COMMAND_CHANNEL, type ShellCommand } from '../main/shell-commands';
import { failMessageOf } from '../../src/shared/protocol';
import { createClient } from '../../src/shared/rpc-client';
import { simServiceSpec } from '../../src/shared/sim-service';
import type { Transport } from '../../src/shared/transport';

const listeners = new Set<(raw: unknown) => void>();
const deliver = (raw: unknown): void => listeners.forEach((listener) => listener(raw));

const ipcTransport: Transport = {
  send(message) {
    // Each call is one invoke; the main process answers with the reply or fail message.
    ipcRenderer.invoke(CALL_CHANNEL, message).then(deliver, (error: unknown) => {
      if (message.type === 'call') deliver(failMessageOf(message.id, error));
    });
  },
  onMessage(listener) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};
ipcRenderer.on(EVENT_CHANNEL, (_event, raw: unknown) => deliver(raw));

const client = createClient(simServiceSpec, ipcTransport, {
  onProtocolError: (error) => console.error(`heapscope: ignored a message: ${error.message}`),
});

// contextBridge copies this object: methods become proxies, `on` listeners cross as functions.
contextBridge.exposeInMainWorld('heapscope', client);

// Menu commands: the page can listen, never send. Each message is validated before it is passed on.
const shellListeners = new Set<(command: ShellCommand) => void>();
ipcRenderer.on(SHELL_COMMAND_CHANNEL, (_event, raw: unknown) => {
  const command = parseShellCommand(raw);
  if (command) shellListeners.forEach((listener) => listener(command));
  else console.error('heapscope: ignored a malformed menu command');
});
contextBridge.exposeInMainWorld('heapscopeShell', {
  onCommand(listener: (command: ShellCommand) => void): () => void {
    shellListeners.add(listener);
    return () => void shellListeners.delete(listener);
  },
});
