"""Records CPython 3.11's compiler output for the compiler's conformance tests.

For every snippet in resources/dis-oracle/snippets/*.py this compiles the source with the running
python3.11 and writes resources/dis-oracle/recorded/<name>.json holding, per code object (recursively,
depth-first in co_consts order): the instructions as [opname, arg, offset, *positions] without caches,
co_varnames / co_cellvars / co_freevars / co_names, co_consts reprs (a code object is replaced by
"<code NAME>"), co_stacksize, co_flags, the exception table (dis._parse_exception_table) and the
`dis.dis` text of the module (code addresses normalised to 0x…).
For every snippet in resources/dis-oracle/errors/*.py it records the SyntaxError (msg, lineno, offset).

Usage: PYTHONHASHSEED=0 python3.11 scripts/record_dis_oracle.py
"""
import ast
import dis
import gzip
import io
import json
import os
import re
import sys
import types
import warnings

if os.environ.get("PYTHONHASHSEED") != "0":
    # frozenset constants print in hash order: record with the hash seed the tests assume.
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

if sys.version_info[:2] != (3, 11):
    sys.exit("record_dis_oracle.py must run on python3.11 (got %s)" % sys.version.split()[0])

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "dis-oracle")
ADDR = re.compile(r"(?<=<code object )(\S+) at 0x[0-9a-f]+")


def const_repr(c):
    if isinstance(c, types.CodeType):
        return "<code %s>" % c.co_name
    return repr(c)


def code_record(co):
    instrs = []
    for ins in dis.get_instructions(co):
        p = ins.positions
        # [opname, arg, offset, lineno, end_lineno, col_offset, end_col_offset] (compact: the corpus is large)
        instrs.append([ins.opname, ins.arg, ins.offset, p.lineno, p.end_lineno, p.col_offset, p.end_col_offset])
    table = [
        {"start": e.start, "end": e.end, "target": e.target, "depth": e.depth, "lasti": e.lasti}
        for e in dis._parse_exception_table(co)
    ]
    return {
        "name": co.co_name,
        "qualname": co.co_qualname,
        "firstlineno": co.co_firstlineno,
        "argcount": co.co_argcount,
        "posonlyargcount": co.co_posonlyargcount,
        "kwonlyargcount": co.co_kwonlyargcount,
        "flags": co.co_flags,
        "stacksize": co.co_stacksize,
        "varnames": list(co.co_varnames),
        "cellvars": list(co.co_cellvars),
        "freevars": list(co.co_freevars),
        "names": list(co.co_names),
        "consts": [const_repr(c) for c in co.co_consts],
        "instructions": instrs,
        "exceptiontable": table,
    }


def walk(co, out):
    out.append(code_record(co))
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            walk(c, out)


def const_json(v):
    """A Constant's value in the shape of ast.ts's AstConstant (ints and floats as strings: JSON has no bigints or inf)."""
    if v is None:
        return {"t": "None"}
    if v is Ellipsis:
        return {"t": "Ellipsis"}
    if isinstance(v, bool):
        return {"t": "bool", "v": v}
    if isinstance(v, int):
        return {"t": "int", "v": str(v)}
    if isinstance(v, float):
        return {"t": "float", "v": repr(v)}
    if isinstance(v, complex):
        return {"t": "complex", "re": repr(v.real), "im": repr(v.imag)}
    if isinstance(v, str):
        return {"t": "str", "v": v}
    if isinstance(v, bytes):
        return {"t": "bytes", "v": list(v)}
    if isinstance(v, tuple):
        return {"t": "tuple", "items": [const_json(x) for x in v]}
    raise TypeError(type(v))


def ast_json(node):
    """The tree in ast.ts's shape: `_type` plus CPython's fields and position attributes."""
    if isinstance(node, list):
        return [ast_json(x) for x in node]
    if not isinstance(node, ast.AST):
        return node
    out = {"_type": type(node).__name__}
    for f in node._fields:
        v = getattr(node, f, None)
        if isinstance(node, ast.Constant) and f == "value":
            out[f] = const_json(v)
        elif isinstance(node, ast.MatchSingleton) and f == "value":
            out[f] = const_json(v)
        else:
            out[f] = ast_json(v)
    for a in node._attributes:
        out[a] = getattr(node, a, None)
    return out


def record_snippet(path, name):
    with open(path, encoding="utf-8") as f:
        src = f.read()
    filename = name + ".py"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        co = compile(src, filename, "exec", dont_inherit=True)
    codes = []
    walk(co, codes)
    buf = io.StringIO()
    dis.dis(co, file=buf)
    tree = ast_json(ast.parse(src, filename))
    return {"filename": filename, "codes": codes, "dis": ADDR.sub(r"\1 at 0x…", buf.getvalue()), "ast": tree,
            "warnings": [[w.category.__name__, w.lineno, str(w.message)] for w in caught]}


def record_error(path, name):
    with open(path, encoding="utf-8") as f:
        src = f.read()
    try:
        compile(src, name + ".py", "exec", dont_inherit=True)
    except SyntaxError as e:
        tree = ast_json(ast.parse(src, name + ".py"))
        return {"ast": tree, "error": "SyntaxError", "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                "end_lineno": e.end_lineno, "end_offset": e.end_offset}
    sys.exit("%s compiled without error" % path)


def main():
    out_dir = os.path.join(ROOT, "recorded")
    os.makedirs(out_dir, exist_ok=True)
    n = 0
    for sub, fn in (("snippets", record_snippet), ("errors", record_error)):
        d = os.path.join(ROOT, sub)
        for entry in sorted(os.listdir(d)):
            if not entry.endswith(".py"):
                continue
            name = entry[:-3]
            rec = fn(os.path.join(d, entry), name)
            rec["python"] = sys.version.split()[0]
            text = json.dumps(rec, separators=(",", ":"), ensure_ascii=False) + "\n"
            base = os.path.join(out_dir, sub + "__" + name + ".json")
            if name.startswith("fuzz_"):
                # The generated corpus is large and not meant to be read: stored gzipped (mtime 0: reproducible).
                with open(base + ".gz", "wb") as f:
                    with gzip.GzipFile(fileobj=f, mode="wb", mtime=0) as gz:
                        gz.write(text.encode("utf-8"))
            else:
                with open(base, "w", encoding="utf-8") as f:
                    f.write(text)
            n += 1
    print("recorded %d snippets into %s" % (n, os.path.relpath(out_dir)))


if __name__ == "__main__":
    main()
