// The _debugmallocstats text: every allocator section recorded from CPython 3.8-3.13 (fixtures written by
// oracle/record_obmalloc.py) is parsed into a MallocStats record and must print back byte for byte; the
// simulated heap's own text must satisfy the identities CPython asserts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ProfileName } from '../api';
import { ALLOCATOR_GEOMETRY, createHeap, type AllocatorGeometry } from './index';
import { collectMallocStats, debugMallocStats, formatMallocStats, printone, type MallocStats } from './debugMallocStats';

const PROFILES: ProfileName[] = ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13'];

function texts(p: ProfileName): string[] {
  const fx = JSON.parse(gunzipSync(readFileSync(join(__dirname, 'fixtures', `obmalloc_${p}.json.gz`))).toString('utf8'));
  return [fx.stats_start, fx.arenas.before, fx.arenas.filled, fx.arenas.freed, fx.walk2.after, fx.sync.after_warm];
}

/** Reads back a _debugmallocstats allocator section; throws on any line it does not understand. */
function parse(text: string, g: AllocatorGeometry): MallocStats {
  const rows: MallocStats['rows'][number][] = [];
  const v: Record<string, number> = {};
  let unusedPools = -1;
  for (const line of text.split('\n')) {
    const row = /^\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$/.exec(line);
    if (row) {
      const [szidx, size, numPools, blocksInUse, availBlocks] = row.slice(1).map(Number);
      rows.push({ szidx, size, numPools, blocksInUse, availBlocks });
      continue;
    }
    const kv = /^(.*\S)\s+=\s+([\d,]+)$/.exec(line);
    if (kv && !line.startsWith('Small')) {
      v[kv[1]] = Number(kv[2].replace(/,/g, ''));
      const u = /^(\d+) unused pools/.exec(kv[1]);
      if (u) unusedPools = Number(u[1]);
    }
  }
  return {
    SMALL_REQUEST_THRESHOLD: g.SMALL_REQUEST_THRESHOLD,
    NB_SMALL_SIZE_CLASSES: g.NB_SMALL_SIZE_CLASSES,
    ARENA_SIZE: g.ARENA_SIZE,
    POOL_SIZE: g.POOL_SIZE,
    POOL_OVERHEAD: g.POOL_OVERHEAD,
    rows,
    arenasAllocatedTotal: v['# arenas allocated total'],
    arenasHighwater: v['# arenas highwater mark'],
    arenasCurrent: v['# arenas allocated current'],
    unusedPools,
    misalignedArenas: v['# bytes lost to arena alignment'] / g.POOL_SIZE,
    arenaMap:
      g.RADIX_IGNORE_BITS === null
        ? null
        : { ignoreBits: g.RADIX_IGNORE_BITS, midNodes: v['# arena map mid nodes'], botNodes: v['# arena map bot nodes'] },
  };
}

describe('printone', () => {
  it('pads the label to 35 columns and the comma-grouped value to 21', () => {
    expect(printone('Total', 4194304)).toBe('Total                              =            4,194,304\n');
    expect(printone('# arenas reclaimed', 0)).toBe('# arenas reclaimed                 =                    0\n');
  });
});

describe.each(PROFILES)('_debugmallocstats %s', (profile) => {
  const g = ALLOCATOR_GEOMETRY[profile];

  it('prints every recorded CPython allocator section back byte for byte', () => {
    const all = texts(profile);
    expect(all.length).toBe(6);
    for (const text of all) {
      expect(text.startsWith('Small block threshold = 512, in 32 size classes.\n')).toBe(true);
      expect(formatMallocStats(parse(text, g))).toBe(text);
    }
  });

  it("prints the simulated heap's stats consistently (Total = arenas × ARENA_SIZE, rows = a recount)", () => {
    const heap = createHeap(g);
    const live: number[] = [];
    let x = 7;
    for (let i = 0; i < 30000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      if (live.length === 0 || x % 100 < 60) live.push(heap.malloc(1 + ((x >> 8) % 600)));
      else {
        const j = (x >> 8) % live.length;
        heap.free(live[j]);
        live[j] = live[live.length - 1];
        live.pop();
      }
    }
    const text = debugMallocStats(heap);
    const s = parse(text, g);
    expect(formatMallocStats(s)).toBe(text);
    const totals = /arenas \* \d+ bytes\/arena\s+=\s+([\d,]+)\n[\s\S]*?\nTotal\s+=\s+([\d,]+)/.exec(text)!;
    expect(totals[1]).toBe(totals[2]);
    expect(s).toEqual(collectMallocStats(heap));
    const inUse = s.rows.reduce((n, r) => n + r.blocksInUse, 0);
    expect(inUse + heap.systemBlocks().length).toBe(heap.getAllocatedBlocks());
    if (g.RADIX_IGNORE_BITS !== null) {
      expect(text).toContain('\narena map counts\n# arena map mid nodes              =                    1\n');
      expect(s.misalignedArenas).toBe(s.arenasCurrent);
    } else {
      expect(text).not.toContain('arena map');
      expect(s.misalignedArenas).toBe(0);
    }
  });
});
