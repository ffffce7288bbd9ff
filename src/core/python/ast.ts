// Models CPython 3.11's abstract syntax tree (Parser/Python.asdl, as exposed by Lib/ast.py):
// one interface per ASDL constructor, field names and order exactly CPython's.
//
// Conventions (the contract the compiler codes against):
// 1. `_type` holds CPython's class name ('Assign', 'Name', 'Load', ...); every sum type is a union
//    discriminated by it, so a `switch (node._type)` can end in an exhaustiveness check.
// 2. Field names are CPython's (`targets`, `kw_defaults`, `type_comment`, ...). An optional ASDL
//    field (`expr?`, `identifier?`) is `X | null`; a sequence (`expr*`) is a readonly array.
// 3. Nodes with ASDL attributes carry `lineno`, `col_offset`, `end_lineno`, `end_col_offset`:
//    lines 1-based, columns 0-based UTF-8 byte offsets, exactly as CPython's parser sets them.
//    ASDL declares the end positions optional, but a parsed tree always has them, so they are numbers.
// 4. Field order in each interface is the ASDL order (which is `_fields` order, used by ast.dump);
//    astDump.ts keeps its own field table so it does not depend on object key order.
// 5. Nodes are readonly plain data (no classes, no cycles): structured-clone and JSON safe, apart
//    from `Constant.value`, whose int variant is a bigint.
// 6. `type_comment` is always null: Heapscope parses without PyCF_TYPE_COMMENTS, as ast.parse does.

import type { ConstValue } from '../bytecode/code';

/** Source position attributes (ASDL `attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)`). */
export interface Located {
  readonly lineno: number;
  /** 0-based, in UTF-8 bytes (not UTF-16 code units). */
  readonly col_offset: number;
  readonly end_lineno: number;
  readonly end_col_offset: number;
}

/** A constant as the AST holds it: any ConstValue except a code object (which only the compiler makes). */
export type AstConstant = Exclude<ConstValue, { readonly t: 'code' }>;

// ---------------------------------------------------------------------------------------------
// mod
// ---------------------------------------------------------------------------------------------

export interface Module {
  readonly _type: 'Module';
  readonly body: readonly Stmt[];
  readonly type_ignores: readonly TypeIgnore[];
}
export interface Interactive {
  readonly _type: 'Interactive';
  readonly body: readonly Stmt[];
}
export interface Expression {
  readonly _type: 'Expression';
  readonly body: Expr;
}
export interface FunctionType {
  readonly _type: 'FunctionType';
  readonly argtypes: readonly Expr[];
  readonly returns: Expr;
}
export type Mod = Module | Interactive | Expression | FunctionType;

// ---------------------------------------------------------------------------------------------
// stmt
// ---------------------------------------------------------------------------------------------

export interface FunctionDef extends Located {
  readonly _type: 'FunctionDef';
  readonly name: string;
  readonly args: Arguments;
  readonly body: readonly Stmt[];
  readonly decorator_list: readonly Expr[];
  readonly returns: Expr | null;
  readonly type_comment: string | null;
}
export interface AsyncFunctionDef extends Located {
  readonly _type: 'AsyncFunctionDef';
  readonly name: string;
  readonly args: Arguments;
  readonly body: readonly Stmt[];
  readonly decorator_list: readonly Expr[];
  readonly returns: Expr | null;
  readonly type_comment: string | null;
}
export interface ClassDef extends Located {
  readonly _type: 'ClassDef';
  readonly name: string;
  readonly bases: readonly Expr[];
  readonly keywords: readonly Keyword[];
  readonly body: readonly Stmt[];
  readonly decorator_list: readonly Expr[];
}
export interface Return extends Located {
  readonly _type: 'Return';
  readonly value: Expr | null;
}
export interface Delete extends Located {
  readonly _type: 'Delete';
  readonly targets: readonly Expr[];
}
export interface Assign extends Located {
  readonly _type: 'Assign';
  readonly targets: readonly Expr[];
  readonly value: Expr;
  readonly type_comment: string | null;
}
export interface AugAssign extends Located {
  readonly _type: 'AugAssign';
  readonly target: Expr;
  readonly op: Operator;
  readonly value: Expr;
}
export interface AnnAssign extends Located {
  readonly _type: 'AnnAssign';
  readonly target: Expr;
  readonly annotation: Expr;
  readonly value: Expr | null;
  /** 1 when the target is a bare name not in parentheses, else 0. */
  readonly simple: number;
}
export interface For extends Located {
  readonly _type: 'For';
  readonly target: Expr;
  readonly iter: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
  readonly type_comment: string | null;
}
export interface AsyncFor extends Located {
  readonly _type: 'AsyncFor';
  readonly target: Expr;
  readonly iter: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
  readonly type_comment: string | null;
}
export interface While extends Located {
  readonly _type: 'While';
  readonly test: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
}
export interface If extends Located {
  readonly _type: 'If';
  readonly test: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
}
export interface With extends Located {
  readonly _type: 'With';
  readonly items: readonly WithItem[];
  readonly body: readonly Stmt[];
  readonly type_comment: string | null;
}
export interface AsyncWith extends Located {
  readonly _type: 'AsyncWith';
  readonly items: readonly WithItem[];
  readonly body: readonly Stmt[];
  readonly type_comment: string | null;
}
export interface Match extends Located {
  readonly _type: 'Match';
  readonly subject: Expr;
  readonly cases: readonly MatchCase[];
}
export interface Raise extends Located {
  readonly _type: 'Raise';
  readonly exc: Expr | null;
  readonly cause: Expr | null;
}
export interface Try extends Located {
  readonly _type: 'Try';
  readonly body: readonly Stmt[];
  readonly handlers: readonly ExceptHandler[];
  readonly orelse: readonly Stmt[];
  readonly finalbody: readonly Stmt[];
}
export interface TryStar extends Located {
  readonly _type: 'TryStar';
  readonly body: readonly Stmt[];
  readonly handlers: readonly ExceptHandler[];
  readonly orelse: readonly Stmt[];
  readonly finalbody: readonly Stmt[];
}
export interface Assert extends Located {
  readonly _type: 'Assert';
  readonly test: Expr;
  readonly msg: Expr | null;
}
export interface Import extends Located {
  readonly _type: 'Import';
  readonly names: readonly Alias[];
}
export interface ImportFrom extends Located {
  readonly _type: 'ImportFrom';
  /** null for `from . import x`. */
  readonly module: string | null;
  readonly names: readonly Alias[];
  /** Number of leading dots; the parser always sets it (0 for an absolute import). */
  readonly level: number | null;
}
export interface Global extends Located {
  readonly _type: 'Global';
  readonly names: readonly string[];
}
export interface Nonlocal extends Located {
  readonly _type: 'Nonlocal';
  readonly names: readonly string[];
}
export interface ExprStmt extends Located {
  readonly _type: 'Expr';
  readonly value: Expr;
}
export interface Pass extends Located {
  readonly _type: 'Pass';
}
export interface Break extends Located {
  readonly _type: 'Break';
}
export interface Continue extends Located {
  readonly _type: 'Continue';
}

export type Stmt =
  | FunctionDef
  | AsyncFunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | AsyncFor
  | While
  | If
  | With
  | AsyncWith
  | Match
  | Raise
  | Try
  | TryStar
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue;

// ---------------------------------------------------------------------------------------------
// expr
// ---------------------------------------------------------------------------------------------

export interface BoolOp extends Located {
  readonly _type: 'BoolOp';
  readonly op: BoolOperator;
  readonly values: readonly Expr[];
}
export interface NamedExpr extends Located {
  readonly _type: 'NamedExpr';
  readonly target: Expr;
  readonly value: Expr;
}
export interface BinOp extends Located {
  readonly _type: 'BinOp';
  readonly left: Expr;
  readonly op: Operator;
  readonly right: Expr;
}
export interface UnaryOp extends Located {
  readonly _type: 'UnaryOp';
  readonly op: UnaryOperator;
  readonly operand: Expr;
}
export interface Lambda extends Located {
  readonly _type: 'Lambda';
  readonly args: Arguments;
  readonly body: Expr;
}
export interface IfExp extends Located {
  readonly _type: 'IfExp';
  readonly test: Expr;
  readonly body: Expr;
  readonly orelse: Expr;
}
export interface Dict extends Located {
  readonly _type: 'Dict';
  /** A null key marks a `**mapping` unpacking, whose mapping is the matching entry of `values`. */
  readonly keys: readonly (Expr | null)[];
  readonly values: readonly Expr[];
}
export interface SetExpr extends Located {
  readonly _type: 'Set';
  readonly elts: readonly Expr[];
}
export interface ListComp extends Located {
  readonly _type: 'ListComp';
  readonly elt: Expr;
  readonly generators: readonly Comprehension[];
}
export interface SetComp extends Located {
  readonly _type: 'SetComp';
  readonly elt: Expr;
  readonly generators: readonly Comprehension[];
}
export interface DictComp extends Located {
  readonly _type: 'DictComp';
  readonly key: Expr;
  readonly value: Expr;
  readonly generators: readonly Comprehension[];
}
export interface GeneratorExp extends Located {
  readonly _type: 'GeneratorExp';
  readonly elt: Expr;
  readonly generators: readonly Comprehension[];
}
export interface Await extends Located {
  readonly _type: 'Await';
  readonly value: Expr;
}
export interface Yield extends Located {
  readonly _type: 'Yield';
  readonly value: Expr | null;
}
export interface YieldFrom extends Located {
  readonly _type: 'YieldFrom';
  readonly value: Expr;
}
export interface Compare extends Located {
  readonly _type: 'Compare';
  readonly left: Expr;
  readonly ops: readonly CmpOperator[];
  readonly comparators: readonly Expr[];
}
export interface Call extends Located {
  readonly _type: 'Call';
  readonly func: Expr;
  readonly args: readonly Expr[];
  readonly keywords: readonly Keyword[];
}
/** Conversion codes of FormattedValue: -1 none, else the character code of 's', 'r' or 'a'. */
export const Conversion = {
  /** No `!` conversion. */
  NONE: -1,
  /** `!s` (ord('s')). */
  STR: 115,
  /** `!r` (ord('r')). */
  REPR: 114,
  /** `!a` (ord('a')). */
  ASCII: 97,
} as const;
export type ConversionCode = (typeof Conversion)[keyof typeof Conversion];
export interface FormattedValue extends Located {
  readonly _type: 'FormattedValue';
  readonly value: Expr;
  readonly conversion: ConversionCode;
  /** A JoinedStr when present. */
  readonly format_spec: Expr | null;
}
export interface JoinedStr extends Located {
  readonly _type: 'JoinedStr';
  /** Constant (str) and FormattedValue nodes. */
  readonly values: readonly Expr[];
}
export interface Constant extends Located {
  readonly _type: 'Constant';
  readonly value: AstConstant;
  /** 'u' when the (first) string literal had a u prefix, else null. */
  readonly kind: 'u' | null;
}
export interface Attribute extends Located {
  readonly _type: 'Attribute';
  readonly value: Expr;
  readonly attr: string;
  readonly ctx: ExprContext;
}
export interface Subscript extends Located {
  readonly _type: 'Subscript';
  readonly value: Expr;
  readonly slice: Expr;
  readonly ctx: ExprContext;
}
export interface Starred extends Located {
  readonly _type: 'Starred';
  readonly value: Expr;
  readonly ctx: ExprContext;
}
export interface Name extends Located {
  readonly _type: 'Name';
  readonly id: string;
  readonly ctx: ExprContext;
}
export interface List extends Located {
  readonly _type: 'List';
  readonly elts: readonly Expr[];
  readonly ctx: ExprContext;
}
export interface Tuple extends Located {
  readonly _type: 'Tuple';
  readonly elts: readonly Expr[];
  readonly ctx: ExprContext;
}
export interface Slice extends Located {
  readonly _type: 'Slice';
  readonly lower: Expr | null;
  readonly upper: Expr | null;
  readonly step: Expr | null;
}

export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | Dict
  | SetExpr
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Await
  | Yield
  | YieldFrom
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | List
  | Tuple
  | Slice;

// ---------------------------------------------------------------------------------------------
// Singleton sum types (no fields, no attributes)
// ---------------------------------------------------------------------------------------------

export interface Load { readonly _type: 'Load' }
export interface Store { readonly _type: 'Store' }
export interface Del { readonly _type: 'Del' }
export type ExprContext = Load | Store | Del;

export interface And { readonly _type: 'And' }
export interface Or { readonly _type: 'Or' }
export type BoolOperator = And | Or;

export const OPERATOR_NAMES = [
  'Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow', 'LShift', 'RShift', 'BitOr', 'BitXor', 'BitAnd', 'FloorDiv',
] as const;
export type OperatorName = (typeof OPERATOR_NAMES)[number];
export interface Operator { readonly _type: OperatorName }

export const UNARYOP_NAMES = ['Invert', 'Not', 'UAdd', 'USub'] as const;
export type UnaryOperatorName = (typeof UNARYOP_NAMES)[number];
export interface UnaryOperator { readonly _type: UnaryOperatorName }

export const CMPOP_NAMES = ['Eq', 'NotEq', 'Lt', 'LtE', 'Gt', 'GtE', 'Is', 'IsNot', 'In', 'NotIn'] as const;
export type CmpOperatorName = (typeof CMPOP_NAMES)[number];
export interface CmpOperator { readonly _type: CmpOperatorName }

// ---------------------------------------------------------------------------------------------
// Product types and the remaining sums
// ---------------------------------------------------------------------------------------------

export interface Comprehension {
  readonly _type: 'comprehension';
  readonly target: Expr;
  readonly iter: Expr;
  readonly ifs: readonly Expr[];
  /** 1 for `async for`, else 0. */
  readonly is_async: number;
}

export interface ExceptHandler extends Located {
  readonly _type: 'ExceptHandler';
  readonly type: Expr | null;
  readonly name: string | null;
  readonly body: readonly Stmt[];
}

export interface Arguments {
  readonly _type: 'arguments';
  readonly posonlyargs: readonly Arg[];
  readonly args: readonly Arg[];
  readonly vararg: Arg | null;
  readonly kwonlyargs: readonly Arg[];
  /** One entry per kwonlyarg; null where that argument has no default. */
  readonly kw_defaults: readonly (Expr | null)[];
  readonly kwarg: Arg | null;
  /** Defaults of the last positional (posonlyargs + args) parameters. */
  readonly defaults: readonly Expr[];
}

export interface Arg extends Located {
  readonly _type: 'arg';
  readonly arg: string;
  readonly annotation: Expr | null;
  readonly type_comment: string | null;
}

export interface Keyword extends Located {
  readonly _type: 'keyword';
  /** null for `**kwargs`. */
  readonly arg: string | null;
  readonly value: Expr;
}

export interface Alias extends Located {
  readonly _type: 'alias';
  /** Dotted name as written ('os.path'), or '*'. */
  readonly name: string;
  readonly asname: string | null;
}

export interface WithItem {
  readonly _type: 'withitem';
  readonly context_expr: Expr;
  readonly optional_vars: Expr | null;
}

export interface MatchCase {
  readonly _type: 'match_case';
  readonly pattern: Pattern;
  readonly guard: Expr | null;
  readonly body: readonly Stmt[];
}

export interface MatchValue extends Located {
  readonly _type: 'MatchValue';
  readonly value: Expr;
}
export interface MatchSingleton extends Located {
  readonly _type: 'MatchSingleton';
  /** None, True or False. */
  readonly value: AstConstant;
}
export interface MatchSequence extends Located {
  readonly _type: 'MatchSequence';
  readonly patterns: readonly Pattern[];
}
export interface MatchMapping extends Located {
  readonly _type: 'MatchMapping';
  readonly keys: readonly Expr[];
  readonly patterns: readonly Pattern[];
  readonly rest: string | null;
}
export interface MatchClass extends Located {
  readonly _type: 'MatchClass';
  readonly cls: Expr;
  readonly patterns: readonly Pattern[];
  readonly kwd_attrs: readonly string[];
  readonly kwd_patterns: readonly Pattern[];
}
export interface MatchStar extends Located {
  readonly _type: 'MatchStar';
  readonly name: string | null;
}
export interface MatchAs extends Located {
  readonly _type: 'MatchAs';
  readonly pattern: Pattern | null;
  readonly name: string | null;
}
export interface MatchOr extends Located {
  readonly _type: 'MatchOr';
  readonly patterns: readonly Pattern[];
}
export type Pattern =
  | MatchValue
  | MatchSingleton
  | MatchSequence
  | MatchMapping
  | MatchClass
  | MatchStar
  | MatchAs
  | MatchOr;

export interface TypeIgnore {
  readonly _type: 'TypeIgnore';
  readonly lineno: number;
  readonly tag: string;
}

/** Any node of the tree. */
export type AstNode =
  | Mod
  | Stmt
  | Expr
  | ExprContext
  | BoolOperator
  | Operator
  | UnaryOperator
  | CmpOperator
  | Comprehension
  | ExceptHandler
  | Arguments
  | Arg
  | Keyword
  | Alias
  | WithItem
  | MatchCase
  | Pattern
  | TypeIgnore;

/** Throws at compile time when a switch over `_type` misses a case. */
export function assertNever(x: never): never {
  throw new Error(`unexpected AST node ${JSON.stringify((x as { _type?: string })._type)}`);
}
