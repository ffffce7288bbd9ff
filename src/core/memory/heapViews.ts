// Read-only views of the simulated obmalloc heap for the arena map, the inspector and the invariant recount
// (arenas in usable_arenas or vector order, pools with state and size class, blocks by state), and createHeap.
// These allocate and walk whole lists: meant for explicit queries, not for every simulated operation.

import {
  BlockState,
  PoolState,
  type Address,
  type AllocatorGeometry,
  type ArenaCounters,
  type ArenaView,
  type BlockInfo,
  type Heap,
  type PoolView,
  type SystemBlockView,
} from './index';
import { DUMMY_SIZE_IDX, NONE } from './arenas';
import { PyMallocCore } from './obmalloc';

export function createHeap(geometry: AllocatorGeometry): Heap {
  return new PyMalloc(geometry);
}

class PyMalloc extends PyMallocCore implements Heap {
  blockInfo(addr: Address): BlockInfo | null {
    const P = this.poolOf(addr);
    if (P === NONE) {
      const n = this.sys.sizeOf(addr);
      return n === undefined ? null : { kind: 'system', address: addr, nbytes: n };
    }
    const off = addr - this.poolAddr[P];
    const sz = this.poolSzidx[P];
    if (sz === DUMMY_SIZE_IDX) return null;
    const bs = (sz + 1) << 4;
    const o = off - this.geometry.POOL_OVERHEAD;
    if (o < 0 || o % bs !== 0 || o / bs >= Math.floor((this.POOL_SIZE - this.geometry.POOL_OVERHEAD) / bs)) return null;
    return {
      kind: 'pymalloc',
      address: addr,
      szidx: sz,
      blockSize: bs,
      poolAddress: this.poolAddr[P],
      arenaIndex: this.poolArena[P],
      blockIndex: o / bs,
      state: this.blockState(P, off),
    };
  }

  private blockState(P: number, off: number): BlockState {
    if (this.blockUsed[P * this.SLOTS + (off >> 4)] === 1) return BlockState.USED;
    return off < this.poolNextOffset[P] ? BlockState.FREE : BlockState.UNTOUCHED;
  }

  poolBlockStates(pool: Address): readonly BlockState[] {
    const P = this.poolOf(pool);
    if (P === NONE || this.poolAddr[P] !== pool) throw new Error(`not a carved pool: 0x${pool.toString(16)}`);
    const sz = this.poolSzidx[P];
    if (sz === DUMMY_SIZE_IDX) return [];
    const bs = (sz + 1) << 4;
    const n = Math.floor((this.POOL_SIZE - this.geometry.POOL_OVERHEAD) / bs);
    const out: BlockState[] = [];
    for (let i = 0; i < n; i++) out.push(this.blockState(P, this.geometry.POOL_OVERHEAD + i * bs));
    return out;
  }

  private poolView(P: number): PoolView {
    const sz = this.poolSzidx[P];
    const count = this.poolCount[P];
    const freeblocks: Address[] = [];
    if (sz !== DUMMY_SIZE_IDX) {
      for (let off = this.poolFree[P]; off !== 0; off = this.blockNext[P * this.SLOTS + (off >> 4)]) {
        freeblocks.push(this.poolAddr[P] + off);
      }
    }
    const state = count === 0 ? PoolState.EMPTY : this.poolFree[P] === 0 ? PoolState.FULL : PoolState.USED;
    return {
      address: this.poolAddr[P],
      state,
      szidx: sz === DUMMY_SIZE_IDX ? -1 : sz,
      blockSize: sz === DUMMY_SIZE_IDX ? 0 : (sz + 1) << 4,
      count,
      nextoffset: this.poolNextOffset[P],
      maxnextoffset: this.poolMaxNextOffset[P],
      freeblocks,
    };
  }

  private arenaView(ao: number): ArenaView {
    const slot = this.aoSlot[ao];
    const pools: PoolView[] = [];
    for (let k = 0; k < this.aoPoolsCarved[ao]; k++) pools.push(this.poolView(this.poolIndex(slot, k)));
    const freepools: Address[] = [];
    for (let P = this.aoFreepools[ao]; P !== NONE; P = this.poolNext[P]) freepools.push(this.poolAddr[P]);
    return {
      index: ao,
      address: this.aoAddress[ao],
      firstPoolAddress: this.aoAddress[ao] + this.firstPoolOffset,
      ntotalpools: this.aoNtotal[ao],
      nfreepools: this.aoNfree[ao],
      poolsCarved: this.aoPoolsCarved[ao],
      pools,
      freepools,
    };
  }

  usableArenas(): readonly ArenaView[] {
    const out: ArenaView[] = [];
    for (let ao = this.usableArenasHead; ao !== NONE; ao = this.aoNext[ao]) out.push(this.arenaView(ao));
    return out;
  }

  allocatedArenas(): readonly ArenaView[] {
    const out: ArenaView[] = [];
    for (let ao = 0; ao < this.maxarenas; ao++) if (this.aoAddress[ao] !== 0) out.push(this.arenaView(ao));
    return out;
  }

  usedPools(szidx: number): readonly Address[] {
    const out: Address[] = [];
    for (let P = this.poolNext[szidx]; P !== szidx; P = this.poolNext[P]) out.push(this.poolAddr[P]);
    return out;
  }

  systemBlocks(): readonly SystemBlockView[] {
    return this.sys.blocks();
  }

  arenaCounters(): ArenaCounters {
    return {
      arenasAllocatedTotal: this.ntimesArenaAllocated,
      arenasReclaimed: this.ntimesArenaAllocated - this.narenasCurrentlyAllocated,
      arenasHighwater: this.narenasHighwater,
      arenasCurrent: this.narenasCurrentlyAllocated,
      maxarenas: this.maxarenas,
      arenaMapMidNodes: this.arenaMapMid.size,
      arenaMapBotNodes: this.arenaMapBot.size,
    };
  }

  nfp2lasta(): readonly number[] {
    return [...this.nfpLast];
  }
}
