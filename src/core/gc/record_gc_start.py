"""Records CPython 3.11's collector state at the start of a script (gc.get_stats(): the start-up collections),
run as main.py in a clean temporary directory like scripts/record_conformance.py. Writes gc_start311.json.

    python3.11 src/core/gc/record_gc_start.py
"""
import json
import os
import subprocess
import sys
import tempfile

PROBE = "import gc, json\nprint(json.dumps({'stats_at_start': gc.get_stats()}))\n"

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'main.py'), 'w') as f:
        f.write(PROBE)
    env = {'PATH': os.environ['PATH'], 'PYTHONHASHSEED': '0', 'PYTHONDONTWRITEBYTECODE': '1', 'LC_ALL': 'C.UTF-8'}
    out = subprocess.run([sys.executable, 'main.py'], cwd=d, env=env, check=True, capture_output=True, text=True).stdout
data = json.loads(out)
data['python'] = sys.version.split()[0]
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'gc_start311.json'), 'w') as f:
    json.dump(data, f, indent=1)
    f.write('\n')
