// gc.set_debug: DEBUG_SAVEALL and DEBUG_STATS are modelled; the address-printing flags are refused, and so is
// DEBUG_STATS left set at exit (the shutdown collections report the interpreter's teardown).
import { describe, it, expect } from 'vitest';
import { runProgram } from '../run';

const run = (src: string) => runProgram(src, { profile: '3.11', filename: 'main.py' });

describe('gc.set_debug', () => {
  for (const flag of ['DEBUG_COLLECTABLE', 'DEBUG_UNCOLLECTABLE', 'DEBUG_LEAK']) {
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
  it('refuses DEBUG_STATS left set at exit, naming the set_debug line', () => {
    const r = run('import gc\nx = 1\ngc.set_debug(gc.DEBUG_STATS | gc.DEBUG_SAVEALL)\nprint(gc.get_debug())\n');
    expect(r.stdout).toBe('33\n');
    expect(r.stderr).toBe('Heapscope does not support gc.DEBUG_STATS left set at exit yet (line 3)\n');
    expect(r.stopReason).toBe('unsupported');
  });
  it('prints the four lines per collection, the done line with 0.0000s', () => {
    const r = run('import gc\ngc.set_debug(gc.DEBUG_STATS)\nl = []\nl.append(l)\ndel l\ngc.collect(1)\ngc.set_debug(0)\n');
    const lines = r.stderr.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe('gc: collecting generation 1...');
    expect(lines[1]).toMatch(/^gc: objects in each generation: \d+ 0 \d+$/);
    expect(lines[2]).toBe('gc: objects in permanent generation: 0');
    expect(lines[3]).toBe('gc: done, 1 unreachable, 0 uncollectable, 0.0000s elapsed');
  });
  it('refuses the report after a first collection that was automatic (its timing depends on the compiler)', () => {
    const r = run('import gc\ngc.set_debug(gc.DEBUG_STATS)\nkeep = [[] for i in range(800)]\ngc.set_debug(0)\n');
    expect(r.stderr).toBe('Heapscope does not support gc.DEBUG_STATS after an automatic collection before the first gc.collect() yet (line 3)\n');
  });
});
