/**
 * Replaces each value of sorted `values` by cdf(value), in place, and returns the index of the
 * first result that is not a number in [0, 1] or is below the one before (a cdf that decreases
 * somewhere, which would make the KS statistic meaningless), or −1 if there is none, leaving
 * that element unreplaced. The caller throws: keeping error construction out of this hot loop
 * lets V8 optimize it (the difference is in `pnpm bench verify`'s checkSamples rows).
 *
 * @example
 * const u = Float64Array.of(0.2, 3); applyCdf(u, (x) => x); // 1, and u = [0.2, 3]
 */
export function applyCdf(values: Float64Array, cdf: (x: number) => number): number {
  let previous = 0;
  for (let i = 0; i < values.length; i++) {
    const u = cdf(values[i]!);
    if (!(typeof u === 'number' && u >= previous && u <= 1)) return i;
    values[i] = u;
    previous = u;
  }
  return -1;
}
