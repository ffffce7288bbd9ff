// Checks the parser against CPython 3.11: every snippet's ast.dump (with and without positions) and
// every SyntaxError recorded by scripts/record_parser_oracle.py.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from './index';
import { dumpAst } from './astDump';
import { PySyntaxError, Unsupported } from './errors';

interface Recorded {
  readonly src: string;
  readonly dump?: string;
  readonly dump_attrs?: string;
  readonly text?: string | null;
  readonly error?: {
    readonly type: string;
    readonly msg: string;
    readonly lineno: number;
    readonly offset: number;
    readonly end_lineno: number;
    readonly end_offset: number;
  };
}

const ORACLE = join(__dirname, '../../../resources/parser-oracle');

/**
 * Snippets where Heapscope knowingly reports a different SyntaxError than CPython (the program is
 * rejected either way; the message or its location differs). They come from the random mutations and
 * hinge on which invalid_* rule CPython's error pass happens to reach first. The value is the message
 * Heapscope gives, pinned so that a change is noticed.
 */
const KNOWN_DIFFERENCES: Readonly<Record<string, string>> = {
  "f(*a, *,, c)\n": "invalid syntax",
  "x = (a\n     + b b)\n": "invalid syntax. Perhaps you forgot a comma?",
  "with (a,, b):\n    \n": "invalid syntax",
  "for x  *a, *: pass\n": "invalid syntax",
  "x = 1 \n     \\\n    22\n": "unexpected indent",
  "f(*a, *b, c c)\n": "invalid syntax. Perhaps you forgot a comma?",
  "f(*'x', *yield, c)\n": "invalid syntax",
  "f(a, *b, c=1, *not, **e\n": "invalid syntax",
  "nonlocal_ { global_ = \n": "invalid syntax",
  "x = a[b:c d::e]\n": "invalid syntax. Perhaps you forgot a comma?",
  "x = a.b[c c]d(e)\n": "invalid syntax. Perhaps you forgot a comma?",
};

const REFUSED = /\\N\{|\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}/;

function errorText(src: string): string | null {
  try {
    parse(src);
  } catch (e) {
    if (e instanceof PySyntaxError) return e.text;
  }
  return 'no error';
}

function outcome(src: string): Record<string, unknown> {
  try {
    const tree = parse(src);
    return { dump: dumpAst(tree) };
  } catch (e) {
    if (e instanceof PySyntaxError) {
      return { error: { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.endLineno, end_offset: e.endOffset } };
    }
    if (e instanceof Unsupported) return { unsupported: e.message };
    throw e;
  }
}

for (const file of readdirSync(ORACLE).filter((f) => f.endsWith('.expected.json')).sort()) {
  const cases = JSON.parse(readFileSync(join(ORACLE, file), 'utf8')) as Recorded[];
  describe(file, () => {
    cases.forEach((c, i) => {
      const title = `#${i} ${JSON.stringify(c.src.length > 60 ? c.src.slice(0, 60) + '…' : c.src)}`;
      it(title, () => {
        const got = outcome(c.src);
        if (c.dump !== undefined && REFUSED.test(c.src)) {
          // \N{name} needs the Unicode name database; a surrogate pair written as two escapes would become
          // one character in a JS string. Both are refused rather than guessed.
          expect(got.unsupported).toMatch(/^Heapscope does not support .* yet \(line \d+\)$/);
        } else if (c.dump !== undefined) {
          expect(got).toEqual({ dump: c.dump });
          expect(dumpAst(parse(c.src), { includeAttributes: true })).toBe(c.dump_attrs);
        } else if (KNOWN_DIFFERENCES[c.src] !== undefined) {
          expect((got.error as { msg: string }).msg).toBe(KNOWN_DIFFERENCES[c.src]);
        } else if (c.src.includes('\\N{')) {
          // \N{name} escapes need the Unicode name database: refused rather than guessed.
          expect(got.unsupported).toMatch(/^Heapscope does not support/);
        } else {
          expect(got).toEqual({ error: c.error });
          // SyntaxError.text as `python3.11 main.py` reports it (what the traceback prints).
          expect(errorText(c.src)).toBe(c.text);
        }
      });
    });
  });
}

/** Another engineer's conformance corpus: programs with an `ast_dump` recorded from CPython. */
function* conformanceFiles(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* conformanceFiles(p);
    else if (name.endsWith('.expected.json')) yield p;
  }
}

describe('conformance corpus ast_dump', () => {
  const root = join(__dirname, '../../../resources/conformance');
  const withDump: { file: string; src: string; dump: string }[] = [];
  for (const f of conformanceFiles(root)) {
    const rec = JSON.parse(readFileSync(f, 'utf8')) as { ast_dump?: unknown };
    if (typeof rec.ast_dump !== 'string') continue;
    const pyFile = f.replace(/\.expected\.json$/, '.py');
    if (!existsSync(pyFile)) continue;
    withDump.push({ file: f, src: readFileSync(pyFile, 'utf8'), dump: rec.ast_dump });
  }
  it.skipIf(withDump.length > 0)('no corpus with ast_dump yet', () => {});
  // Programs CPython refused: when our parser refuses too, type, message and line must agree (errors of
  // the symbol table and compiler stages are the compiler's to check).
  for (const f of conformanceFiles(root)) {
    const rec = JSON.parse(readFileSync(f, 'utf8')) as { ast_dump?: unknown; stderr?: string };
    const m = /(SyntaxError|IndentationError|TabError): (.*)\n$/.exec(rec.stderr ?? '');
    const line = /File "[^"]*", line (\d+)/.exec(rec.stderr ?? '');
    const pyFile = f.replace(/\.expected\.json$/, '.py');
    if (typeof rec.ast_dump === 'string' || m === null || line === null || !existsSync(pyFile)) continue;
    it(`${f.slice(root.length + 1)} (SyntaxError)`, () => {
      const got = outcome(readFileSync(pyFile, 'utf8'));
      if (got.error === undefined) return;
      expect(got.error).toMatchObject({ type: m[1], msg: m[2], lineno: Number(line[1]) });
    });
  }
  for (const c of withDump) {
    it(c.file.slice(root.length + 1), () => {
      const got = outcome(c.src);
      expect(got).toEqual({ dump: c.dump });
    });
  }
});

describe('pathological inputs', () => {
  // Error-pass lookaheads re-parse spans; the expression memo keeps this linear. Without it each
  // nesting level doubles the work and these never finish.
  const nested: Record<string, string> = {
    calls: 'f('.repeat(200) + 'x :' + ')'.repeat(200) + '\n',
    parens: '('.repeat(150) + 'x :' + ')'.repeat(150) + '\n',
    lists: '['.repeat(150) + 'x :' + ']'.repeat(150) + '\n',
    dicts: '{a:'.repeat(150) + ' :' + '}'.repeat(150) + '\n',
  };
  for (const [name, src] of Object.entries(nested)) {
    it(`deeply nested failing ${name} give a SyntaxError quickly`, () => {
      expect(() => parse(src)).toThrow(PySyntaxError);
    });
  }
});
