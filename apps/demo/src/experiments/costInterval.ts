const STEPS = [1000, 500, 200, 100, 50, 20, 10, 5, 2, 1];

/**
 * How often to record the cost: the largest divisor of 1000 from 1, 2, 5, … 1000 that still
 * gives at least 100 points over `iterations`, so curves are smooth and every multiple of 1000
 * (the notebook's printed iterations, the `--json` schema's) is among the recorded ones.
 *
 * @example
 * ```ts
 * costInterval(15000); // 100 (150 points)
 * costInterval(300);   // 2
 * costInterval(50);    // 1
 * ```
 */
export function costInterval(iterations: number): number {
  return STEPS.find((step) => iterations / step >= 100) ?? 1;
}
