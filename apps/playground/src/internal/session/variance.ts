/** Population variance (numpy's `np.var`), two-pass. */
export function variance(values: ArrayLike<number>): number {
  let mean = 0;
  for (let i = 0; i < values.length; i++) mean += values[i] as number;
  mean /= values.length;
  let s = 0;
  for (let i = 0; i < values.length; i++) s += ((values[i] as number) - mean) ** 2;
  return s / values.length;
}
