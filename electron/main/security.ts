// The desktop window's security policy in one place: the Content-Security-Policy (sent as a
// response header here and repeated as a meta tag in src/renderer/index.html), the renderer
// preferences, and which URLs count as the app itself. Heapscope loads no remote content at all.

import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Same policy as the meta tag in src/renderer/index.html; a test keeps the two equal. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Electron webPreferences for every Heapscope window. */
export function secureWebPreferences(preloadFile: string) {
  return {
    preload: preloadFile,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  } as const;
}

/**
 * Whether `url` is the app's own page: the built renderer under `rendererDir` (file://), or the
 * development server electron-vite announces in ELECTRON_RENDERER_URL. Everything else is foreign.
 */
export function isAppUrl(url: string, rendererDir: string, devServerUrl: string | undefined): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    return parsed.origin === dev.origin;
  }
  if (parsed.protocol !== 'file:') return false;
  // pathToFileURL also handles Windows drive letters and characters that need escaping.
  const root = pathToFileURL(rendererDir.endsWith(sep) ? rendererDir : `${rendererDir}${sep}`);
  return parsed.pathname.startsWith(root.pathname);
}
