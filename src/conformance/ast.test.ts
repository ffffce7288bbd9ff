// The parser's oracle over the conformance corpus: for every program, parse() + dumpAst() equals the
// ast.dump(ast.parse(src)) that CPython 3.11 recorded beside it, and a program CPython cannot parse is
// refused by the parser too (its SyntaxError text is checked by the conformance suite).

import { describe, expect, it } from 'vitest';
import { dumpAst } from '../core/python/astDump';
import { parse } from '../core/python/index';
import { loadCorpus } from './corpus';

const programs = loadCorpus('3.11');

describe('corpus ast.dump', () => {
  for (const p of programs) {
    it(p.path, () => {
      if (p.expected.astDump === null) {
        expect(() => parse(p.source, 'main.py')).toThrow();
      } else {
        expect(dumpAst(parse(p.source, 'main.py'))).toBe(p.expected.astDump);
      }
    });
  }
});
