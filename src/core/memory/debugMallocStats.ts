// Models _PyObject_DebugMallocStats and printone from Objects/obmalloc.c: the allocator part of the text that
// sys._debugmallocstats() writes to stderr (3.8/3.9 layout, plus the "arena map counts" block of 3.10+).
// The object free lists that sys._debugmallocstats prints afterwards ("8 free PyDictObjects …") belong to the
// object model, which appends them.
//
// Split in two so the format can be checked against real CPython output: collectMallocStats walks the simulated
// heap (O(arenas × pools); meant for an explicit call, not for every step), formatMallocStats prints a record.

import { blocksPerPool, type Heap } from './index';

/** One row of the class table (only classes with at least one pool in use are printed). */
export interface MallocStatsRow {
  readonly szidx: number;
  readonly size: number;
  readonly numPools: number;
  readonly blocksInUse: number;
  readonly availBlocks: number;
}

/** Everything _PyObject_DebugMallocStats prints; the byte totals are derived from these in formatMallocStats. */
export interface MallocStats {
  readonly SMALL_REQUEST_THRESHOLD: number;
  readonly NB_SMALL_SIZE_CLASSES: number;
  readonly ARENA_SIZE: number;
  readonly POOL_SIZE: number;
  readonly POOL_OVERHEAD: number;
  readonly rows: readonly MallocStatsRow[];
  readonly arenasAllocatedTotal: number;
  readonly arenasHighwater: number;
  readonly arenasCurrent: number;
  /** Free pools over all arenas (emptied ones and never-carved ones). */
  readonly unusedPools: number;
  /** Arenas whose address is not POOL_SIZE-aligned (each loses POOL_SIZE bytes). */
  readonly misalignedArenas: number;
  /** null when the profile has no radix tree (3.8, 3.9). */
  readonly arenaMap: null | {
    readonly ignoreBits: number;
    readonly midNodes: number;
    readonly botNodes: number;
  };
}

export function collectMallocStats(heap: Heap): MallocStats {
  const g = heap.geometry;
  const numpools = new Array<number>(g.NB_SMALL_SIZE_CLASSES).fill(0);
  const numblocks = new Array<number>(g.NB_SMALL_SIZE_CLASSES).fill(0);
  const numfree = new Array<number>(g.NB_SMALL_SIZE_CLASSES).fill(0);
  let unusedPools = 0;
  let misalignedArenas = 0;
  const arenas = heap.allocatedArenas();
  for (const a of arenas) {
    unusedPools += a.nfreepools;
    if (a.address % g.POOL_SIZE !== 0) misalignedArenas++;
    for (const p of a.pools) {
      if (p.count === 0) continue; // on freepools: counted in unusedPools
      numpools[p.szidx]++;
      numblocks[p.szidx] += p.count;
      numfree[p.szidx] += blocksPerPool(g, p.szidx) - p.count;
    }
  }
  const rows: MallocStatsRow[] = [];
  for (let i = 0; i < g.NB_SMALL_SIZE_CLASSES; i++) {
    if (numpools[i] === 0) continue;
    rows.push({ szidx: i, size: (i + 1) << g.ALIGNMENT_SHIFT, numPools: numpools[i], blocksInUse: numblocks[i], availBlocks: numfree[i] });
  }
  const c = heap.arenaCounters();
  return {
    SMALL_REQUEST_THRESHOLD: g.SMALL_REQUEST_THRESHOLD,
    NB_SMALL_SIZE_CLASSES: g.NB_SMALL_SIZE_CLASSES,
    ARENA_SIZE: g.ARENA_SIZE,
    POOL_SIZE: g.POOL_SIZE,
    POOL_OVERHEAD: g.POOL_OVERHEAD,
    rows,
    arenasAllocatedTotal: c.arenasAllocatedTotal,
    arenasHighwater: c.arenasHighwater,
    arenasCurrent: arenas.length,
    unusedPools,
    misalignedArenas,
    arenaMap:
      g.RADIX_IGNORE_BITS === null
        ? null
        : { ignoreBits: g.RADIX_IGNORE_BITS, midNodes: c.arenaMapMidNodes, botNodes: c.arenaMapBotNodes },
  };
}

/** printone: the label padded to 35 columns, '=', the value right-aligned in 21 columns with thousands commas. */
export function printone(msg: string, value: number): string {
  const digits = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return msg.padEnd(35, ' ') + '=' + digits.padStart(21, ' ') + '\n';
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, ' ');
}

export function formatMallocStats(s: MallocStats): string {
  let out = `Small block threshold = ${s.SMALL_REQUEST_THRESHOLD}, in ${s.NB_SMALL_SIZE_CLASSES} size classes.\n`;
  out += '\nclass   size   num pools   blocks in use  avail blocks\n';
  out += '-----   ----   ---------   -------------  ------------\n';
  let allocated = 0;
  let available = 0;
  let headers = 0;
  let quantization = 0;
  for (const r of s.rows) {
    out += `${pad(r.szidx, 5)} ${pad(r.size, 6)} ${pad(r.numPools, 11)} ${pad(r.blocksInUse, 15)} ${pad(r.availBlocks, 13)}\n`;
    allocated += r.blocksInUse * r.size;
    available += r.availBlocks * r.size;
    headers += r.numPools * s.POOL_OVERHEAD;
    quantization += r.numPools * ((s.POOL_SIZE - s.POOL_OVERHEAD) % r.size);
  }
  out += '\n';
  out += printone('# arenas allocated total', s.arenasAllocatedTotal);
  out += printone('# arenas reclaimed', s.arenasAllocatedTotal - s.arenasCurrent);
  out += printone('# arenas highwater mark', s.arenasHighwater);
  out += printone('# arenas allocated current', s.arenasCurrent);
  out += printone(`${s.arenasCurrent} arenas * ${s.ARENA_SIZE} bytes/arena`, s.arenasCurrent * s.ARENA_SIZE);
  out += '\n';
  const alignment = s.misalignedArenas * s.POOL_SIZE;
  out += printone('# bytes in allocated blocks', allocated);
  out += printone('# bytes in available blocks', available);
  out += printone(`${s.unusedPools} unused pools * ${s.POOL_SIZE} bytes`, s.unusedPools * s.POOL_SIZE);
  out += printone('# bytes lost to pool headers', headers);
  out += printone('# bytes lost to quantization', quantization);
  out += printone('# bytes lost to arena alignment', alignment);
  out += printone('Total', allocated + available + s.unusedPools * s.POOL_SIZE + headers + quantization + alignment);
  if (s.arenaMap !== null) {
    // Node sizes follow the radix tree's geometry: 8-byte pointers in top/mid nodes, 8-byte arena_coverage_t leaves.
    const arenaBits = Math.log2(s.ARENA_SIZE);
    const addressBits = 64 - s.arenaMap.ignoreBits;
    const interior = Math.floor((addressBits - arenaBits + 2) / 3);
    const botBits = addressBits - arenaBits - 2 * interior;
    const root = 2 ** interior * 8;
    const mid = 2 ** interior * 8 * s.arenaMap.midNodes;
    const bot = 2 ** botBits * 8 * s.arenaMap.botNodes;
    out += '\narena map counts\n';
    out += printone('# arena map mid nodes', s.arenaMap.midNodes);
    out += printone('# arena map bot nodes', s.arenaMap.botNodes);
    out += '\n';
    out += printone('# bytes lost to arena map root', root);
    out += printone('# bytes lost to arena map mid', mid);
    out += printone('# bytes lost to arena map bot', bot);
    out += printone('Total', root + mid + bot);
  }
  return out;
}

/** The allocator section of sys._debugmallocstats() for the simulated heap. */
export function debugMallocStats(heap: Heap): string {
  return formatMallocStats(collectMallocStats(heap));
}
