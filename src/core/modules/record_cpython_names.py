"""Records the names CPython 3.11 defines in the modules a program can import in the simulation (and in
builtins), run as main.py in a clean temporary directory like scripts/record_conformance.py. Writes
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
PROBE = (
    "import json, importlib\n"
    "print(json.dumps({m: sorted(dir(importlib.import_module(m))) for m in %r}))\n" % MODULES
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
