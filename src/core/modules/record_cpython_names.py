"""Records the names CPython 3.11 defines in the modules a program can import in the simulation (and in
builtins), and the attributes of its classes (dir() of each, by tp_name), run as main.py in a clean temporary directory like scripts/record_conformance.py. Writes
cpython_names311.json. A name CPython has and the simulation does not model is refused by name, never
reported as a NameError or AttributeError that CPython would not raise.

    python3.11 src/core/modules/record_cpython_names.py
"""
import json
import os
import subprocess
import sys
import tempfile

MODULES = ['builtins', 'sys', 'gc', 'functools', 'weakref']
# Every class of builtins and of those modules, and the interpreter's own types a program meets (functions,
# generators, frames, descriptors, views, iterators), keyed by their tp_name (what repr(cls) shows).
PROBE = (
    "import json, importlib, builtins, types, sys, weakref, functools\n"
    "mods = {m: importlib.import_module(m) for m in %r}\n"
    "out = {m: sorted(dir(mod)) for m, mod in mods.items()}\n"
    "classes = [v for mod in mods.values() for v in vars(mod).values() if isinstance(v, type)]\n"
    "classes += [v for v in vars(types).values() if isinstance(v, type)]\n"
    "samples = [{}.keys(), {}.values(), {}.items(), iter([]), iter(()), iter(''), iter({}), iter(set()), iter(range(1)),\n"
    "           iter({}.values()), iter({}.items()), reversed([]), zip(), map(len, []), filter(None, []), enumerate([])]\n"
    "classes += [type(x) for x in samples]\n"
    "out['types'] = {repr(c)[8:-2]: sorted(dir(c)) for c in classes}\n"
    "print(json.dumps(out))\n" % MODULES
)

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'main.py'), 'w') as f:
        f.write(PROBE)
    env = {'PATH': os.environ['PATH'], 'PYTHONHASHSEED': '0', 'PYTHONDONTWRITEBYTECODE': '1', 'LC_ALL': 'C.UTF-8'}
    out = subprocess.run([sys.executable, 'main.py'], cwd=d, env=env, check=True, capture_output=True, text=True).stdout
data = json.loads(out)
data['python'] = sys.version.split()[0]
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'cpython_names311.json'), 'w') as f:
    json.dump(data, f, indent=0)
    f.write('\n')
