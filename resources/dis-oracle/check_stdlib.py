"""Writes python3.11's own standard library (and test suite) with its `dis` listing into a scratch folder, for
resources/dis-oracle/check_stdlib.ts, which compiles every module with Heapscope and compares the listings.
A development check (too large to record in the repository); the figures it printed are in the compiler's notes.

Usage: PYTHONHASHSEED=0 python3.11 resources/dis-oracle/check_stdlib.py /tmp/stdlib-dis
"""
import dis
import glob
import io
import os
import re
import sys
import warnings

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/stdlib-dis"
os.makedirs(out, exist_ok=True)
lib = os.path.dirname(os.__file__)
ADDR = re.compile(r"(?<=<code object )(\S+) at 0x[0-9a-f]+")
n = 0
for f in sorted(glob.glob(lib + "/*.py")) + sorted(glob.glob(lib + "/*/*.py")):
    name = f[len(lib) + 1:-3].replace("/", "__")
    try:
        src = open(f, encoding="utf-8").read()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            co = compile(src, name + ".py", "exec", dont_inherit=True)
    except Exception:
        continue
    buf = io.StringIO()
    dis.dis(co, file=buf)
    with open(os.path.join(out, name + ".py"), "w", encoding="utf-8") as g:
        g.write(src)
    with open(os.path.join(out, name + ".dis"), "w", encoding="utf-8") as g:
        g.write(ADDR.sub(r"\1 at 0x…", buf.getvalue()))
    n += 1
print("wrote %d modules to %s" % (n, out))
