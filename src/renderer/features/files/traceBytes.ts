// A .heapscope file as the renderer handles it: the service speaks base64 (plain data on the wire), the
// browser speaks bytes (Blob downloads, File uploads). Converting in chunks keeps String.fromCharCode's
// argument list short: a multi-megabyte trace would overflow the call stack in one call.

const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The file extension of a trace. */
export const TRACE_EXTENSION = '.heapscope';

/**
 * The name a saved trace gets: the program's file name without `.py`, plus the moment when it is a shared
 * moment ("main-at-1234.heapscope"). Only safe characters survive (the name reaches a file system).
 */
export function traceFileName(programName: string, moment: number | null): string {
  const base = (programName.replace(/\.py$/i, '').replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^[._]+/, '') || 'trace').slice(0, 64);
  return moment === null ? `${base}${TRACE_EXTENSION}` : `${base}-at-${moment}${TRACE_EXTENSION}`;
}

/** Whether a dragged or chosen file looks like a trace by name (the service still validates its content). */
export function looksLikeTrace(name: string): boolean {
  return name.toLowerCase().endsWith(TRACE_EXTENSION);
}
