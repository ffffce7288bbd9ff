// The parser's oracle over the conformance corpus: for every program, parse() + dumpAst() equals the
// ast.dump(ast.parse(src)) that CPython 3.11 recorded beside it, and a program CPython cannot parse is
// refused by the parser too (its SyntaxError text is checked by the conformance suite). A construct the
// parser refuses as unsupported skips the program (it is counted as skipped, never as passed).

import { describe, expect, it } from 'vitest';
import { dumpAst } from '../core/python/astDump';
import { parse } from '../core/python/index';
import { loadCorpus } from './corpus';

const programs = loadCorpus('3.11');

describe('corpus ast.dump', () => {
  for (const p of programs) {
    it(p.path, (ctx) => {
      if (p.expected.astDump === null) {
        expect(() => parse(p.source, 'main.py')).toThrow();
        return;
      }
      let dumped: string;
      try {
        dumped = dumpAst(parse(p.source, 'main.py'));
      } catch (e) {
        if (e instanceof Error && e.name === 'Unsupported') return ctx.skip(e.message);
        throw e;
      }
      expect(dumped).toBe(p.expected.astDump);
    });
  }
});
