// Models sys.stdout and sys.stderr as CPython 3.11 makes them for a pipe (Python/pylifecycle.c create_stdio): an
// _io.TextIOWrapper (Modules/_io/textio.c: _io_TextIOWrapper_write_impl, _textiowrapper_writeflush,
// _io_TextIOWrapper_flush_impl) over a BufferedWriter (bufferedio.ts), utf-8, newline "\n" (no translation).
// stdout: not line-buffered (not a tty), errors "surrogateescape"; stderr: line-buffered (always, since 3.9),
// errors "backslashreplace". Both: chunk size 8192, no write_through.
//
// Why a folder of its own (src/core/io): these are the _io module's objects, used by print() (builtins), by sys
// (which owns them) and by PySys_WriteStderr (the collector's DEBUG_STATS report); none of those owns the others.
//
// What the program can observe, and what is modelled for it: the pending buffer (pending_bytes) holds the written
// strs themselves (an ASCII str is INCREF'd, so a printed str stays alive with its refcount one higher until a
// flush), a list of them from the second write on (a GC object, its items array a pymalloc block), and bytes
// objects for non-ASCII text (utf-8, through _PyBytesWriter's 512-byte stack buffer); a flush concatenates them
// into one bytes object and hands it to the BufferedWriter.
// The text itself reaches the captured output (ts.stdout / ts.stderr) at write(), not when CPython's buffers reach
// the pipe: the two streams are captured apart, so each keeps its order, and the trace shows each print's output
// at the instruction that made it.
//
// Invariants:
// 1. pending is null (pendingCount 0), a str or bytes, or a list of strs and bytes; it owns one reference to each,
//    and pendingCount is the sum of their byte lengths (a str's length: only ASCII strs are kept as str).
// 2. After a write returns, pendingCount < CHUNK_SIZE and, on a line-buffered stream, no written "\n" or "\r" is
//    still pending.

import { PyObject, INCREF, DECREF, allocObject, slotHook } from '../objects/object';
import { heap } from '../objects/heap';
import * as M from '../objects/models';
import * as C from '../objects/callables';
import * as E from '../objects/exceptions';
import * as T from '../objects/types';
import { extraRepr, strRepr } from '../objects/repr';
import { ts, currentLine } from '../vm/state';
import { exactly, noKw } from '../vm/argparse';
import { Unsupported } from '../python/errors';
import { BufferedWriter } from './bufferedio';
// (text reaching the encoder has no lone surrogate: textWrite refuses those first, so it never raises here)
import { strEncodeUtf8 } from '../semantics/strslice';
import { strKind } from '../semantics/hash';

/** textiowrapper_init: self->chunk_size = 8192. */
export const CHUNK_SIZE = 8192;
/** _PyBytesWriter's small_buffer: an encoding whose worst case fits is copied out into an exact bytes object. */
const BYTES_WRITER_SMALL_BUFFER = 512;

/** sizeof(textio) = 192 (getsizeof(sys.stdout) is 208 with the GC header). */
export const TextIOWrapperType = T.makeModuleType('_io', 'TextIOWrapper', T.ObjectType, true, 192);

export class PyTextIOWrapper extends PyObject {
  /** pending_bytes (invariant 1). */
  pending: PyObject | null = null;
  /** pending_bytes_count. */
  pendingCount = 0;
  readonly buffer = new BufferedWriter();
  constructor(
    /** The stream name, '<stdout>' or '<stderr>'. */
    readonly name: string,
    readonly fd: 1 | 2,
    readonly lineBuffering: boolean,
    readonly errors: string,
  ) {
    super(TextIOWrapperType);
  }
}

TextIOWrapperType.tp_dealloc = () => {
  // textiowrapper_dealloc closes the stream (_PyIOBase_finalize → close → flush), which is not modelled.
  throw new Unsupported('releasing sys.stdout or sys.stderr (closing the stream)', currentLine());
};

/** create_stdio for fd 1 or 2 (a pipe). The object is made at start-up, outside any generation. */
export function newStdStream(fd: 1 | 2): PyTextIOWrapper {
  const o = fd === 1 ? new PyTextIOWrapper('<stdout>', 1, false, 'surrogateescape') : new PyTextIOWrapper('<stderr>', 2, true, 'backslashreplace');
  allocObject(o, 16 + TextIOWrapperType.basicsize, true);
  return o;
}

/** What one write encodes to: the str itself (ASCII), a bytes object, or the static one-byte bytes (no object). */
interface Encoded {
  readonly obj: PyObject;
  readonly nbytes: number;
}

/**
 * utf8_encode → _PyUnicode_AsUTF8String → unicode_encode_utf8 for a str without cached UTF-8: the stringlib
 * encoder reserves size * max_char_size (2 for a latin-1 str, 3 for UCS-2, 4 for UCS-4) in a _PyBytesWriter.
 * Up to 512 bytes that is the writer's stack buffer, and _PyBytesWriter_Finish copies the result into an exact
 * bytes object; beyond, the reservation is a bytes object itself, shrunk by _PyBytes_Resize (PyObject_Realloc).
 * An ASCII str longer than the chunk size has its UTF-8 cached (its own data): an exact copy.
 */
function encodeUtf8(s: string, size: number, ascii: boolean): Encoded {
  const data = strEncodeUtf8(s);
  const n = data.length;
  // max_char_size by the str's kind: UCS-1 (latin-1) 2, UCS-2 3, UCS-4 4.
  const kind = ascii ? 1 : strKind(s);
  const reserve = ascii ? 0 : size * (kind === 1 ? 2 : kind === 2 ? 3 : 4);
  if (reserve <= BYTES_WRITER_SMALL_BUFFER) return { obj: M.newBytes(data), nbytes: n };
  const b = new M.PyBytes(data);
  allocObject(b, 33 + reserve, false);
  if (n !== reserve) b.addr = heap.realloc(b.addr, 33 + n);
  return { obj: b, nbytes: n };
}

/** One pass over a str's UTF-16 units: its length in code points, whether it is ASCII, whether it has a lone surrogate. */
function scan(s: string): { readonly length: number; readonly ascii: boolean; readonly loneSurrogate: boolean } {
  let length = 0;
  let ascii = true;
  for (let i = 0; i < s.length; i++, length++) {
    const c = s.charCodeAt(i);
    if (c < 128) continue;
    ascii = false;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else return { length, ascii, loneSurrogate: true };
    } else if (c >= 0xdc00 && c <= 0xdfff) return { length, ascii, loneSurrogate: true };
  }
  return { length, ascii, loneSurrogate: false };
}

/** _io_TextIOWrapper_write_impl. Returns the number of code points written (a new reference). */
export function textWrite(self: PyTextIOWrapper, text: M.PyStr): PyObject {
  const s = text.v;
  const { length: textlen, ascii, loneSurrogate } = scan(s);
  if (loneSurrogate) throw new Unsupported(`writing a lone surrogate to sys.${self.fd === 1 ? 'stdout' : 'stderr'} (errors=${self.errors})`, currentLine());
  // Line buffering looks for "\n" (haslf) or "\r"; newline "\n" means no translation (writenl is NULL).
  const needflush = self.lineBuffering && (s.includes('\n') || s.includes('\r'));
  (self.fd === 1 ? ts.stdout : ts.stderr).push(s);
  let b: Encoded;
  if (ascii && textlen <= CHUNK_SIZE) {
    // The ASCII fast path (bpo-43260 bounds it by the chunk size): the str itself, one more reference.
    INCREF(text);
    b = { obj: text, nbytes: textlen };
  } else b = encodeUtf8(s, textlen, ascii);
  if (self.pending === null) {
    self.pendingCount = 0;
    self.pending = b.obj;
  } else if (self.pendingCount + b.nbytes > CHUNK_SIZE) {
    // Never concatenate more than chunk_size: flush what is pending, then start again with this piece.
    writeflush(self);
    self.pending = b.obj;
  } else if (!(self.pending instanceof M.PyList)) {
    // The second piece: PyList_New(2) (the list free list first) holding both.
    self.pending = M.newList([self.pending, b.obj]);
  } else {
    // PyList_Append takes its own reference and the write drops b's: the list keeps one.
    M.listAppend(self.pending, b.obj);
  }
  // The trace's slot pending_bytes (trace/slots.ts): a list append is reported by the list itself.
  if (slotHook !== null) slotHook.touched(self, 0);
  self.pendingCount += b.nbytes;
  if (self.pendingCount >= CHUNK_SIZE || needflush) writeflush(self);
  if (needflush) self.buffer.flush();
  return M.newInt(textlen);
}

/**
 * _textiowrapper_writeflush: one bytes object from what is pending (a bytes piece is passed on as it is; a str
 * piece is copied, and a one-byte copy is the static one-character bytes; a list is joined into
 * PyBytes_FromStringAndSize(NULL, count)), then the pending pieces are released before buffer.write(b).
 */
export function writeflush(self: PyTextIOWrapper): void {
  const pending = self.pending;
  if (pending === null) return;
  const count = self.pendingCount;
  let b: PyObject | null;
  if (pending instanceof M.PyBytes) {
    INCREF(pending);
    b = pending;
  } else if (pending instanceof M.PyStr) {
    // PyBytes_FromStringAndSize(data, n): n <= 1 gives a static bytes object (the one-character or the empty one).
    b = count <= 1 ? null : M.newBytes(strEncodeUtf8(pending.v));
  } else if (count === 0) {
    b = null;
  } else {
    const parts: Uint8Array[] = [];
    for (const it of (pending as M.PyList).items) parts.push(it instanceof M.PyBytes ? it.v : strEncodeUtf8((it as M.PyStr).v));
    const all = new Uint8Array(count);
    let at = 0;
    for (const p of parts) {
      all.set(p, at);
      at += p.length;
    }
    b = M.newBytes(all);
  }
  self.pendingCount = 0;
  self.pending = null;
  if (slotHook !== null) slotHook.touched(self, 0);
  DECREF(pending);
  const ret = self.buffer.write(count);
  if (b !== null) DECREF(b);
  DECREF(ret);
}

/** _io_TextIOWrapper_flush_impl: the pending bytes to the buffer, then buffer.flush(). */
export function textFlush(self: PyTextIOWrapper): void {
  writeflush(self);
  self.buffer.flush();
}

// ---- the type's methods and attributes ----

function none(): PyObject {
  INCREF(M.None);
  return M.None;
}

function method(name: string, impl: C.MethodImpl): void {
  const d = new C.PyMethodDescr(TextIOWrapperType, name, impl);
  d.ob_refcnt = 999999999;
  TextIOWrapperType.tp_dict.set(name, d);
}

function getter(name: string, get: (self: PyTextIOWrapper) => PyObject): void {
  const g = new C.PyGetSet(TextIOWrapperType, name, (o) => get(o as PyTextIOWrapper), null);
  g.ob_refcnt = 999999999;
  TextIOWrapperType.tp_dict.set(name, g);
}

method('write', (self, args, kw) => {
  noKw('TextIOWrapper.write', kw);
  exactly('TextIOWrapper.write', args, 1);
  const t = args[0]!;
  if (!(t instanceof M.PyStr)) E.raise(E.TypeError, `write() argument must be str, not ${t.ob_type.tp_name}`);
  return textWrite(self as PyTextIOWrapper, t as M.PyStr);
});
method('flush', (self, args, kw) => {
  noKw('TextIOWrapper.flush', kw);
  exactly('TextIOWrapper.flush', args, 0);
  textFlush(self as PyTextIOWrapper);
  return none();
});
for (const [name, v] of [['writable', true], ['readable', false], ['seekable', false], ['isatty', false]] as const) {
  method(name, (_self, args, kw) => {
    noKw(`TextIOWrapper.${name}`, kw);
    exactly(`TextIOWrapper.${name}`, args, 0);
    return M.newBool(v);
  });
}
method('fileno', (self, args, kw) => {
  noKw('TextIOWrapper.fileno', kw);
  exactly('TextIOWrapper.fileno', args, 0);
  return M.newInt((self as PyTextIOWrapper).fd);
});
getter('encoding', () => M.newStr('utf-8'));
getter('errors', (s) => M.newStr(s.errors));
getter('line_buffering', (s) => M.newBool(s.lineBuffering));
getter('write_through', () => M.newBool(false));
getter('closed', () => M.newBool(false));
getter('name', (s) => M.newStr(s.name));
getter('mode', () => M.newStr('w'));
getter('_CHUNK_SIZE', () => M.newInt(CHUNK_SIZE));
// The rest of TextIOWrapper's interface reaches the BufferedWriter / FileIO objects, reading, seeking or closing,
// none of which is modelled: refused by name rather than reported missing.
for (const name of ['buffer', 'detach', 'reconfigure', 'close', 'read', 'readline', 'readlines', 'seek', 'tell', 'truncate', 'writelines', 'newlines', '__dict__', '__enter__', '__exit__', '__iter__', '__next__', '__del__']) {
  getter(name, () => {
    throw new Unsupported(`sys.stdout/sys.stderr's ${name}`, currentLine());
  });
}

{
  const prev = extraRepr.fn;
  extraRepr.fn = (o) => {
    if (o instanceof PyTextIOWrapper) return `<_io.TextIOWrapper name=${strRepr(o.name)} mode='w' encoding='utf-8'>`;
    return prev(o);
  };
}

/**
 * The simulated part of textiowrapper_traverse: only pending_bytes is an object of the simulated heap (buffer,
 * encoding, encoder, errors, raw and the instance dict were made at start-up and are not modelled), so a tp_traverse
 * built on this can serve the collector's gc_refs, but not gc.get_referents(sys.stdout), which should be refused.
 */
export function textioTraverse(o: PyTextIOWrapper, visit: (r: PyObject) => void): void {
  if (o.pending !== null) visit(o.pending);
}
