/**
 * The nninit demo: `pnpm demo [compare | deep | verify] [options]` from the repository root
 * (ts-node, no build step). See README.md, or `pnpm demo --help`.
 */
import { processIo } from './processIo.js';
import { run } from './run.js';

process.exitCode = run(process.argv.slice(2), processIo());
