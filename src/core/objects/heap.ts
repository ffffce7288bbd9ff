// Models the runtime's memory entry points used by object constructors: PyObject_Malloc/Free
// (Objects/obmalloc.c) and the GC allocation accounting of Modules/gcmodule.c 3.11
// (_PyObject_GC_Link's generation-0 count and its automatic-collection trigger, PyObject_GC_Del).
//
// Invariants:
// 1. count0 rises by one per GC-object allocation and falls by one (never below 0) per GC-object free;
//    free-list reuse calls neither.
// 2. When count0 would exceed threshold0 while the collector is enabled, collect_generations runs
//    inside that allocation, before the new object is linked (src/core/gc); for a profile whose
//    collector is not modelled the run stops with Unsupported rather than skip a collection.
// Addresses come from the obmalloc model of src/core/memory (pools, size classes, LIFO free blocks), so
// id() shows CPython's relative layout; the bump allocator remains for tests that need no pools.

import { Unsupported } from '../python/errors';
import { createHeap, ALLOCATOR_GEOMETRY, type AllocatorGeometry, type Heap as MemHeap, type HeapListener } from '../memory/index';
import type { ProfileName } from '../api';

export interface Allocator {
  malloc(nbytes: number): number;
  free(addr: number): void;
  realloc?(addr: number, nbytes: number): number;
}

class BumpAllocator implements Allocator {
  private next = 0x7f0000100000;
  malloc(nbytes: number): number {
    const a = this.next;
    this.next += Math.max(16, (nbytes + 15) & ~15);
    return a;
  }
  free(_addr: number): void {}
}

/** What the collector offers the allocator: track a new object, untrack a dying one, collect_generations. */
export interface GcLink {
  link(o: object): void;
  unlink(o: object): void;
  collectGenerations(): void;
  /** PyObject_ClearWeakRefs, called by tp_dealloc once the finalizer has run. */
  clearWeakrefs(o: object): void;
}

export class Heap {
  allocator: Allocator = new BumpAllocator();
  count0 = 0;
  count1 = 0;
  count2 = 0;
  threshold0 = 700;
  threshold1 = 10;
  threshold2 = 10;
  enabled = true;
  /** The current source line, for the Unsupported message. */
  lineOf: () => number = () => 0;
  malloc(nbytes: number): number {
    return this.allocator.malloc(nbytes);
  }
  free(addr: number): void {
    this.allocator.free(addr);
  }
  /** PyMem_Realloc: may keep the block in place (pymalloc_realloc's 75 % rule). */
  realloc(addr: number, nbytes: number): number {
    if (addr === 0) return this.malloc(nbytes);
    const a = this.allocator;
    if (a.realloc !== undefined) return a.realloc(addr, nbytes);
    const n = this.malloc(nbytes);
    this.free(addr);
    return n;
  }
  /** The cyclic collector (src/core/gc) once installed: generation lists and the automatic collection. */
  gc: GcLink | null = null;
  gcAlloc(o: object): void {
    this.count0++;
    const gc = this.gc;
    if (this.count0 > this.threshold0 && this.enabled && this.threshold0 !== 0) {
      // _PyObject_GC_Link: the collection runs before the new object is tracked.
      if (gc === null) throw new Unsupported('the cyclic garbage collector', this.lineOf());
      gc.collectGenerations();
    }
    if (gc !== null) gc.link(o);
  }
  gcDel(_o: object): void {
    if (this.count0 > 0) this.count0--;
  }
  /** The obmalloc model behind `allocator`, for the arena views and the recorder. */
  memory: MemHeap | null = null;
  /** The recorder's allocator listener, given to each run's new obmalloc model from its first allocation on. */
  memoryListener: HeapListener | null = null;
  /**
   * For tests only: the allocator geometry the next runs use instead of their profile's. The 3.8 layout
   * programs run on the 3.11 object model with 3.8's 256 KiB arenas and 4 KiB pools this way
   * (src/core/memory/layout38.test.ts); null in the product.
   */
  geometryOverride: AllocatorGeometry | null = null;
  reset(thresholds: readonly [number, number, number], startCount: readonly [number, number, number], profile: ProfileName | null = null): void {
    if (profile !== null) {
      const mem = createHeap(this.geometryOverride ?? ALLOCATOR_GEOMETRY[profile]);
      if (this.memoryListener !== null) mem.setListener(this.memoryListener);
      this.memory = mem;
      this.allocator = mem;
    } else {
      this.memory = null;
      this.allocator = new BumpAllocator();
    }
    [this.threshold0, this.threshold1, this.threshold2] = thresholds;
    [this.count0, this.count1, this.count2] = startCount;
    this.enabled = true;
  }
}

export const heap = new Heap();
