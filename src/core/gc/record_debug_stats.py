"""Records what gc.DEBUG_STATS prints in CPython 3.11 for small programs that exercise phantom.ts (the
interpreter's own objects, the compiler's tuples) and writes fixtures/debug_stats311.json, read by
stats.test.ts. Each probe runs as main.py in a clean temporary directory, as scripts/record_conformance.py does.
`refused` marks the probes the simulation must refuse (it says why in stats.test.ts), recorded all the same.

    python3 src/core/gc/record_debug_stats.py
"""
import glob
import json
import os
import subprocess
import tempfile

PYENV_311 = sorted(glob.glob('/root/.pyenv/versions/3.11.*/bin/python3'))
PYTHON = PYENV_311[-1] if PYENV_311 else 'python3.11'
HEAD = 'import gc\ngc.set_debug(gc.DEBUG_STATS)\n'
TAIL = 'gc.collect(0)\ngc.collect(1)\ngc.collect(0)\ngc.collect(2)\ngc.collect(2)\ngc.set_debug(0)\n'
PROBES = [
    ('nothing', '', False),
    ('tuple constant', 'x = (1, 2, 3)\n', False),
    ('frozenset constant (arena keeps the folded one)', 'z = 3 in {1, 2, 3}\n', False),
    ('two frozenset loads', 'z = 3 in {1, 2}\nw = 4 not in {1, 2}\n', False),
    ('tuple instead of set', 'z = 3 in (1, 2, 3)\n', False),
    ('default tuple (co_consts needs two passes)', 'def f(x, y=(1, 2)):\n    return x\n', False),
    ('keyword call (kwnames tuple)', 'def f(a, b=1):\n    return a\nf(1, b=2)\n', False),
    ('list display of constants', 'l = [1, 2, 3, 4]\n', False),
    ('dict display with constant keys', 'd = {"a": [1], "b": [2]}\n', False),
    ('closure', 'def f(x):\n    def g():\n        return x\n    return g\nh = f(1)\n', False),
    ('lambda', 'def f(x):\n    return lambda: x\nh = f(1)\n', False),
    ('equal code tuples merged', 'def f(a, b):\n    return 1\ndef g(a, b):\n    return 1\n', False),
    ('class with methods', 'class A:\n    x = 1\n    def m(self, y):\n        return self.x + y\na = A()\na.y = [a]\n', False),
    ('collect before definitions', 'gc.collect(0)\ndef f(x, *, k=2):\n    return (x, k)\nt = f(1, k=3)\n', False),
    ('freeze and unfreeze', 'l = [1]\nl.append(l)\ngc.freeze()\ngc.collect()\ngc.unfreeze()\ndel l\n', False),
    ('subclass of a program class (its tp_subclasses dict)', 'class A:\n    pass\nclass B(A):\n    pass\nclass C(A):\n    pass\n', False),
    ('subclasses, collections in between', 'class A:\n    pass\ngc.collect(0)\nclass B(A):\n    pass\ngc.collect(1)\nclass C(B, A):\n    pass\n', False),
    ('subclass of a builtin class with subclasses', 'class L(list):\n    pass\nclass D(dict):\n    pass\n', False),
    ('exception class', 'class E(KeyError):\n    pass\n', False),
    ('exception kept by its frame (frame objects)', 'def f():\n    try:\n        raise ValueError(1)\n    except ValueError as e:\n        err = e\n    return 1\nf()\n', False),
    ('generator suspended', 'def g():\n    yield 1\n    yield 2\nit = g()\nnext(it)\n', False),
    ('imports of modules loaded at start-up, and from-imports', 'import sys, weakref, functools\nimport weakref as w2\nfrom functools import reduce\nfrom gc import collect, get_count\n', False),
    ('gc imported inside a function', 'def f():\n    import gc as g2\n    g2.collect(0)\n    return g2\nf()\n', False),
    ('set display of constants (the compiler\'s frozenset)', 'v = {1, 2, 3}\nv.add((3, "z"))\n', False),
    ('keyword calls of the program\'s functions and classes', 'def f(a, *, k=1):\n    return [a, k]\nclass P:\n    def __init__(self, x, y=0):\n        self.x = x\ng = lambda q=1: q\nv = f(1, k=2)\np = P(1, y=2)\nw = g(q=3)\n', False),
    ('keyword call of a builtin (its parser\'s kwtuple)', 'v = sorted([3, 1, 2], reverse=True)\n', True),
    ('keyword call of a method', 'l = [3, 1]\nl.sort(key=None)\n', True),
    ('keyword call of a rebound name', 'def f(a, k=1):\n    return a\nf = sorted\nv = f([2, 1], reverse=True)\n', True),
    ('stats written to sys.stderr as the program finds it', 'import sys\nsys.stderr.write("a")\ngc.collect(0)\nsys.stderr.write("b\\n")\n', False),
    ('sys.stderr rebound', 'import sys\nsys.stderr = sys.stdout\n', True),
    ('automatic collections after a first gc.collect()', 'gc.collect()\nkeep = [[] for i in range(800)]\nmore = [(i, [i]) for i in range(8000)]\n', False),
    ('a first collection that is automatic', 'keep = [[] for i in range(800)]\n', True),
    ('nested tuple constant', 'y = ((1, 2), "a")\n', True),
    ('class collected', 'class A:\n    pass\nA.me = A\ndel A\n', True),
    ('weakref.WeakValueDictionary', 'import weakref\nclass A:\n    pass\nd = weakref.WeakValueDictionary()\na = A()\nd[1] = a\n', True),
    ('__slots__', 'class S:\n    __slots__ = ("a",)\ns = S()\n', False),
]


def run(src):
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, 'main.py'), 'w') as f:
            f.write(src)
        env = {'PATH': '/usr/local/bin:/usr/bin:/bin', 'PYTHONHASHSEED': '0', 'PYTHONDONTWRITEBYTECODE': '1', 'LC_ALL': 'C.UTF-8'}
        return subprocess.run([PYTHON, 'main.py'], cwd=d, env=env, check=True, capture_output=True, text=True).stderr


version = subprocess.run([PYTHON, '-c', 'import sys; print(sys.version.split()[0])'], check=True, capture_output=True, text=True).stdout.strip()
probes = []
for name, body, refused in PROBES:
    src = HEAD + body + TAIL
    probes.append({'name': name, 'source': src, 'stderr': run(src), 'refused': refused})
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'fixtures', 'debug_stats311.json'), 'w') as f:
    json.dump({'python': version, 'probes': probes}, f, indent=1)
    f.write('\n')
