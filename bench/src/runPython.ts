import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Runs an anchor script from bench/python/ with python3 and returns its stdout parsed as JSON.
 * Anchors run single-threaded (OPENBLAS/OMP/MKL threads = 1) so the comparison is core for core;
 * `env` overrides further variables.
 */
export function runPython<T>(script: string, args: readonly string[] = [], env: Record<string, string> = {}): T {
  const path = fileURLToPath(new URL(`../python/${script}`, import.meta.url));
  const threads = '1';
  const result = spawnSync('python3', [path, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      OPENBLAS_NUM_THREADS: threads,
      OMP_NUM_THREADS: threads,
      MKL_NUM_THREADS: threads,
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`runPython: ${script} exited with ${result.status}: ${result.stderr}`);
  }
  return JSON.parse(result.stdout) as T;
}
