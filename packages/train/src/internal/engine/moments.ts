type Floats = Float32Array | Float64Array;

/**
 * Mean and population standard deviation of the first `count` columns of `rows` rows (row
 * stride `stride`), two-pass in float64 so the variance does not cancel.
 */
export function moments(v: Floats, rows: number, count: number, stride: number): { mean: number; std: number } {
  let sum = 0;
  for (let r = 0; r < rows; r++) for (let j = r * stride, end = j + count; j < end; j++) sum += v[j] as number;
  const mean = sum / (rows * count);
  let squares = 0;
  for (let r = 0; r < rows; r++) {
    for (let j = r * stride, end = j + count; j < end; j++) {
      const d = (v[j] as number) - mean;
      squares += d * d;
    }
  }
  return { mean, std: Math.sqrt(squares / (rows * count)) };
}
