# Records the version-specific facts a profile needs from the real interpreter (run with each python):
#   python3.11 src/core/profiles/record_profile.py > src/core/profiles/recorded311.json
import gc
start = gc.get_count()  # before anything else allocates
gc.disable()
# Free-list occupancy when __main__ starts: how many [] / {} / n-tuples come back from a free list before
# an allocation reaches gc_alloc (which bumps generation 0).
def _probe(make):
    keep = [None] * 300
    c = gc.get_count()[0]
    for i in range(300):
        keep[i] = make()
        if gc.get_count()[0] != c:
            return i
    return 300
_x = 5
free_lists = {"list": _probe(lambda: []) + 1, "dict": _probe(lambda: {}), "tuple1": _probe(lambda: (_x,)),
              "tuple2": _probe(lambda: (_x, _x)), "tuple3": _probe(lambda: (_x, _x, _x)), "tuple4": _probe(lambda: (_x,) * 4)}
gc.enable()
import json, sys

def _baseline_count():
    import ast, os, subprocess, tempfile
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "main.py")
        with open(path, "w") as f:
            f.write("import gc\nprint(gc.get_count())\n")
        out = subprocess.run([sys.executable, "main.py"], cwd=d, capture_output=True, text=True,
                             env=dict(os.environ, PYTHONHASHSEED="0")).stdout
    return list(ast.literal_eval(out.strip()))
print(json.dumps({
    "stdlib_module_names": sorted(sys.stdlib_module_names),
    "version": sys.version,
    "version_info": list(sys.version_info[:3]) + [sys.version_info.releaselevel, sys.version_info.serial],
    "hexversion": sys.hexversion,
    "maxsize": str(sys.maxsize),
    "recursionlimit": sys.getrecursionlimit(),
    "gc_threshold": list(gc.get_threshold()),
    # A two-line script's count: the interpreter's start-up plus the least a compiled module adds.
    "gc_count_at_start": _baseline_count(),
    "gc_count_at_start_of_this_script": list(start),
    "free_lists_at_start": free_lists,
    "platform": sys.platform,
    "implementation": sys.implementation.name,
    "byteorder": sys.byteorder,
}, indent=1))
