import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAppUrl, secureWebPreferences } from './security';

const directives = (policy: string): string[] => policy.split(';').map((d) => d.trim()).filter(Boolean);

describe('the Content-Security-Policy', () => {
  it('is the same in the response header and the renderer meta tag', () => {
    const html = readFileSync(new URL('../../src/renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    // frame-ancestors is ignored in a meta tag (CSP3 §6.1.2), so only the header carries it.
    const headerOnly = new Set(['frame-ancestors']);
    expect(directives(meta!)).toEqual(directives(CONTENT_SECURITY_POLICY).filter((d) => !headerOnly.has(d.split(' ')[0]!)));
  });

  it('allows no remote origin, no inline script and no eval', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-eval|\*/);
    expect(policy.find((d) => d.startsWith('script-src'))).not.toContain('unsafe-inline');
  });
});

describe('window preferences', () => {
  it('isolate the renderer', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });
});

describe('isAppUrl', () => {
  const dir = '/opt/Heapscope/resources/app/out/renderer';
  it.each([
    ['file:///opt/Heapscope/resources/app/out/renderer/index.html', undefined, true],
    ['file:///opt/Heapscope/resources/app/out/renderer/../../secrets.html', undefined, false],
    ['file:///etc/passwd', undefined, false],
    ['https://example.com/', undefined, false],
    ['not a url', undefined, false],
    ['http://localhost:5173/index.html', 'http://localhost:5173', true],
    ['http://localhost:5174/', 'http://localhost:5173', false],
    ['file:///opt/Heapscope/resources/app/out/renderer/index.html', 'http://localhost:5173', false],
  ] as const)('%s (dev server %s) → %s', (url, dev, expected) => {
    expect(isAppUrl(url, dir, dev)).toBe(expected);
  });
});
