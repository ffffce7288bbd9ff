// The lazy loader that lets the CLI and the conformance suite say in one sentence which part is missing.

import { describe, expect, it } from 'vitest';
import { loadModule, loadProfileNames, loadRunProgram } from './simulator';

describe('simulator loader', () => {
  it('names a module that does not exist yet and what it stands for', async () => {
    expect(await loadModule('no_such_part.ts', 'the flux capacitor')).toEqual({
      ok: false,
      reason: 'src/core/no_such_part.ts does not exist yet: the flux capacitor is not built',
    });
    expect(await loadModule('../recorder/no_such_file.ts', 'the trace format')).toEqual({
      ok: false,
      reason: 'src/recorder/no_such_file.ts does not exist yet: the trace format is not built',
    });
  });

  it('loads an existing module', async () => {
    const api = await loadModule('api.ts', 'the API contract');
    expect(api.ok).toBe(true);
    if (api.ok) expect(api.value['StopReason']).toMatchObject({ FINISHED: 'finished' });
  });

  it('finds runProgram and the profiles when they exist', async () => {
    const run = await loadRunProgram();
    if (run.ok) expect(typeof run.value).toBe('function');
    else expect(run.reason).toMatch(/^src\/core\/run\.ts /);
    const names = await loadProfileNames();
    if (names.ok) expect(names.value).toContain('3.11');
  });
});
