// Models PyByteArrayObject of CPython 3.11 (Objects/bytearrayobject.c): a mutable byte buffer whose
// allocation follows PyByteArray_Resize (moderate upsize: size + size/8 + (size < 9 ? 3 : 6); major upsize or
// major downsize: exactly size + 1), which sys.getsizeof shows as 56 + ob_alloc.

import { PyObject, allocObject, freeObject, slotHook } from './object';
import { heap } from './heap';
import { makeStaticType, ObjectType } from './types';

export const ByteArrayType = makeStaticType('bytearray', ObjectType, false, 56);

export class PyByteArray extends PyObject {
  bytes: number[] = [];
  alloc = 0;
  bufAddr = 0;
  constructor() {
    super(ByteArrayType);
  }
}

export function newByteArray(init: ArrayLike<number>): PyByteArray {
  const b = new PyByteArray();
  allocObject(b, 56, false);
  if (init.length > 0) {
    b.bytes = Array.from(init);
    b.alloc = init.length + 1;
    b.bufAddr = heap.malloc(b.alloc);
    if (slotHook !== null) slotHook.block(b, 0, b.bufAddr, b.alloc);
  }
  return b;
}

/** PyByteArray_Resize to `size` bytes (the contents are set by the caller). */
export function byteArrayResize(b: PyByteArray, size: number): void {
  let alloc = b.alloc;
  if (size === b.bytes.length) return;
  if (size + 1 <= alloc) {
    if (size < alloc / 2) alloc = size + 1;
    else return;
  } else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  else alloc = size + 1;
  if (slotHook !== null && b.bufAddr !== 0) slotHook.block(b, 1, b.bufAddr, b.alloc);
  b.bufAddr = heap.realloc(b.bufAddr, alloc);
  b.alloc = alloc;
  if (slotHook !== null) slotHook.block(b, 0, b.bufAddr, alloc);
}

ByteArrayType.tp_dealloc = (o) => {
  const b = o as PyByteArray;
  if (b.bufAddr !== 0) {
    if (slotHook !== null) slotHook.block(b, 1, b.bufAddr, b.alloc);
    heap.free(b.bufAddr);
  }
  freeObject(o);
};
