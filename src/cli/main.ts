// The `heapscope` command (DESIGN.md §3): run, dis, trace and info.
// bin/heapscope.mjs registers tsx and calls main(). Every failure of the command itself (bad flag, missing
// file, a part not built yet) is one line on stderr and exit code 2; a crash of the simulator is one line and
// exit code 70 (EX_SOFTWARE), so that the program's own exit codes (0, 1, 2, 3) keep their meaning for `run`.

import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ProfileName } from '../core/api';
import type { TraceSink } from '../core/trace/sink';
import { CommandKind, USAGE, parseArgs, type Command } from './args';
import { loadDisassembler, loadProfileNames, loadRunProgram, loadTraceReader, loadTraceWriter } from './simulator';
import { formatTraceSummary } from './summary';

/** Where the command writes; tests replace it to capture output without spawning. */
export interface CliOutput {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
}

const processOutput: CliOutput = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
};

/** Exit code of a failure of the command itself (not of the program it runs). */
export const EXIT_USAGE = 2;
/** Exit code when the simulator itself throws: a bug in Heapscope, not in the program. */
export const EXIT_INTERNAL = 70;

const DEFAULT_PROFILE: ProfileName = '3.11';

export async function main(argv: readonly string[], io: CliOutput = processOutput): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`heapscope: ${parsed.error}\n`);
    return EXIT_USAGE;
  }
  return execute(parsed.command, io);
}

async function execute(cmd: Command, io: CliOutput): Promise<number> {
  const fail = (line: string): number => {
    io.err(`heapscope: ${line}\n`);
    return EXIT_USAGE;
  };
  switch (cmd.kind) {
    case CommandKind.HELP:
      io.out(USAGE);
      return 0;
    case CommandKind.RUN: {
      const profile = await checkProfile(cmd.python);
      if (typeof profile !== 'string') return fail(profile.error);
      const source = readSource(cmd.file);
      if (!source.ok) return fail(source.error);
      const sim = await loadRunProgram();
      if (!sim.ok) return fail(`cannot run ${cmd.file}: ${sim.reason}`);
      let result;
      try {
        result = sim.value(source.text, {
          profile,
          filename: displayedFilename(cmd.file, profile),
          ...(cmd.steps !== null ? { stepBudget: cmd.steps } : {}),
        });
      } catch (e) {
        const what = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : String(e);
        io.err(`heapscope: internal error while running ${cmd.file}: ${what}\n`);
        return EXIT_INTERNAL;
      }
      io.out(result.stdout);
      io.err(result.stderr);
      return result.exitCode;
    }
    case CommandKind.DIS: {
      const profile = await checkProfile(cmd.python);
      if (typeof profile !== 'string') return fail(profile.error);
      if (profile !== DEFAULT_PROFILE) return fail(`dis lists CPython ${DEFAULT_PROFILE} bytecode only; the ${profile} compiler is not built`);
      const source = readSource(cmd.file);
      if (!source.ok) return fail(source.error);
      const dis = await loadDisassembler();
      if (!dis.ok) return fail(`cannot disassemble ${cmd.file}: ${dis.reason}`);
      const filename = displayedFilename(cmd.file, profile);
      let code;
      try {
        code = dis.value.compileSource(source.text, filename);
      } catch (e) {
        return compileFailure(e, io);
      }
      io.out(dis.value.formatDis(code));
      return 0;
    }
    case CommandKind.TRACE: {
      const profile = await checkProfile(cmd.python);
      if (typeof profile !== 'string') return fail(profile.error);
      const source = readSource(cmd.file);
      if (!source.ok) return fail(source.error);
      const sim = await loadRunProgram();
      if (!sim.ok) return fail(`cannot run ${cmd.file}: ${sim.reason}`);
      const writer = await loadTraceWriter();
      if (!writer.ok) return fail(`cannot record ${cmd.file}: ${writer.reason}`);
      const reader = await loadTraceReader();
      if (!reader.ok) return fail(`cannot record ${cmd.file}: ${reader.reason}`);
      const filename = displayedFilename(cmd.file, profile);
      let bytes: Uint8Array;
      let result;
      try {
        const rec = writer.value.newRecorder(profile);
        result = sim.value(source.text, { profile, filename, sink: rec as unknown as TraceSink });
        rec.finish();
        bytes = writer.value.exportTrace(rec, { source: source.text, filename });
      } catch (e) {
        const what = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : String(e);
        io.err(`heapscope: internal error while recording ${cmd.file}: ${what}\n`);
        return EXIT_INTERNAL;
      }
      try {
        writeFileSync(cmd.out, bytes);
      } catch (e) {
        return fail(`cannot write ${cmd.out}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      }
      // The program's own errors (a traceback, the step budget) go to stderr; the trace holds them too.
      io.err(result.stderr);
      // The summary is read back from the file just written, so it also proves the file loads.
      const { header } = reader.value.importTrace(bytes);
      io.out(formatTraceSummary(cmd.out, header, bytes.length));
      return 0;
    }
    case CommandKind.INFO: {
      if (!existsSync(cmd.file)) return fail(`${cmd.file}: no such file`);
      if (!statSync(cmd.file).isFile()) return fail(`${cmd.file}: not a file`);
      const reader = await loadTraceReader();
      if (!reader.ok) return fail(`cannot read ${cmd.file}: ${reader.reason}`);
      const bytes = new Uint8Array(readFileSync(cmd.file));
      try {
        const { header } = reader.value.importTrace(bytes);
        io.out(formatTraceSummary(cmd.file, header, bytes.length));
        return 0;
      } catch (e) {
        // TraceFileError messages are written for the user; anything else is a bug worth its name.
        const msg = e instanceof Error ? (e.name === 'TraceFileError' ? e.message : `${e.name}: ${e.message}`) : String(e);
        return fail(`${cmd.file}: ${msg.split('\n')[0]}`);
      }
    }
    default: {
      const never: never = cmd;
      return fail(`unknown command ${JSON.stringify(never)}`);
    }
  }
}

/** The requested profile if the simulator has it (src/core/profiles/profile.ts), else why not. */
async function checkProfile(requested: string | null): Promise<ProfileName | { readonly error: string }> {
  if (requested === null) return DEFAULT_PROFILE;
  const names = await loadProfileNames();
  const available: readonly ProfileName[] = names.ok ? names.value : [DEFAULT_PROFILE];
  if (!(available as readonly string[]).includes(requested)) {
    return { error: `no Python ${requested} profile (available: ${available.join(', ')})` };
  }
  return requested as ProfileName;
}

function readSource(file: string): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string } {
  if (!existsSync(file)) return { ok: false, error: `${file}: no such file` };
  if (!statSync(file).isFile()) return { ok: false, error: `${file}: not a file` };
  const bytes = readFileSync(file);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return { ok: true, text };
}

/**
 * The file name CPython shows in tracebacks for `python FILE`: since 3.9 the script's absolute path
 * (bpo-20443), before that the path as typed.
 */
export function displayedFilename(file: string, profile: ProfileName): string {
  return profile === '3.8' ? file : resolve(file);
}

/** A SyntaxError (exit 1, as CPython) or a refusal (exit 2) from the compiler, in one line each. */
function compileFailure(e: unknown, io: CliOutput): number {
  if (e instanceof Error && (e.name === 'SyntaxError' || e.name === 'IndentationError' || e.name === 'TabError')) {
    const se = e as Error & { msg?: string; filename?: string; lineno?: number };
    io.err(`${e.name}: ${se.msg ?? e.message} (${se.filename ?? '?'}, line ${se.lineno ?? '?'})\n`);
    return 1;
  }
  if (e instanceof Error && e.name === 'Unsupported') {
    io.err(`${e.message}\n`);
    return EXIT_USAGE;
  }
  throw e;
}
