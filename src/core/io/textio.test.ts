// The stdio model's own invariants (textio.ts, bufferedio.ts, fileobject.ts), checked on runs of generated programs:
// the captured output is exactly what was written, in order, per stream; what stays pending is what the write
// rules leave (under the chunk size, no line end on the line-buffered stderr, byte counts that add up); the
// BufferedWriter's raw writes leave nothing allocated; PySys_WriteStderr's fallback and truncation.
// What CPython prints for these paths (counts, refcounts, blocks) is pinned by the conformance programs
// resources/conformance/{gc,memory,refcount,errors}/print_*.py.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runProgram } from '../run';
import { heap } from '../objects/heap';
import { DECREF } from '../objects/object';
import * as M from '../objects/models';
import { ts } from '../vm/state';
import { sysAttr, pySysWriteStderr, flushStdFiles } from './fileobject';
import * as E from '../objects/exceptions';
import { PyTextIOWrapper, CHUNK_SIZE, textWrite } from './textio';
import { BufferedWriter, PIPE_BUFFER_SIZE } from './bufferedio';

/** A Python literal for `s` (JSON's escapes are Python's for these characters). */
const lit = (s: string): string => JSON.stringify(s);

function stream(name: 'stdout' | 'stderr'): PyTextIOWrapper {
  const o = sysAttr(name);
  if (!(o instanceof PyTextIOWrapper)) throw new Error(`sys.${name} is not the TextIOWrapper`);
  return o;
}

/** The pending pieces as text, and their byte count (utf-8). */
function pendingText(w: PyTextIOWrapper): { text: string; bytes: number } {
  const p = w.pending;
  if (p === null) return { text: '', bytes: 0 };
  const pieces = p instanceof M.PyList ? p.items : [p];
  let text = '';
  let bytes = 0;
  for (const it of pieces) {
    if (it instanceof M.PyStr) {
      text += it.v;
      bytes += it.v.length;
    } else if (it instanceof M.PyBytes) {
      text += Buffer.from(it.v).toString('utf8');
      bytes += it.v.length;
    } else throw new Error(`a pending piece of type ${it.ob_type.tp_name}`);
  }
  return { text, bytes };
}

type Piece = { readonly how: 'print' | 'write' | 'stderr' | 'print2'; readonly text: string };

const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', 'é', '€', '😀', 'Ж'), maxLength: 40 });
const bigText = fc.constantFrom('x'.repeat(5000), 'é'.repeat(300), 'y'.repeat(9000));
const piece: fc.Arbitrary<Piece> = fc.record({ how: fc.constantFrom('print', 'write', 'stderr', 'print2'), text: fc.oneof({ weight: 9, arbitrary: text }, { weight: 1, arbitrary: bigText }) });

function program(pieces: readonly Piece[]): { src: string; out: string; err: string } {
  const lines = ['import sys'];
  let out = '';
  let err = '';
  for (const p of pieces) {
    if (p.how === 'print') {
      lines.push(`print(${lit(p.text)})`);
      out += `${p.text}\n`;
    } else if (p.how === 'print2') {
      lines.push(`print(${lit(p.text)}, ${lit(p.text)}, sep='|', end='')`);
      out += `${p.text}|${p.text}`;
    } else if (p.how === 'write') {
      lines.push(`sys.stdout.write(${lit(p.text)})`);
      out += p.text;
    } else {
      lines.push(`print(${lit(p.text)}, file=sys.stderr)`);
      err += `${p.text}\n`;
    }
  }
  return { src: lines.join('\n') + '\n', out, err };
}

describe('sys.stdout / sys.stderr (TextIOWrapper over a pipe)', () => {
  it('captures exactly the written text per stream, and leaves pending what the write rules say', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const p = program(pieces);
        const r = runProgram(p.src);
        expect(r.stderr).toBe(p.err);
        expect(r.stdout).toBe(p.out);
        for (const name of ['stdout', 'stderr'] as const) {
          const w = stream(name);
          const pend = pendingText(w);
          // Invariant 1: the count is the pieces' bytes; the pending text is a suffix of what was written.
          expect(w.pendingCount).toBe(pend.bytes);
          expect((name === 'stdout' ? p.out : p.err).endsWith(pend.text)).toBe(true);
          // Invariant 2: under the chunk size; nothing up to a line end left on the line-buffered stream.
          expect(w.pendingCount).toBeLessThan(CHUNK_SIZE);
          if (name === 'stderr') expect(/[\n\r]/.test(pend.text)).toBe(false);
          expect(w.buffer.pos).toBeGreaterThanOrEqual(0);
          expect(w.buffer.pos).toBeLessThanOrEqual(PIPE_BUFFER_SIZE);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps an ASCII piece as the str itself and a non-ASCII piece as its utf-8 bytes', () => {
    // (the runner flushes both streams at exit, so the writes are made after the run, on its stdout)
    runProgram('pass\n');
    const w = stream('stdout');
    for (const text of ['abc'.repeat(3), 'h\xe9']) {
      const s = M.newStr(text);
      DECREF(textWrite(w, s as M.PyStr));
      DECREF(s);
    }
    const l = w.pending as M.PyList;
    expect(l).toBeInstanceOf(M.PyList);
    expect((l.items[0] as M.PyStr).v).toBe('abcabcabc');
    expect(Array.from((l.items[1] as M.PyBytes).v)).toEqual([0x68, 0xc3, 0xa9]);
    expect(w.pendingCount).toBe(12);
  });

  it('BufferedWriter: raw writes through memoryviews leave no block allocated and gen-0 unchanged', () => {
    runProgram('pass\n');
    const mem = heap.memory!;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 * PIPE_BUFFER_SIZE }), { maxLength: 20 }), (sizes) => {
        const bw = new BufferedWriter();
        const blocks = mem.getAllocatedBlocks();
        const count0 = heap.count0;
        for (const n of sizes) {
          const r = bw.write(n);
          expect((r as M.PyInt).v).toBe(n);
          DECREF(r); // the caller's release of the result
          expect(bw.pos).toBeGreaterThanOrEqual(0);
          expect(bw.pos).toBeLessThanOrEqual(PIPE_BUFFER_SIZE);
        }
        bw.flush();
        expect(bw.pos).toBe(0);
        expect(heap.count0).toBe(count0);
        expect(mem.getAllocatedBlocks()).toBe(blocks);
      }),
      { numRuns: 40 },
    );
  });

  it('PySys_WriteStderr writes through sys.stderr, cuts at 1000 bytes, and falls back to the process stderr', () => {
    runProgram('pass\n');
    const before = ts.stderr.length;
    pySysWriteStderr('gc: collecting generation 0...\n');
    expect(ts.stderr.slice(before).join('')).toBe('gc: collecting generation 0...\n');
    const long = 'é'.repeat(600);
    const at = ts.stderr.length;
    pySysWriteStderr(long);
    expect(ts.stderr.slice(at).join('')).toBe('é'.repeat(500) + '... truncated');

    const r = runProgram('import sys\nsys.stderr = None\n');
    expect(r.stderr).toBe('');
    const at2 = ts.stderr.length;
    pySysWriteStderr('fallback\n');
    expect(ts.stderr.slice(at2).join('')).toBe('fallback\n');
  });

  it('flush_std_files empties both streams and reports a flush that fails', () => {
    // the runner's own flush_std_files, after the atexit functions
    runProgram("import sys\nprint('out', end='')\nsys.stderr.write('err')\n");
    expect(stream('stdout').pending).toBeNull();
    expect(stream('stderr').pending).toBeNull();
    for (const [name, text] of [['stdout', 'out'], ['stderr', 'err']] as const) {
      const s = M.newStr(text);
      DECREF(textWrite(stream(name), s as M.PyStr));
      DECREF(s);
      expect(stream(name).pending).not.toBeNull();
    }
    const failed: string[] = [];
    flushStdFiles((_f, err) => failed.push(err.exc.ob_type.tp_name));
    expect(failed).toEqual([]);
    for (const name of ['stdout', 'stderr'] as const) {
      expect(stream(name).pending).toBeNull();
      expect(stream(name).pendingCount).toBe(0);
      expect(stream(name).buffer.pos).toBe(0);
    }
    runProgram('import sys\nclass Sink:\n    def write(self, s):\n        return len(s)\nsys.stdout = Sink()\n');
    flushStdFiles((_f, err) => {
      failed.push(err.exc.ob_type.tp_name);
      expect(err).toBeInstanceOf(E.PyErr);
    });
    expect(failed).toEqual(['AttributeError']);
  });

  it('refuses what it does not model, by name', () => {
    const r = runProgram('import sys\nsys.stdout.buffer\n');
    expect(r.stopReason).toBe('unsupported');
    expect(r.stderr).toContain("sys.stdout/sys.stderr's buffer");
    const s = runProgram("import sys\nprint('\\ud800')\n");
    expect(s.stopReason).toBe('unsupported');
    expect(s.stderr).toContain('lone surrogate');
  });
});
