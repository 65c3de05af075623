import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The directory whose existence means "a test is packing workspace packages". `pnpm pack` runs
 * each package's prepack, which empties its dist/ and rebuilds it, so two packaging tests that
 * run at once (turbo runs two test tasks side by side) could pack a half-built dependency.
 * Every packaging test that rebuilds dist/ should take this lock.
 */
export const PACK_LOCK = join(tmpdir(), 'nninit-pack.lock');

const STALE_MS = 15 * 60_000;

/**
 * Runs `work` while holding {@link PACK_LOCK}, waiting for it first; a lock left by a killed run
 * is taken over after 15 minutes. For the packaging tests, which `pnpm pack` workspace packages.
 *
 * @example
 * ```ts
 * withPackLock(() => 42); // 42, with the lock released again
 * ```
 */
export function withPackLock<T>(work: () => T, lock: string = PACK_LOCK): T {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_MS) rmSync(lock, { recursive: true, force: true });
      } catch {
        // Released between the two calls: try again.
      }
      Atomics.wait(sleeper, 0, 0, 500);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
