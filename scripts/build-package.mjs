#!/usr/bin/env node
// Builds the workspace package in the current directory: removes its dist/ (so a renamed or
// deleted module leaves no stale .js or .d.ts behind to be published) and compiles it with the
// package's own TypeScript and tsconfig.build.json. Every package's `build` and `prepack` run
// this one script, so the build is the same everywhere and is changed in one place.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const cwd = process.cwd();
rmSync(join(cwd, 'dist'), { recursive: true, force: true });
const tsc = createRequire(join(cwd, 'package.json')).resolve('typescript/bin/tsc');
const { status, signal } = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd, stdio: 'inherit' });
if (signal) console.error(`build-package: tsc was stopped by ${signal}`);
process.exit(status ?? 1);
