/**
 * The largest float64 — or, with `single`, the largest float32 — strictly below x (x finite).
 * Steps the IEEE 754 bit pattern: down by one for positive values, up by one (away from zero) for
 * negative values, and to the smallest negative subnormal for zero.
 */
export function largestBelow(x: number, single: boolean): number {
  if (single) {
    const f = new Float32Array([x]);
    if ((f[0] as number) < x) return f[0] as number; // rounding to float32 already went below
    const bits = new Int32Array(f.buffer);
    bits[0] = x === 0 ? 0x80000001 | 0 : (bits[0] as number) + (x > 0 ? -1 : 1);
    return f[0] as number;
  }
  if (x === 0) return -Number.MIN_VALUE;
  const d = new Float64Array([x]);
  const bits = new BigInt64Array(d.buffer);
  bits[0] = (bits[0] as bigint) + (x > 0 ? -1n : 1n);
  return d[0] as number;
}
