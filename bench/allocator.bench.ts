// Benchmark of the obmalloc model (src/core/memory): alloc+free operations per second on a mixed workload,
// with no listener and with a no-op listener attached. Run: npx tsx bench/allocator.bench.ts
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { ALLOCATOR_GEOMETRY, createHeap, type HeapListener } from '../src/core/memory/index';
import type { ProfileName } from '../src/core/api';

/** Live blocks kept during the steady state: ~10,000 blocks spread over the 32 classes and a few system blocks. */
const LIVE = 10_000;
/** Operations per timed run (each step is one free and one malloc). */
const STEPS = 2_000_000;
const RUNS = 5;

/** A fixed mixed workload: sizes skewed to small objects like a Python program's, 1 % above 512 bytes. */
function workload(): { sizes: Uint16Array; slots: Uint32Array } {
  const sizes = new Uint16Array(STEPS + LIVE);
  const slots = new Uint32Array(STEPS);
  let x = 42;
  const next = (): number => (x = (x * 1103515245 + 12345) % 2147483648);
  for (let i = 0; i < sizes.length; i++) {
    const r = next() % 100;
    sizes[i] = r < 50 ? 16 + (next() % 48) : r < 85 ? 64 + (next() % 192) : r < 99 ? 256 + (next() % 257) : 513 + (next() % 2000);
  }
  for (let i = 0; i < STEPS; i++) slots[i] = next() % LIVE;
  return { sizes, slots };
}

/** Operations per second of wall time and of this process's CPU time (the machine is shared: CPU time is the
 * steadier figure when other processes compete for the cores). */
function once(profile: ProfileName, listener: HeapListener | null, w: ReturnType<typeof workload>): [number, number] {
  const heap = createHeap(ALLOCATOR_GEOMETRY[profile]);
  heap.setListener(listener);
  const live = new Float64Array(LIVE);
  for (let i = 0; i < LIVE; i++) live[i] = heap.malloc(w.sizes[i]);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let i = 0; i < STEPS; i++) {
    const s = w.slots[i];
    heap.free(live[s]);
    live[s] = heap.malloc(w.sizes[LIVE + i]);
  }
  const c = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  return [(2 * STEPS) / (ms / 1000), (2 * STEPS) / ((c.user + c.system) / 1e6)];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function run(): Promise<void> {
  const w = workload();
  let events = 0;
  const counting: HeapListener = {
    onDidAlloc: () => void events++,
    onDidFree: () => void events++,
    onDidRealloc: () => void events++,
    onDidChangePool: () => void events++,
    onDidChangeArena: () => void events++,
  };
  for (const profile of ['3.11', '3.8'] as const) {
    for (const [label, listener] of [['events off', null], ['events on ', counting]] as const) {
      once(profile, listener, w); // warm-up
      const wall: number[] = [];
      const cpu: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        const [a, b] = once(profile, listener, w);
        wall.push(a);
        cpu.push(b);
      }
      const M = (x: number): string => (x / 1e6).toFixed(1);
      console.log(
        `allocator ${profile} ${label}: ${M(median(cpu))} M alloc+free ops per CPU-second, ${M(median(wall))} M per wall second ` +
          `(medians of ${RUNS} runs of ${2 * STEPS} ops; ${LIVE} live blocks, 1 % of requests > 512 B)`,
      );
    }
  }
  if (events === 0) throw new Error('listener never called');
}

// Also runnable on its own (npx tsx bench/allocator.bench.ts); `npm run bench -- allocator` goes through bench/index.ts.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await run();
