import type { CheckResult } from '../../check/CheckResult.js';

/** What one case of the harness drew: the pooled samples, or why they are unusable. */
export type Draw =
  | { readonly ok: true; readonly samples: Float64Array; readonly draws: number }
  | { readonly ok: false; readonly draws: number; readonly failure: Omit<CheckResult, 'threshold' | 'rejected'> };

/** seed + k, wrapped modulo 2³² for a 32-bit seed (fast-check likes seeds next to 2³² − 1, and a
 * sampler taking uint32 seeds must never be handed 2³²). */
const pooledSeed = (seed: number, k: number): number =>
  seed >= 0 && seed <= 0xffff_ffff ? (seed + k) % 0x1_0000_0000 : seed + k;

const invalid = (draws: number, statistic: number, detail: string): Draw => ({
  ok: false,
  draws,
  failure: { test: 'validity', statistic, pValue: 0, detail },
});

/**
 * Calls `sampler(shape, pooledSeed(seed, k))` for k = 0, 1, … until at least `minSamples`
 * values are pooled (one call if the shape alone has that many), checking each result: array-like, exactly
 * ∏shape values, all finite. A sampler that throws or returns something else is a *failed case*
 * (a 'validity' check with p = 0), not an exception: it is the subject under test that is wrong.
 *
 * @example
 * drawCase((shape, seed) => new Float64Array(6).fill(seed), [2, 3], 7, 10).draws; // 2 (seeds 7 and 8)
 */
export function drawCase(
  sampler: (shape: readonly number[], seed: number) => ArrayLike<number>,
  shape: readonly number[],
  seed: number,
  minSamples: number,
): Draw {
  const size = shape.reduce((p, d) => p * d, 1);
  if (size === 0) return invalid(0, 0, `shape [${shape.join(', ')}] has no elements`);
  const draws = Math.max(1, Math.ceil(minSamples / size));
  const samples = new Float64Array(draws * size);
  for (let k = 0; k < draws; k++) {
    const kSeed = pooledSeed(seed, k);
    let out: ArrayLike<number>;
    try {
      out = sampler(shape, kSeed);
    } catch (error) {
      return invalid(
        k + 1,
        0,
        `sampler threw for seed ${kSeed}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (typeof out !== 'object' || out === null || typeof out.length !== 'number') {
      return invalid(k + 1, 0, `sampler returned ${typeof out} for seed ${kSeed}, not an array-like`);
    }
    if (out.length !== size)
      return invalid(k + 1, out.length, `sampler returned ${out.length} values for seed ${kSeed}, shape needs ${size}`);
    let bad = 0;
    let first = -1;
    for (let i = 0; i < size; i++) {
      const v = out[i];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        bad++;
        if (first < 0) first = i;
      } else samples[k * size + i] = v;
    }
    if (bad > 0)
      return invalid(
        k + 1,
        bad,
        `${bad} non-finite values for seed ${kSeed} (first: index ${first} = ${String(out[first])})`,
      );
  }
  return { ok: true, samples, draws };
}
