// Models the exceptions CPython's front end raises (SyntaxError and its subclasses IndentationError and
// TabError, Objects/exceptions.c; raised from Parser/pegen_errors.c and Parser/tokenizer.c), plus
// Heapscope's own refusal of what it does not model. The compiler and the VM reuse both classes.
//
// Positions follow CPython's SyntaxError attributes: `lineno`/`endLineno` 1-based, `offset`/`endOffset`
// 1-based columns counted in characters (code points) of `text`, as Python's SyntaxError.offset is.

/** Which SyntaxError class CPython raises. */
export const SyntaxErrorType = {
  /** Plain SyntaxError. */
  SyntaxError: 'SyntaxError',
  /** Indentation problems: unexpected indent, expected an indented block, unindent mismatch. */
  IndentationError: 'IndentationError',
  /** Inconsistent use of tabs and spaces in indentation. */
  TabError: 'TabError',
} as const;
export type SyntaxErrorTypeName = (typeof SyntaxErrorType)[keyof typeof SyntaxErrorType];

export interface PySyntaxErrorInit {
  readonly type?: SyntaxErrorTypeName;
  readonly msg: string;
  readonly lineno: number;
  readonly offset: number;
  readonly endLineno?: number;
  readonly endOffset?: number;
  readonly text?: string | null;
  readonly filename?: string;
}

/** A SyntaxError (or IndentationError / TabError) as CPython would raise it while compiling. */
export class PySyntaxError extends Error {
  readonly type: SyntaxErrorTypeName;
  readonly msg: string;
  readonly lineno: number;
  /** 1-based column (in characters) where the error starts, as SyntaxError.offset. */
  readonly offset: number;
  readonly endLineno: number;
  /** 1-based column just past the error's end, as SyntaxError.end_offset; 0 when CPython gives none. */
  readonly endOffset: number;
  /** The offending source line (including its newline when the source had one), or null. */
  readonly text: string | null;
  readonly filename: string;

  constructor(init: PySyntaxErrorInit) {
    super(`${init.msg} (${init.filename ?? 'main.py'}, line ${init.lineno})`);
    this.name = init.type ?? 'SyntaxError';
    this.type = init.type ?? 'SyntaxError';
    this.msg = init.msg;
    this.lineno = init.lineno;
    this.offset = init.offset;
    this.endLineno = init.endLineno ?? init.lineno;
    this.endOffset = init.endOffset ?? init.offset;
    this.text = init.text ?? null;
    this.filename = init.filename ?? 'main.py';
  }
}

/** A construct Heapscope recognises but does not model: refused clearly rather than mis-simulated. */
export class Unsupported extends Error {
  readonly feature: string;
  readonly lineno: number;

  constructor(feature: string, lineno: number) {
    super(`Heapscope does not support ${feature} yet (line ${lineno})`);
    this.name = 'Unsupported';
    this.feature = feature;
    this.lineno = lineno;
  }
}
