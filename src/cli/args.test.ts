import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

describe('parseArgs', () => {
  it('reads run with its flags in any order, with or without "="', () => {
    expect(parseArgs(['run', 'a.py'])).toEqual({ ok: true, command: { kind: 'run', file: 'a.py', python: null, steps: null } });
    expect(parseArgs(['run', '--steps', '10', 'a.py', '--python=3.11'])).toEqual({
      ok: true,
      command: { kind: 'run', file: 'a.py', python: '3.11', steps: 10 },
    });
  });
  it('reads dis, trace and info', () => {
    expect(parseArgs(['dis', 'a.py'])).toEqual({ ok: true, command: { kind: 'dis', file: 'a.py', python: null } });
    expect(parseArgs(['trace', 'a.py', '-o', 'o.heapscope'])).toEqual({
      ok: true,
      command: { kind: 'trace', file: 'a.py', out: 'o.heapscope', python: null },
    });
    expect(parseArgs(['info', 't.heapscope'])).toEqual({ ok: true, command: { kind: 'info', file: 't.heapscope' } });
  });
  it('shows the usage for no arguments, help, -h and --help', () => {
    for (const argv of [[], ['help'], ['-h'], ['run', 'a.py', '--help']]) expect(parseArgs(argv)).toEqual({ ok: true, command: { kind: 'help' } });
  });
  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['run'], /run needs a Python file/],
    [['run', 'a.py', 'b.py'], /takes one file/],
    [['run', 'a.py', '--steps'], /--steps needs a value/],
    [['run', 'a.py', '--steps', '0'], /positive whole number/],
    [['run', 'a.py', '--steps', '1e3'], /positive whole number/],
    [['run', 'a.py', '--python', 'three'], /version X.Y/],
    [['run', 'a.py', '--python', '3.11', '--python', '3.11'], /given twice/],
    [['run', 'a.py', '-o', 'x'], /unknown option '-o' for run/],
    [['dis', 'a.py', '--steps', '3'], /unknown option '--steps' for dis/],
    [['trace', 'a.py'], /trace needs -o/],
    [['info'], /info needs a trace file/],
  ])('refuses %j in one line', (argv, msg) => {
    const r = parseArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(msg);
      expect(r.error).not.toContain('\n');
    }
  });
});
