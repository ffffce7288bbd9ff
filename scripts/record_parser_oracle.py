#!/usr/bin/env python3.11
"""Records CPython's answers for the parser oracle (run with python3.11, PYTHONHASHSEED=0).

Every `resources/parser-oracle/*.snippets` file holds Python snippets separated by lines that are exactly
`#---`; each `*.py` file there is one snippet. For each file this writes `<file>.expected.json`: a list,
one entry per snippet, with
  {"src": ..., "dump": ast.dump(tree), "dump_attrs": ast.dump(tree, include_attributes=True)}
or, when the snippet does not compile,
  {"src": ..., "error": {"type", "msg", "lineno", "offset", "end_lineno", "end_offset"}}
taken from compile(src, 'main.py', 'exec'), the error CPython reports.
"""
import ast
import json
import pathlib
import sys
import warnings

assert sys.version_info[:2] == (3, 11), "record with python3.11"
ROOT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "parser-oracle"
SEP = "#---\n"


def split_snippets(text):
    parts, cur = [], []
    for line in text.splitlines(keepends=True):
        if line == SEP or line == SEP.rstrip("\n"):
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(line)
    parts.append("".join(cur))
    return [p for p in parts if p.strip() != ""]


def record(src):
    warnings.simplefilter("ignore")
    try:
        tree = ast.parse(src)
    except SyntaxError:
        try:
            compile(src, "main.py", "exec")
        except SyntaxError as e:
            return {"src": src, "error": {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno,
                                          "offset": e.offset, "end_lineno": e.end_lineno,
                                          "end_offset": e.end_offset}}
        raise AssertionError("ast.parse failed but compile succeeded: %r" % src)
    return {"src": src, "dump": ast.dump(tree), "dump_attrs": ast.dump(tree, include_attributes=True)}


def main():
    for path in sorted(ROOT.iterdir()):
        if path.suffix == ".snippets":
            snippets = split_snippets(path.read_text(encoding="utf-8"))
        elif path.suffix == ".py":
            snippets = [path.read_text(encoding="utf-8")]
        else:
            continue
        out = [record(s) for s in snippets]
        dest = path.with_name(path.name + ".expected.json")
        dest.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(out)} snippets, {sum('error' in o for o in out)} errors")


if __name__ == "__main__":
    main()
