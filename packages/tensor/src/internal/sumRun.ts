/**
 * Σ x[start + i·stride] for i < len, in float64, pairwise: runs of up to 128 elements are
 * summed with four interleaved accumulators (independent dependency chains, so it is also
 * faster than one), and longer runs split in halves, so the rounding error grows as O(log n·ε)
 * rather than the O(n·ε) of a running sum (Higham, "Accuracy and Stability of Numerical
 * Algorithms", 2nd ed., §4.2; numpy sums the same way).
 */
export function sumRun(x: Float32Array | Float64Array, start: number, stride: number, len: number): number {
  if (len > 128) {
    const half = len >> 1;
    return sumRun(x, start, stride, half) + sumRun(x, start + half * stride, stride, len - half);
  }
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0;
  let i = 0,
    q = start;
  const step = 4 * stride;
  for (; i + 3 < len; i += 4, q += step) {
    s0 += x[q]!;
    s1 += x[q + stride]!;
    s2 += x[q + 2 * stride]!;
    s3 += x[q + 3 * stride]!;
  }
  for (; i < len; i++, q += stride) s0 += x[q]!;
  return s0 + s1 + (s2 + s3);
}

/** Σ (x[start + i·stride] − mean)² for i < len, in float64, pairwise like {@link sumRun}. */
export function sumSquaredDeviations(
  x: Float32Array | Float64Array,
  start: number,
  stride: number,
  len: number,
  mean: number,
): number {
  if (len > 128) {
    const half = len >> 1;
    return (
      sumSquaredDeviations(x, start, stride, half, mean) +
      sumSquaredDeviations(x, start + half * stride, stride, len - half, mean)
    );
  }
  let s0 = 0,
    s1 = 0;
  let i = 0,
    q = start;
  for (; i + 1 < len; i += 2, q += 2 * stride) {
    const d0 = x[q]! - mean;
    const d1 = x[q + stride]! - mean;
    s0 += d0 * d0;
    s1 += d1 * d1;
  }
  if (i < len) {
    const d = x[q]! - mean;
    s0 += d * d;
  }
  return s0 + s1;
}
