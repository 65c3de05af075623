/**
 * Replaces each value of `values` by cdf(value), in place, and returns the index of the first
 * result that is not a number in [0, 1] (or −1 if all are), leaving that element unreplaced. The
 * caller throws: keeping error construction out of this loop lets V8 optimize it (10⁶ CDF calls
 * in ~15 ms instead of ~100 ms).
 *
 * @example
 * const u = Float64Array.of(0.2, 3); applyCdf(u, (x) => x); // 1, and u = [0.2, 3]
 */
export function applyCdf(values: Float64Array, cdf: (x: number) => number): number {
  for (let i = 0; i < values.length; i++) {
    const u = cdf(values[i]!);
    if (!(typeof u === 'number' && u >= 0 && u <= 1)) return i;
    values[i] = u;
  }
  return -1;
}
