/// <reference types="vite/client" />
// Globals the renderer may see. `window.heapscope` exists only in the desktop app (the preload
// exposes it); in web mode it is absent and host/connect.ts starts a Web Worker instead.

import type { SimClient } from '../shared/sim-service';
import type { ShellBridge } from './host/shell';

declare global {
  interface Window {
    readonly heapscope?: SimClient;
    /** The desktop menus' commands (desktop only). */
    readonly heapscopeShell?: ShellBridge;
  }
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}

export {};
