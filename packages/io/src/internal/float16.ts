/**
 * IEEE 754 binary16 and bfloat16 conversions, on bit patterns so NaN payloads survive. Both
 * widen to float32 exactly: binary16's 11-bit significand and 5-bit exponent, and bfloat16's
 * 8-bit significand with float32's exponent, are subsets of float32. Narrowing rounds to
 * nearest, ties to even, as numpy's `astype(float16)` (`npy_floatbits_to_halfbits` in
 * numpy/_core/src/npymath/halffloat.cpp) and ml_dtypes' bfloat16 do.
 */

/** The float32 bits of binary16 bits `h` (exact: subnormals, ±Infinity and NaN payloads included). */
export function halfToFloatBits(h: number): number {
  const sign = (h & 0x8000) << 16;
  const exponent = (h >>> 10) & 0x1f;
  const fraction = h & 0x3ff;
  if (exponent === 31) return (sign | 0x7f800000 | (fraction << 13)) >>> 0;
  if (exponent !== 0) return (sign | ((exponent + 112) << 23) | (fraction << 13)) >>> 0;
  if (fraction === 0) return sign >>> 0;
  // Subnormal half f·2⁻²⁴: normalize so the leading one becomes float32's implicit bit.
  let e = 113;
  let f = fraction;
  while ((f & 0x400) === 0) {
    f <<= 1;
    e--;
  }
  return (sign | (e << 23) | ((f & 0x3ff) << 13)) >>> 0;
}

/** The binary16 bits nearest to float32 bits `x` (ties to even; overflow gives ±Infinity). */
export function floatBitsToHalf(x: number): number {
  const sign = (x >>> 16) & 0x8000;
  const exponent = (x >>> 23) & 0xff;
  const mantissa = x & 0x7fffff;
  if (exponent === 0xff) {
    if (mantissa === 0) return sign | 0x7c00;
    const payload = mantissa >>> 13;
    return sign | 0x7c00 | (payload === 0 ? 1 : payload); // a NaN stays a NaN, as in numpy's halffloat.cpp
  }
  const e = exponent - 112;
  if (e >= 31) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    // Subnormal half: shift the significand (implicit one included) right, rounding to even.
    const m = mantissa | 0x800000;
    const shift = 14 - e;
    const half = 2 ** (shift - 1);
    const rest = m % 2 ** shift;
    let r = Math.floor(m / 2 ** shift);
    if (rest > half || (rest === half && (r & 1) === 1)) r++;
    return sign | r;
  }
  let r = (e << 10) | (mantissa >>> 13);
  const rest = mantissa & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && (r & 1) === 1)) r++; // a carry into the exponent is right
  return sign | r;
}

/**
 * The bfloat16 bits nearest to float32 bits `x` (ties to even). A NaN keeps its upper 16 bits,
 * so every bfloat16 NaN round-trips exactly; one whose payload was only in the lower bits gets
 * the quiet bit, so it stays a NaN.
 */
export function floatBitsToBfloat(x: number): number {
  if ((x & 0x7f800000) === 0x7f800000 && (x & 0x7fffff) !== 0) {
    const upper = x >>> 16;
    return (upper & 0x7f) === 0 ? upper | 0x40 : upper;
  }
  return Math.floor((x + 0x7fff + ((x >>> 16) & 1)) / 65536) & 0xffff;
}

let table: Uint32Array | undefined;

/**
 * {@link halfToFloatBits} of all 65536 halves (256 KiB), built on first use: reading float16
 * becomes one table lookup per element. A constant once built, so sharing it is safe.
 */
export function halfTable(): Uint32Array {
  if (table === undefined) {
    const t = new Uint32Array(65536);
    for (let h = 0; h < 65536; h++) t[h] = halfToFloatBits(h);
    table = t;
  }
  return table;
}
