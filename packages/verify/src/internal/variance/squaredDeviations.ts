/**
 * Σ(xᵢ − m)² about a known mean m (df = n), or about the sample mean (df = n − 1) by the
 * corrected two-pass algorithm Σ(xᵢ − x̄)² − (Σ(xᵢ − x̄))²/n, which cancels the rounding error
 * of x̄ itself.
 *
 * Reference: Chan, Golub & LeVeque (1983), "Algorithms for computing the sample variance",
 * Am. Stat. 37(3), eq. 1.7.
 *
 * @example
 * squaredDeviations([1, 2, 3], 'estimated'); // { sum: 2, df: 2 }
 */
export function squaredDeviations(samples: ArrayLike<number>, mean: number | 'estimated'): { sum: number; df: number } {
  const n = samples.length;
  let center: number;
  if (mean === 'estimated') {
    let total = 0;
    for (let i = 0; i < n; i++) total += samples[i]!;
    center = total / n;
  } else center = mean;
  let sum = 0;
  let drift = 0;
  for (let i = 0; i < n; i++) {
    const d = samples[i]! - center;
    sum += d * d;
    drift += d;
  }
  if (mean !== 'estimated') return { sum, df: n };
  return { sum: sum - (drift * drift) / n, df: n - 1 };
}
