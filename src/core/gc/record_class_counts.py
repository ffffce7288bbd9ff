"""Records what a class statement costs in CPython 3.11's gc.get_count(), run as main.py in a clean temporary
directory like scripts/record_conformance.py. Each probe defines classes of one shape right after a full
collection (empty free lists), or after priming the tuple/dict free lists, so that the lasting objects
(type, dict, __bases__, __mro__, descriptors, subclass weakref) and the temporaries (type.__call__'s argument
tuple, type_new_set_names' dict copy) show separately; then classes collected as garbage. Writes fixtures/class_counts311.json.

    python3.11 src/core/gc/record_class_counts.py
"""
import json
import os
import subprocess
import sys
import tempfile

COMMON = '''import gc, sys, weakref
def measure(prime, make):
    gc.collect()
    x = [0]
    if prime in ('t', 'all'):
        t1 = (x,); t2 = (x, x); t3 = (x, x, x); t4 = (x, x, x)
        del t1, t2, t3, t4
    if prime in ('d', 'all'):
        d1 = {}; d2 = {}; d3 = {}
        del d1, d2, d3
    a = gc.get_count()
    c = make()
    b = gc.get_count()
    return b[0] - a[0], c
'''

SHAPES = {
    'empty': 'class C: pass',
    'method': 'class C:\n        def f(self): pass',
    'init_cycle': 'class C:\n        def __init__(self, name):\n            self.name = name\n            self.me = self',
    'attr_doc': 'class C:\n        "doc"\n        x = 1',
}

PROBES = {}
for shape, body in SHAPES.items():
    PROBES[shape] = COMMON + '''def make():
    {body}
    return C
out = []
for prime in ('none', 't', 'd', 'all'):
    n, C = measure(prime, make)
    out.append((prime, n))
print(out)
'''.replace('{body}', body)

PROBES['identity'] = COMMON + '''class C: pass
print(C.__mro__ is C.__mro__, C.__bases__ is C.__bases__, C.__bases__, C.__mro__)
print(weakref.getweakrefcount(C), sys.getrefcount(C))
print(len(gc.get_referents(C)), gc.is_tracked(C.__mro__), gc.is_tracked(C.__bases__))
'''

# A class that becomes garbage: gc.collect() counts the type, its dict, __mro__ and __bases__ tuples and its
# descriptors; a class attribute holding a container makes the class's dict tracked.
PROBES['collected'] = '''import gc, sys
gc.collect()
def f():
    class A:
        def m(self): pass
    return 1
f()
print(gc.collect())
def g():
    class B: pass
    class D(B): pass
    D.x = [D]
    return D()
o = g()
del o
print(gc.collect())
class B: pass
print(sys.getrefcount(B))
class D(B): pass
print(sys.getrefcount(B), sys.getrefcount(D), sys.getrefcount(D.__bases__), sys.getrefcount(D.__mro__))
D.x = [D]
del D
print(gc.collect())
del B
print(gc.collect())
'''

# Static types are not GC objects: they keep neither a dict nor a tuple tracked.
PROBES['static_types_untracked'] = '''import gc
print(gc.is_tracked({'a': int}), gc.is_tracked({'a': []}))
t = (int, 1)
gc.collect()
print(gc.is_tracked(t))
'''

# The descriptors type_new adds, and a __slots__ member.
PROBES['descriptor_repr'] = '''class B: pass
class S:
    __slots__ = ("x",)
print(B.__dict__["__dict__"], B.__dict__["__weakref__"], S.__dict__["x"])
'''


def run(src):
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, 'main.py'), 'w') as f:
            f.write(src)
        env = {'PATH': os.environ['PATH'], 'PYTHONHASHSEED': '0', 'PYTHONDONTWRITEBYTECODE': '1', 'LC_ALL': 'C.UTF-8'}
        return subprocess.run([sys.executable, 'main.py'], cwd=d, env=env, check=True, capture_output=True, text=True).stdout


data = {'python': sys.version.split()[0], 'probes': [{'name': k, 'source': v, 'stdout': run(v)} for k, v in PROBES.items()]}
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'fixtures', 'class_counts311.json'), 'w') as f:
    json.dump(data, f, indent=1)
    f.write('\n')
