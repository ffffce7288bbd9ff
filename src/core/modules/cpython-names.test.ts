import { describe, expect, it } from 'vitest';
import { runProgram } from '../run';
import { cpythonDefines, cpythonTypeDefines } from './cpython-names';

describe("names CPython defines that the simulation does not model", () => {
  it('are known from the recording', () => {
    expect(cpythonDefines('builtins', 'memoryview')).toBe(true);
    expect(cpythonDefines('sys', 'getswitchinterval')).toBe(true);
    expect(cpythonDefines('sys', 'no_such_thing')).toBe(false);
    expect(cpythonDefines('os', 'path')).toBe(false);
    expect(cpythonTypeDefines('generator', 'gi_frame')).toBe(true);
    expect(cpythonTypeDefines('type', '__subclasses__')).toBe(true);
    expect(cpythonTypeDefines('object', 'foo')).toBe(false);
    // a getset that raises AttributeError in CPython as well
    expect(cpythonTypeDefines('type', '__abstractmethods__')).toBe(false);
  });

  it('are refused by name, never reported as a NameError or AttributeError CPython would not raise', () => {
    const r1 = runProgram('import sys\nx = 1\nprint(sys.getswitchinterval())\n');
    expect(r1).toMatchObject({ stopReason: 'unsupported', exitCode: 2, stderr: 'Heapscope does not support sys.getswitchinterval yet (line 3)\n' });
    const r2 = runProgram('x = memoryview(b"ab")\n');
    expect(r2).toMatchObject({ stopReason: 'unsupported', stderr: 'Heapscope does not support the builtin `memoryview` yet (line 1)\n' });
    const r3 = runProgram('def f():\n    return memoryview\nf()\n');
    expect(r3.stderr).toBe('Heapscope does not support the builtin `memoryview` yet (line 2)\n');
    const r4 = runProgram('def g():\n    yield 1\nx = g()\nprint(x.gi_frame)\n');
    expect(r4.stderr).toBe('Heapscope does not support the attribute gi_frame of generator objects yet (line 4)\n');
    const r5 = runProgram('class A:\n    pass\nprint(A.__subclasses__())\n');
    expect(r5.stderr).toBe('Heapscope does not support the attribute __subclasses__ of the class A yet (line 3)\n');
  });

  it("leave the program's own errors alone", () => {
    const r = runProgram('import sys\nprint(hasattr(sys, "nope"), getattr(sys, "nope", 5))\ntry:\n    undefined_name\nexcept NameError as e:\n    print(e)\nclass A:\n    pass\ntry:\n    A().foo\nexcept AttributeError as e:\n    print(e)\ndel print\n');
    expect(r.stdout).toBe("False 5\nname 'undefined_name' is not defined\n'A' object has no attribute 'foo'\n");
    expect(r.stderr).toContain("NameError: name 'print' is not defined");
  });
});
