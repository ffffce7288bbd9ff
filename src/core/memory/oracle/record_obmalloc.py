"""Records the obmalloc oracle for src/core/memory: drives the real allocator of each CPython interpreter
through ctypes (PyObject_Malloc / PyObject_Realloc / PyObject_Free) and captures sys._debugmallocstats().

Usage (from the repository root):  python3.11 src/core/memory/oracle/record_obmalloc.py
Writes src/core/memory/fixtures/obmalloc_<version>.json.gz, one per interpreter found.

Sections: 1. arena release (fill four arenas' worth of blocks, free them); 2. sync with a clean heap (warm up
the other classes, use up every free pool, find a fresh pool); 3. layout and LIFO reuse; 4. walk 1 (4,000
random steps); 5. walk 2 (60,000 steps over several arenas); 6. pymalloc_realloc's keep-or-move rule.
The walks only allocate in size class 27 (433..448-byte requests), which the interpreter itself hardly uses.
All bookkeeping lives in ctypes arrays made beforehand, results become Python objects only at the end, and
no stats() call comes between sections 2 and 5: the interpreter's own temporary objects would otherwise take
blocks and pools in between. The fixtures differ from run to run (ASLR, start-up state); the tests compare
what does not depend on that (canonical pool/block positions, deltas).
"""
import gzip
import json
import os
import subprocess
import sys

INTERPRETERS = [
    "/root/.pyenv/versions/3.8.18/bin/python3",
    "/root/.pyenv/versions/3.9.18/bin/python3",
    "/root/.pyenv/versions/3.10.13/bin/python3",
    "/root/.pyenv/versions/3.11.7/bin/python3",
    "/root/.pyenv/versions/3.12.1/bin/python3",
    "/root/.pyenv/versions/3.13.0/bin/python3",
]
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "fixtures")


def probe():
    import collections
    import ctypes
    import re
    import tempfile

    api = ctypes.pythonapi
    malloc = api.PyObject_Malloc
    malloc.restype = ctypes.c_void_p
    malloc.argtypes = [ctypes.c_size_t]
    free = api.PyObject_Free
    free.restype = None
    free.argtypes = [ctypes.c_void_p]
    realloc = api.PyObject_Realloc
    realloc.restype = ctypes.c_void_p
    realloc.argtypes = [ctypes.c_void_p, ctypes.c_size_t]

    def stats():
        sys.stderr.flush()
        saved = os.dup(2)
        tmp = tempfile.TemporaryFile()
        os.dup2(tmp.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        tmp.seek(0)
        text = tmp.read().decode()
        tmp.close()
        # The allocator section ends with the last "Total" line; object free lists follow.
        lines = text.split("\n")
        last = max(i for i, l in enumerate(lines) if l.startswith("Total "))
        return "\n".join(lines[: last + 1]) + "\n"

    def m0_unused(text):
        return int(re.search(r"^(\d+) unused pools", text, re.M).group(1))

    def footer(text):
        m = {}
        for line in text.split("\n"):
            if " = " in line and not line.startswith("Small"):
                k, v = line.split("=", 1)
                m[k.strip()] = int(v.strip().replace(",", ""))
        arena = int(re.search(r"arenas \* (\d+) bytes/arena", text).group(1))
        pool = int(re.search(r"unused pools \* (\d+) bytes", text).group(1))
        return m, arena, pool

    s_start = stats()
    _, ARENA, POOL = footer(s_start)
    result = {"version": sys.version.split()[0], "ARENA_SIZE": ARENA, "POOL_SIZE": POOL, "stats_start": s_start}
    VP = ctypes.c_void_p
    per_pool = (POOL - 48) // 448

    def arrays(steps):
        return ((ctypes.c_int * steps)(), (ctypes.c_int * steps)(), (VP * steps)(), (VP * steps)())

    def walk(arrs, steps, seed, grow_first, grow_then):
        """A deterministic random walk of mallocs (433..448 bytes: class 27) and frees over the live blocks.
        Everything lives in C arrays made beforehand: Python ints kept alive would take 32-byte pools in
        between, and making a ctypes array type creates objects that stay."""
        kinds, args, addrs, live = arrs
        nlive = 0
        x = seed
        for k in range(steps):
            x = (x * 1103515245 + 12345) % 2147483648
            grow = grow_first if k < steps // 2 else grow_then
            if nlive == 0 or x % 100 < grow:
                size = 433 + (x >> 8) % 16
                a = malloc(size)
                live[nlive] = a
                nlive += 1
                kinds[k] = 0
                args[k] = size
                addrs[k] = a
            else:
                j = (x >> 8) % nlive
                a = live[j]
                free(a)
                nlive -= 1
                live[j] = live[nlive]
                kinds[k] = 1
                args[k] = j
                addrs[k] = a
        return (kinds, args, addrs, live, nlive)

    # 1. Arena release: fill four arenas' worth of 448-byte blocks, then free them in allocation order.
    #    Compared by deltas: the interpreter's own arenas are partly free at start. map() over a zero-length
    #    deque creates no object per free that could outlive the call, so every arena that becomes empty is seen
    #    by pymalloc_free as CPython decides.
    m = 4 * (ARENA // POOL) * per_pool
    blocks = (VP * m)()
    # Everything sections 2-5 need is made now (see walk()).
    pre = (VP * 200000)()
    first = (VP * 120)()
    again = (VP * 4)()
    arrs1 = arrays(4000)
    arrs2 = arrays(60000)
    s0 = stats()
    for i in range(m):
        blocks[i] = malloc(448)
    s1 = stats()
    collections.deque(map(free, blocks), maxlen=0)
    s2 = stats()
    result["arenas"] = {"count": m, "before": s0, "filled": s1, "freed": s2}

    # 2. Sync with a clean heap. First use up class 27's partly used pools and every free pool of the existing
    #    arenas (sizes read from the stats), so that the next pool comes from a new arena, which is then the only
    #    arena in usable_arenas; then take blocks until a pool starts fresh (offsets 48, +448, +896). Blocks
    #    taken here are kept for ever. No stats() call from here to the end of walk 2: its temporary objects
    #    can take and give back blocks and pools in another order.
    # Room for the interpreter's own short-lived objects first: for every other class, two pools' worth of
    # blocks of which every other one is freed again (the rest are kept), so that a temporary object (a loop
    # integer, a ctypes argument) finds a free block in a used pool and never needs a pool from our arenas.
    warm = (VP * 100000)()
    nwarm = 0
    for c in range(32):
        if c == 27:
            continue
        per = (POOL - 48) // ((c + 1) * 16)
        for i in range(2 * per):
            p = malloc((c + 1) * 16)
            if i % 2:
                free(p)
            else:
                warm[nwarm] = p
                nwarm += 1
    s_warm = stats()
    row27 = re.search(r"^\s+27\s+448\s+\d+\s+\d+\s+(\d+)$", s_warm, re.M)
    consume = (int(row27.group(1)) if row27 else 0) + m0_unused(s_warm) * per_pool
    npre = 0
    for i in range(consume):
        pre[npre] = malloc(448)
        npre += 1
    while True:
        a = malloc(448)
        if a % POOL == 48:
            b = malloc(448)
            c = malloc(448)
            if b == a + 448 and c == a + 896:
                break
            pre[npre] = b
            pre[npre + 1] = c
            npre += 2
        pre[npre] = a
        npre += 1
    result["sync"] = {"consumed": consume, "extra": npre - consume, "after_warm": s_warm}

    # 3. Layout: 120 consecutive 448-byte blocks, then LIFO reuse after freeing 10, 20, 30, 40.
    n = 120
    first[0] = a
    first[1] = b
    first[2] = c
    for i in range(3, n):
        first[i] = malloc(448)
    freed = [10, 20, 30, 40]
    for i in freed:
        free(first[i])
    for j in range(4):
        again[j] = malloc(448)

    # 4. Walk 1 (4,000 steps within one arena on 3.10+), then everything of sections 3-4 is freed.
    walk1 = walk(arrs1, 4000, 12345, 55, 55)
    live, nlive = walk1[3], walk1[4]
    for j in range(nlive):
        free(live[j])
    for j in range(4):
        free(again[j])
    for i in range(n):
        if i not in freed:
            free(first[i])

    # 5. Walk 2 over several arenas: a growing phase then a draining phase (that never empties the heap:
    #    once no block of ours is left, which arena CPython keeps depends on the interpreter's own objects),
    #    then its live blocks are freed.
    #    Pools come and go across arenas, so usable_arenas order, freepools reuse and arena release show.
    walk2 = walk(arrs2, 60000, 777, 70, 40)
    w2_after = stats()  # before the final frees: see above
    live, nlive = walk2[3], walk2[4]
    for j in range(nlive):
        free(live[j])

    # 6. pymalloc_realloc's keep-or-move rule, from a 448-byte block and from a 112-byte block.
    keep = {}
    for start in (448, 112):
        row = [0] * 600
        for nb in range(1, 601):
            p = malloc(start)
            q = realloc(p, nb)
            row[nb - 1] = 1 if q == p else 0
            free(q)
        keep[str(start)] = row
    result["realloc_keep"] = keep

    result["layout"] = {"addrs": list(first), "freed": freed, "again": list(again)}
    for name, w in (("walk", walk1), ("walk2", walk2)):
        kinds, args, addrs = w[0], w[1], w[2]
        # Flat arrays: kinds (0 = malloc(arg), 1 = free(live[arg]) with swap-remove), args, and addresses.
        result[name] = {"kinds": list(kinds), "args": list(args), "addrs": list(addrs)}
    # Arena counters are compared from section 1's last stats (no stats() call may come between sections 2-5).
    result["walk2"]["after"] = w2_after
    print(json.dumps(result))


def main():
    os.makedirs(OUT, exist_ok=True)
    for exe in INTERPRETERS:
        if not os.path.exists(exe):
            print("skip", exe)
            continue
        env = dict(os.environ, PYTHONHASHSEED="0")
        out = subprocess.run([exe, os.path.abspath(__file__), "--probe"], env=env, check=True,
                             capture_output=True, text=True).stdout
        data = json.loads(out)
        ver = ".".join(data["version"].split(".")[:2])
        path = os.path.join(OUT, "obmalloc_%s.json.gz" % ver)
        with gzip.open(path, "wt") as f:
            json.dump(data, f, indent=None, separators=(",", ":"))
            f.write("\n")
        print("wrote", path, data["version"])


if __name__ == "__main__":
    if "--probe" in sys.argv:
        probe()
    else:
        main()
