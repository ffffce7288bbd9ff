// Models CPython 3.11's code object (Include/cpython/code.h, Objects/codeobject.c) as plain data:
// the contract between the compiler (src/core/compiler) and the VM (src/core/vm).
//
// Invariants:
// 1. `instructions` holds real instructions only; CACHE entries are not stored, but every
//    instruction's `offset` counts them exactly as `dis` does (2 bytes per code unit), so a listing
//    printed from this matches CPython's offsets.
// 2. Jump arguments are CPython's (relative, in code units, after the instruction's caches);
//    `target` repeats the destination as an index into `instructions` for the VM.
// 3. `localsplusNames[i]` / `localsplusKinds[i]` describe fast slot i, in CPython's order
//    (arguments, other locals, cells that are not arguments, then free variables).

import type { OpName311 } from './opcodes311';

/**
 * A source span in CPython's convention: 1-based lines, 0-based UTF-8 byte columns (as `co_positions()`).
 * A column is -1 where co_positions() gives None (e.g. RETURN_GENERATOR); the module's RESUME has line 0.
 */
export interface SourceSpan {
  readonly lineno: number;
  readonly endLineno: number;
  readonly colOffset: number;
  readonly endColOffset: number;
}

export interface Instruction {
  readonly op: OpName311;
  /** The oparg (0 for opcodes without one); EXTENDED_ARG is folded in, as `dis` shows it. */
  readonly arg: number;
  /** Byte offset in co_code, counting inline caches (invariant 1). */
  readonly offset: number;
  /** Index into `instructions` of the jump destination, for jump opcodes only (invariant 2). */
  readonly target?: number;
  /** Where this instruction came from; null for instructions with no location (e.g. some RESUMEs' neighbours). */
  readonly span: SourceSpan | null;
}

/** A compile-time constant (`co_consts`), independent of the VM's object model. */
export type ConstValue =
  | { readonly t: 'None' }
  | { readonly t: 'Ellipsis' }
  | { readonly t: 'bool'; readonly v: boolean }
  | { readonly t: 'int'; readonly v: bigint }
  | { readonly t: 'float'; readonly v: number }
  | { readonly t: 'complex'; readonly re: number; readonly im: number }
  | { readonly t: 'str'; readonly v: string }
  | { readonly t: 'bytes'; readonly v: readonly number[] }
  | { readonly t: 'tuple'; readonly items: readonly ConstValue[] }
  | { readonly t: 'frozenset'; readonly items: readonly ConstValue[] }
  | { readonly t: 'code'; readonly code: CodeObject };

/** Kinds of fast slots (Include/internal/pycore_code.h). Bit flags, as CPython's. */
export const LocalKind = {
  /** An ordinary local variable (CO_FAST_LOCAL). */
  LOCAL: 0x20,
  /** A cell variable: captured by an inner scope (CO_FAST_CELL). May be combined with LOCAL for arguments. */
  CELL: 0x40,
  /** A free variable: a cell passed in from an enclosing scope (CO_FAST_FREE). */
  FREE: 0x80,
} as const;

/** One entry of co_exceptiontable, in instruction indices (start inclusive, end exclusive). */
export interface ExceptionTableEntry {
  readonly start: number;
  readonly end: number;
  readonly target: number;
  /** Value-stack depth to unwind to before pushing the exception. */
  readonly depth: number;
  /** Whether the offset of the raising instruction is pushed first (the `lasti` flag). */
  readonly lasti: boolean;
}

/** co_flags bits used by the simulator (Include/cpython/code.h). */
export const CodeFlags = {
  OPTIMIZED: 0x1,
  NEWLOCALS: 0x2,
  VARARGS: 0x4,
  VARKEYWORDS: 0x8,
  NESTED: 0x10,
  GENERATOR: 0x20,
  NOFREE: 0x40,
  /** An `async def` without yield (CO_COROUTINE). */
  COROUTINE: 0x80,
  /** An `async def` containing yield (CO_ASYNC_GENERATOR). */
  ASYNC_GENERATOR: 0x200,
} as const;

export interface CodeObject {
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly firstlineno: number;
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  readonly flags: number;
  /** The maximum value-stack depth (co_stacksize). */
  readonly stacksize: number;
  readonly consts: readonly ConstValue[];
  /** co_names: globals, attributes and imported names used by the code. */
  readonly names: readonly string[];
  /** co_localsplusnames / co_localspluskinds (invariant 3). */
  readonly localsplusNames: readonly string[];
  readonly localsplusKinds: readonly number[];
  readonly instructions: readonly Instruction[];
  readonly exceptionTable: readonly ExceptionTableEntry[];
}
