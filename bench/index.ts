// The benchmark runner (`npm run bench [-- NAME...]`): imports every bench/*.bench.ts module in name order
// and awaits its `run()`, one after another, under a header per module. Each module prints its own figures;
// the runner adds only the wall time of the whole module. A name argument keeps the modules whose file
// name contains it (`npm run bench -- vm` runs bench/vm.bench.ts). Node-side only; nothing here is
// simulated, so wall-clock time is allowed.

import { readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

export interface BenchModule {
  readonly run: () => Promise<void>;
}

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
const SUFFIX = '.bench.ts';

/** The bench module names (file name without .bench.ts) that the filters select; no filter selects all. */
export function selectBenches(files: readonly string[], filters: readonly string[]): string[] {
  const names = files.filter((f) => f.endsWith(SUFFIX)).map((f) => f.slice(0, -SUFFIX.length)).sort();
  return filters.length === 0 ? names : names.filter((n) => filters.some((f) => n.includes(f)));
}

function isBenchModule(m: unknown): m is BenchModule {
  return m !== null && typeof m === 'object' && typeof (m as Record<string, unknown>)['run'] === 'function';
}

async function main(filters: readonly string[]): Promise<number> {
  const all = readdirSync(BENCH_DIR);
  const names = selectBenches(all, filters);
  if (names.length === 0) {
    const available = selectBenches(all, []);
    console.error(
      filters.length === 0
        ? 'bench: no bench/*.bench.ts module yet'
        : `bench: no module matches ${filters.join(', ')} (available: ${available.join(', ') || 'none'})`,
    );
    return filters.length === 0 ? 0 : 2;
  }
  let failed = 0;
  for (const name of names) {
    console.log(`\n=== ${name} (bench/${name}${SUFFIX}) ===`);
    const t0 = performance.now();
    try {
      const mod: unknown = await import(pathToFileURL(join(BENCH_DIR, name + SUFFIX)).href);
      if (!isBenchModule(mod)) throw new Error(`bench/${name}${SUFFIX} does not export async function run()`);
      await mod.run();
      console.log(`--- ${name}: ${((performance.now() - t0) / 1000).toFixed(2)} s`);
    } catch (e) {
      failed++;
      console.error(`--- ${name} FAILED: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
  return failed === 0 ? 0 : 1;
}

// Run only as the entry point (tsx bench/index.ts), not when a test imports selectBenches.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2).filter((a) => a !== '--'));
}
