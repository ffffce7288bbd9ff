"""Records CPython's physical-line count for each sample program into line-counts.json.

Python reads source files with universal newlines: '\\n', '\\r\\n' and '\\r' end a line and nothing
else does. The count is the number of lines io.StringIO(newline=None) yields, which is exactly
what the interpreter's file reader sees. Run: PYTHONHASHSEED=0 python3.11 src/shared/record_line_counts.py
"""
import io
import json
import os
import sys

SAMPLES = [
    "",
    "x = 1",
    "x = 1\n",
    "x = 1\ny = 2",
    "x = 1\ny = 2\n",
    "\n",
    "\n\n\n",
    "a = 1\r\nb = 2\r\n",
    "a = 1\rb = 2\r",
    "a = 1\rb = 2",
    "a = 1\r\n\r\nb = 2",
    "a = 1\n\r\nb\r",
    "a = 1\x0cb = 2\n",
    "a = 1\x0bb = 2",
    "s = 'x\u2028y'\n",
    "s = 'x\x85y'\n",
    "def f():\n    return [\n        1,\n    ]\n\nprint(f())\n",
]

def main() -> None:
    records = [
        {"source": s, "lineCount": len(io.StringIO(s, newline=None).readlines())} for s in SAMPLES
    ]
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "line-counts.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"python": sys.version.split()[0], "samples": records}, f, indent=2, ensure_ascii=True)
        f.write("\n")

if __name__ == "__main__":
    main()
