// Parses the `heapscope` command line into one typed command, or a usage error of one line.
// No I/O here: main.ts does the reading, running and printing.

export const USAGE = `Usage: heapscope <command> [options]

Heapscope runs a Python program on a simulation of CPython's memory management
(reference counting, the cyclic GC, the obmalloc allocator).

Commands:
  run FILE.py [--python X.Y] [--steps N]
        Run the program; print its stdout and stderr exactly as CPython would,
        and exit with its exit code (1 after an uncaught exception or a SyntaxError,
        2 when it uses something Heapscope does not model, 3 when --steps runs out,
        70 when Heapscope itself fails).
  dis FILE.py
        Print the bytecode listing, as Python's dis module does.
  trace FILE.py -o OUT.heapscope [--python X.Y]
        Record the whole run into a trace file and print its summary.
  info FILE.heapscope
        Validate a trace file and print its summary.

Options:
  --python X.Y   the CPython version to simulate (default 3.11)
  --steps N      stop after N bytecode instructions (default 10,000,000)
  -o FILE        the trace file to write (trace)
  -h, --help     show this text
`;

/** The commands, one per subcommand of the usage text. */
export const CommandKind = {
  /** Print the usage text. */
  HELP: 'help',
  /** Run a program on the simulator. */
  RUN: 'run',
  /** Print the bytecode listing. */
  DIS: 'dis',
  /** Record a trace file. */
  TRACE: 'trace',
  /** Validate a trace file and summarise it. */
  INFO: 'info',
} as const;
export type CommandKind = (typeof CommandKind)[keyof typeof CommandKind];

export type Command =
  | { readonly kind: typeof CommandKind.HELP }
  | { readonly kind: typeof CommandKind.RUN; readonly file: string; readonly python: string | null; readonly steps: number | null }
  | { readonly kind: typeof CommandKind.DIS; readonly file: string; readonly python: string | null }
  | { readonly kind: typeof CommandKind.TRACE; readonly file: string; readonly out: string; readonly python: string | null }
  | { readonly kind: typeof CommandKind.INFO; readonly file: string };

export type Parsed = { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly error: string };

const fail = (error: string): Parsed => ({ ok: false, error });

/** Flags each command accepts, and whether they take a value. */
const FLAGS: Record<Exclude<CommandKind, 'help'>, readonly string[]> = {
  run: ['--python', '--steps'],
  dis: ['--python'],
  trace: ['--python', '-o'],
  info: [],
};

export function parseArgs(argv: readonly string[]): Parsed {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help') || argv[0] === 'help') {
    return { ok: true, command: { kind: CommandKind.HELP } };
  }
  const [name, ...rest] = argv as [string, ...string[]];
  if (!(name in FLAGS)) return fail(`unknown command '${name}' (commands: run, dis, trace, info; see heapscope --help)`);
  const kind = name as Exclude<CommandKind, 'help'>;
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    let arg = rest[i]!;
    if (arg.startsWith('-') && arg !== '-') {
      let value: string | undefined;
      const eq = arg.indexOf('=');
      if (arg.startsWith('--') && eq > 0) {
        value = arg.slice(eq + 1);
        arg = arg.slice(0, eq);
      }
      if (!FLAGS[kind].includes(arg)) return fail(`unknown option '${arg}' for ${kind} (see heapscope --help)`);
      if (values.has(arg)) return fail(`option ${arg} given twice`);
      if (value === undefined) {
        value = rest[++i];
        if (value === undefined) return fail(`option ${arg} needs a value`);
      }
      values.set(arg, value);
    } else {
      positional.push(arg);
    }
  }
  const what = kind === 'info' ? 'a trace file (FILE.heapscope)' : 'a Python file (FILE.py)';
  if (positional.length === 0) return fail(`${kind} needs ${what}`);
  if (positional.length > 1) return fail(`${kind} takes one file, got ${positional.length}: ${positional.join(' ')}`);
  const file = positional[0]!;
  const python = values.get('--python') ?? null;
  if (python !== null && !/^\d+\.\d+$/.test(python)) return fail(`--python wants a version X.Y such as 3.11, got '${python}'`);
  switch (kind) {
    case 'run': {
      const s = values.get('--steps');
      let steps: number | null = null;
      if (s !== undefined) {
        if (!/^[1-9]\d*$/.test(s) || !Number.isSafeInteger(Number(s))) return fail(`--steps wants a positive whole number, got '${s}'`);
        steps = Number(s);
      }
      return { ok: true, command: { kind: CommandKind.RUN, file, python, steps } };
    }
    case 'dis':
      return { ok: true, command: { kind: CommandKind.DIS, file, python } };
    case 'trace': {
      const out = values.get('-o');
      if (out === undefined) return fail('trace needs -o OUT.heapscope');
      return { ok: true, command: { kind: CommandKind.TRACE, file, out, python } };
    }
    case 'info':
      return { ok: true, command: { kind: CommandKind.INFO, file } };
    default: {
      const never: never = kind;
      return fail(`unknown command ${String(never)}`);
    }
  }
}
