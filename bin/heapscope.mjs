#!/usr/bin/env node
// The `heapscope` command: registers tsx (a dependency) so that the TypeScript sources run without a build
// step, then hands the arguments to src/cli/main.ts. Its return value is the process's exit code.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
