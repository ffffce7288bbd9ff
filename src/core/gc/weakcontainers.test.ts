// The weak containers' refusals (src/core/gc/weakcontainers.ts invariant 3): the generation counts are only an
// upper bound of CPython's after a container operation, so gc.get_count() and automatic collections are refused
// until an explicit collection resets count0; what is not modelled is refused by name.
import { describe, it, expect } from 'vitest';
import { runProgram } from '../run';

const run = (src: string) => runProgram(src, { profile: '3.11', filename: 'main.py' });

describe('weak containers', () => {
  it('refuses gc.get_count() after a container operation, until gc.collect()', () => {
    const r = run('import gc, weakref\ngc.disable()\nwd = weakref.WeakValueDictionary()\nprint("made")\nprint(gc.get_count())\n');
    expect(r.stdout).toBe('made\n');
    expect(r.stderr).toContain('Heapscope does not support gc.get_count() after using weakref.WeakValueDictionary (without a gc.collect() since) yet (line 5)');
    const ok = run('import gc, weakref\ngc.disable()\nwd = weakref.WeakValueDictionary()\ngc.collect()\nprint(gc.get_count())\n');
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toBe('(0, 0, 0)\n');
  });

  it('refuses an automatic collection while the count is approximate, never runs it silently', () => {
    const src = 'import gc, weakref\ngc.set_threshold(50)\nws = weakref.WeakSet()\nkeep = []\nfor i in range(100):\n    keep.append([i])\nprint("never")\n';
    const r = run(src);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Heapscope does not support an automatic collection after using weakref.WeakSet (without a gc.collect() since) yet (line 6)');
  });

  it('refuses methods and constructors it does not model, by name', () => {
    expect(run('import weakref\nwd = weakref.WeakValueDictionary([])\n').stderr).toContain('Heapscope does not support weakref.WeakValueDictionary from a list yet (line 2)');
    expect(run('import weakref\nwd = weakref.WeakKeyDictionary()\nwd.setdefault(1)\n').stderr).toContain('Heapscope does not support WeakKeyDictionary.setdefault() yet (line 3)');
    expect(run('import weakref\nws = weakref.WeakSet()\nws.union([])\n').stderr).toContain('Heapscope does not support WeakSet.union() yet (line 3)');
  });

  it('frees a container and its internal objects by reference counting when its last reference goes', () => {
    const r = run('import gc, weakref\ngc.disable()\nclass V:\n    pass\nv = V()\nwd = weakref.WeakValueDictionary()\nwd["k"] = v\nr = weakref.ref(wd)\ndel wd\nprint(r(), weakref.getweakrefcount(v), gc.collect())\n');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('None 0 0\n');
  });
});
