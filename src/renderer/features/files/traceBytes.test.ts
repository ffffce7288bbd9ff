// base64 ↔ bytes in chunks (a multi-megabyte trace in one String.fromCharCode call would overflow the stack),
// checked against Node's own base64; file names safe for any file system.

import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, looksLikeTrace, traceFileName } from './traceBytes';

describe('trace bytes', () => {
  it('round-trips 3 MB of every byte value, as Buffer encodes it', () => {
    const bytes = new Uint8Array(3 * 1024 * 1024 + 7);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + (i >> 8)) & 0xff;
    const text = bytesToBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(Buffer.compare(base64ToBytes(text), bytes)).toBe(0);
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });

  it('names files after the program, with the moment when shared', () => {
    expect(traceFileName('main.py', null)).toBe('main.heapscope');
    expect(traceFileName('main.py', 1234)).toBe('main-at-1234.heapscope');
    expect(traceFileName('../../etc/pass wd.PY', null)).toBe('etc_pass_wd.heapscope');
    expect(traceFileName('', 0)).toBe('trace-at-0.heapscope');
    expect(traceFileName('ünïcode.py', null)).toBe('n_code.heapscope');
    expect(looksLikeTrace('Cycle.HEAPSCOPE')).toBe(true);
    expect(looksLikeTrace('cycle.py')).toBe(false);
  });
});
