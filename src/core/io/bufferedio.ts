// Models the BufferedWriter and FileIO under sys.stdout / sys.stderr (Modules/_io/bufferedio.c 3.11:
// _io__Buffered_write_impl, _bufferedwriter_flush_unlocked, _bufferedwriter_raw_write; Modules/_io/fileio.c
// _io_FileIO_write_impl) for a pipe, as scripts/record_conformance.py runs CPython.
//
// Only their state is modelled (how many bytes wait in the buffer), not their Python objects: they were made at
// start-up, outside the simulated heap, and nothing here exposes them (sys.stdout.buffer is refused, textio.ts).
// What is modelled is what they allocate on the simulated heap while a program runs: each raw write wraps the
// buffer in a memoryview (PyMemoryView_FromBuffer: a managed buffer, then the view, two GC objects, so gen-0's
// count rises by two and can fire an automatic collection), FileIO.write's result int, and the int
// BufferedWriter.write returns. Pipes take every write whole, so a raw write always writes all it is given.
//
// Invariants:
// 1. 0 <= pos <= bufferSize, after every call.
// 2. A raw write leaves nothing allocated: the managed buffer, the view and the result int are freed before it
//    returns (the managed buffer first: memory_dealloc clears mbuf before PyObject_GC_Del of the view).

import { PyObject, DECREF, allocObject, freeObject } from '../objects/object';
import * as M from '../objects/models';
import * as T from '../objects/types';

/** st_blksize of a pipe on Linux, which _io.open takes as the buffer size (measured: getsizeof(sys.stdout.buffer) - 168). */
export const PIPE_BUFFER_SIZE = 4096;

/** _PyManagedBuffer_Type: sizeof(_PyManagedBufferObject) = 112 (getsizeof of gc.get_referents(memoryview(b''))[0] is 128). */
export const ManagedBufferType = T.makeStaticType('managedbuffer', T.ObjectType, true, 112);
/**
 * PyMemoryView_Type: basicsize 144 plus 3 * ndim Py_ssize_t (shape, strides, suboffsets); every view made here has
 * ndim 1, so the type records 168 and getsizeof gives CPython's 184 for it.
 */
export const MemoryViewType = T.makeStaticType('memoryview', T.ObjectType, true, 168);

class PyManagedBuffer extends PyObject {
  constructor() {
    super(ManagedBufferType);
  }
}
class PyMemoryView extends PyObject {
  /** The view's reference to its managed buffer (mbuf_add_view INCREFs it; the creator's is dropped). */
  constructor(readonly mbuf: PyManagedBuffer) {
    super(MemoryViewType);
  }
}
ManagedBufferType.tp_dealloc = (o) => freeObject(o);
// memory_dealloc: _memory_release, Py_CLEAR(self->mbuf) (the managed buffer dies here), then PyObject_GC_Del.
MemoryViewType.tp_dealloc = (o) => {
  DECREF((o as PyMemoryView).mbuf);
  freeObject(o);
};

export class BufferedWriter {
  /** Bytes written into the buffer and not yet passed to the raw file (write_end - write_pos). */
  pos = 0;
  constructor(readonly bufferSize: number = PIPE_BUFFER_SIZE) {}

  /** _io__Buffered_write_impl with `n` bytes. Returns PyLong_FromSsize_t(written) (a new reference). */
  write(n: number): PyObject {
    if (n <= this.bufferSize - this.pos) {
      // The fast path: the data fits in the buffer.
      this.pos += n;
      return M.newInt(n);
    }
    // _bufferedwriter_flush_unlocked, then the rest straight to the raw file while it exceeds the buffer.
    this.flushUnlocked();
    let remaining = n;
    while (remaining > this.bufferSize) remaining -= rawWrite(remaining);
    this.pos = remaining;
    return M.newInt(n);
  }

  /** buffered_flush → buffered_flush_and_rewind_unlocked (BufferedWriter.flush()). */
  flush(): void {
    this.flushUnlocked();
  }

  /** _bufferedwriter_flush_unlocked: writes what the buffer holds, if anything. */
  private flushUnlocked(): void {
    if (this.pos > 0) rawWrite(this.pos);
    this.pos = 0;
  }
}

/**
 * _bufferedwriter_raw_write over a FileIO: PyMemoryView_FromBuffer (mbuf_alloc, then mbuf_add_view; the managed
 * buffer's own reference is dropped, the view keeps it), raw.write(view) returns PyLong_FromSsize_t(n), the view is
 * released (the managed buffer dies first), then the result int. Returns the bytes written (all of them).
 */
function rawWrite(n: number): number {
  const mbuf = new PyManagedBuffer();
  allocObject(mbuf, 16 + ManagedBufferType.basicsize, true);
  // mbuf_add_view: the view takes a reference, then PyMemoryView_FromBuffer drops the creator's (net: the view's).
  const view = new PyMemoryView(mbuf);
  allocObject(view, 16 + MemoryViewType.basicsize, true);
  const res = M.newInt(n);
  DECREF(view);
  DECREF(res);
  return n;
}
