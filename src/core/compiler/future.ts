// Models CPython 3.11's Python/future.c: `from __future__ import …` statements at the top of a module. Only
// two features change compilation in 3.11: annotations (modelled) and barry_as_FLUFL (refused); the others
// are accepted no-ops.

import type * as A from '../python/ast';
import { PySyntaxError, Unsupported } from '../python/errors';

const NO_OP_FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function', 'unicode_literals',
  'generator_stop',
]);

export interface FutureFeatures {
  /** Line of the last future statement at the top of the module (ff_lineno), -1 if none. */
  readonly lineno: number;
  /** `from __future__ import annotations` (CO_FUTURE_ANNOTATIONS): annotations compile to their text. */
  readonly annotations: boolean;
}

function isDocstring(s: A.Stmt | undefined): boolean {
  return s !== undefined && s._type === 'Expr' && s.value._type === 'Constant' && s.value.value.t === 'str';
}

/** future_parse / future_check_features. Throws CPython's SyntaxErrors, or Unsupported for the features not modelled. */
export function parseFuture(mod: A.Module, filename: string): FutureFeatures {
  let lineno = -1;
  let annotations = false;
  let done = false;
  let prevLine = 0;
  const body = mod.body;
  for (let i = isDocstring(body[0]) ? 1 : 0; i < body.length; i++) {
    const s = body[i];
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s._type === 'ImportFrom' && s.module === '__future__') {
      if (done) {
        throw new PySyntaxError({
          msg: 'from __future__ imports must occur at the beginning of the file', lineno: s.lineno, offset: s.col_offset, filename,
        });
      }
      for (const a of s.names) {
        if (NO_OP_FEATURES.has(a.name)) continue;
        if (a.name === 'annotations') {
          annotations = true;
          continue;
        }
        if (a.name === 'barry_as_FLUFL') throw new Unsupported('from __future__ import barry_as_FLUFL', s.lineno);
        const msg = a.name === 'braces' ? 'not a chance' : `future feature ${a.name} is not defined`;
        throw new PySyntaxError({ msg, lineno: s.lineno, offset: s.col_offset + 1, filename });
      }
      lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return { lineno, annotations };
}
