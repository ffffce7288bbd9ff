// Benchmark of the recorder (src/recorder) on a real program run by the VM (default) or on synthetic runs
// (--synthetic: src/recorder/testing/synthetic.ts, which drives the real obmalloc model): events recorded per second (generator + recorder, and the recorder's share), bytes per
// event in memory (log + keyframes) and in the .heapscope file, seek latency over 1,000 random moments, and
// frameAt + view diff on a ~2,000-object heap. Targets (issue 6): >= 1,000,000 events/s, <= 64 B/event in memory,
// <= 16 B/event in the file, seek p99 <= 16 ms, frameAt + diff <= 16 ms, overview < 100 ms at 1,000,000 events.
// Run: npm run bench -- recorder, or npx tsx bench/recorder.bench.ts [events…]
// Times are CPU time of this process (process.cpuUsage) and wall time; on a shared machine wall time also counts
// other processes, CPU time does not (it does count the collector's helper threads).
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { TraceSink } from '../src/core/trace/sink';
import { exportTrace, importTrace } from '../src/recorder/file';
import { Recorder, DEFAULT_KEYFRAME_INTERVAL } from '../src/recorder/recorder';
import { generate, mulberry32 } from '../src/recorder/testing/synthetic';
import { diffViews } from '../src/recorder/view-diff';
import { frameAt } from '../src/recorder/views';
import { computeOverview } from '../src/recorder/overview';
import { runProgram } from '../src/core/run';

v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
function heapBytes(): number {
  collect();
  collect();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}
function pct(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}
function fmt(n: number, digits = 1): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** A sink that only counts: the generator's own cost. */
function countingSink(): { sink: TraceSink; count: () => number } {
  let n = 0;
  let s = 0;
  const bump = (): void => {
    n++;
  };
  const sink = new Proxy({} as TraceSink, { get: (_t, p) => (p === 'intern' ? () => s++ : bump) });
  return { sink, count: () => n };
}

/** A sink that keeps nothing (interns return fresh ids): the VM's tracer runs in full, the recorder not at all. */
function droppingSink(): TraceSink {
  let s = 0;
  const drop = (): void => {};
  return new Proxy({} as TraceSink, { get: (_t, p) => (p === 'intern' ? () => s++ : drop) });
}

const LIVE = 2000;
/** frameAt + diff: calls reported as the cold start, then calls measured for p50/p99 (p99 of 100 was their max). */
const WARMUP = 10;
const SAMPLES = 300;

/**
 * A real program for the end-to-end figures: ~2,000 live instances in a list, a slice of them replaced by new
 * ones each round (allocations, deallocations, attribute stores, calls, and collections as the
 * generation-0 count passes its threshold).
 */
function realProgram(rounds: number): string {
  return `class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.next = nxt
live = [Node(i, None) for i in range(${LIVE})]
for r in range(${rounds}):
    for i in range(0, ${LIVE}, 7):
        live[i] = Node(r + i, live[i - 1].v)
print(len(live))
`;
}

/** Rounds of realProgram that produce about `events` events (measured on a short run, scaled). */
function roundsFor(events: number): number {
  const probe = new Recorder('3.11');
  runProgram(realProgram(10), { sink: probe });
  const base = new Recorder('3.11');
  runProgram(realProgram(0), { sink: base });
  return Math.max(1, Math.ceil(((events - base.length) / (probe.length - base.length)) * 10));
}

async function one(events: number, K: number, real: boolean): Promise<void> {
  console.log(`\n-- ${real ? 'real program' : 'synthetic'}, ~${fmt(events, 0)} events, keyframe interval K = ${K}, ~${LIVE} live objects`);
  const seed = 1;
  const rounds = real ? roundsFor(events) : 0;
  // The producer alone (generator, or the VM unrecorded), to separate its cost from the recorder's.
  const c = countingSink();
  let t0 = cpuMs();
  if (real) runProgram(realProgram(rounds));
  else generate(c.sink, { seed, events, liveTarget: LIVE }, c.count);
  const genCpu = cpuMs() - t0;

  const before = heapBytes();
  const rec = new Recorder('3.11', K);
  t0 = cpuMs();
  let w0 = performance.now();
  if (real) {
    const r = runProgram(realProgram(rounds), { sink: rec });
    if (r.exitCode !== 0) throw new Error(r.stderr);
  } else generate(rec, { seed, events, liveTarget: LIVE }, () => rec.length);
  rec.finish();
  const recCpu = cpuMs() - t0;
  const recWall = performance.now() - w0;
  // The VM's own tracing (src/core/trace: slots, ids, causes) into a sink that drops every event: what recording
  // costs before the recorder sees an event.
  let tracerCpu = 0;
  if (real) {
    t0 = cpuMs();
    runProgram(realProgram(rounds), { sink: droppingSink() });
    tracerCpu = cpuMs() - t0;
  }
  const n = rec.length;
  const after = heapBytes();
  const mem = after - before;
  const what = real ? 'VM' : 'generator';
  if (real) console.log(`events: ${fmt(n, 0)} (${fmt(rec.totals().steps, 0)} instructions, ${rounds} rounds)`);
  console.log(`record (${what} + recorder): ${fmt((n / recCpu) * 1000, 0)} events/s CPU (${fmt(recCpu, 0)} ms CPU, ${fmt(recWall, 0)} ms wall)`);
  console.log(`  ${what} alone, unrecorded:    ${fmt((n / genCpu) * 1000, 0)} events/s CPU (${fmt(genCpu, 0)} ms)`);
  console.log(`  recorder share:               ${fmt((n / Math.max(1, recCpu - genCpu)) * 1000, 0)} events/s CPU (${fmt(recCpu - genCpu, 0)} ms)`);
  if (real) {
    console.log(`  VM + its tracer, events dropped: ${fmt(tracerCpu, 0)} ms CPU; the recorder alone: ${fmt((n / Math.max(1, recCpu - tracerCpu)) * 1000, 0)} events/s CPU`);
  }
  console.log(
    `memory: ${fmt(mem / n)} B/event measured (heap + array buffers, after GC); event log ${fmt(rec.log.bytes() / n)} B/event, ` +
      `${fmt(rec.log.wordCount() / n, 2)} words/event, ${rec.keyframes.length} keyframes`,
  );

  // seek: 1,000 random moments in random order.
  const rnd = mulberry32(7);
  const lat: number[] = [];
  const latCpu: number[] = [];
  for (let k = 0; k < 1000; k++) {
    const i = Math.floor(rnd() * (n + 1));
    const c0 = cpuMs();
    const t = performance.now();
    rec.seek(i);
    lat.push(performance.now() - t);
    latCpu.push(cpuMs() - c0);
  }
  lat.sort((a, b) => a - b);
  latCpu.sort((a, b) => a - b);
  console.log(
    `seek (1,000 random moments): CPU p50 ${fmt(pct(latCpu, 0.5), 2)} ms, p99 ${fmt(pct(latCpu, 0.99), 2)} ms; ` +
      `wall p50 ${fmt(pct(lat, 0.5), 2)} ms, p99 ${fmt(pct(lat, 0.99), 2)} ms, max ${fmt(lat[lat.length - 1]!, 2)} ms`,
  );

  // frameAt + diff: the view at a random moment and its diff against the previous view. The first calls also pay
  // for JIT compilation and for building every object's cached view once: reported apart, as the cold start.
  const fd: number[] = [];
  const fdCpu: number[] = [];
  let objects = 0;
  let prevView = frameAt(rec, Math.floor(n / 2));
  const cold: number[] = [];
  for (let k = 0; k < WARMUP; k++) {
    const c0 = cpuMs();
    const v = frameAt(rec, Math.floor(rnd() * n) + 1);
    diffViews(prevView, v);
    cold.push(cpuMs() - c0);
    prevView = v;
  }
  console.log(`frameAt + diff, first ${WARMUP} calls (cold: JIT and first view of each record): CPU max ${fmt(Math.max(...cold), 2)} ms, total ${fmt(cold.reduce((x, y) => x + y, 0), 1)} ms`);
  for (let k = 0; k < SAMPLES; k++) {
    const i = Math.floor(rnd() * n) + 1;
    const c0 = cpuMs();
    const t = performance.now();
    const v = frameAt(rec, i);
    diffViews(prevView, v);
    fd.push(performance.now() - t);
    fdCpu.push(cpuMs() - c0);
    objects += v.objects.length;
    prevView = v;
  }
  fd.sort((a, b) => a - b);
  fdCpu.sort((a, b) => a - b);
  console.log(
    `frameAt + diff (${SAMPLES} random moments after those, avg ${fmt(objects / SAMPLES, 0)} objects): CPU p50 ${fmt(pct(fdCpu, 0.5), 2)} ms, ` +
      `p99 ${fmt(pct(fdCpu, 0.99), 2)} ms; wall p50 ${fmt(pct(fd, 0.5), 2)} ms, p99 ${fmt(pct(fd, 0.99), 2)} ms`,
  );

  // Scrubbing: one event forward at a time from a random moment, as the timeline's arrow key does.
  const step: number[] = [];
  const start = Math.floor(rnd() * (n - 200));
  prevView = frameAt(rec, start);
  for (let k = 1; k <= 100; k++) {
    const c0 = cpuMs();
    const v = frameAt(rec, start + k);
    diffViews(prevView, v);
    step.push(cpuMs() - c0);
    prevView = v;
  }
  step.sort((a, b) => a - b);
  console.log(`frameAt + diff stepping one event (100 steps): CPU p50 ${fmt(pct(step, 0.5), 2)} ms, p99 ${fmt(pct(step, 0.99), 2)} ms`);

  // The overview (timeline lanes, memory chart): one pass over the log; target < 100 ms at 1,000,000 events.
  for (const b of [1000, 4096]) {
    t0 = cpuMs();
    const o = computeOverview(rec, b);
    console.log(`overview (${b} buckets, ${fmt(o.collections.length, 0)} collections, ${fmt(o.lines.length, 0)} lines): ${fmt(cpuMs() - t0, 1)} ms CPU`);
  }

  // The file.
  t0 = cpuMs();
  w0 = performance.now();
  const file = exportTrace(rec, { source: real ? realProgram(rounds) : '# synthetic\n', focus: null });
  const expCpu = cpuMs() - t0;
  console.log(`file: ${fmt(file.length / n, 2)} B/event (${fmt(file.length / 1e6, 1)} MB), export ${fmt(expCpu, 0)} ms CPU`);
  if (n <= 2_000_000) {
    t0 = cpuMs();
    const back = importTrace(file);
    console.log(`  import (validate + replay + keyframes): ${fmt(cpuMs() - t0, 0)} ms CPU, ${back.recorder.length === n ? 'same length' : 'LENGTH DIFFERS'}`);
  }
}

/** Arguments: event counts (default 1,000,000 and 10,000,000); `--synthetic` uses the generator, not the VM. */
export async function run(): Promise<void> {
  const args = process.argv.slice(2);
  const sizes = args.map(Number).filter((x) => x > 0);
  const real = !args.includes('--synthetic');
  for (const events of sizes.length > 0 ? sizes : [1_000_000, 10_000_000]) await one(events, DEFAULT_KEYFRAME_INTERVAL, real);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await run();
