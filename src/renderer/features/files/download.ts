// Writing a trace out of the page: a Blob download. In a browser it lands in the downloads folder; in the
// desktop app Electron turns the download into the native Save dialog (electron/main/trace-files.ts sets its
// filter to .heapscope), so one path serves both hosts without a file-system bridge in the renderer.

import { base64ToBytes } from './traceBytes';

export function downloadTrace(name: string, base64: string): void {
  const blob = new Blob([base64ToBytes(base64)], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started reading the blob by now; revoking later lets slow browsers finish.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
