"""Writes resources/dis-oracle/snippets/fuzz_NNN.py: small random but valid programs mixing control flow,
exceptions, closures and expressions, to exercise combinations of the compiler's passes. Deterministic
(fixed seed); run scripts/record_dis_oracle.py afterwards to record CPython 3.11's output for them.

Usage: python3 resources/dis-oracle/gen_fuzz.py [COUNT [FIRST]]   (the first 150 were written with the
statement kinds 0-13 only, 150-299 with kinds 0-19; FIRST=300 onwards uses every kind)
"""
import os
import random
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "snippets")
NAMES = ["a", "b", "c", "x", "y"]


class Gen:
    def __init__(self, rnd):
        self.r = rnd
        self.rich = False  # programs 150+ use every statement and expression kind
        self.rich2 = False  # programs 300+ add classes, generators, decorators and unpacking displays

    def atom(self, d):
        r = self.r.random()
        if r < 0.35:
            return self.r.choice(NAMES)
        if r < 0.55:
            return repr(self.r.choice([0, 1, 2, -1, 10, 2.5, "s", None, True, (), (1, 2)]))
        if d <= 0:
            return self.r.choice(NAMES)
        return self.expr(d - 1)

    def expr(self, d=2):
        k = self.r.randrange(16)
        a = lambda: self.atom(d)
        if k == 0: return f"({a()} + {a()})"
        if k == 1: return f"({a()} {self.r.choice(['and', 'or'])} {a()})"
        if k == 2: return f"(not {a()})"
        if k == 3: return f"({a()} {self.r.choice(['<', '==', 'is', 'in', 'is not', '!='])} {a()})"
        if k == 4: return f"({a()} < {a()} <= {a()})"
        if k == 5: return f"({a()} if {a()} else {a()})"
        if k == 6: return f"f({a()}, {a()})"
        if k == 7: return f"{self.r.choice(NAMES)}.m({a()}, k={a()})"
        if k == 8: return f"[{a()}, {a()}]"
        if k == 9: return f"[{self.r.choice(NAMES)} for {self.r.choice(NAMES)} in {a()} if {a()}]"
        if k == 10: return f"{{{a()}: {a()}}}"
        if k == 11: return f"(lambda q: q + {a()})"
        if k == 12: return f"f'{{{self.r.choice(NAMES)}}}-{{{self.r.choice(NAMES)}!r}}'"
        if k == 13: return f"{self.r.choice(NAMES)}[{a()}]"
        if k == 14: return f"(-{a()})"
        if k == 15 and d > 0 and self.rich:
            k2 = self.r.randrange(10)
            n = self.r.choice(NAMES)
            if k2 == 0: return f"{{{n}: {a()} for {n} in {a()}}}"
            if k2 == 1: return f"{{{n} for {n} in {a()} if {n}}}"
            if k2 == 2: return f"sum({n} for {n} in {a()})"
            if k2 == 3: return f"{n}[{a()}:{a()}]"
            if k2 == 4: return f"{n}[::{a()}]"
            if k2 == 5: return f"f(*{a()}, **{a()})"
            if k2 == 6: return f"f({a()}, *{a()}, k={a()})"
            if k2 == 7: return f"({n} := {a()})"
            if k2 == 8: return f"f'{{{n}:>{{{a()}}}}}'"
            return f"({a()}, *{a()})"
        return a()

    def block(self, ind, depth, ctx):
        n = self.r.randint(1, 3)
        return "".join(self.stmt(ind, depth, ctx) for _ in range(n))

    def stmt(self, ind, depth, ctx):
        p = "    " * ind
        k = self.r.randrange((27 if self.rich2 else 20 if self.rich else 14) if depth > 0 else 5)
        e = self.expr
        if k == 0: return f"{p}{self.r.choice(NAMES)} = {e()}\n"
        if k == 1: return f"{p}{self.r.choice(NAMES)} += {e(1)}\n"
        if k == 2: return f"{p}f({e(1)})\n"
        if k == 3:
            if "loop" in ctx: return f"{p}{self.r.choice(['break', 'continue'])}\n"
            return f"{p}pass\n"
        if k == 4:
            if "func" in ctx: return f"{p}return {e(1)}\n"
            return f"{p}{self.r.choice(NAMES)}, {self.r.choice(NAMES)} = {e(1)}, {e(1)}\n"
        d = depth - 1
        if k == 5:
            s = f"{p}if {e()}:\n{self.block(ind + 1, d, ctx)}"
            if self.r.random() < 0.5: s += f"{p}else:\n{self.block(ind + 1, d, ctx)}"
            return s
        if k == 6: return f"{p}while {e()}:\n{self.block(ind + 1, d, ctx | {'loop'})}"
        if k == 7:
            s = f"{p}for {self.r.choice(NAMES)} in {e(1)}:\n{self.block(ind + 1, d, ctx | {'loop'})}"
            if self.r.random() < 0.3: s += f"{p}else:\n{self.block(ind + 1, d, ctx)}"
            return s
        if k == 8:
            s = f"{p}try:\n{self.block(ind + 1, d, ctx)}"
            r = self.r.random()
            if r < 0.4: s += f"{p}except ValueError as err:\n{self.block(ind + 1, d, ctx)}"
            elif r < 0.7: s += f"{p}except (KeyError, TypeError):\n{self.block(ind + 1, d, ctx)}{p}else:\n{self.block(ind + 1, d, ctx)}"
            else: s += f"{p}except:\n{self.block(ind + 1, d, ctx)}"
            if self.r.random() < 0.4: s += f"{p}finally:\n{self.block(ind + 1, d, ctx)}"
            return s
        if k == 9:
            return f"{p}with {e(1)} as {self.r.choice(NAMES)}:\n{self.block(ind + 1, d, ctx)}"
        if k == 10:
            name = self.r.choice(["g", "h", "k"])
            args = self.r.choice(["", "a", "a, b=1", "*args, c", "x, /, y=2, **kw"])
            inner = {"func"}
            body = self.block(ind + 1, d, inner)
            if self.r.random() < 0.3:
                body = f"{p}    nonlocal_target = {e(1)}\n" + body
            return f"{p}def {name}({args}):\n{body}"
        if k == 11:
            return f"{p}class K{self.r.randrange(3)}:\n{p}    attr = {e(1)}\n{p}    def meth(self):\n{self.block(ind + 2, d, {'func'})}"
        if k == 12:
            if "func" in ctx: return f"{p}yield {e(1)}\n"
            return f"{p}assert {e(1)}, {e(1)}\n"
        if k == 13: return f"{p}del {self.r.choice(NAMES)}\n"
        n = self.r.choice(NAMES)
        if k == 14: return f"{p}{n}, *{self.r.choice(NAMES)} = {e(1)}\n"
        if k == 15: return f"{p}{n}.attr += {e(1)}\n{p}{n}[{e(1)}] -= 1\n"
        if k == 16: return f"{p}{n} = {self.r.choice(NAMES)} = {e(1)}\n"
        if k == 17:
            if "func" in ctx:
                return f"{p}def inner():\n{p}    nonlocal {n}\n{p}    {n} = {e(1)}\n{p}    return {n}\n"
            return f"{p}global {n}\n{p}{n} = {e(1)}\n"
        if k == 18: return f"{p}raise ValueError({e(1)})\n" if self.r.random() < 0.5 else f"{p}import os.path as {n}\n"
        if k == 19: return f"{p}if ({n} := {e(1)}):\n{self.block(ind + 1, depth - 1, ctx)}"
        d = depth - 1
        if k == 20:
            return (f"{p}class B{self.r.randrange(2)}(K0 if {n} else object):\n{p}    def __init__(self, v={e(1)}):\n"
                    f"{p}        super().__init__()\n{self.block(ind + 2, d, {'func'})}{p}    def get(self):\n"
                    f"{p}        return __class__, self\n")
        if k == 21:
            return f"{p}def gen({n}, *rest):\n{p}    yield from {e(1)}\n{self.block(ind + 1, d, {'func'})}{p}    yield ({n}, rest)\n"
        if k == 22:
            return f"{p}@f\n{p}@{n}.m({e(1)})\n{p}def deco_target(q={e(1)}, *, r=lambda: {n}):\n{self.block(ind + 1, d, {'func'})}"
        if k == 23: return f"{p}{n} = {{**{e(1)}, 'k': {e(1)}, **{{}}}}\n{p}{n} = [*{e(1)}, {e(1)}, *()]\n"
        if k == 24: return f"{p}{n} = {{*{e(1)}, {e(1)}}}\n{p}{n} = ({e(1)}, *{e(1)})\n"
        if k == 25:
            return f"{p}with f({e(1)}) as {n}, f({e(1)}):\n{self.block(ind + 1, d, ctx)}"
        return f"{p}try:\n{self.block(ind + 1, d, ctx)}{p}finally:\n{self.block(ind + 1, d, ctx)}"


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    first = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    rnd = random.Random(311 + first)
    g = Gen(rnd)
    for i in range(first, first + count):
        g.rich = i >= 150
        g.rich2 = i >= 300
        while True:
            src = "".join(g.stmt(0, 3, set()) for _ in range(rnd.randint(2, 5)))
            src = "def outer(a, b, c, x, y):\n" + "".join("    " + line + "\n" for line in src.splitlines()) + "    return a\n" if i % 2 else src
            try:
                compile(src, "fuzz", "exec")  # every program must be valid Python
                break
            except SyntaxError:
                if not g.rich:
                    raise
        with open(os.path.join(OUT, "fuzz_%03d.py" % i), "w") as f:
            f.write(src)
    print("wrote %d programs" % count)


if __name__ == "__main__":
    main()
