#!/usr/bin/env node
/**
 * The `nninit` command line: `nninit verify FILE --expect INIT` certifies saved weights against
 * an initializer's declared distribution; `nninit init SPEC.json --out DIR` writes a model's
 * initial weights as safetensors, in shards. From the repository root, `pnpm nninit …`.
 */
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2));
