#!/usr/bin/env python3.11
"""Records CPython's answers for the parser oracle (run with python3.11, PYTHONHASHSEED=0).

Every `resources/parser-oracle/*.snippets` file holds Python snippets separated by lines that are exactly
`#---`; each `*.py` file there is one snippet. For each file this writes `<file>.expected.json`: a list,
one entry per snippet, with
  {"src": ..., "dump": ast.dump(tree), "dump_attrs": ast.dump(tree, include_attributes=True)}
or, when the snippet does not compile,
  {"src": ..., "error": {"type", "msg", "lineno", "offset", "end_lineno", "end_offset"}, "text": ...}
taken from compile(src, 'main.py', 'exec'), the error CPython reports, and its `text` as
`python3.11 main.py` reports it (the snippet is written to main.py first).

With --mutate it first regenerates mutations.snippets from grammar.snippets (see write_mutations).
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
            # With main.py present in the working directory, CPython takes SyntaxError.text from the file,
            # as it does when it runs `python3.11 main.py` (otherwise it reads its tokenizer buffers).
            with open("main.py", "w", encoding="utf-8") as f:
                f.write(src)
            compile(src, "main.py", "exec")
        except SyntaxError as e:
            return {"src": src, "error": {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno,
                                          "offset": e.offset, "end_lineno": e.end_lineno,
                                          "end_offset": e.end_offset}, "text": e.text}
        raise AssertionError("ast.parse failed but compile succeeded: %r" % src)
    return {"src": src, "dump": ast.dump(tree), "dump_attrs": ast.dump(tree, include_attributes=True)}


def write_mutations():
    """Writes mutations.snippets: broken variants of the grammar snippets (a token deleted, doubled, or
    replaced), chosen deterministically, to exercise the syntax error paths beyond hand-written cases."""
    import random
    rng = random.Random(311)
    snippets = split_snippets((ROOT / "grammar.snippets").read_text(encoding="utf-8"))
    out = []
    write_mutated(rng, snippets, out, 3)
    (ROOT / "mutations.snippets").write_text(SEP.join(out), encoding="utf-8")
    # A second, larger round over all valid snippets (grammar and match), two edits per variant.
    rng = random.Random(2022)
    snippets += split_snippets((ROOT / "match.snippets").read_text(encoding="utf-8"))
    out = []
    write_mutated(rng, snippets, out, 6, edits=2)
    (ROOT / "mutations2.snippets").write_text(SEP.join(out), encoding="utf-8")
    # A third round of line-level edits (indentation, dropped or doubled lines, a lost ':').
    rng = random.Random(1991)
    out = []
    for src in snippets:
        lines = src.splitlines(keepends=True)
        for _ in range(3):
            edited = list(lines)
            k = rng.randrange(len(edited))
            line = edited[k]
            op = rng.choice(["add1", "add4", "del1", "del4", "tab", "flush", "dup", "drop", "colon"])
            if op == "add1":
                line = " " + line
            elif op == "add4":
                line = "    " + line
            elif op == "del1" and line.startswith(" "):
                line = line[1:]
            elif op == "del4" and line.startswith("    "):
                line = line[4:]
            elif op == "tab" and line.startswith("    "):
                line = "\t" + line[4:]
            elif op == "flush":
                line = line.lstrip(" \t")
            elif op == "dup":
                line = line + line
            elif op == "drop":
                line = ""
            elif op == "colon":
                line = line.replace(":", "", 1)
            edited[k] = line
            mutated = "".join(edited)
            if mutated != src and mutated.strip() and "#---" not in mutated:
                out.append(mutated if mutated.endswith("\n") else mutated + "\n")
    (ROOT / "mutations3.snippets").write_text(SEP.join(out), encoding="utf-8")


def write_mutated(rng, snippets, out, per_snippet, edits=1):
    import io
    import tokenize
    for src in snippets:
        try:
            toks = [t for t in tokenize.generate_tokens(io.StringIO(src).readline)
                    if t.type not in (tokenize.NEWLINE, tokenize.NL, tokenize.INDENT, tokenize.DEDENT,
                                      tokenize.ENDMARKER, tokenize.COMMENT)]
        except (tokenize.TokenError, SyntaxError):
            continue
        lines = src.splitlines(keepends=True)
        starts = [0]
        for line in lines:
            starts.append(starts[-1] + len(line))
        for _ in range(per_snippet):
            # Edit from the end backwards so earlier token offsets stay valid.
            chosen = sorted({rng.randrange(len(toks)) for _ in range(edits)}, reverse=True)
            mutated = src
            for k in chosen:
                t = toks[k]
                a = starts[t.start[0] - 1] + t.start[1]
                b = starts[t.end[0] - 1] + t.end[1]
                kind = rng.choice(["delete", "double", "replace"])
                repl = {"delete": "", "double": src[a:b] * 2 if t.type != tokenize.NAME else src[a:b] + " " + src[a:b],
                        "replace": rng.choice(["(", ")", ":", ",", "=", "if", "1", "'x'", "*", "lambda", "]", "{", ".",
                                               "\n", "\n    ", "else", "for", "in", "not", "yield", "**", "->"])}[kind]
                mutated = mutated[:a] + repl + mutated[b:]
            if mutated != src and "#---" not in mutated:
                out.append(mutated if mutated.endswith("\n") else mutated + "\n")


def main():
    if "--mutate" in sys.argv:
        write_mutations()
    import os
    import tempfile
    os.chdir(tempfile.mkdtemp(prefix="parser-oracle-"))
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
