import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClient } from './rpc-client';
import { serveService } from './rpc-server';
import { createSimService } from '../service/sim-service-host';
import { countLines, MAX_SOURCE_LENGTH, SERVICE_VERSION, simServiceSpec } from './sim-service';
import { linkedTransports } from './transport';

interface LineCountFixture {
  readonly python: string;
  readonly samples: readonly { readonly source: string; readonly lineCount: number }[];
}
// Recorded from CPython by record_line_counts.py, never typed by hand.
const fixture = JSON.parse(readFileSync(new URL('./line-counts.json', import.meta.url), 'utf8')) as LineCountFixture;

describe('countLines', () => {
  it('was recorded from CPython 3.11', () => {
    expect(fixture.python).toMatch(/^3\.11\./);
    expect(fixture.samples.length).toBeGreaterThan(10);
  });
  it.each(fixture.samples.map((s) => [JSON.stringify(s.source), s] as const))('%s', (_label, sample) => {
    expect(countLines(sample.source)).toBe(sample.lineCount);
  });
});

describe('the simulation service over the generic RPC', () => {
  const [clientSide, serverSide] = linkedTransports((m) => structuredClone(m));
  serveService(simServiceSpec, createSimService, serverSide);
  const client = createClient(simServiceSpec, clientSide);

  it('reports its version, the protocol version and the declared profiles', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(SERVICE_VERSION).toBe(pkg.version);
    await expect(client.version()).resolves.toEqual({
      service: pkg.version,
      protocol: 1,
      declaredProfiles: ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13'],
      defaultProfile: '3.11',
    });
  });

  it('echoes a program with its line count', async () => {
    const source = 'a = [1]\na.append(a)\ndel a\n';
    await expect(client.analyze(source)).resolves.toEqual({ source, lineCount: 3 });
  });

  it('refuses a program above the size limit with a clear error', async () => {
    await expect(client.analyze('x'.repeat(MAX_SOURCE_LENGTH + 1))).rejects.toThrow(
      `analyze() arguments[0]: string of length ${MAX_SOURCE_LENGTH + 1} exceeds the limit of ${MAX_SOURCE_LENGTH}`,
    );
  });
});
