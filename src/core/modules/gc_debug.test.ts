// gc.set_debug: DEBUG_SAVEALL is modelled; the reporting flags are refused (their reports count the whole
// interpreter's objects and print absolute addresses and wall-clock times, see gc.ts set_debug).
import { describe, it, expect } from 'vitest';
import { runProgram } from '../run';

const run = (src: string) => runProgram(src, { profile: '3.11', filename: 'main.py' });

describe('gc.set_debug', () => {
  for (const flag of ['DEBUG_STATS', 'DEBUG_COLLECTABLE', 'DEBUG_UNCOLLECTABLE', 'DEBUG_LEAK']) {
    it(`refuses gc.${flag} by name`, () => {
      const r = run(`import gc\nprint("before")\ngc.set_debug(gc.${flag})\n`);
      expect(r.stdout).toBe('before\n');
      const name = flag === 'DEBUG_LEAK' ? 'DEBUG_COLLECTABLE' : flag;
      expect(r.stderr).toBe(`Heapscope does not support gc.set_debug(gc.${name}) yet (line 3)\n`);
    });
  }
  it('keeps DEBUG_SAVEALL', () => {
    const r = run('import gc\ngc.set_debug(gc.DEBUG_SAVEALL)\nprint(gc.get_debug())\n');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('32\n');
  });
});
