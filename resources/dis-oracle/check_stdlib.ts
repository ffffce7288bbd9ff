// Compiles every module written by check_stdlib.py with Heapscope's parser and compiler and compares the dis
// listing with python3.11's. Usage: npx tsx resources/dis-oracle/check_stdlib.ts /tmp/stdlib-dis
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileSource, formatDis } from '../../src/core/compiler/index';

const dir = process.argv[2] ?? '/tmp/stdlib-dis';
let ok = 0;
let unsupported = 0;
const failures: string[] = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.py')).sort()) {
  const want = readFileSync(join(dir, f.replace(/\.py$/, '.dis')), 'utf8');
  let got: string;
  try {
    got = formatDis(compileSource(readFileSync(join(dir, f), 'utf8'), f));
  } catch (e) {
    if ((e as Error).name === 'Unsupported') unsupported++;
    else failures.push(`${f}: ${String(e).slice(0, 200)}`);
    continue;
  }
  if (got === want) {
    ok++;
    continue;
  }
  const a = got.split('\n');
  const b = want.split('\n');
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  failures.push(`${f}:${i + 1}\n  ours:    ${a[i]}\n  CPython: ${b[i]}`);
}
console.log(`identical ${ok}, different ${failures.length}, refused ${unsupported}`);
for (const x of failures) console.log(x);
