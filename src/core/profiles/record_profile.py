# Records the version-specific facts a profile needs from the real interpreter (run with each python):
#   python3.11 src/core/profiles/record_profile.py > src/core/profiles/recorded311.json
import gc
start = gc.get_count()  # before anything else allocates
import json, sys
print(json.dumps({
    "stdlib_module_names": sorted(sys.stdlib_module_names),
    "version": sys.version,
    "version_info": list(sys.version_info[:3]) + [sys.version_info.releaselevel, sys.version_info.serial],
    "hexversion": sys.hexversion,
    "maxsize": str(sys.maxsize),
    "recursionlimit": sys.getrecursionlimit(),
    "gc_threshold": list(gc.get_threshold()),
    "gc_count_at_start": list(start),
    "platform": sys.platform,
    "implementation": sys.implementation.name,
    "byteorder": sys.byteorder,
}, indent=1))
