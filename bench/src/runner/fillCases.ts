import { philox, RandomState } from '@nninit/rng';

/** The work timed in plain Node and inside a vitest test: the fills nninit's statistical tests draw. */
export const FILL_CASES: Record<string, () => void> = (() => {
  const f32 = new Float32Array(10_000_000);
  const f64 = new Float64Array(10_000_000);
  const legacy = new Float64Array(1_000_000);
  return {
    'philox fillNormal float32 1e7': () => philox(1).fillNormal(f32),
    'philox fillUniform float64 1e7': () => philox(1).fillUniform(f64),
    'RandomState fillNormal 1e6': () => new RandomState(1).fillNormal(legacy),
  };
})();

/** Best of `repeats` wall-clock times of every case, in seconds (one untimed warm-up run each). */
export function timeFillCases(repeats: number): Record<string, number> {
  const times: Record<string, number> = {};
  for (const [name, fn] of Object.entries(FILL_CASES)) {
    fn();
    let best = Infinity;
    for (let i = 0; i < repeats; i++) {
      const start = process.hrtime.bigint();
      fn();
      best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
    }
    times[name] = best;
  }
  return times;
}
