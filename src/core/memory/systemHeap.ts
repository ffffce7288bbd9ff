// Models the C library malloc that PyMem_RawMalloc reaches for requests pymalloc refuses (0 or > 512 bytes).
// Not glibc: a deterministic stand-in with glibc's visible shape (16-byte-aligned user pointers after a 16-byte
// chunk header, in a brk-like region 0x55…, far below the 0x7f… arenas, so the two ranges never overlap).
//
// Invariants:
// 1. Live chunks never overlap; each user address is chunk + 16 and a multiple of 16.
// 2. A freed chunk is reused only by a later request of the same chunk size, most recently freed first
//    (like glibc's tcache/fastbins); otherwise memory comes from the top, which only grows.
// 3. realloc keeps the block when the new request fits its chunk, else malloc + free.
// What it costs: a Map lookup per free/realloc; system allocations are rare next to pymalloc's.

import type { Address } from './index';

/** Start of the simulated brk heap (a typical PIE process's heap on x86-64 Linux). */
export const SYSTEM_HEAP_BASE: Address = 0x55d4_c8a2_1000;
const CHUNK_HEADER = 16;

/** glibc's request2size on 64-bit: n + 8 rounded up to 16, at least 32 (malloc(0) gets the minimum chunk). */
export function chunkSizeOf(nbytes: number): number {
  const s = Math.ceil((nbytes + 8) / 16) * 16;
  return s < 32 ? 32 : s;
}

export class SystemHeap {
  private top: Address = SYSTEM_HEAP_BASE;
  /** Live blocks: user address -> requested size. */
  private readonly live = new Map<Address, number>();
  /** Live blocks: user address -> chunk size (kept across an in-place realloc). */
  private readonly chunk = new Map<Address, number>();
  /** Free chunks by chunk size, LIFO. */
  private readonly bins = new Map<number, Address[]>();

  get count(): number {
    return this.live.size;
  }

  owns(addr: Address): boolean {
    return this.live.has(addr);
  }

  sizeOf(addr: Address): number | undefined {
    return this.live.get(addr);
  }

  malloc(nbytes: number): Address {
    const cs = chunkSizeOf(nbytes);
    const bin = this.bins.get(cs);
    let addr: Address;
    if (bin !== undefined && bin.length > 0) {
      addr = bin.pop()!;
    } else {
      addr = this.top + CHUNK_HEADER;
      this.top += cs;
    }
    this.live.set(addr, nbytes);
    this.chunk.set(addr, cs);
    return addr;
  }

  free(addr: Address): void {
    const n = this.live.get(addr);
    if (n === undefined) throw new Error(`free of an address the system heap did not hand out: 0x${addr.toString(16)}`);
    this.live.delete(addr);
    const cs = this.chunk.get(addr)!;
    this.chunk.delete(addr);
    let bin = this.bins.get(cs);
    if (bin === undefined) this.bins.set(cs, (bin = []));
    bin.push(addr);
  }

  /** Returns the (possibly new) address; the caller already knows addr is live here. */
  realloc(addr: Address, nbytes: number): Address {
    const n = this.live.get(addr);
    if (n === undefined) throw new Error(`realloc of an address the system heap did not hand out: 0x${addr.toString(16)}`);
    if (chunkSizeOf(nbytes) <= this.chunk.get(addr)!) {
      this.live.set(addr, nbytes);
      return addr;
    }
    const fresh = this.malloc(nbytes);
    this.free(addr);
    return fresh;
  }

  /** Live blocks in address order. */
  blocks(): { address: Address; nbytes: number }[] {
    return [...this.live.entries()].sort((a, b) => a[0] - b[0]).map(([address, nbytes]) => ({ address, nbytes }));
  }
}
