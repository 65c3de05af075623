/**
 * Runs `fn` `repeats` times (after `warmup` untimed runs) and returns the best wall-clock time in
 * seconds. The minimum is the least noisy estimate of what the code costs on an otherwise idle
 * machine; every anchor is timed the same way.
 */
export function timeBest(fn: () => void, repeats = 5, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    fn();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (seconds < best) best = seconds;
  }
  return best;
}
