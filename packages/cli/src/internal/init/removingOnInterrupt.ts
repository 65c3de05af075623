import { rmSync } from 'node:fs';

/**
 * Runs `body` while SIGINT (Ctrl-C) and SIGTERM remove `paths`, the temporary files `body`
 * writes, before the process ends as the signal would end it: an interrupted `nninit init`
 * leaves neither a half-written shard under its real name (files are renamed into place only
 * when complete) nor its `.partial` file. The handlers are removed when `body` settles.
 *
 * @example
 * ```ts
 * await removingOnInterrupt([`${file}.partial`], () => writeChunks(file, chunks));
 * ```
 */
export async function removingOnInterrupt<T>(paths: readonly string[], body: () => Promise<T>): Promise<T> {
  const onSignal = (signal: NodeJS.Signals): void => {
    for (const path of paths) rmSync(path, { force: true });
    release();
    // With no handler left, the signal's default action ends the process, with the exit status a
    // shell expects (128 + the signal's number).
    process.kill(process.pid, signal);
  };
  const release = (): void => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await body();
  } finally {
    release();
  }
}
