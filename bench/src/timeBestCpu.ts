/**
 * Runs `fn` `repeats` times (after one untimed run) and returns the best CPU time in seconds
 * (user + system, `process.cpuUsage`): the time a descheduled process does not accrue, so the
 * measure to compare by when other jobs share the machine. Page faults count (as system time).
 * Python's anchors use `timing.best_cpu`, the same statistic.
 */
export function timeBestCpu(fn: () => void, repeats = 5): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const start = process.cpuUsage();
    fn();
    const { user, system } = process.cpuUsage(start);
    best = Math.min(best, (user + system) / 1e6);
  }
  return best;
}
