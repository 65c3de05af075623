/**
 * The ratio of the 90th to the 10th percentile of `values`: the sorted values' entries
 * ⌊0.9·(n − 1)⌋ and ⌊0.1·(n − 1)⌋. How spread a singular-value spectrum is (1: all equal).
 *
 * @example
 * ```ts
 * percentileRatio([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]); // 5 (entries 9 and 1: 10/2)
 * ```
 */
export function percentileRatio(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  return (s[Math.floor(0.9 * (n - 1))] as number) / (s[Math.floor(0.1 * (n - 1))] as number);
}
