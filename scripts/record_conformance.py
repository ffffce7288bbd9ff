"""Records what real CPython prints for every program of the conformance corpus.

Run with: npm run conformance:record [-- PATTERN ...] [-- --python X.Y]
   or:    python3.11 scripts/record_conformance.py [--python X.Y] [--corpus DIR] [PATTERN ...]

For each resources/conformance/<area>/<name>.py (only those whose path relative to
resources/conformance contains one of the PATTERNs, when given), the program is copied to a
fresh temporary directory as main.py and run there as `python3 main.py` with a clean environment
(PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1, LC_ALL=C.UTF-8, no -X options, cwd = that directory).
The result goes to <name>.expected.json (3.11) or <name>.expected-X.Y.json (--python X.Y):

    {"python": "3.11.7", "stdout": ..., "stderr": ..., "exit_code": ..., "ast_dump": ...}

`ast_dump` is ast.dump(ast.parse(src)) computed by the same interpreter, or null when the source
does not parse. CPython 3.9+ prints the absolute path of the script in tracebacks and SyntaxError
reports; since the temporary directory differs on every run, that absolute path is replaced by the
bare file name `main.py`, which is what the simulator is given (RunOptions.filename). Nothing else
is rewritten. The expected files are outputs of this script only: never edit them by hand.
"""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "resources", "conformance")
PYENV = "/root/.pyenv/versions"
DEFAULT_VERSION = "3.11"
TIMEOUT_S = 120

# Asks the interpreter for its version and the ast dump of the program (or null when it does not parse).
AST_PROBE = r"""
import ast, json, sys
src = open(sys.argv[1], encoding="utf-8").read()
try:
    dump = ast.dump(ast.parse(src, filename="main.py"))
except (SyntaxError, ValueError):
    dump = None
print(json.dumps({"python": sys.version.split()[0], "ast_dump": dump}))
"""


def find_interpreter(version):
    """The pyenv build X.Y.* for a version (newest patch release), else python3.X on PATH."""
    candidates = sorted(
        glob.glob(os.path.join(PYENV, version + ".*", "bin", "python3")),
        key=lambda p: [int(x) for x in p.split(os.sep)[-3].split(".") if x.isdigit()],
    )
    if candidates:
        return candidates[-1]
    found = shutil.which("python" + version)
    if found:
        return found
    sys.exit("record_conformance: no interpreter for Python %s (looked in %s and PATH)" % (version, PYENV))


def clean_env():
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "LC_ALL": "C.UTF-8",
    }


def record_one(python, path):
    with open(path, encoding="utf-8") as f:
        src = f.read()
    with tempfile.TemporaryDirectory(prefix="hs-conf-") as tmp:
        tmp = os.path.realpath(tmp)
        main = os.path.join(tmp, "main.py")
        with open(main, "w", encoding="utf-8") as f:
            f.write(src)
        proc = subprocess.run(
            [python, "main.py"],
            cwd=tmp,
            env=clean_env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TIMEOUT_S,
        )
        stdout = proc.stdout.decode("utf-8", errors="backslashreplace").replace(main, "main.py")
        stderr = proc.stderr.decode("utf-8", errors="backslashreplace").replace(main, "main.py")
        probe_path = os.path.join(tmp, "probe.py")
        with open(probe_path, "w", encoding="utf-8") as f:
            f.write(AST_PROBE)
        probe = subprocess.run(
            [python, probe_path, main], cwd=tmp, env=clean_env(), capture_output=True, check=True, timeout=TIMEOUT_S
        )
        meta = json.loads(probe.stdout.decode("utf-8"))
    if tmp in stdout or tmp in stderr:
        print("  warning: %s prints its temporary directory (not deterministic)" % path, file=sys.stderr)
    return {
        "python": meta["python"],
        "stdout": stdout,
        "stderr": stderr,
        "exit_code": proc.returncode,
        "ast_dump": meta["ast_dump"],
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--python", default=DEFAULT_VERSION, help="X.Y (default 3.11)")
    ap.add_argument("--corpus", default=CORPUS, help="the corpus folder (default resources/conformance)")
    ap.add_argument("patterns", nargs="*", help="record only programs whose relative path contains one of these")
    args = ap.parse_args()
    python = find_interpreter(args.python)
    suffix = ".expected.json" if args.python == DEFAULT_VERSION else ".expected-%s.json" % args.python
    corpus = os.path.abspath(args.corpus)
    programs = sorted(glob.glob(os.path.join(corpus, "*", "*.py")))
    if args.patterns:
        programs = [p for p in programs if any(pat in os.path.relpath(p, corpus) for pat in args.patterns)]
    if not programs:
        sys.exit("record_conformance: no program matches %s" % (args.patterns or "(corpus is empty)"))
    print("recording %d program(s) with %s" % (len(programs), python))
    for path in programs:
        result = record_one(python, path)
        out = path[: -len(".py")] + suffix
        with open(out, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=2, ensure_ascii=False)
            f.write("\n")
        print("  %-45s exit %d" % (os.path.relpath(path, corpus), result["exit_code"]))


if __name__ == "__main__":
    main()
