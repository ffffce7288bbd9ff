"""Records CPython 3.11's collector state at the start of a script, run as main.py in a clean temporary directory
like scripts/record_conformance.py, and writes gc_start311.json:

- stats_at_start: gc.get_stats() (the start-up collections);
- modules_at_start: sys.modules when __main__ starts (importing one of them creates nothing);
- types_without_subclasses: the builtin classes no class derives from when __main__ starts (their
  tp_subclasses dict may not exist yet: a program's first subclass may create it, stats.ts);
- debug_stats: the generation sizes gc.DEBUG_STATS prints for calibration programs that only collect
  (`import gc`, `gc.set_debug(gc.DEBUG_STATS)`, then the collections listed);
- phantom: what src/core/gc/phantom.ts starts from, derived from debug_stats: the interpreter's tracked objects
  per generation by category [PLAIN, T1, T2, FULL] (see phantom.ts), without the calibration program's own
  compiler tuples (co_names and co_consts of its module code).

    python3.11 src/core/gc/record_gc_start.py
"""
import json
import os
import re
import subprocess
import sys
import tempfile

# The interpreter scripts/record_conformance.py records with (pyenv's 3.11 build): Debian's python3.11 starts
# with other objects, so the start-up numbers would not fit the recorded corpus.
PYENV_311 = sorted(__import__('glob').glob('/root/.pyenv/versions/3.11.*/bin/python3'))
PYTHON = PYENV_311[-1] if PYENV_311 else sys.executable

PROBE = """import sys
modules = sorted(sys.modules)
import gc, json, builtins
static = [n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and not type.__subclasses__(getattr(builtins, n))]
print(json.dumps({'stats_at_start': gc.get_stats(), 'types_without_subclasses': static, 'modules_at_start': modules}))
"""
CALIBRATIONS = {'0,0,1,1,2,2': [0, 0, 1, 1, 2, 2], '2,2,2': [2, 2, 2], '1,0,1,2,2': [1, 0, 1, 2, 2]}
SIZES = re.compile(r'^gc: objects in each generation: (\d+) (\d+) (\d+)$', re.M)


def calibration_source(gens):
    return 'import gc\ngc.set_debug(gc.DEBUG_STATS)\n' + ''.join('gc.collect(%d)\n' % g for g in gens) + 'gc.set_debug(0)\n'


def run(src):
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, 'main.py'), 'w') as f:
            f.write(src)
        env = {'PATH': '/usr/local/bin:/usr/bin:/bin', 'PYTHONHASHSEED': '0', 'PYTHONDONTWRITEBYTECODE': '1', 'LC_ALL': 'C.UTF-8'}
        return subprocess.run([PYTHON, 'main.py'], cwd=d, env=env, check=True, capture_output=True, text=True)


def compiler_tuples(src):
    """The tuples makecode leaves tracked for a calibration program (module code only, nothing nested)."""
    co = compile(src, 'main.py', 'exec')
    assert not any(isinstance(c, (tuple, frozenset, type(co))) for c in co.co_consts), 'calibration programs keep flat constants'
    return int(len(co.co_names) > 0) + int(len(co.co_consts) > 0) + int(len(co.co_varnames + co.co_cellvars + co.co_freevars) > 0)


data = json.loads(run(PROBE).stdout)
sizes = {}
for name, gens in CALIBRATIONS.items():
    err = run(calibration_source(gens)).stderr
    sizes[name] = [[int(x) for x in m] for m in SIZES.findall(err)]
data['debug_stats'] = sizes

# The sequence 0,0,1,1,2,2: collect(0) untracks generation 0's T1, collect(1) its T2, collect(2) the FULL ones.
s = sizes['0,0,1,1,2,2']
a0, a1, a2 = s[0]
assert a1 == 0, 'generation 1 is empty when __main__ starts'
t1 = a0 - s[1][1]
t2 = s[2][1] + a2 - s[3][2]
full = s[4][2] - s[5][2]
calib = compiler_tuples(calibration_source(CALIBRATIONS['0,0,1,1,2,2']))
# The other sequences must agree with that reading (phantom.ts invariants 2 and 3).
b = sizes['2,2,2']
assert b[1][2] == a0 + a2 - t1 - full and b[2][2] == b[1][2] - t2 and b[2] == b[1][:2] + [b[2][2]], b
c = sizes['1,0,1,2,2']
assert c[1][2] == a0 + a2 - t1 and c[4][2] == c[1][2] - t2 - full, c
data['phantom'] = {'gen0': [a0 - t1 - t2, t1 - calib, t2, 0], 'gen2': [a2 - full, 0, 0, full]}
data['python'] = subprocess.run([PYTHON, '-c', 'import sys; print(sys.version.split()[0])'], check=True, capture_output=True, text=True).stdout.strip()
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'gc_start311.json'), 'w') as f:
    json.dump(data, f, indent=1)
    f.write('\n')
