import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    buildDir: string;
  }
}

/** Builds the page once per test run into a temporary folder (removed afterwards). */
export default async function setup(project: TestProject): Promise<() => void> {
  const { build } = await import('vite');
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const outDir = mkdtempSync(join(tmpdir(), 'nninit-playground-'));
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  project.provide('buildDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
