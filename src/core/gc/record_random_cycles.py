"""Generates random object graphs (instances with __del__, a resurrecting class, lists, dicts, weakrefs with
callbacks, roots kept in a list), runs each program with CPython 3.11 and records its stdout in
fixtures/random_cycles.json for collector_random.test.ts.

    python3.11 src/core/gc/record_random_cycles.py [count]
"""
import json
import os
import random
import subprocess
import sys
import tempfile


def program(seed):
    rnd = random.Random(seed)
    n = rnd.randint(2, 9)
    lines = ['import gc, weakref', 'gc.disable()', 'gc.collect()', 'class N:',
             '    def __init__(self, i): self.i = i', '    def __del__(self):', '        print("del", self.i)']
    resurrecting = rnd.random() < 0.3
    if resurrecting:
        lines += ['class R:', '    def __del__(self):', '        global saved', '        saved = self', '        print("resurrect")']
    lines.append('objs = []')
    kinds = []
    for i in range(n):
        k = rnd.choice(['N', 'N', 'list', 'dict', 'R' if resurrecting else 'N'])
        kinds.append(k)
        lines.append({'N': f'objs.append(N({i}))', 'R': 'objs.append(R())', 'list': 'objs.append([])', 'dict': 'objs.append({})'}[k])
    for i in range(n):
        for j in rnd.sample(range(n), rnd.randint(0, 2)):
            k = kinds[i]
            if k in ('N', 'R'):
                lines.append(f'objs[{i}].a{j} = objs[{j}]')
            elif k == 'list':
                lines.append(f'objs[{i}].append(objs[{j}])')
            else:
                lines.append(f'objs[{i}]["k{j}"] = objs[{j}]')
    for w in rnd.sample(range(n), rnd.randint(0, 2)):
        if kinds[w] in ('N', 'R'):
            lines.append(f'w{w} = weakref.ref(objs[{w}], lambda r: print("cb {w}"))')
    return with_ending(lines, rnd, n)


def with_ending(lines, rnd, n):
    """The common end of a program: a random few objects kept, the rest dropped, collections, then everything."""
    roots = rnd.sample(range(n), rnd.randint(0, 2))
    lines.append('keep = [' + ', '.join(f'objs[{r}]' for r in roots) + ']')
    lines.append('del objs')
    lines.append(f'print("collect", gc.collect({rnd.choice([0, 1, 2])}))')
    lines.append('print("collect", gc.collect())')
    lines.append('keep = None')
    lines.append('print("final", gc.collect())')
    return '\n'.join(lines) + '\n'


def program_mixed(seed):
    """Instances, lists, dicts, sets, __slots__ instances and one-item lists, linked also through tuples,
    bound methods and closures."""
    rnd = random.Random(10_000 + seed)
    n = rnd.randint(2, 8)
    lines = ['import gc, weakref', 'gc.disable()', 'gc.collect()', 'class N:', '    def __init__(self, i): self.i = i',
             '    def m(self): return self.i', '    def __del__(self):', '        print("del", self.i)', 'class S:',
             '    __slots__ = ("x", "y")', 'objs = []']
    kinds = []
    for i in range(n):
        k = rnd.choice(['N', 'N', 'list', 'dict', 'set', 'S', 'cell'])
        kinds.append(k)
        lines.append({'N': f'objs.append(N({i}))', 'list': 'objs.append([])', 'dict': 'objs.append({})',
                      'set': 'objs.append(set())', 'S': 'objs.append(S())', 'cell': 'objs.append([None])'}[k])
    for i in range(n):
        for j in rnd.sample(range(n), rnd.randint(0, 2)):
            k, kj = kinds[i], kinds[j]
            if k == 'N':
                what = rnd.choice(['obj', 'tuple', 'method', 'closure'])
                if what == 'obj':
                    lines.append(f'objs[{i}].a{j} = objs[{j}]')
                elif what == 'tuple':
                    lines.append(f'objs[{i}].t{j} = (objs[{j}], {j})')
                elif what == 'method' and kj == 'N':
                    lines.append(f'objs[{i}].m{j} = objs[{j}].m')
                else:
                    lines.append(f'objs[{i}].f{j} = (lambda o: (lambda: o))(objs[{j}])')
            elif k == 'list':
                lines.append(f'objs[{i}].append(objs[{j}])')
            elif k == 'dict':
                lines.append(f'objs[{i}]["k{j}"] = objs[{j}]')
            elif k == 'set' and kj in ('N', 'S'):
                lines.append(f'objs[{i}].add(objs[{j}])')
            elif k == 'S':
                lines.append(f'objs[{i}].{rnd.choice("xy")} = objs[{j}]')
            elif k == 'cell':
                lines.append(f'objs[{i}][0] = objs[{j}]')
    return with_ending(lines, rnd, n)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    env = {'PATH': os.environ['PATH'], 'PYTHONHASHSEED': '0', 'PYTHONDONTWRITEBYTECODE': '1', 'LC_ALL': 'C.UTF-8'}
    cases = []
    with tempfile.TemporaryDirectory() as d:
        for seed in range(2 * count):
            src = program(seed) if seed < count else program_mixed(seed - count)
            with open(os.path.join(d, 'main.py'), 'w') as f:
                f.write(src)
            out = subprocess.run([sys.executable, 'main.py'], cwd=d, env=env, check=True, capture_output=True, text=True)
            cases.append({'seed': seed, 'source': src, 'stdout': out.stdout})
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'fixtures', 'random_cycles.json'), 'w') as f:
        json.dump({'python': sys.version.split()[0], 'cases': cases}, f, indent=1)
        f.write('\n')


main()
