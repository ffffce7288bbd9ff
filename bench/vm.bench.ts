// VM throughput: simulated instructions per second on loop-heavy programs, next to the same programs' wall
// time under the real python3.11 (skipped with a note when it is absent). The core is bundled with esbuild
// first (as the app's build does), so module imports are direct bindings, not tsx's per-access getters.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';

const PROGRAMS: Record<string, string> = {
  'while loop, int arithmetic': `
i = 0
total = 0
while i < 300000:
    total += i * 2 - 1
    i += 1
print(total)
`,
  'function calls': `
def add(a, b):
    return a + b
def run(n):
    s = 0
    for i in range(n):
        s = add(s, i)
    return s
print(run(200000))
`,
  'lists and dicts': `
d = {}
lst = []
for i in range(100000):
    lst.append(i % 97)
    d[i % 1000] = lst[-1]
print(len(lst), len(d), sum(lst))
`,
  'objects and attributes': `
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
t = 0
for i in range(50000):
    p = P(i, -i)
    t += p.norm1()
print(t)
`,
};

interface RunResultLike {
  stdout: string;
  steps: number;
  stopReason: string;
  stderr: string;
}

export async function run(): Promise<void> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'heapscope-vm-bench-'));
  try {
    const out = join(dir, 'core.mjs');
    await build({
      entryPoints: [join(root, 'src/core/run.ts')],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      outfile: out,
      logLevel: 'silent',
    });
    const mod = (await import(pathToFileURL(out).href)) as { runProgram: (s: string, o?: object) => RunResultLike };
    const hasPython = spawnSync('python3.11', ['-c', 'pass']).status === 0;
    if (!hasPython) console.log('  (python3.11 not found: CPython timings skipped)');
    console.log('  program                        steps      sim ms   M instr/s   python3.11 ms   ratio');
    for (const [name, src] of Object.entries(PROGRAMS)) {
      mod.runProgram(src, { stepBudget: 100_000_000 }); // warm-up
      const t0 = performance.now();
      const r = mod.runProgram(src, { stepBudget: 100_000_000 });
      const ms = performance.now() - t0;
      if (r.stopReason !== 'finished') console.log(`  ${name}: stopped (${r.stopReason}) ${r.stderr.trim()}`);
      let pyMs = NaN;
      if (hasPython) {
        const f = join(dir, 'p.py');
        writeFileSync(f, src);
        const p0 = performance.now();
        spawnSync('python3.11', [f]);
        pyMs = performance.now() - p0;
      }
      const mips = r.steps / ms / 1000;
      console.log(
        `  ${name.padEnd(30)} ${String(r.steps).padStart(9)} ${ms.toFixed(0).padStart(9)} ${mips.toFixed(2).padStart(11)} ${Number.isNaN(pyMs) ? '-'.padStart(15) : pyMs.toFixed(0).padStart(15)} ${Number.isNaN(pyMs) ? '-' : (ms / pyMs).toFixed(1) + 'x'}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
