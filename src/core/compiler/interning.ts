// Models which strings are already interned when CPython 3.11 creates a code object (Objects/codeobject.c
// intern_string_constants): a str constant equal to an interned string is replaced by it, and a frozenset
// constant holding such a string is rebuilt (one more insertion pass, which can change its order).
// Interned beforehand: every identifier of the module (the parser interns NAME tokens,
// Parser/pegen.c _PyPegen_new_identifier) and the names interned at startup. Of the latter only the
// builtins' names are modelled (the full startup set depends on the site packages loaded); the list below is
// python3.11's dir(builtins).

import type * as A from '../python/ast';

export const BUILTIN_NAMES: readonly string[] = [
  'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'BaseExceptionGroup', 'BlockingIOError', 'BrokenPipeError', 'BufferError',
  'BytesWarning', 'ChildProcessError', 'ConnectionAbortedError', 'ConnectionError', 'ConnectionRefusedError', 'ConnectionResetError', 'DeprecationWarning', 'EOFError',
  'Ellipsis', 'EncodingWarning', 'EnvironmentError', 'Exception', 'ExceptionGroup', 'False', 'FileExistsError', 'FileNotFoundError',
  'FloatingPointError', 'FutureWarning', 'GeneratorExit', 'IOError', 'ImportError', 'ImportWarning', 'IndentationError', 'IndexError',
  'InterruptedError', 'IsADirectoryError', 'KeyError', 'KeyboardInterrupt', 'LookupError', 'MemoryError', 'ModuleNotFoundError', 'NameError',
  'None', 'NotADirectoryError', 'NotImplemented', 'NotImplementedError', 'OSError', 'OverflowError', 'PendingDeprecationWarning', 'PermissionError',
  'ProcessLookupError', 'RecursionError', 'ReferenceError', 'ResourceWarning', 'RuntimeError', 'RuntimeWarning', 'StopAsyncIteration', 'StopIteration',
  'SyntaxError', 'SyntaxWarning', 'SystemError', 'SystemExit', 'TabError', 'TimeoutError', 'True', 'TypeError',
  'UnboundLocalError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError', 'UnicodeWarning', 'UserWarning', 'ValueError',
  'Warning', 'ZeroDivisionError', '__build_class__', '__debug__', '__doc__', '__import__', '__loader__', '__name__',
  '__package__', '__spec__', 'abs', 'aiter', 'all', 'anext', 'any', 'ascii',
  'bin', 'bool', 'breakpoint', 'bytearray', 'bytes', 'callable', 'chr', 'classmethod',
  'compile', 'complex', 'copyright', 'credits', 'delattr', 'dict', 'dir', 'divmod',
  'enumerate', 'eval', 'exec', 'exit', 'filter', 'float', 'format', 'frozenset',
  'getattr', 'globals', 'hasattr', 'hash', 'help', 'hex', 'id', 'input',
  'int', 'isinstance', 'issubclass', 'iter', 'len', 'license', 'list', 'locals',
  'map', 'max', 'memoryview', 'min', 'next', 'object', 'oct', 'open',
  'ord', 'pow', 'print', 'property', 'quit', 'range', 'repr', 'reversed',
  'round', 'set', 'setattr', 'slice', 'sorted', 'staticmethod', 'str', 'sum',
  'super', 'tuple', 'type', 'vars', 'zip',
];

/** Every identifier token of the module (names, attributes, parameters, keywords, import parts, …). */
export function moduleIdentifiers(mod: A.Module): Set<string> {
  const out = new Set<string>();
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) {
      for (const y of x) visit(y);
      return;
    }
    if (x === null || typeof x !== 'object') return;
    const n = x as Record<string, unknown> & { _type?: string };
    switch (n._type) {
      case 'Name': out.add(n.id as string); break;
      case 'Attribute': out.add(n.attr as string); break;
      case 'arg': out.add(n.arg as string); break;
      case 'keyword': if (n.arg) out.add(n.arg as string); break;
      case 'FunctionDef': case 'AsyncFunctionDef': case 'ClassDef': out.add(n.name as string); break;
      case 'alias':
        for (const part of (n.name as string).split('.')) out.add(part);
        if (n.asname) out.add(n.asname as string);
        break;
      case 'ImportFrom': if (n.module) for (const part of (n.module as string).split('.')) out.add(part); break;
      case 'Global': case 'Nonlocal': for (const s of n.names as string[]) out.add(s); break;
      case 'ExceptHandler': if (n.name) out.add(n.name as string); break;
      case 'Constant': return;
      default: break;
    }
    for (const [k, v] of Object.entries(n)) if (k !== '_type' && typeof v === 'object') visit(v);
  };
  visit(mod.body);
  return out;
}

/** Whether intern_string_constants would swap this str for an already interned object. */
export function isReinterned(s: string, interned: ReadonlySet<string>): boolean {
  return [...s].length >= 2 && /^[A-Za-z0-9_]+$/.test(s) && interned.has(s);
}
