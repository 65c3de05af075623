/**
 * The smallest and largest of the finite values, or `undefined` when there are none. A loop,
 * not `Math.min(...values)`, so a cost history of any length cannot overflow the call stack.
 *
 * @example
 * ```ts
 * extent([3, NaN, -1, Infinity, 2]); // [-1, 3]
 * extent([NaN]);                     // undefined
 * ```
 */
export function extent(values: Iterable<number>): [number, number] | undefined {
  let low = Infinity,
    high = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < low) low = v;
    if (v > high) high = v;
  }
  return low <= high ? [low, high] : undefined;
}
