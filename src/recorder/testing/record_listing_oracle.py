"""Records dis.get_instructions for the listing tests (src/recorder/listing.test.ts) from real CPython 3.11.

Run: PYTHONHASHSEED=0 python3.11 src/recorder/testing/record_listing_oracle.py
Writes src/recorder/testing/listing-oracle.json: per program, every code object (depth first in co_consts
order, as dis.dis walks them) with its rows [offset, opname, arg, argrepr, starts_line, jump target], where a
jump target is what dis.dis marks `>>`: get_instructions' is_jump_target or an exception handler's start.
Code objects' addresses in argrepr are replaced by "0x…" (ours are not memory addresses).
"""
import dis
import json
import re
import sys
from pathlib import Path

PROGRAMS = {
    "functions": "def f(a, b=2, *args, k=1, **kw):\n    c = a + b\n    return c * k\n\nprint(f(1, k=3))\n",
    "class_and_loop": (
        "class Node:\n"
        "    def __init__(self, v):\n"
        "        self.v = v\n"
        "        self.next = None\n"
        "\n"
        "nodes = [Node(i) for i in range(10)]\n"
        "for a, b in zip(nodes, nodes[1:]):\n"
        "    a.next = b\n"
        "while nodes:\n"
        "    n = nodes.pop()\n"
        "    if n.v % 2 == 0 and n.v > 3:\n"
        "        continue\n"
    ),
    "try_with_closure": (
        "import gc\n"
        "def outer(x):\n"
        "    y = [x]\n"
        "    def inner(z):\n"
        "        nonlocal y\n"
        "        y = y + [z]\n"
        "        return f'{y!r:>10} {z}'\n"
        "    return inner\n"
        "try:\n"
        "    g = outer(1)\n"
        "    g(2)\n"
        "except (KeyError, ValueError) as e:\n"
        "    print('no', e)\n"
        "finally:\n"
        "    gc.collect()\n"
        "h = lambda q: q is None or q < 3\n"
        "d = {k: v for k, v in {'a': 1}.items()}\n"
        "print(h(None), d, sorted(d, key=len, reverse=True))\n"
    ),
    # More than 256 distinct constants and names: LOAD_CONST / STORE_NAME with EXTENDED_ARG prefixes.
    "extended_arg": "".join(f"v{i} = {i}.5\n" for i in range(300)) + "print(v299)\n",
    # A loop body long enough for a backward jump of more than 255 code units.
    "long_jump": "i = 0\nwhile i < 3:\n" + "".join(f"    i = i + 0 * {k}\n" for k in range(60)) + "    i += 1\n",
}


def code_objects(co):
    out = [co]
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            out.extend(code_objects(c))
    return out


def rows(co):
    # dis.dis marks exception handlers with `>>` as well as jump targets; get_instructions marks only the latter.
    handlers = {entry.target for entry in dis._parse_exception_table(co)}
    out = []
    for ins in dis.get_instructions(co):
        argrepr = re.sub(r" at 0x[0-9a-f]+", " at 0x…", ins.argrepr)
        target = ins.is_jump_target or ins.offset in handlers
        out.append([ins.offset, ins.opname, ins.arg, argrepr, ins.starts_line, target])
    return out


def main():
    assert sys.version_info[:2] == (3, 11), "record with python3.11"
    result = {"python": sys.version.split()[0], "programs": {}}
    for name, source in PROGRAMS.items():
        module = compile(source, "main.py", "exec")
        result["programs"][name] = {
            "source": source,
            "codes": [
                {"qualname": co.co_qualname, "firstlineno": co.co_firstlineno, "rows": rows(co)}
                for co in code_objects(module)
            ],
        }
    out = Path(__file__).with_name("listing-oracle.json")
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(result['programs'])} programs)")


main()
